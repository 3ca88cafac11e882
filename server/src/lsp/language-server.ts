import { type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import type { Rule } from '../engine';
import { BUILT_IN_RULES } from './check';
import { CODE_ACTION_CAPABILITIES, registerCodeActionHandlers } from './handlers/code-action-handlers';
import { COMMAND_CAPABILITIES, registerCommandHandlers } from './handlers/command-handlers';
import { COMPLETION_CAPABILITIES, registerCompletionHandlers } from './handlers/completion-handlers';
import { DOCUMENT_CAPABILITIES, registerDocumentHandlers } from './handlers/document-handlers';
import { HOVER_CAPABILITIES, registerHoverHandlers } from './handlers/hover-handlers';
import { registerRequestHandlers } from './handlers/request-handlers';
import { ServerState } from './handlers/server-state';
import { registerSemanticTokenHandlers, SEMANTIC_TOKENS_CAPABILITIES } from './handlers/semantic-token-handlers';
import { registerSettingsHandlers, SETTINGS_CAPABILITIES } from './handlers/settings-handlers';
import { registerStructureHandlers, STRUCTURE_CAPABILITIES } from './handlers/structure-handlers';

/** Replaced with the package version when bundled; absent when run from the tsc output. */
declare const TERMSHEET_LINT_VERSION: string | undefined;
const SERVER_VERSION = typeof TERMSHEET_LINT_VERSION === 'string' ? TERMSHEET_LINT_VERSION : undefined;

/** The two steps of initialization, for whoever answers `initialize` and `initialized` on the connection. */
export interface AttachedServer {
  initialize(params: InitializeParams): InitializeResult;
  initialized(): void;
}

/** Wires the linter to an LSP connection and starts listening: each concern's handlers (handlers/) on one shared state. */
export function startLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): void {
  const server = attachLanguageServer(connection, rules);
  connection.onInitialize((params) => server.initialize(params));
  connection.onInitialized(() => server.initialized());
  connection.listen();
}

/**
 * Every handler but `initialize` and `initialized`, on a connection that may already be listening
 * (server.ts answers `initialize` before loading this module, and attaches it on `initialized`).
 */
export function attachLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): AttachedServer {
  const state = new ServerState(connection, rules);
  const settings = registerSettingsHandlers(state);
  registerDocumentHandlers(state);
  registerCodeActionHandlers(state);
  registerHoverHandlers(state);
  registerCompletionHandlers(state);
  registerStructureHandlers(state);
  registerSemanticTokenHandlers(state);
  registerCommandHandlers(state);
  registerRequestHandlers(state);

  connection.onShutdown(
    state.guard(
      'shutdown',
      undefined,
      () => undefined,
      () => state.linter.dispose(),
    ),
  );

  state.documents.listen(connection);
  return {
    initialize: state.guard(
      'initialize',
      initializeResult(),
      () => undefined,
      (params: InitializeParams): InitializeResult => {
        settings.initialize(params);
        return initializeResult();
      },
    ),
    initialized: state.guard<void, void>(
      'initialized',
      undefined,
      () => undefined,
      () => settings.initialized(),
    ),
  };
}

/** The answer to `initialize`: the same for every client (the bundler writes it into server.ts). */
export function initializeResult(): InitializeResult {
  return {
    capabilities: {
      ...DOCUMENT_CAPABILITIES,
      ...HOVER_CAPABILITIES,
      ...COMPLETION_CAPABILITIES,
      ...CODE_ACTION_CAPABILITIES,
      ...STRUCTURE_CAPABILITIES,
      ...SEMANTIC_TOKENS_CAPABILITIES,
      ...COMMAND_CAPABILITIES,
      ...SETTINGS_CAPABILITIES,
    },
    serverInfo: { name: 'termsheet-lint', version: SERVER_VERSION },
  };
}
