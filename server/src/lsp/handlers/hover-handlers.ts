import type { Hover, ServerCapabilities } from 'vscode-languageserver';
import { combineHovers, hoverAt, modelHoverAt } from '../hover';
import type { ServerState } from './server-state';

export const HOVER_CAPABILITIES: ServerCapabilities = { hoverProvider: true };

/** Hovers: the findings under the cursor with their rules, and what the sheet's model says of the value there. */
export function registerHoverHandlers(state: ServerState): void {
  state.connection.onHover(
    state.documentRequest('hover', null, (params): Hover | null => {
      const document = state.termSheet(params.textDocument.uri);
      if (!document) return null;
      const outcome = state.linter.current(document);
      // Custom rules come with the document's config, beside the built-in ones.
      const resolved = state.configs.forDocument(document.uri, state.settings.for(document.uri).configFile);
      const known = new Map([...state.rulesById, ...resolved.rules.map((rule) => [rule.meta.id, rule] as const)]);
      const sheet = outcome.sheet();
      return combineHovers(hoverAt(outcome, params.position, known), sheet ? modelHoverAt(sheet, params.position, resolved.config.regions) : null);
    }),
  );
}
