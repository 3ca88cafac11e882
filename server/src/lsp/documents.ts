import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatOf, LineIndex, readSheet, type Finding, type Sheet } from '../engine';
import type { CheckResult } from './check';
import { internalErrorDiagnostic, toDiagnostic } from './convert';
import { errorDetails } from './errors';
import { documentPath } from './file-filter';

/** How many documents keep their model between requests: the ones being worked on. */
const MODELS_KEPT = 4;

/** The findings for one version of a document, and the diagnostics published for them (same order). */
export interface LintOutcome {
  uri: string;
  version: number;
  /** The text the findings were computed from: fix offsets refer to it. */
  text: string;
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
  /** True when checking failed and an internal-error diagnostic stands in for the findings. */
  failed: boolean;
  /**
   * The model the findings were computed from, shared by every feature that reads the document
   * (hover, completion, outline, folding, lenses). Kept for the few documents asked about last and
   * read again for others, so hundreds of open sheets do not all hold a model. Undefined when the text
   * could not be read (too large, not text) or checking failed.
   */
  sheet(): Sheet | undefined;
  lines(): LineIndex;
}

export interface DocumentLinterHost {
  check(text: string, uri: string): CheckResult;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  logError(message: string): void;
  /** The latest version of an open document. */
  getDocument(uri: string): TextDocument | undefined;
  /**
   * What in the settings decides the document's findings, as a string to compare: a document linted
   * with the same is not linted again when settings change. Absent: every change re-lints.
   */
  settingsKey?(uri: string): string;
  /**
   * False while linting follows saves only: findings computed to answer a request about an edited
   * document are kept for it but not shown until the save. Absent: always shown.
   */
  publishOnRequest?(): boolean;
}

/**
 * Lints documents and keeps the latest result per document. Edits are debounced per document so
 * typing does not lint every keystroke; requests that need findings re-lint synchronously when the
 * cached result is older than the document, so they never answer for text the user no longer has.
 */
export class DocumentLinter {
  private readonly outcomes = new Map<string, LintOutcome & { generation: number; settingsKey: string | undefined }>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** The models of the outcomes used last (see LintOutcome.sheet). */
  private readonly models = new Map<LintOutcome, Sheet>();
  /** Bumped when config files change, which makes every cached result stale. */
  private generation = 0;
  /** The version and text whose findings each document shows now. */
  private readonly shown = new Map<string, { version: number; text: string }>();

  constructor(
    private readonly host: DocumentLinterHost,
    public debounceMs: number,
  ) {}

  /** Lints the document as it is now and publishes the result. Never throws. */
  lintNow(document: TextDocument): LintOutcome {
    const outcome = this.lint(document);
    this.publish(outcome);
    return outcome;
  }

  /**
   * Shows the findings for the document as it is now: linted unless a request has just linted this
   * version (the outline's and code actions' requests may be answered before an open's own lint,
   * while its settings are asked for), published unless they are shown already.
   */
  showCurrent(document: TextDocument): LintOutcome {
    const cached = this.outcomes.get(document.uri);
    if (!cached || !this.isFresh(document)) return this.lintNow(document);
    if (this.shown.get(document.uri)?.version !== cached.version) this.publish(cached);
    return cached;
  }

  private lint(document: TextDocument): LintOutcome {
    this.cancel(document.uri);
    const text = document.getText();
    let outcome: LintOutcome;
    try {
      const result = this.host.check(text, document.uri);
      const diagnostics = result.findings.map((finding) => toDiagnostic(finding, document.uri, result.docsHref));
      outcome = this.remember(document, text, result.findings, diagnostics, false, result.sheet);
    } catch (error) {
      this.host.logError(`termsheet-lint: checking ${document.uri} failed: ${errorDetails(error)}`);
      outcome = this.failedOutcome(document, text, error);
    }
    return outcome;
  }

