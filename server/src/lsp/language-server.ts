import { type Connection, type InitializeResult } from 'vscode-languageserver';
import type { Rule } from '../engine';
import { BUILT_IN_RULES } from './check';
import { CODE_ACTION_CAPABILITIES, registerCodeActionHandlers } from './handlers/code-action-handlers';
import { COMMAND_CAPABILITIES, registerCommandHandlers } from './handlers/command-handlers';
import { COMPLETION_CAPABILITIES, registerCompletionHandlers } from './handlers/completion-handlers';
import { DOCUMENT_CAPABILITIES, registerDocumentHandlers } from './handlers/document-handlers';
import { HOVER_CAPABILITIES, registerHoverHandlers } from './handlers/hover-handlers';
import { registerRequestHandlers } from './handlers/request-handlers';
import { ServerState } from './handlers/server-state';
import { registerSettingsHandlers, SETTINGS_CAPABILITIES } from './handlers/settings-handlers';
import { registerStructureHandlers, STRUCTURE_CAPABILITIES } from './handlers/structure-handlers';

/** Replaced with the package version when bundled; absent when run from the tsc output. */
declare const TERMSHEET_LINT_VERSION: string | undefined;
const SERVER_VERSION = typeof TERMSHEET_LINT_VERSION === 'string' ? TERMSHEET_LINT_VERSION : undefined;

/** Wires the linter to an LSP connection and starts listening: each concern's handlers (handlers/) on one shared state. */
export function startLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): void {
  const state = new ServerState(connection, rules);
  const settings = registerSettingsHandlers(state);
  registerDocumentHandlers(state);
  registerCodeActionHandlers(state);
  registerHoverHandlers(state);
  registerCompletionHandlers(state);
  registerStructureHandlers(state);
  registerCommandHandlers(state);
  registerRequestHandlers(state);

  connection.onInitialize(
    state.guard(
      'initialize',
      capabilities(),
      () => undefined,
      (params): InitializeResult => {
        settings.initialize(params);
        return capabilities();
      },
    ),
  );
  connection.onInitialized(
    state.guard(
      'initialized',
      undefined,
      () => undefined,
      () => settings.initialized(),
    ),
  );
  connection.onShutdown(
    state.guard(
      'shutdown',
      undefined,
      () => undefined,
      () => state.linter.dispose(),
    ),
  );

  state.documents.listen(connection);
  connection.listen();
}

function capabilities(): InitializeResult {
  return {
    capabilities: {
      ...DOCUMENT_CAPABILITIES,
      ...HOVER_CAPABILITIES,
      ...COMPLETION_CAPABILITIES,
      ...CODE_ACTION_CAPABILITIES,
      ...STRUCTURE_CAPABILITIES,
      ...COMMAND_CAPABILITIES,
      ...SETTINGS_CAPABILITIES,
    },
    serverInfo: { name: 'termsheet-lint', version: SERVER_VERSION },
  };
}
