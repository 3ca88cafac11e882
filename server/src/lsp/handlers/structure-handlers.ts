import type { CodeLens, DocumentSymbol, FoldingRange, ServerCapabilities, SymbolInformation } from 'vscode-languageserver';
import { dealValueLenses } from '../code-lens';
import { foldingRanges } from '../folding';
import { documentSymbols, flatSymbols } from '../symbols';
import type { ServerState } from './server-state';

export const STRUCTURE_CAPABILITIES: ServerCapabilities = {
  documentSymbolProvider: { label: 'Term sheet' },
  foldingRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
};

/** What the editor shows of a sheet's structure: the outline, folding ranges, and the deal-value lenses; all read its model. */
export function registerStructureHandlers(state: ServerState): void {
  const { connection } = state;

  connection.onDocumentSymbol(
    state.documentRequest('documentSymbol', [], (params): DocumentSymbol[] | SymbolInformation[] => {
      const sheet = state.currentSheet(params.textDocument.uri);
      if (!sheet) return [];
      const symbols = documentSymbols(sheet);
      const hierarchical = state.clientCapabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
      return hierarchical ? symbols : flatSymbols(symbols, params.textDocument.uri);
    }),
  );

  connection.onFoldingRanges(
    state.documentRequest('foldingRange', [], (params): FoldingRange[] => {
      const sheet = state.currentSheet(params.textDocument.uri);
      return sheet ? foldingRanges(sheet) : [];
    }),
  );

  connection.onCodeLens(
    state.documentRequest('codeLens', [], (params): CodeLens[] => {
      const sheet = state.currentSheet(params.textDocument.uri);
      return sheet ? dealValueLenses(sheet) : [];
    }),
  );
}
