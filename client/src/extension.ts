import * as path from 'node:path';
import * as vscode from 'vscode';
import { termSheetFrontMatter } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { registerDealSummary } from './deal-summary/panel';
import { Pages } from './pages';
import { CONFIG_GLOB, TERM_SHEET_GLOB } from './selector';
import { ServerConnection, startServerEarly, termSheetSelector } from './server-connection';
import { StatusBar } from './status-bar';
import { registerWordView } from './word-view';

/** True while the active editor holds a term sheet: the palette shows file-specific commands only then. */
const TERM_SHEET_CONTEXT = 'termsheet.isTermSheet';

let server: ServerConnection | undefined;

/** A Markdown file on disk whose `termsheet:` front matter may make it a term sheet (the server reads it to be sure). */
const hasTermSheetFrontMatter = (document: vscode.TextDocument): boolean =>
  document.languageId === 'markdown' && document.uri.scheme === 'file' && termSheetFrontMatter(document.getText()) !== undefined;

// This module is loaded on activation, and `activate` called once VS Code has prepared the extension's
// context: a term sheet open already has its server started now, to boot meanwhile.
const openSelector = termSheetSelector(filesSetting());
if (vscode.workspace.textDocuments.some((document) => vscode.languages.match(openSelector, document) > 0 || hasTermSheetFrontMatter(document))) {
  startServerEarly(path.join(__dirname, 'server.js'));
}

/**
 * Activation is cheap on purpose: `onLanguage:yaml` fires for any YAML file, so the server
 * starts only once a term sheet is open or the workspace contains one or a config file.
 */
export function activate(context: vscode.ExtensionContext): void {
  const connection = new ServerConnection(context);
  server = connection;
  let selector = termSheetSelector(filesSetting());
  /** A term sheet by its name or the `termsheet.files` setting, or one the server lints as such (by front matter, by a config's globs). */
  const isTermSheet = (document: vscode.TextDocument): boolean => vscode.languages.match(selector, document) > 0 || connection.lintsAsTermSheet(document.uri);
  /** Reason to start the server: a term sheet, or a Markdown file whose front matter may make it one (the server reads it to be sure). */
  const mayBeTermSheet = (document: vscode.TextDocument): boolean => isTermSheet(document) || hasTermSheetFrontMatter(document);
  const start = () => void connection.start().catch(ignore);

  const status = new StatusBar(connection, isTermSheet);
  const pages = new Pages(context.extensionUri);
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
    else if (vscode.workspace.textDocuments.some(mayBeTermSheet)) start();
  };

  context.subscriptions.push(
    connection,
    status,
    pages,
    ...registerCommands({ context, server: connection, status, pages, isTermSheet }),
    ...registerWordView(connection),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (!connection.isStarted && mayBeTermSheet(document)) start();
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    connection.onDidChangeTermSheets(() => {
      updateContext();
      status.refresh();
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      // Front matter may have made a Markdown file a term sheet: the server, once started, says so.
      if (!connection.isStarted && mayBeTermSheet(document)) start();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('termsheet.files')) selectorChanged();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      if (filesSetting().length > 0) selectorChanged();
    }),
  );
  updateContext();

  if (vscode.workspace.textDocuments.some(mayBeTermSheet)) {
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
