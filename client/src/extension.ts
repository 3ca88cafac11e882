import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const TERM_SHEET_GLOB = '**/*.termsheet.{yaml,yml,md}';

/** Plain filters, valid both as a VS Code selector and as the client's LSP selector. */
const DOCUMENT_SELECTOR: { scheme: string; pattern: string }[] = [
  { scheme: 'file', pattern: TERM_SHEET_GLOB },
  { scheme: 'untitled', pattern: TERM_SHEET_GLOB },
];

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/**
 * Activation is cheap on purpose: `onLanguage:yaml` fires for any YAML file, so the server
 * starts only once a term sheet is open or the workspace contains one.
 */
export function activate(context: vscode.ExtensionContext): void {
  const start = () => (starting ??= startClient(context));

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
  return vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'termsheet' },
    initializationOptions: { rules: vscode.workspace.getConfiguration('termsheet').get('rules') },
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
