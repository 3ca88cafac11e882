/**
 * The `termsheet-language-server` executable: speaks LSP over `--stdio`, `--node-ipc` or
 * `--socket=<port>`, as chosen on the command line. Everything else lives in importable modules.
 *
 * An editor waits for the answer to `initialize` before it sends anything else, so this file answers
 * it with no more than the protocol library loaded (the bundler writes the answer in), and loads the
 * linter (dist/server-main.js, built from language-server.ts) while the editor takes the answer in:
 * on `initialized`, which comes before any document. The linter loads from a code cache kept between
 * starts, as the command line does (see ../startup/code-cache.ts).
 */
import * as path from 'node:path';
import * as languageServer from 'vscode-languageserver/node';
import { createConnection, ProposedFeatures, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { cacheFolder, requireCached } from '../startup/code-cache';
import type { AttachedServer } from './language-server';

/** Inlined by the bundler: the answer to `initialize`, and a digest of dist/server-main.js as built. Absent in the compiler's output. */
declare const TERMSHEET_LINT_INITIALIZE_RESULT: InitializeResult | undefined;
declare const TERMSHEET_LINT_SERVER_DIGEST: string | undefined;
/** Where the bundled linter finds this file's copy of the protocol library, so that both speak through the same classes. */
declare const TERMSHEET_LINT_SHARED_LSP: string | undefined;

type LanguageServerModule = typeof import('./language-server');

const USAGE = `Usage: termsheet-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME [--preload-linter]

The term-sheet language server, started by an editor's LSP client (see the README's editor setups).
`;

/** The transports vscode-languageserver reads from the command line. */
const TRANSPORT = /^--(stdio|node-ipc|socket=.+|pipe=.+)$/;
/**
 * Given by an editor that starts the server ahead of its first message (VS Code's client starts it as
 * the extension loads): the linter loads while the editor gets ready, rather than after `initialized`.
 */
const PRELOAD_LINTER = '--preload-linter';

/** The linter: the bundle beside this one, or the compiled module when run from the compiler's output (the tests). */
function loadLinter(): LanguageServerModule {
  if (typeof TERMSHEET_LINT_SERVER_DIGEST !== 'string' || typeof TERMSHEET_LINT_SHARED_LSP !== 'string') {
    return require(path.join(__dirname, 'language-server.js')) as LanguageServerModule;
  }
  (globalThis as Record<symbol, unknown>)[Symbol.for(TERMSHEET_LINT_SHARED_LSP)] = languageServer;
  const file = path.join(__dirname, 'server-main.js');
  const folder = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder();
  return requireCached({ file, asFile: file, require, buildKey: TERMSHEET_LINT_SERVER_DIGEST, folder, name: 'server-main' }) as LanguageServerModule;
}

function serve(): void {
  const connection = createConnection(ProposedFeatures.all);
  let linter: LanguageServerModule | undefined;
  let initializeParams: InitializeParams | undefined;
  let attached: AttachedServer | undefined;
  connection.onInitialize((params) => {
    initializeParams = params;
    if (typeof TERMSHEET_LINT_INITIALIZE_RESULT === 'object' && TERMSHEET_LINT_INITIALIZE_RESULT !== undefined) return TERMSHEET_LINT_INITIALIZE_RESULT;
    linter = loadLinter();
    return linter.initializeResult();
  });
  connection.onInitialized(() => {
    if (attached || !initializeParams) return;
    try {
      linter ??= loadLinter();
      attached = linter.attachLanguageServer(connection);
    } catch (error) {
      // Only a damaged installation gets here: say so where the editor shows the server's log.
      connection.console.error(`termsheet-lint: the language server could not load: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    attached.initialize(initializeParams);
    attached.initialized();
  });
  connection.listen();
  if (args.includes(PRELOAD_LINTER)) {
    setImmediate(() => {
      try {
        linter ??= loadLinter();
      } catch {
        // Tried again on `initialized`, which says what failed.
      }
    });
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (!args.some((arg) => TRANSPORT.test(arg))) {
  // Without a transport the connection library throws; a person who ran the command by hand gets the usage instead.
  process.stderr.write(`termsheet-language-server: no transport given\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  serve();
}
