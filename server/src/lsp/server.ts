/**
 * The `termsheet-language-server` executable: speaks LSP over `--stdio`, `--node-ipc` or
 * `--socket=<port>`, as chosen on the command line. Everything else lives in importable modules.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './language-server';

startLanguageServer(createConnection(ProposedFeatures.all));
