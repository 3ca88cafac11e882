import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../engine';
import { BUILT_IN_RULES, checkText } from './check';
import { quickFixes } from './code-actions';
import { DocumentLinter } from './documents';
import { errorDetails } from './errors';
import { isTermSheetUri } from './file-filter';
import { hoverAt } from './hover';
import { DEFAULT_DEBOUNCE_MS, effectiveConfig, readInitializationOptions, readSettingsSection, type ServerSettings } from './settings';

/** Replaced with the package version when bundled; absent when run from the tsc output. */
declare const TERMSHEET_LINT_VERSION: string | undefined;
const SERVER_VERSION = typeof TERMSHEET_LINT_VERSION === 'string' ? TERMSHEET_LINT_VERSION : undefined;

const SETTINGS_SECTION = 'termsheet';

/** Wires the linter to an LSP connection and starts listening. */
export function startLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): void {
  const documents = new TextDocuments(TextDocument);
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  let settings: ServerSettings = { rules: {} };
  let canPullConfiguration = false;

  const logError = (message: string) => {
    try {
      connection.console.error(message);
    } catch {
      // The connection is gone; nobody is left to tell.
    }
  };

  const linter = new DocumentLinter(
    {
      check: (text, uri) => checkText(text, uri, effectiveConfig(settings), rules),
      publish: (uri, version, diagnostics) => {
        connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => logError(`termsheet-lint: publishing diagnostics failed: ${errorDetails(error)}`));
      },
      logError,
      getDocument: (uri) => documents.get(uri),
    },
    DEFAULT_DEBOUNCE_MS,
  );

  /** An open term sheet, or undefined for anything this server does not lint. */
  const termSheet = (uri: string | undefined) => (uri !== undefined && isTermSheetUri(uri) ? documents.get(uri) : undefined);

  /**
   * Every handler runs through this: a failure is logged, the document it concerned gets an
   * internal-error diagnostic, and the server keeps serving every other document.
   */
  function guarded<P, R>(name: string, fallback: R, uriOf: (params: P) => string | undefined, handler: (params: P) => R): (params: P) => R {
    return (params: P) => {
      try {
        return handler(params);
      } catch (error) {
        let uri: string | undefined;
        try {
          uri = uriOf(params);
          logError(`termsheet-lint: ${name} failed${uri ? ` for ${uri}` : ''}: ${errorDetails(error)}`);
          const document = termSheet(uri);
          if (document) linter.reportFailure(document, error);
        } catch (reportError) {
          logError(`termsheet-lint: reporting a failure in ${name} failed: ${errorDetails(reportError)}`);
        }
        return fallback;
      }
    };
  }

  const applySettings = (next: ServerSettings) => {
    settings = next;
    linter.invalidateAll(documents.all().filter((document) => isTermSheetUri(document.uri)));
  };

  connection.onInitialize(
    guarded(
      'initialize',
      capabilities(),
      () => undefined,
      (params): InitializeResult => {
        const options = readInitializationOptions(params.initializationOptions);
        linter.debounceMs = options.debounceMs;
        settings = options.settings;
        canPullConfiguration = params.capabilities.workspace?.configuration === true;
        return capabilities();
      },
    ),
  );

  documents.onDidOpen(
    guarded('open', undefined, (event) => event.document.uri, (event) => {
      if (isTermSheetUri(event.document.uri)) linter.lintNow(event.document);
    }),
  );

  // Also fires right after an open, which `schedule` skips because that version is already linted.
  documents.onDidChangeContent(
    guarded('change', undefined, (event) => event.document.uri, (event) => {
      if (isTermSheetUri(event.document.uri)) linter.schedule(event.document);
    }),
  );

  documents.onDidClose(
    guarded('close', undefined, () => undefined, (event) => {
      if (isTermSheetUri(event.document.uri)) linter.close(event.document.uri);
    }),
  );

  connection.onHover(
    guarded('hover', null, (params) => params.textDocument.uri, (params): Hover | null => {
      const document = termSheet(params.textDocument.uri);
      return document ? hoverAt(linter.current(document), params.position, rulesById) : null;
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', [], (params) => params.textDocument.uri, (params): CodeAction[] => {
      const document = termSheet(params.textDocument.uri);
      return document ? quickFixes(linter.current(document), params.context) : [];
    }),
  );

  connection.onDidChangeConfiguration(
    guarded('didChangeConfiguration', undefined, () => undefined, (params) => {
      const pushed: unknown = params.settings;
      if (typeof pushed === 'object' && pushed !== null && SETTINGS_SECTION in pushed) {
        applySettings(readSettingsSection((pushed as Record<string, unknown>)[SETTINGS_SECTION]));
      } else if (canPullConfiguration) {
        // Clients using the pull model send an empty notification and expect the server to ask.
        connection.workspace
          .getConfiguration(SETTINGS_SECTION)
          .then((section: unknown) => applySettings(readSettingsSection(section)))
          .catch((error: unknown) => logError(`termsheet-lint: reading settings failed: ${errorDetails(error)}`));
      }
    }),
  );

  connection.onShutdown(guarded('shutdown', undefined, () => undefined, () => linter.dispose()));

  documents.listen(connection);
  connection.listen();
}

function capabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'termsheet-lint', version: SERVER_VERSION },
  };
}
