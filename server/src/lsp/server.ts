/**
 * The `termsheet-language-server` executable: speaks LSP over `--stdio`, `--node-ipc` or
 * `--socket=<port>`, as chosen on the command line. Everything else lives in importable modules.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './language-server';

const USAGE = `Usage: termsheet-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The term-sheet language server, started by an editor's LSP client (see the README's editor setups).
`;

/** The transports vscode-languageserver reads from the command line. */
const TRANSPORT = /^--(stdio|node-ipc|socket=.+|pipe=.+)$/;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (!args.some((arg) => TRANSPORT.test(arg))) {
  // Without a transport the connection library throws; a person who ran the command by hand gets the usage instead.
  process.stderr.write(`termsheet-language-server: no transport given\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  startLanguageServer(createConnection(ProposedFeatures.all));
}
