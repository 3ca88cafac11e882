import type { SemanticTokens, ServerCapabilities } from 'vscode-languageserver';
import { TERM_SHEET_GLOB } from '../protocol';
import { encodeTokens, SEMANTIC_TOKENS_LEGEND, sheetTokens } from '../semantic-tokens';
import type { ServerState } from './server-state';

/**
 * Asked for term sheets by name only: the client sends the server every YAML and Markdown file (any may be
 * a sheet by its front matter or a glob), and an editor asks a provider for tokens on every edit.
 */
export const SEMANTIC_TOKENS_CAPABILITIES: ServerCapabilities = {
  semanticTokensProvider: {
    legend: SEMANTIC_TOKENS_LEGEND,
    full: true,
    range: true,
    documentSelector: [
      { scheme: 'file', pattern: TERM_SHEET_GLOB },
      { scheme: 'untitled', pattern: TERM_SHEET_GLOB },
    ],
  },
};

const NONE: SemanticTokens = { data: [] };

/** Highlighting: the sheet's blanks, redactions, amounts and directives, from the model the lint read. */
export function registerSemanticTokenHandlers(state: ServerState): void {
  const { connection } = state;
  connection.languages.semanticTokens.on(
    state.documentRequest('semanticTokens', NONE, (params): SemanticTokens => {
      const sheet = state.currentSheet(params.textDocument.uri);
      return sheet ? encodeTokens(sheet, sheetTokens(sheet)) : NONE;
    }),
  );
  connection.languages.semanticTokens.onRange(
    state.documentRequest('semanticTokensRange', NONE, (params): SemanticTokens => {
      const sheet = state.currentSheet(params.textDocument.uri);
      return sheet ? encodeTokens(sheet, sheetTokens(sheet), params.range) : NONE;
    }),
  );
}
