import { MessageType, ShowMessageNotification, TextDocuments, type ClientCapabilities, type Connection, type Diagnostic } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config, LintOptions, Rule } from '../../engine';
import type { ResolvedConfig } from '../../config/config-resolver';
import { checkText, docsHrefs, type CheckResult } from '../check';
import { INTERNAL_ERROR_CODE } from '../convert';
import { DocumentLinter } from '../documents';
import { errorDetails } from '../errors';
import { documentPath, isTermSheetDocument } from '../file-filter';
import { OpenTermSheets } from '../open-term-sheets';
import { TERM_SHEETS_NOTIFICATION, type TermSheetsParams } from '../protocol';
import { ScopedSettings } from '../scoped-settings';
import { DEFAULT_DEBOUNCE_MS, effectiveConfig, findingSettingsKey } from '../settings';
import { filePathOf, isConfigUri, SheetConfigs } from '../sheet-config';
import { WarmUp } from '../warm-up';
import { WorkspaceLinter } from '../workspace-lint';
import { createGuard, type Guard } from './guard';

/** The editor settings' section (`termsheet.*`). */
export const SETTINGS_SECTION = 'termsheet';

/**
 * What every handler module shares: the connection, the open documents, their settings and configs,
 * and the linters. The handler modules register on the connection; this decides what is linted and how.
 */
export class ServerState {
  readonly documents = new TextDocuments(TextDocument);
  readonly rulesById: ReadonlyMap<string, Rule>;
  readonly configs: SheetConfigs;
  readonly settings: ScopedSettings;
  readonly linter: DocumentLinter;
  readonly workspaceLinter: WorkspaceLinter;
  readonly openTermSheets: OpenTermSheets;
  readonly guard: Guard;
  /** Lints sample sheets, unseen, once the first findings are published (see warm-up.ts). */
  readonly warmUp: WarmUp;
  /** Set by `initialize`. */
  clientCapabilities: ClientCapabilities = {};
  /** Config problems already told to the user, so that every keystroke does not tell them again. */
  readonly toldConfigProblems = new Set<string>();

