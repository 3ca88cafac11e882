import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  RequestType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type SymbolInformation,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixesOf, formatOf, type Config, type LintOptions, type Rule } from '../engine';
import { BUILT_IN_RULES, checkText, docsHrefs, type CheckResult } from './check';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { dealValueLenses } from './code-lens';
import { INTERNAL_ERROR_CODE } from './convert';
import { DocumentLinter } from './documents';
import { errorDetails, errorReason } from './errors';
import { documentPath, isTermSheetDocument } from './file-filter';
import { allFixes, workspaceEditFor } from './fix-all';
import { foldingRanges } from './folding';
import { combineHovers, hoverAt, modelHoverAt } from './hover';
import { completionsAt } from './completion';
import { OpenTermSheets } from './open-term-sheets';
import {
  DEAL_SUMMARY_REQUEST,
  RULES_REQUEST,
  SERVER_COMMANDS,
  TERM_SHEETS_NOTIFICATION,
  type DealSummary,
  type DealSummaryParams,
  type RuleInfo,
  type RulesParams,
  type TermSheetsParams,
} from './protocol';
import { ruleInfos } from './rules-info';
import { documentSymbols, flatSymbols } from './symbols';
import { dealSummaryOfText } from '../summary/deal-summary';
import { WorkspaceLinter } from './workspace-lint';
import type { ResolvedConfig } from '../config/config-resolver';
import { CONFIG_FILE_GLOB, filePathOf, isConfigUri, SheetConfigs } from './sheet-config';
import { DEFAULT_DEBOUNCE_MS, effectiveConfig, readInitializationOptions, readSettingsSection, type ServerSettings } from './settings';

/** Replaced with the package version when bundled; absent when run from the tsc output. */
declare const TERMSHEET_LINT_VERSION: string | undefined;
const SERVER_VERSION = typeof TERMSHEET_LINT_VERSION === 'string' ? TERMSHEET_LINT_VERSION : undefined;

const SETTINGS_SECTION = 'termsheet';

const RulesRequest = new RequestType<RulesParams | null | undefined, RuleInfo[], void>(RULES_REQUEST);
const DealSummaryRequest = new RequestType<DealSummaryParams, DealSummary | null, void>(DEAL_SUMMARY_REQUEST);

/** A server command (see SERVER_COMMANDS): its arguments, the request's cancellation, and the client's progress token if it gave one. */
type ServerCommand = (args: unknown[], cancellation: CancellationToken, progress: WorkDoneProgressReporter) => Promise<unknown>;

