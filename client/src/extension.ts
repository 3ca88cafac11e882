import * as vscode from 'vscode';
import { isMarkdownTermSheet } from '../../server/src/engine/markdown/front-matter';
import { registerCommands } from './commands';
import { registerDealSummary } from './deal-summary/panel';
import { Pages } from './pages';
import { CONFIG_GLOB, TERM_SHEET_GLOB } from './selector';
import { ServerConnection, termSheetSelector } from './server-connection';
import { StatusBar } from './status-bar';

/** True while the active editor holds a term sheet: the palette shows file-specific commands only then. */
const TERM_SHEET_CONTEXT = 'termsheet.isTermSheet';

let server: ServerConnection | undefined;

/**
 * Activation is cheap on purpose: `onLanguage:yaml` fires for any YAML file, so the server
 * starts only once a term sheet is open or the workspace contains one or a config file.
 */
export function activate(context: vscode.ExtensionContext): void {
  const connection = new ServerConnection(context);
  server = connection;
  let selector = termSheetSelector(filesSetting());
  const isTermSheet = (document: vscode.TextDocument): boolean =>
    vscode.languages.match(selector, document) > 0 ||
    // Any Markdown file saying `termsheet:` in its front matter is one too, as the server decides.
    (document.languageId === 'markdown' && document.uri.scheme === 'file' && isMarkdownTermSheet(document.getText())) ||
    // Or one by a config file's `files` globs, which the server reads.
    connection.lintsAsTermSheet(document.uri);
  const start = () => void connection.start().catch(ignore);

  const status = new StatusBar(connection, isTermSheet);
  const pages = new Pages();
  // The panel asks the server for its data, starting it when needed.
  registerDealSummary(context, () => connection.start().catch(() => undefined));
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', TERM_SHEET_CONTEXT, document !== undefined && isTermSheet(document));
  };
  /** The selector depends on the `files` globs and the folders they are relative to; a running client must restart to use a new one. */
  const selectorChanged = () => {
    selector = termSheetSelector(filesSetting());
    updateContext();
    status.refresh();
    if (connection.isStarted) void connection.restart().catch(ignore);
    else if (vscode.workspace.textDocuments.some(isTermSheet)) start();
  };

  context.subscriptions.push(
    connection,
    status,
    pages,
    ...registerCommands({ context, server: connection, status, pages, isTermSheet }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (!connection.isStarted && isTermSheet(document)) start();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    connection.onDidChangeTermSheets(() => {
      updateContext();
      status.refresh();
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      // Front matter may have made a Markdown file a term sheet, or stopped it being one.
      if (document === vscode.window.activeTextEditor?.document) updateContext();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('termsheet.files')) selectorChanged();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if (filesSetting().length > 0) selectorChanged();
    }),
  );
  updateContext();

  if (vscode.workspace.textDocuments.some(isTermSheet)) {
    start();
    return;
  }
  // A config file's `files` globs may name term sheets of any name: a workspace with one gets the server too.
  for (const glob of [TERM_SHEET_GLOB, CONFIG_GLOB]) {
    void vscode.workspace.findFiles(glob, '**/{node_modules,.git}/**', 1).then((found) => {
      if (found.length > 0 && !connection.isStarted) start();
    });
  }
}

export async function deactivate(): Promise<void> {
  const stopping = server;
  server = undefined;
  await stopping?.stop();
}

function filesSetting(): unknown[] {
  const files: unknown = vscode.workspace.getConfiguration('termsheet').get('files');
  return Array.isArray(files) ? files : [];
}

function ignore(): void {}
