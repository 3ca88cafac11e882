import { RequestType } from 'vscode-languageserver';
import { documentPath } from '../file-filter';
import {
  DEAL_SUMMARY_REQUEST,
  RULES_REQUEST,
  WORD_VIEW_REQUEST,
  type DealSummary,
  type DealSummaryParams,
  type RuleInfo,
  type RulesParams,
  type WordViewParams,
  type WordViewResult,
} from '../protocol';
import { wordViewOf } from '../word-view';
import { ruleInfos } from '../rules-info';
import { dealSummaryOfText } from '../../summary/deal-summary';
import type { ServerState } from './server-state';

const RulesRequest = new RequestType<RulesParams | null | undefined, RuleInfo[], void>(RULES_REQUEST);
const DealSummaryRequest = new RequestType<DealSummaryParams, DealSummary | null, void>(DEAL_SUMMARY_REQUEST);
const WordViewRequest = new RequestType<WordViewParams, WordViewResult, void>(WORD_VIEW_REQUEST);

/** The server's own requests (protocol.ts): the rules known for a document, a term sheet's deal summary, a Word document's text. */
export function registerRequestHandlers(state: ServerState): void {
  state.connection.onRequest(
    RulesRequest,
    state.guard(
      'rules',
      [],
      (params) => params?.uri,
      (params) => {
        const uri = typeof params?.uri === 'string' ? params.uri : undefined;
        return state.withSettings(uri, (): RuleInfo[] => {
          const setup = state.setupFor(uri);
          return ruleInfos(setup.rules, setup.config);
        });
      },
    ),
  );

  state.connection.onRequest(
    DealSummaryRequest,
    state.guard(
      'dealSummary',
      null,
      (params) => params?.uri,
      (params) =>
        state.withSettings(typeof params?.uri === 'string' ? params.uri : undefined, (): DealSummary | null => {
          const document = state.termSheet(params?.uri);
          if (!document) return null;
          // The linter's outcome for this version: the summary's checklist matches the diagnostics shown.
          const outcome = state.linter.current(document);
          return dealSummaryOfText(document.uri, documentPath(document.uri), outcome.text, outcome.findings, state.setupFor(document.uri).config);
        }),
    ),
  );

  state.connection.onRequest(
    WordViewRequest,
    state.guard(
      'wordView',
      { error: 'The Word document could not be read' },
      (params) => params?.uri,
      (params) => {
        const uri = typeof params?.uri === 'string' ? params.uri : undefined;
        return state.withSettings(uri, () => wordViewOf(uri, state.setupFor(uri).config));
      },
    ),
  );
}