/** Wires the linter to an LSP connection and starts listening. */
export function startLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): void {
  const documents = new TextDocuments(TextDocument);
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  let settings: ServerSettings = readSettingsSection({});
  let canPullConfiguration = false;
  let canRegisterWatcher = false;
  let canFollowFolders = false;
  let clientCapabilities: ClientCapabilities = {};
  const configs = new SheetConfigs(rules);
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

  /** The rules and engine config in force for a document: its config file's (or the defaults when that cannot be used), the editor settings applied last. */
  const setupFor = (uri: string | undefined): { rules: readonly Rule[]; config: Config } => {
    const resolved = uri === undefined ? undefined : configs.forDocument(uri, settings.configFile);
    if (!resolved || resolved.fatal) {
      if (resolved) tellConfigProblem(resolved);
      return { rules, config: effectiveConfig(settings) };
    }
    return { rules: resolved.rules, config: effectiveConfig(settings, resolved.config) };
  };

  const checkDocument = (text: string, uri: string): CheckResult => {
    if (isConfigUri(uri)) return { findings: configs.validate(uri, text).findings };
    const setup = setupFor(uri);
    return checkText(text, uri, setup.config, setup.rules);
  };

  /** The options a term sheet is linted with, for passes beyond the linter's own (fixing every finding). */
  const lintOptions = (uri: string): LintOptions => ({ ...setupFor(uri), fileName: documentPath(uri) });

  const linter = new DocumentLinter(
    {
      check: checkDocument,
      publish: (uri, version, diagnostics) => {
        connection
          .sendDiagnostics({ uri, version, diagnostics })
          .catch((error: unknown) => logError(`termsheet-lint: publishing diagnostics failed: ${errorDetails(error)}`));
      },
      logError,
      getDocument: (uri) => documents.get(uri),
      publishOnRequest: () => settings.run === 'onType',
    },
    DEFAULT_DEBOUNCE_MS,
  );

  /**
   * A term sheet by its name, its front matter, the user's `termsheet.files` globs or the config's `files`
   * (less its `ignore`, which otherwise only keeps files out of workspace lints: a sheet opened is linted).
   * Config files are validated as such, never linted as sheets.
   */
  const isTermSheet = (document: TextDocument) =>
    !isConfigUri(document.uri) &&
    (isTermSheetDocument(document, { globs: settings.files, folders: configs.folders }) || configs.selection(document.uri, settings.configFile) === 'listed');
  /** An open term sheet, or undefined for anything this server does not lint. */
  const termSheet = (uri: string | undefined) => {
    const document = uri === undefined ? undefined : documents.get(uri);
    return settings.enable && document && isTermSheet(document) ? document : undefined;
  };
  const workspaceLinter = new WorkspaceLinter({
    rules,
    folders: () => configs.folders,
    configFile: () => settings.configFile,
    enabled: () => settings.enable,
    openDocument: (path) => documents.all().find((document) => filePathOf(document.uri) === path),
    lintOpen: (document) => linter.current(document).diagnostics,
    check: checkDocument,
    publish: (uri, diagnostics) => {
      connection
        .sendDiagnostics({ uri, diagnostics })
        .catch((error: unknown) => logError(`termsheet-lint: publishing diagnostics failed: ${errorDetails(error)}`));
    },
    logError,
  });

  const openTermSheets = new OpenTermSheets((uris) => {
    const params: TermSheetsParams = { uris };
    connection
      .sendNotification(TERM_SHEETS_NOTIFICATION, params)
      .catch((error: unknown) => logError(`termsheet-lint: telling the term sheets failed: ${errorDetails(error)}`));
  });

  /** Term sheets and config files: the documents this server publishes diagnostics for. Notes for the client which are term sheets. */
  const isLinted = (document: TextDocument) => {
    const termSheet = settings.enable && isTermSheet(document);
    openTermSheets.note(document.uri, termSheet);
    return termSheet || (settings.enable && isConfigUri(document.uri));
  };

  /** Settings or configs changed which documents are linted, and how: clears the ones no longer linted, lints the rest again. */
  const relintOpenDocuments = () => {
    const linted: TextDocument[] = [];
    for (const document of documents.all()) {
      if (isLinted(document)) linted.push(document);
      else if (linter.isTracking(document.uri)) linter.close(document.uri);
    }
    if (settings.run === 'onSave') linter.invalidateAllAsShown(linted);
    else linter.invalidateAll(linted);
  };

  /** Config files on disk may have changed: read them again and re-lint every open term sheet. */
  const reloadConfigs = () => {
    configs.clear();
    toldConfigProblems.clear();
    relintOpenDocuments();
  };

  /**
   * Every handler runs through this: a failure is logged, the document it concerned gets an
   * internal-error diagnostic, and the server keeps serving every other document.
   */
  function guarded<P, R, A extends unknown[] = []>(
    name: string,
    fallback: R,
    uriOf: (params: P) => string | undefined,
    handler: (params: P, ...rest: A) => R,
  ): (params: P, ...rest: A) => R {
    const fail = (params: P, error: unknown): R => {
      let uri: string | undefined;
      try {
        uri = uriOf(params);
        logError(`termsheet-lint: ${name} failed${uri ? ` for ${uri}` : ''}: ${errorDetails(error)}`);
        // A failed document event leaves the document unlinted: say so on it. A failed request (a
        // malformed one, or a feature's bug) says nothing about the document, whose findings still hold.
        const document = DOCUMENT_EVENTS.has(name) ? termSheet(uri) : undefined;
        if (document) linter.reportFailure(document, error);
      } catch (reportError) {
        logError(`termsheet-lint: reporting a failure in ${name} failed: ${errorDetails(reportError)}`);
      }
      return fallback;
    };
    return (params: P, ...rest: A) => {
      try {
        const result = handler(params, ...rest);
        // An asynchronous handler fails later: the same treatment, and the fallback as its answer.
        return result instanceof Promise ? (result.catch((error: unknown) => fail(params, error)) as R) : result;
      } catch (error) {
        return fail(params, error);
      }
    };
  }

  const applySettings = (next: ServerSettings) => {
    settings = next;
    // A new configFile may point at a file that is now missing: say so again.
    toldConfigProblems.clear();
    if (!settings.enable) workspaceLinter.clear();
    relintOpenDocuments();
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
        openTermSheets.enabled = options.termSheetList;
        settings = options.settings;
        clientCapabilities = params.capabilities;
        const workspace = params.capabilities.workspace;
        canPullConfiguration = workspace?.configuration === true;
        canRegisterWatcher = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
        canFollowFolders = workspace?.workspaceFolders === true;
        const folders: readonly WorkspaceFolder[] | null | undefined = params.workspaceFolders;
        const rootUri = params.rootUri;
        setFolders(folders ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : []);
        return capabilities();
      },
    ),
  );

  connection.onInitialized(
    guarded(
      'initialized',
      undefined,
      () => undefined,
      () => {
        if (canRegisterWatcher) {
          connection.client
            .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
            .catch((error: unknown) => logError(`termsheet-lint: watching config files failed: ${errorDetails(error)}`));
        }
        if (canFollowFolders) {
          connection.workspace.onDidChangeWorkspaceFolders(
            guarded(
              'didChangeWorkspaceFolders',
              undefined,
              () => undefined,
              (event) => {
                const removed = new Set(event.removed.map((folder) => folder.uri));
                setFolders([...folderUris.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)]);
                reloadConfigs();
              },
            ),
          );
        }
      },
    ),
  );

  // Clients without dynamic registration may still send these (VS Code's client watches through its fileEvents option).
  connection.onDidChangeWatchedFiles(
    guarded(
      'didChangeWatchedFiles',
      undefined,
      () => undefined,
      () => reloadConfigs(),
    ),
  );

  documents.onDidSave(
    guarded(
      'save',
      undefined,
      (event) => event.document.uri,
      (event) => {
        if (isConfigUri(event.document.uri)) reloadConfigs();
        if (settings.run !== 'onSave') return;
        if (isLinted(event.document)) linter.lintNow(event.document);
        else if (linter.isTracking(event.document.uri)) linter.close(event.document.uri);
      },
    ),
  );

  documents.onDidOpen(
    guarded(
      'open',
      undefined,
      (event) => event.document.uri,
      (event) => {
        if (isLinted(event.document)) linter.lintNow(event.document);
      },
    ),
  );

  // Also fires right after an open, which `schedule` skips because that version is already linted.
  documents.onDidChangeContent(
    guarded(
      'change',
      undefined,
      (event) => event.document.uri,
      (event) => {
        // With `run: onSave` an edit changes nothing shown until the save.
        if (settings.run === 'onSave') return;
        if (isLinted(event.document)) linter.schedule(event.document);
        // A Markdown file whose `termsheet:` front matter was just removed is no longer linted.
        else if (linter.isTracking(event.document.uri)) linter.close(event.document.uri);
      },
    ),
  );

  documents.onDidClose(
    guarded(
      'close',
      undefined,
      () => undefined,
      (event) => {
        openTermSheets.note(event.document.uri, false);
        if (linter.isTracking(event.document.uri) || isConfigUri(event.document.uri)) linter.close(event.document.uri);
        // Once the whole workspace was linted, a closed sheet keeps showing its findings: those of the file on disk.
        workspaceLinter.republishFromDisk(event.document.uri);
      },
    ),
  );

  connection.onHover(
    guarded(
      'hover',
      null,
      (params) => params.textDocument.uri,
      (params): Hover | null => {
        const document = termSheet(params.textDocument.uri);
        if (!document) return null;
        const outcome = linter.current(document);
        // Custom rules come with the document's config, beside the built-in ones.
        const resolved = configs.forDocument(document.uri, settings.configFile);
        const known = new Map([...rulesById, ...resolved.rules.map((rule) => [rule.meta.id, rule] as const)]);
        const sheet = outcome.sheet();
        return combineHovers(hoverAt(outcome, params.position, known), sheet ? modelHoverAt(sheet, params.position, resolved.config.regions) : null);
      },
    ),
  );

  connection.onCompletion(
    guarded(
      'completion',
      [],
      (params) => params.textDocument.uri,
      (params): CompletionItem[] => {
        const document = termSheet(params.textDocument.uri);
        if (!document) return [];
        const regions = configs.forDocument(document.uri, settings.configFile).config.regions;
        return completionsAt(document.getText(), formatOf(documentPath(document.uri)), params.position, {
          snippets: clientCapabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
          regions,
          sheet: () => linter.current(document).sheet(),
        });
      },
    ),
  );

  /** A rule's documentation page: a custom rule's from the document's config, a built-in rule's shipped page. */
  const documentationHref = (ruleId: string, uri: string | undefined): string | undefined => {
    if (ruleId === INTERNAL_ERROR_CODE) return undefined;
    const setup = setupFor(uri !== undefined && termSheet(uri) ? uri : undefined);
    if (!rulesById.has(ruleId) && !setup.rules.some((rule) => rule.meta.id === ruleId)) return undefined;
    return docsHrefs(setup.config)(ruleId);
  };
  /** Clients that take versioned document edits refuse an edit computed for an older version. */
  const versionedEdits = () => clientCapabilities.workspace?.workspaceEdit?.documentChanges === true;

  connection.onCodeAction(
    guarded(
      'codeAction',
      [],
      (params) => params.textDocument.uri,
      (params): CodeAction[] => {
        const document = termSheet(params.textDocument.uri);
        if (!document) return [];
        const outcome = linter.current(document);
        return codeActions(outcome, params.context, {
          docsHref: (ruleId) => documentationHref(ruleId, document.uri),
          fixesOf: (findings) => {
            const sheet = findings.length > 0 ? outcome.sheet() : undefined;
            return sheet ? fixesOf(sheet, findings, lintOptions(document.uri)) : new Map();
          },
          allFixes: () => allFixes(outcome, lintOptions(document.uri)),
          workspaceEdit: (edits) => workspaceEditFor(outcome, edits, versionedEdits()),
        });
      },
    ),
  );

  connection.onRequest(
    RulesRequest,
    guarded(
      'rules',
      [],
      (params) => params?.uri,
      (params): RuleInfo[] => {
        const setup = setupFor(typeof params?.uri === 'string' ? params.uri : undefined);
        return ruleInfos(setup.rules, setup.config);
      },
    ),
  );

  connection.onRequest(
    DealSummaryRequest,
    guarded(
      'dealSummary',
      null,
      (params) => params?.uri,
      (params): DealSummary | null => {
        const document = termSheet(params?.uri);
        if (!document) return null;
        // The linter's outcome for this version: the summary's checklist matches the diagnostics shown.
        const outcome = linter.current(document);
        return dealSummaryOfText(document.uri, documentPath(document.uri), outcome.text, outcome.findings, setupFor(document.uri).config);
      },
    ),
  );

  /** The model of an open term sheet's current text: the outline, folding and lenses read it, never the text. */
  const currentSheet = (uri: string) => {
    const document = termSheet(uri);
    return document ? linter.current(document).sheet() : undefined;
  };

  connection.onDocumentSymbol(
    guarded(
      'documentSymbol',
      [],
      (params) => params.textDocument.uri,
      (params): DocumentSymbol[] | SymbolInformation[] => {
        const sheet = currentSheet(params.textDocument.uri);
        if (!sheet) return [];
        const symbols = documentSymbols(sheet);
        const hierarchical = clientCapabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
        return hierarchical ? symbols : flatSymbols(symbols, params.textDocument.uri);
      },
    ),
  );

  connection.onFoldingRanges(
    guarded(
      'foldingRange',
      [],
      (params) => params.textDocument.uri,
      (params): FoldingRange[] => {
        const sheet = currentSheet(params.textDocument.uri);
        return sheet ? foldingRanges(sheet) : [];
      },
    ),
  );

  connection.onCodeLens(
    guarded(
      'codeLens',
      [],
      (params) => params.textDocument.uri,
      (params): CodeLens[] => {
        const sheet = currentSheet(params.textDocument.uri);
        return sheet ? dealValueLenses(sheet) : [];
      },
    ),
  );

  /** Opens a rule's page: a web page in the browser, a shipped page in the editor. */
  const showDocumentation = async ([ruleId, uri]: unknown[]): Promise<boolean | ResponseError> => {
    if (typeof ruleId !== 'string') return new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.showDocumentation} takes [ruleId, uri?]`);
    const href = documentationHref(ruleId, typeof uri === 'string' ? uri : undefined);
    if (!href) return new ResponseError(ErrorCodes.InvalidParams, `There is no documentation for rule "${ruleId}"`);
    if (clientCapabilities.window?.showDocument?.support !== true) {
      // A client that cannot open pages can still show where the page is.
      await connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `Documentation for ${ruleId}: ${href}` });
      return false;
    }
    const shown = await connection.window.showDocument({ uri: href, external: /^https?:/i.test(href), takeFocus: true });
    return shown.success;
  };

  /** Applies every safe fix through `workspace/applyEdit`; the number of fixes applied, 0 when none were. */
  const applyAllFixes = async ([uri, version]: unknown[]): Promise<number | ResponseError> => {
    if (typeof uri !== 'string' || (version !== undefined && version !== null && typeof version !== 'number')) {
      return new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.applyAllFixes} takes [uri, version?]`);
    }
    const document = termSheet(uri);
    if (!document) return 0;
    if (typeof version === 'number' && version !== document.version) {
      return new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed after version ${version}; no fix was applied`);
    }
    if (clientCapabilities.workspace?.applyEdit !== true) return new ResponseError(ErrorCodes.InvalidRequest, 'The client cannot apply workspace edits');
    const outcome = linter.current(document);
    const fixes = allFixes(outcome, lintOptions(uri));
    if (!fixes) return 0;
    const result = await connection.workspace.applyEdit({
      label: 'Fix all term sheet problems',
      edit: workspaceEditFor(outcome, fixes.edits, versionedEdits()),
    });
    if (!result.applied) {
      logError(`termsheet-lint: the client did not apply the fixes to ${uri}${result.failureReason ? `: ${result.failureReason}` : ''}`);
      return 0;
    }
    return fixes.fixes;
  };

  /** Lints every term sheet of the workspace folders, with progress the user can cancel. */
  const lintWorkspace: ServerCommand = async (_args, cancellation, attached) => {
    // The client's own progress token when it sent one; else progress the server creates, when the client can show it.
    const progress =
      !WorkDoneProgressReporter.isNullInstance(attached) || clientCapabilities.window?.workDoneProgress !== true
        ? attached
        : await connection.window.createWorkDoneProgress().catch(() => attached);
    return workspaceLinter.run(cancellation, progress, 'token' in progress ? (progress.token as CancellationToken) : undefined);
  };

  /** What `workspace/executeCommand` runs, by id; `capabilities()` announces the same ids. */
  const serverCommands = new Map<string, ServerCommand>([
    [SERVER_COMMANDS.showDocumentation, showDocumentation],
    [SERVER_COMMANDS.applyAllFixes, applyAllFixes],
    [SERVER_COMMANDS.lintWorkspace, lintWorkspace],
  ]);

  connection.onExecuteCommand(
    guarded(
      'executeCommand',
      null,
      (params) => params.arguments?.find((argument): argument is string => typeof argument === 'string' && argument.includes(':')),
      (params, cancellation: CancellationToken, progress: WorkDoneProgressReporter) => {
        const run = serverCommands.get(params.command);
        if (!run) return new ResponseError(ErrorCodes.InvalidParams, `Unknown command "${params.command}"`);
        return run(params.arguments ?? [], cancellation, progress).catch((error: unknown) => {
          logError(`termsheet-lint: ${params.command} failed: ${errorDetails(error)}`);
          return new ResponseError(ErrorCodes.InternalError, `${params.command} failed: ${errorReason(error)}`);
        });
      },
    ),
  );

  connection.onDidChangeConfiguration(
    guarded(
      'didChangeConfiguration',
      undefined,
      () => undefined,
      (params) => {
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
      },
    ),
  );

  connection.onShutdown(
    guarded(
      'shutdown',
      undefined,
      () => undefined,
      () => linter.dispose(),
    ),
  );

  documents.listen(connection);
  connection.listen();
}

/** The commands the server carries out (`workspace/executeCommand`), one per line. */
/** The handlers that lint a document; a failure in one stands in for its findings. */
const DOCUMENT_EVENTS: ReadonlySet<string> = new Set(['open', 'change', 'save']);

const EXECUTED_COMMANDS: readonly string[] = [SERVER_COMMANDS.showDocumentation, SERVER_COMMANDS.applyAllFixes, SERVER_COMMANDS.lintWorkspace];

function capabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' ', '[', ',', '|', '*'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: 'Term sheet' },
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [...EXECUTED_COMMANDS] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'termsheet-lint', version: SERVER_VERSION },
  };
}
