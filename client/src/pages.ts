import * as vscode from 'vscode';

/** Read-only Markdown pages built by the extension (the rule catalog), shown in the Markdown preview. */
export class Pages implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'termsheet-page';
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(Pages.scheme, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.path) ?? '';
  }

  /** Shows `markdown` as the page `name` (a file name ending in .md, which is also the preview's title). */
  async show(name: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: Pages.scheme, path: `/${name}` });
    this.contents.set(uri.path, markdown);
    // An open preview of the same page follows the new content.
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
