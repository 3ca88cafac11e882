import * as vscode from 'vscode';
import { missingPageMarkdown, shippedPageMarkdown, shippedRuleOfPath, unreadablePageMarkdown } from './rule-pages';

/**
 * The extension's read-only Markdown pages, shown in the Markdown preview: the pages it builds (the
 * rule catalog, a custom rule's page) and the rule pages it ships (rules/<id>/README.md), all in one
 * scheme so that the links between them are relative links the preview follows.
 */
export class Pages implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'termsheet-page';
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(Pages.scheme, this);

  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const built = this.contents.get(uri.path);
    if (built !== undefined) return built;
    const ruleId = shippedRuleOfPath(uri.path);
    if (ruleId === undefined) return missingPageMarkdown(uri.path);
    try {
      const readme = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'rules', ruleId, 'README.md'));
      return shippedPageMarkdown(new TextDecoder().decode(readme));
    } catch {
      return unreadablePageMarkdown(ruleId);
    }
  }

  /**
   * Shows the page at `path` (ending in .md, whose file name is also the preview's title): `markdown`
   * when given, else the shipped rule page there.
   */
  async show(path: string, markdown?: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: Pages.scheme, path });
    if (markdown !== undefined) {
      this.contents.set(path, markdown);
      // An open preview of the same page follows the new content.
      this.changed.fire(uri);
    }
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
