import type { CompletionItem, ServerCapabilities } from 'vscode-languageserver';
import { formatOf } from '../../engine';
import { completionsAt } from '../completion';
import { documentPath } from '../file-filter';
import type { ServerState } from './server-state';

export const COMPLETION_CAPABILITIES: ServerCapabilities = { completionProvider: { triggerCharacters: [' ', '[', ',', '|', '*'] } };

/** Completion of clause names and values, from the sheet's model and the config's regions. */
export function registerCompletionHandlers(state: ServerState): void {
  state.connection.onCompletion(
    state.documentRequest('completion', [], (params): CompletionItem[] => {
      const document = state.termSheet(params.textDocument.uri);
      if (!document) return [];
      const regions = state.configs.forDocument(document.uri, state.settings.for(document.uri).configFile).config.regions;
      return completionsAt(document.getText(), formatOf(documentPath(document.uri)), params.position, {
        snippets: state.clientCapabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
        regions,
        sheet: () => state.linter.current(document).sheet(),
      });
    }),
  );
}
