import {
  SemanticTokensRegistrationType,
  type Disposable,
  type SemanticTokens,
  type SemanticTokensOptions,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toPosix } from '../../config/file-selection';
import { errorDetails } from '../errors';
import { filePathOf, isTermSheetUri } from '../file-filter';
import { TERM_SHEET_GLOB } from '../protocol';
import { encodeTokens, SEMANTIC_TOKENS_LEGEND, sheetTokens } from '../semantic-tokens';
import type { ServerState } from './server-state';

const TOKENS_OPTIONS: SemanticTokensOptions = { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true };

/**
 * Asked for term sheets by name only: the client sends the server every YAML and Markdown file (any may be
 * a sheet by its front matter or a glob), and an editor asks a provider for tokens on every edit. Open
 * sheets of other names are added by path while open (see followSheetsOutsideSelector).
 */
export const SEMANTIC_TOKENS_CAPABILITIES: ServerCapabilities = {
  semanticTokensProvider: {
    ...TOKENS_OPTIONS,
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
  followSheetsOutsideSelector(state);
}

/** What a glob reads as other than itself: a path holding one is not registered (its sheet is linted, not highlighted). */
const GLOB_SYNTAX = /[*?[\]{}\\]/;

/**
 * Open files that are term sheets by their front matter, the `termsheet.files` globs or a config's `files`
 * are outside the selector declared at start-up: while open, they are registered by path, for clients
 * that take registrations, so the editor asks for their tokens too and for no other file's.
 */
function followSheetsOutsideSelector(state: ServerState): void {
  const { connection, documents } = state;
  const paths = new Set<string>();
  let registeredPaths = '';
  let registration: Promise<Disposable | undefined> = Promise.resolve(undefined);

  const updateRegistration = () => {
    const selected = [...paths].sort();
    if (selected.join('\n') === registeredPaths) return;
    registeredPaths = selected.join('\n');
    // In turn: each registration replaces the one before.
    registration = registration.then(async (previous) => {
      previous?.dispose();
      if (selected.length === 0) return undefined;
      const documentSelector = selected.map((pattern) => ({ scheme: 'file', pattern }));
      return connection.client.register(SemanticTokensRegistrationType.type, { ...TOKENS_OPTIONS, documentSelector }).catch((error: unknown) => {
        state.logError(`termsheet-lint: registering highlighting failed: ${errorDetails(error)}`);
        return undefined;
      });
    });
  };

  const follow = (document: TextDocument, open: boolean) => {
    if (state.clientCapabilities.textDocument?.semanticTokens?.dynamicRegistration !== true || isTermSheetUri(document.uri)) return;
    const filePath = filePathOf(document.uri);
    // In a glob `/` matches either separator: a Windows path is written with it.
    const path = filePath === undefined ? undefined : toPosix(filePath);
    if (path === undefined || GLOB_SYNTAX.test(path)) return;
    const decide = () => {
      const isSheet = open && documents.get(document.uri) !== undefined && state.termSheet(document.uri) !== undefined;
      if (isSheet === paths.has(path)) return;
      if (isSheet) paths.add(path);
      else paths.delete(path);
      updateRegistration();
    };
    Promise.resolve()
      .then(() => state.withSettings(document.uri, decide))
      .catch((error: unknown) => state.logError(`termsheet-lint: deciding the highlighting of ${document.uri} failed: ${errorDetails(error)}`));
  };
  documents.onDidOpen((event) => follow(event.document, true));
  documents.onDidChangeContent((event) => follow(event.document, true));
  documents.onDidClose((event) => follow(event.document, false));
}
