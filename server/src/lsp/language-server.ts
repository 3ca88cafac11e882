import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, type Rule } from '../engine';
import { BUILT_IN_RULES, checkText, type CheckResult } from './check';
import { quickFixes } from './code-actions';
import { DocumentLinter } from './documents';
import { errorDetails } from './errors';
import { documentPath, isTermSheetDocument } from './file-filter';
import { combineHovers, hoverAt, modelHoverAt } from './hover';
import { completionsAt } from './completion';
import { SheetCache } from './sheet-cache';
import type { ResolvedConfig } from '../config/config-resolver';
import { CONFIG_FILE_GLOB, filePathOf, isConfigUri, SheetConfigs } from './sheet-config';
import { DEFAULT_DEBOUNCE_MS, effectiveConfig, readInitializationOptions, readSettingsSection, type ServerSettings } from './settings';

/** Replaced with the package version when bundled; absent when run from the tsc output. */
declare const TERMSHEET_LINT_VERSION: string | undefined;
const SERVER_VERSION = typeof TERMSHEET_LINT_VERSION === 'string' ? TERMSHEET_LINT_VERSION : undefined;

const SETTINGS_SECTION = 'termsheet';

/** Wires the linter to an LSP connection and starts listening. */
export function startLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): void {
  const documents = new TextDocuments(TextDocument);
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  let settings: ServerSettings = { enable: true, rules: {} };
  let canPullConfiguration = false;
  let canRegisterWatcher = false;
  let canFollowFolders = false;
  const configs = new SheetConfigs(rules);
  const sheets = new SheetCache();
  let snippetSupport = false;
  /** Config problems already told to the user, so that every keystroke does not tell them again. */
  const toldConfigProblems = new Set<string>();

  const logError = (message: string) => {
    try {
      connection.console.error(message);
    } catch {
      // The connection is gone; nobody is left to tell.
    }
  };

  /**
   * A config that cannot be used at all is said once (log, and a message unless the file is open,
   * where its own diagnostic already shows it), and the sheet is linted with the defaults.
   */
  const tellConfigProblem = (resolved: ResolvedConfig) => {
    const problem = resolved.fatal ?? '';
    if (toldConfigProblems.has(problem)) return;
    toldConfigProblems.add(problem);
    const source = settings.configFile ? ` (named by the termsheet.configFile setting "${settings.configFile}")` : '';
    const message = `termsheet-lint: ${problem}${source}; linting with the default rules`;
    logError(message);
    const open = documents.all().some((document) => filePathOf(document.uri) === resolved.file);
    if (!open) connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  };

  const checkDocument = (text: string, uri: string): CheckResult => {
    if (isConfigUri(uri)) return { findings: configs.validate(uri, text).findings };
    const resolved = configs.forDocument(uri, settings.configFile);
    if (resolved.fatal) {
      tellConfigProblem(resolved);
      return checkText(text, uri, effectiveConfig(settings), rules);
    }
    return checkText(text, uri, effectiveConfig(settings, resolved.config), resolved.rules);
  };

  const linter = new DocumentLinter(
    {
      check: checkDocument,
      publish: (uri, version, diagnostics) => {
        connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => logError(`termsheet-lint: publishing diagnostics failed: ${errorDetails(error)}`));
      },
      logError,
      getDocument: (uri) => documents.get(uri),
    },
    DEFAULT_DEBOUNCE_MS,
  );

  /** An open term sheet, or undefined for anything this server does not lint. */
  const termSheet = (uri: string | undefined) => {
    const document = uri === undefined ? undefined : documents.get(uri);
    return settings.enable && document && isTermSheetDocument(document) ? document : undefined;
  };
  /** Term sheets and config files: the documents this server publishes diagnostics for. */
  const isLinted = (document: TextDocument) => settings.enable && (isTermSheetDocument(document) || isConfigUri(document.uri));

  /** Config files on disk may have changed: read them again and re-lint every open term sheet. */
  const reloadConfigs = () => {
    configs.clear();
    toldConfigProblems.clear();
    linter.invalidateAll(documents.all().filter(isTermSheetDocument));
  };

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
    // A new configFile may point at a file that is now missing: say so again.
    toldConfigProblems.clear();
    for (const document of documents.all()) {
      if (!isLinted(document) && linter.isTracking(document.uri)) linter.close(document.uri);
    }
    linter.invalidateAll(documents.all().filter(isLinted));
  };

  let folderUris: string[] = [];
  const setFolders = (uris: string[]) => {
    folderUris = uris;
    configs.setFolders(uris);
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
        const workspace = params.capabilities.workspace;
        canPullConfiguration = workspace?.configuration === true;
        canRegisterWatcher = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
        canFollowFolders = workspace?.workspaceFolders === true;
        snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
        const folders: readonly WorkspaceFolder[] | null | undefined = params.workspaceFolders;
        const rootUri = (params as InitializeParams).rootUri;
        setFolders(folders ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : []);
        return capabilities();
      },
    ),
  );

  connection.onInitialized(
    guarded('initialized', undefined, () => undefined, () => {
      if (canRegisterWatcher) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
          .catch((error: unknown) => logError(`termsheet-lint: watching config files failed: ${errorDetails(error)}`));
      }
      if (canFollowFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guarded('didChangeWorkspaceFolders', undefined, () => undefined, (event) => {
            const removed = new Set(event.removed.map((folder) => folder.uri));
            setFolders([...folderUris.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)]);
            reloadConfigs();
          }),
        );
      }
    }),
  );

  // Clients without dynamic registration may still send these (VS Code's client watches through its fileEvents option).
  connection.onDidChangeWatchedFiles(guarded('didChangeWatchedFiles', undefined, () => undefined, () => reloadConfigs()));

  documents.onDidSave(
    guarded('save', undefined, (event) => event.document.uri, (event) => {
      if (isConfigUri(event.document.uri)) reloadConfigs();
    }),
  );

  documents.onDidOpen(
    guarded('open', undefined, (event) => event.document.uri, (event) => {
      if (isLinted(event.document)) linter.lintNow(event.document);
    }),
  );

  // Also fires right after an open, which `schedule` skips because that version is already linted.
  documents.onDidChangeContent(
    guarded('change', undefined, (event) => event.document.uri, (event) => {
      if (isLinted(event.document)) linter.schedule(event.document);
      // A Markdown file whose `termsheet:` front matter was just removed is no longer linted.
      else if (linter.isTracking(event.document.uri)) linter.close(event.document.uri);
    }),
  );

  documents.onDidClose(
    guarded('close', undefined, () => undefined, (event) => {
      if (linter.isTracking(event.document.uri) || isConfigUri(event.document.uri)) linter.close(event.document.uri);
    }),
  );

  connection.onHover(
    guarded('hover', null, (params) => params.textDocument.uri, (params): Hover | null => {
      const document = termSheet(params.textDocument.uri);
      if (!document) return null;
      const outcome = linter.current(document);
      // Custom rules come with the document's config, beside the built-in ones.
      const resolved = configs.forDocument(document.uri, settings.configFile);
      const known = new Map([...rulesById, ...resolved.rules.map((rule) => [rule.meta.id, rule] as const)]);
      const sheet = sheets.get(document);
      return combineHovers(hoverAt(outcome, params.position, known), sheet ? modelHoverAt(sheet, params.position, resolved.config.regions) : null);
    }),
  );

  connection.onCompletion(
    guarded('completion', [], (params) => params.textDocument.uri, (params): CompletionItem[] => {
      const document = termSheet(params.textDocument.uri);
      if (!document) return [];
      const regions = configs.forDocument(document.uri, settings.configFile).config.regions;
      return completionsAt(document.getText(), formatOf(documentPath(document.uri)), params.position, {
        snippets: snippetSupport,
        regions,
        sheet: () => sheets.get(document),
      });
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
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', '[', ',', '|', '*'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'termsheet-lint', version: SERVER_VERSION },
  };
}
