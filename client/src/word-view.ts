import * as vscode from 'vscode';
import { WORD_VIEW_REQUEST, WORD_VIEW_SCHEME, type WordViewParams, type WordViewResult } from '../../server/src/lsp/protocol';
import type { ServerConnection } from './server-connection';

/** The command that opens a Word document's text view (palette and Explorer context menu). */
const LINT_WORD_DOCUMENT_COMMAND = 'termsheet.lintWordDocument';

/**
 * "Lint Word Document…": a `.docx` opens as a read-only Markdown view of its text
 * (`termsheet-docx:` and the file's path), which the server lints, hovers and summarises as any term
 * sheet; the view follows the file when Word saves it again.
 */
export function registerWordView(server: ServerConnection): vscode.Disposable[] {
  const provider = new WordViewProvider(server);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.docx', true, false, true);
  return [
    provider,
    watcher,
    watcher.onDidChange((file) => provider.refresh(file)),
    vscode.workspace.registerTextDocumentContentProvider(WORD_VIEW_SCHEME, provider),
    vscode.commands.registerCommand(LINT_WORD_DOCUMENT_COMMAND, async (target: unknown) => {
      try {
        await openWordView(server, target);
      } catch (error) {
        void vscode.window.showErrorMessage(`Term Sheet: Lint Word Document failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  ];
}

async function openWordView(server: ServerConnection, target: unknown): Promise<void> {
  let file = target instanceof vscode.Uri ? target : undefined;
  if (!file) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] }, openLabel: 'Lint' });
    file = picked?.[0];
  }
  if (!file) return;
  const view = file.with({ scheme: WORD_VIEW_SCHEME });
  // Said once, here, rather than as a view with nothing to show: the file cannot be read at all.
  const read = await readWordView(server, view);
  if ('error' in read) {
    void vscode.window.showErrorMessage(`Term Sheet: ${read.error}.`);
    return;
  }
  const document = await vscode.workspace.openTextDocument(view);
  await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(document, 'markdown'), { preview: false });
}

/** The server reads the Word document: the zip and XML readers load there, on the first one. */
async function readWordView(server: ServerConnection, view: vscode.Uri): Promise<WordViewResult> {
  const client = await server.start();
  const params: WordViewParams = { uri: view.toString() };
  return client.sendRequest<WordViewResult>(WORD_VIEW_REQUEST, params);
}

class WordViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: ServerConnection) {}

  async provideTextDocumentContent(view: vscode.Uri): Promise<string> {
    const read = await readWordView(this.server, view);
    return 'text' in read ? read.text : `${read.error}.\n`;
  }

  /** The Word document changed on disk: its open view shows the new text. */
  refresh(file: vscode.Uri): void {
    const view = file.with({ scheme: WORD_VIEW_SCHEME });
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === view.toString())) this.changed.fire(view);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