  /** Lints after the debounce delay; a newer change restarts the wait. */
  schedule(document: TextDocument): void {
    if (this.isFresh(document)) return;
    this.cancel(document.uri);
    const uri = document.uri;
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      try {
        const latest = this.host.getDocument(uri);
        if (latest && !this.isFresh(latest)) this.lintNow(latest);
      } catch (error) {
        this.host.logError(`termsheet-lint: scheduled check of ${uri} failed: ${errorDetails(error)}`);
      }
    }, this.debounceMs);
    this.pending.set(uri, timer);
  }

  /** The findings for the document's current text, linting now if the cached ones are stale. */
  current(document: TextDocument): LintOutcome {
    const cached = this.outcomes.get(document.uri);
    if (cached && this.isFresh(document)) return cached;
    return this.host.publishOnRequest?.() === false ? this.lint(document) : this.lintNow(document);
  }

  /** True when this document has been linted and not closed since. */
  isTracking(uri: string): boolean {
    return this.outcomes.has(uri);
  }

  close(uri: string): void {
    this.cancel(uri);
    this.outcomes.delete(uri);
    this.shown.delete(uri);
    this.dropModel(uri);
    this.host.publish(uri, undefined, []);
  }

  /**
   * Config files changed (`everything`), or settings did: every open document, or each one whose
   * settings key changed, is linted again (debounced, so requests interleave).
   */
  invalidateAll(documents: readonly TextDocument[], everything = true): void {
    if (everything) this.generation++;
    for (const document of documents) {
      const cached = this.outcomes.get(document.uri);
      // Findings computed for a request while edits were held back (onSave) are still good: shown now.
      if (cached && this.isFresh(document) && this.shown.get(document.uri)?.version !== cached.version) this.publish(cached);
      else this.schedule(document);
    }
  }

  /**
   * As `invalidateAll`, while linting follows saves: each document is linted again as it was last
   * shown, so its unsaved edits stay held back until the save.
   */
  invalidateAllAsShown(documents: readonly TextDocument[], everything = true): void {
    if (everything) this.generation++;
    for (const document of documents) {
      const cached = this.outcomes.get(document.uri);
      if (cached && cached.generation === this.generation && cached.settingsKey === this.host.settingsKey?.(document.uri)) continue;
      const shown = this.shown.get(document.uri);
      const asShown =
        shown && shown.version !== document.version ? TextDocument.create(document.uri, document.languageId, shown.version, shown.text) : document;
      this.lintNow(asShown);
    }
  }

  /** Replaces the document's diagnostics with one internal-error diagnostic (a handler failed on it). */
  reportFailure(document: TextDocument, error: unknown): void {
    this.cancel(document.uri);
    this.publish(this.failedOutcome(document, document.getText(), error));
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.outcomes.clear();
    this.shown.clear();
    this.models.clear();
  }

  private isFresh(document: TextDocument): boolean {
    const cached = this.outcomes.get(document.uri);
    return (
      cached !== undefined &&
      cached.version === document.version &&
      cached.generation === this.generation &&
      cached.settingsKey === this.host.settingsKey?.(document.uri)
    );
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(uri);
  }

  private failedOutcome(document: TextDocument, text: string, error: unknown): LintOutcome {
    // A client may send anything as a document's text (a number, say): the diagnostic must still go out.
    const source: string = typeof text === 'string' ? text : '';
    const firstLineEnd = source.search(/\r?\n/);
    const diagnostic = internalErrorDiagnostic(error, firstLineEnd < 0 ? Math.min(source.length, 1000) : Math.min(firstLineEnd, 1000));
    return this.remember(document, source, [], [diagnostic], true);
  }

  private remember(
    document: TextDocument,
    text: string,
    findings: readonly Finding[],
    diagnostics: readonly Diagnostic[],
    failed: boolean,
    sheet?: Sheet,
  ): LintOutcome {
    // Built only when a fix is converted: most results never need it, and a 5 MB text would pay for it on every keystroke.
    let lines = sheet?.lines;
    const readable = sheet !== undefined;
    const outcome: LintOutcome & { generation: number; settingsKey: string | undefined } = {
      uri: document.uri,
      version: document.version,
      text,
      findings,
      diagnostics,
      failed,
      generation: this.generation,
      settingsKey: this.host.settingsKey?.(document.uri),
      lines: () => (lines ??= new LineIndex(text)),
      sheet: () => {
        if (!readable) return undefined;
        let model = this.models.get(outcome);
        // Read again only when it was dropped; a text the linter read reads the same way again.
        model ??= readSheet(text, formatOf(documentPath(document.uri)));
        if (model) this.keepModel(outcome, model);
        return model;
      },
    };
    // A new version of a document the editor is asking about keeps the model its lint read; a
    // document nothing asks about (a background tab, one of many opened at once) keeps none.
    if (sheet && this.hasModel(document.uri)) this.keepModel(outcome, sheet);
    this.outcomes.set(document.uri, outcome);
    return outcome;
  }

  private hasModel(uri: string): boolean {
    for (const outcome of this.models.keys()) if (outcome.uri === uri) return true;
    return false;
  }

  private dropModel(uri: string): void {
    for (const outcome of this.models.keys()) if (outcome.uri === uri) this.models.delete(outcome);
  }

  /** Most recently used last, one per document; beyond MODELS_KEPT the least recently used model is dropped. */
  private keepModel(outcome: LintOutcome, sheet: Sheet): void {
    this.dropModel(outcome.uri);
    this.models.set(outcome, sheet);
    for (const stale of this.models.keys()) {
      if (this.models.size <= MODELS_KEPT) break;
      this.models.delete(stale);
    }
  }

  private publish(outcome: LintOutcome): void {
    this.shown.set(outcome.uri, { version: outcome.version, text: outcome.text });
    this.host.publish(outcome.uri, outcome.version, [...outcome.diagnostics]);
  }
}
