import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerDealSummary } from './deal-summary/panel';

const TERM_SHEET_GLOB = '**/*.termsheet.{yaml,yml,md}';
/** Config files are validated by the server like term sheets, and a change to one re-lints the sheets under it. */
const CONFIG_GLOB = '**/.termsheetrc.{yaml,yml,json}';

/** Plain filters, valid both as a VS Code selector and as the client's LSP selector. */
const TERM_SHEET_SELECTOR: { scheme: string; pattern: string }[] = [
  { scheme: 'file', pattern: TERM_SHEET_GLOB },
  { scheme: 'untitled', pattern: TERM_SHEET_GLOB },
];
/** Any Markdown file may be a term sheet by its `termsheet:` front matter; the server decides and ignores the rest. */
const DOCUMENT_SELECTOR = [...TERM_SHEET_SELECTOR, { scheme: 'file', pattern: CONFIG_GLOB }, { scheme: 'file', language: 'markdown' }];

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/**
 * Activation is cheap on purpose: `onLanguage:yaml` fires for any YAML file, so the server
 * starts only once a term sheet is open or the workspace contains one.
 */
export function activate(context: vscode.ExtensionContext): void {
  const start = () => (starting ??= startClient(context));
  registerDealSummary(context, () => start().then(() => client));

  context.subscriptions.push(
    vscode.commands.registerCommand('termsheet.restartServer', async () => {
      if (client?.isRunning()) await client.restart();
      else await start();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (!starting && isTermSheet(document)) void start().catch(ignore);
    }),
  );

  if (vscode.workspace.textDocuments.some(isTermSheet)) {
    void start().catch(ignore);
    return;
  }
  void vscode.workspace.findFiles(TERM_SHEET_GLOB, '**/{node_modules,.git}/**', 1).then((found) => {
    if (found.length > 0 && !starting) void start().catch(ignore);
  });
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  starting = undefined;
  // dispose() stops the server (shutdown, then exit) and releases the output channel.
  await stopping?.dispose();
}

function isTermSheet(document: vscode.TextDocument): boolean {
  // An open config file alone does not start the server; a term sheet does.
  return vscode.languages.match(TERM_SHEET_SELECTOR, document) > 0;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const settings = vscode.workspace.getConfiguration('termsheet');
  // Also catches edits made outside the editor (a git checkout, another tool); disposed with the extension.
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  context.subscriptions.push(watcher);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'termsheet', fileEvents: watcher },
    initializationOptions: { rules: settings.get('rules'), configFile: settings.get('configFile') },
    outputChannelName: 'Term Sheet',
  };
  // The id 'termsheet' also makes the client honour the `termsheet.trace.server` setting.
  const created = new LanguageClient('termsheet', 'Term Sheet', serverOptions, clientOptions);
  client = created;
  try {
    await created.start();
  } catch (error) {
    // The client has already reported the failure; forget it so that a later open or the restart command retries.
    if (client === created) {
      client = undefined;
      starting = undefined;
    }
    throw error;
  }
}

function ignore(): void {}
