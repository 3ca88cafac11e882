import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  RequestType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config, Rule } from '../engine';
import { BUILT_IN_RULES, checkText, type CheckResult } from './check';
import { quickFixes } from './code-actions';
import { DocumentLinter } from './documents';
import { errorDetails } from './errors';
import { documentPath, isTermSheetDocument } from './file-filter';
import { hoverAt } from './hover';
import { DEAL_SUMMARY_REQUEST, RULES_REQUEST, SERVER_COMMANDS, type DealSummary, type DealSummaryParams, type RuleInfo, type RulesParams } from './protocol';
import { ruleInfos } from './rules-info';
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
type ServerCommand = (args: unknown[], cancellation: CancellationToken, progress: WorkDoneProgressReporter) => unknown;

/** Wires the linter to an LSP connection and starts listening. */
export function startLanguageServer(connection: Connection, rules: readonly Rule[] = BUILT_IN_RULES): void {
  const documents = new TextDocuments(TextDocument);
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  let settings: ServerSettings = { enable: true, rules: {} };
  let canPullConfiguration = false;
  let canRegisterWatcher = false;
  let canFollowFolders = false;
  let canCreateProgress = false;
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

  /** The rules and engine config in force for a document: its config file's, the editor settings applied last. */
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
  const workspaceLinter = new WorkspaceLinter({
    rules,
    folders: () => configs.folders,
    configFile: () => settings.configFile,
    enabled: () => settings.enable,
    openDocument: (path) => documents.all().find((document) => filePathOf(document.uri) === path),
    lintOpen: (document) => linter.current(document).diagnostics,
    check: checkDocument,
    publish: (uri, diagnostics) => {
      connection.sendDiagnostics({ uri, diagnostics }).catch((error: unknown) => logError(`termsheet-lint: publishing diagnostics failed: ${errorDetails(error)}`));
    },
    logError,
  });

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
        const document = termSheet(uri);
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
    for (const document of documents.all()) {
      if (!isLinted(document) && linter.isTracking(document.uri)) linter.close(document.uri);
    }
    if (!settings.enable) workspaceLinter.clear();
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
        canCreateProgress = params.capabilities.window?.workDoneProgress === true;
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
      // Once the whole workspace was linted, a closed sheet keeps showing its findings: those of the file on disk.
      workspaceLinter.republishFromDisk(event.document.uri);
    }),
  );

  connection.onHover(
    guarded('hover', null, (params) => params.textDocument.uri, (params): Hover | null => {
      const document = termSheet(params.textDocument.uri);
      if (!document) return null;
      const outcome = linter.current(document);
      // Custom rules come with the document's config, beside the built-in ones.
      const known = new Map([...rulesById, ...configs.forDocument(document.uri, settings.configFile).rules.map((rule) => [rule.meta.id, rule] as const)]);
      return hoverAt(outcome, params.position, known);
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', [], (params) => params.textDocument.uri, (params): CodeAction[] => {
      const document = termSheet(params.textDocument.uri);
      return document ? quickFixes(linter.current(document), params.context) : [];
    }),
  );

  connection.onRequest(
    RulesRequest,
    guarded('rules', [], (params) => params?.uri, (params): RuleInfo[] => {
      const setup = setupFor(typeof params?.uri === 'string' ? params.uri : undefined);
      return ruleInfos(setup.rules, setup.config);
    }),
  );

  connection.onRequest(
    DealSummaryRequest,
    guarded('dealSummary', null, (params) => params?.uri, (params): DealSummary | null => {
      const document = termSheet(params?.uri);
      if (!document) return null;
      // The linter's outcome for this version: the summary's checklist matches the diagnostics shown.
      const outcome = linter.current(document);
      return dealSummaryOfText(document.uri, documentPath(document.uri), outcome.text, outcome.findings, setupFor(document.uri).config);
    }),
  );

  const serverCommands: Record<string, ServerCommand> = {
    [SERVER_COMMANDS.lintWorkspace]: async (_args, cancellation, attached) => {
      // The client's own progress token when it sent one; else progress the server creates, when the client can show it.
      const progress = !WorkDoneProgressReporter.isNullInstance(attached) || !canCreateProgress ? attached : await connection.window.createWorkDoneProgress().catch(() => attached);
      return workspaceLinter.run(cancellation, progress, 'token' in progress ? (progress.token as CancellationToken) : undefined);
    },
  };

  connection.onExecuteCommand(
    guarded('executeCommand', null, () => undefined, (params, cancellation: CancellationToken, progress: WorkDoneProgressReporter) => {
      const command = Object.hasOwn(serverCommands, params.command) ? serverCommands[params.command] : undefined;
      return command ? command(params.arguments ?? [], cancellation, progress) : null;
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
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: {
        commands: [
          SERVER_COMMANDS.lintWorkspace,
        ],
      },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'termsheet-lint', version: SERVER_VERSION },
  };
}