  constructor(
    readonly connection: Connection,
    readonly rules: readonly Rule[],
  ) {
    this.rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
    this.configs = new SheetConfigs(rules);
    this.settings = new ScopedSettings({
      pull: (scopeUri): Promise<unknown> => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }),
      logError: (message) => this.logError(message),
    });
    const check = (text: string, uri: string) => this.checkDocument(text, uri);
    this.linter = new DocumentLinter(
      {
        check,
        publish: (uri, version, diagnostics) => {
          this.publish(uri, version, diagnostics);
          this.warmUp.start();
        },
        logError: (message) => this.logError(message),
        getDocument: (uri) => this.documents.get(uri),
        settingsKey: (uri) => findingSettingsKey(this.settings.for(uri)),
        publishOnRequest: () => this.settings.global.run === 'onType',
      },
      DEFAULT_DEBOUNCE_MS,
    );
    this.warmUp = new WarmUp({
      lint: (text, uri) => checkText(text, uri, effectiveConfig(this.settings.global), rules),
      logError: (message) => this.logError(message),
    });
    this.workspaceLinter = new WorkspaceLinter({
      rules,
      folders: () => this.configs.folders,
      configFile: (path) => this.settingsOfPath(path).configFile,
      enabled: (path) => this.settingsOfPath(path).enable,
      openDocument: (path) => this.documents.all().find((document) => filePathOf(document.uri) === path),
      lintOpen: (document) => this.linter.current(document).diagnostics,
      check,
      publish: (uri, diagnostics) => this.publish(uri, undefined, diagnostics),
      logError: (message) => this.logError(message),
    });
    this.openTermSheets = new OpenTermSheets((uris) => {
      const params: TermSheetsParams = { uris };
      connection
        .sendNotification(TERM_SHEETS_NOTIFICATION, params)
        .catch((error: unknown) => this.logError(`termsheet-lint: telling the term sheets failed: ${errorDetails(error)}`));
    });
    this.guard = createGuard({
      logError: (message) => this.logError(message),
      reportFailure: (uri, error) => {
        const document = this.termSheet(uri);
        if (document) this.linter.reportFailure(document, error);
      },
    });
  }

  logError(message: string): void {
    try {
      this.connection.console.error(message);
    } catch {
      // The connection is gone; nobody is left to tell.
    }
  }

  /** The rules and engine config in force for a document: its config file's (or the defaults when that cannot be used), its editor settings applied last. */
  setupFor(uri: string | undefined): { rules: readonly Rule[]; config: Config } {
    const settings = uri === undefined ? this.settings.global : this.settings.for(uri);
    const resolved = uri === undefined ? undefined : this.configs.forDocument(uri, settings.configFile);
    if (!resolved || resolved.fatal) {
      if (resolved) this.tellConfigProblem(resolved, settings.configFile);
      return { rules: this.rules, config: effectiveConfig(settings) };
    }
    return { rules: resolved.rules, config: effectiveConfig(settings, resolved.config) };
  }

  /** The findings for a document's text: a config file is validated as one, a term sheet linted with its setup. */
  checkDocument(text: string, uri: string): CheckResult {
    if (isConfigUri(uri)) return { findings: this.configs.validate(uri, text).findings };
    const setup = this.setupFor(uri);
    return checkText(text, uri, setup.config, setup.rules);
  }

  /** The options a term sheet is linted with, for passes beyond the linter's own (fixing every finding). */
  lintOptions(uri: string): LintOptions {
    return { ...this.setupFor(uri), fileName: documentPath(uri) };
  }

  /**
   * A term sheet by its name, its front matter, the user's `termsheet.files` globs or the config's `files`
   * (less its `ignore`, which otherwise only keeps files out of workspace lints: a sheet opened is linted).
   * Config files are validated as such, never linted as sheets.
   */
  isTermSheet(document: TextDocument): boolean {
    if (isConfigUri(document.uri)) return false;
    const settings = this.settings.for(document.uri);
    return (
      isTermSheetDocument(document, { globs: settings.files, folders: this.configs.folders }) ||
      this.configs.selection(document.uri, settings.configFile) === 'listed'
    );
  }

  /** An open term sheet, or undefined for anything this server does not lint. */
  termSheet(uri: string | undefined): TextDocument | undefined {
    const document = uri === undefined ? undefined : this.documents.get(uri);
    return document && this.settings.for(document.uri).enable && this.isTermSheet(document) ? document : undefined;
  }

  /** Term sheets and config files: the documents this server publishes diagnostics for. Notes for the client which are term sheets. */
  isLinted(document: TextDocument): boolean {
    const enabled = this.settings.for(document.uri).enable;
    const termSheet = enabled && this.isTermSheet(document);
    this.openTermSheets.note(document.uri, termSheet);
    return termSheet || (enabled && isConfigUri(document.uri));
  }

  /** The model of an open term sheet's current text: the outline, folding and lenses read it, never the text. */
  currentSheet(uri: string) {
    const document = this.termSheet(uri);
    return document ? this.linter.current(document).sheet() : undefined;
  }

  /**
   * Answers once the document's settings are known: at once when they are (always, for a client that
   * cannot be asked), else after asking the client for them.
   */
  withSettings<R>(uri: string | undefined, answer: () => R): R | Promise<R> {
    if (uri === undefined || this.settings.isReady(uri)) return answer();
    return this.settings.ready(uri).then(answer);
  }

  /** A handler for a request about one document (`textDocument`): guarded, and answered once the document's settings are known. */
  documentRequest<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, answer: (params: P) => R): (params: P) => R | Promise<R> {
    return this.guard(
      name,
      fallback,
      (params: P) => params.textDocument.uri,
      (params: P) => this.withSettings(params.textDocument.uri, () => answer(params)),
    );
  }

  /**
   * Settings or configs changed which documents are linted, and how: clears the ones no longer linted,
   * lints the rest again; after a settings change (`settingsOnly`), only those whose settings changed.
   */
  relintOpenDocuments(settingsOnly = false): void {
    const linted: TextDocument[] = [];
    for (const document of this.documents.all()) {
      if (this.isLinted(document)) linted.push(document);
      else if (this.linter.isTracking(document.uri)) this.linter.close(document.uri);
    }
    if (this.settings.global.run === 'onSave') this.linter.invalidateAllAsShown(linted, !settingsOnly);
    else this.linter.invalidateAll(linted, !settingsOnly);
  }

  /** Config files on disk may have changed: read them again and re-lint every open term sheet. */
  reloadConfigs(): void {
    this.configs.clear();
    this.toldConfigProblems.clear();
    this.relintOpenDocuments();
  }

  /** A rule's documentation page: a custom rule's from the document's config, a built-in rule's shipped page. */
  documentationHref(ruleId: string, uri: string | undefined): string | undefined {
    if (ruleId === INTERNAL_ERROR_CODE) return undefined;
    const setup = this.setupFor(uri !== undefined && this.termSheet(uri) ? uri : undefined);
    if (!this.rulesById.has(ruleId) && !setup.rules.some((rule) => rule.meta.id === ruleId)) return undefined;
    return docsHrefs(setup.config)(ruleId);
  }

  /** Clients that take versioned document edits refuse an edit computed for an older version. */
  versionedEdits(): boolean {
    return this.clientCapabilities.workspace?.workspaceEdit?.documentChanges === true;
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    this.connection
      .sendDiagnostics({ uri, version, diagnostics })
      .catch((error: unknown) => this.logError(`termsheet-lint: publishing diagnostics failed: ${errorDetails(error)}`));
  }

  /** The settings of a file found on disk (by a workspace lint). */
  private settingsOfPath(path: string) {
    return this.settings.for(pathToFileURL(path).href);
  }

  /**
   * A config that cannot be used at all is said once (log, and a message unless the file is open,
   * where its own diagnostic already shows it), and the sheet is linted with the defaults.
   */
  private tellConfigProblem(resolved: ResolvedConfig, configFile: string | undefined): void {
    const problem = resolved.fatal ?? '';
    if (this.toldConfigProblems.has(problem)) return;
    this.toldConfigProblems.add(problem);
    const source = configFile ? ` (named by the termsheet.configFile setting "${configFile}")` : '';
    const message = `termsheet-lint: ${problem}${source}; linting with the default rules`;
    this.logError(message);
    const open = this.documents.all().some((document) => filePathOf(document.uri) === resolved.file);
    if (!open) this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  }
}
