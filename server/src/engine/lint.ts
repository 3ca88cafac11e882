import { activeRules, type ActiveRule, type Config } from './config';
import { applyDirectives, UNKNOWN_DIRECTIVE, unknownDirectiveFixes, type SuppressedFinding } from './directives';
import { dealOf, type Deal } from './deal/deal';
import { editorFor, NO_EDITS, type SheetEditor } from './editor';
import { schemaPath } from './schema';
import { deepestEntry, getEntry, getNode, type Entry, type MapNode, type ModelNode, type ParseProblem, type Sheet, type SheetFormat } from './model';
import type { Finding, Rule, RuleContext } from './rule';
import { readYamlSheet } from './yaml-reader';
import { isMarkdownTermSheet } from './markdown/front-matter-sheet';
import type * as MarkdownReader from './markdown/reader';
import { isShared } from './shared-nodes';
import type { Range } from './text';
import { LineIndex } from './text';

/** Larger files are reported, not parsed: a term sheet is a few pages, and a 50 MB paste must not stall the editor. */
export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

export const SYNTAX_RULE_ID = 'syntax';

export interface LintOptions {
  rules: readonly Rule[];
  config?: Config;
  /** Used to choose the format; YAML when absent. */
  fileName?: string;
  /** Overrides the config's `max_file_size_mb`. */
  maxFileBytes?: number;
  /**
   * False: findings carry no fix or suggestion, and no rule spends time writing one (a Markdown insertion is checked
   * by reading the whole sheet again). For callers that show findings and write a fix only when one
   * is asked for, with `editsOf`. Fixes are written by default.
   */
  fixes?: boolean;
  /**
   * False: a Markdown insertion is written without reading the sheet again to check that it reads back, for a
   * caller that shows only the titles of the edits (the command line's stylish output). True by default.
   */
  checkInsertions?: boolean;
}

export interface LintResult {
  /** Undefined when the file was not read (too large). */
  sheet?: Sheet;
  findings: Finding[];
  /** Findings silenced by a directive, with its reason. */
  suppressed: SuppressedFinding[];
}

export function formatOf(fileName: string | undefined): SheetFormat {
  return fileName && /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'yaml';
}

export function readSheet(text: string, format: SheetFormat): Sheet | undefined {
  return format === 'yaml' ? readYamlSheet(text) : format === 'markdown' ? readMarkdownSheet(text) : undefined;
}

/** The Markdown reader's, loaded when a Markdown sheet is first read: a command line run on YAML sheets never sets up its tables or markdown-it. */
export const readMarkdownSheet: typeof MarkdownReader.readMarkdownSheet = (text) =>
  (require('./markdown/reader') as typeof MarkdownReader).readMarkdownSheet(text);

/**
 * A Markdown file is a term sheet when its name ends in `.termsheet.md`, or else when its front
 * matter has `termsheet:` (see `isMarkdownTermSheet`); any other Markdown file is never linted.
 */
export { isMarkdownTermSheet };

/** The whole pipeline: text → model → rules → findings, sorted by position. Never throws. */
export function lintText(text: string, options: LintOptions): LintResult {
  const maxBytes = maxFileBytes(options);
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most texts are clearly under the limit without counting.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) return tooLargeToLint(text, bytes, maxBytes);
  }
  if (text.includes('\u0000')) return { suppressed: [], findings: [fileLevelFinding(text, 'This file is not text: it contains binary data')] };

  const sheet = readSheet(text, formatOf(options.fileName));
  if (!sheet) return { findings: [], suppressed: [] };

  const parsed = sheet.problems.length === 0;
  const active = activeRules(options.rules, options.config);
  const run = new LintRun(sheet, options.config, options.fixes ?? true, active, options.checkInsertions ?? true);
  const findings: Finding[] = [];
  for (const entry of active) {
    // A sheet that does not parse gets only its syntax finding: rules would report noise on a half-read model.
    if (parsed === (entry.rule.meta.id === SYNTAX_RULE_ID)) continue;
    runRule(run, entry, findings);
  }
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId));
  // Directives are judged against a full run; a sheet that did not parse had only the syntax rule.
  // A sheet with no directive (most) has nothing to apply.
  if (!parsed || (sheet.directives.length === 0 && sheet.unknownDirectives.length === 0)) return { sheet, findings, suppressed: [] };
  const knownRuleIds = new Set(options.rules.map((rule) => rule.meta.id));
  const severities = new Map(active.map(({ rule, severity }) => [rule.meta.id, severity]));
  return { sheet, ...applyDirectives(findings, sheet, knownRuleIds, severities, options.fixes ?? true) };
}

/** The edits a finding offers: its fix, and its suggestions. */
export type FindingEdits = Pick<Finding, 'fix' | 'suggestions'>;

/**
 * The fixes and suggestions of findings from a lint made without fixes (`fixes: false`): the rule of each
 * runs again on the same sheet, once for all of its findings, writing edits this time. A finding with no
 * fix and no suggestion is not in the map. `options` are those of the lint that found them.
 */
export function editsOf(sheet: Sheet, findings: readonly Finding[], options: LintOptions): Map<Finding, FindingEdits> {
  const edits = new Map<Finding, FindingEdits>();
  const ruleIds = new Set(findings.map((finding) => finding.ruleId));
  const parsed = sheet.problems.length === 0;
  const active = activeRules(options.rules, options.config);
  const run = new LintRun(sheet, options.config, true, active);
  for (const entry of active) {
    const ruleId = entry.rule.meta.id;
    if (!ruleIds.has(ruleId) || parsed === (ruleId === SYNTAX_RULE_ID)) continue;
    // The engine, not the rule, reports unknown directives (rules see the model, not its comments).
    if (ruleId === UNKNOWN_DIRECTIVE) {
      for (const [finding, fix] of unknownDirectiveFixes(sheet, findings)) edits.set(finding, { fix });
      continue;
    }
    const written: Finding[] = [];
    runRule(run, entry, written);
    for (const finding of findings) {
      if (finding.ruleId !== ruleId) continue;
      const { start, end } = finding.range;
      const found = written.find(
        (candidate) => candidate.message === finding.message && candidate.range.start.offset === start.offset && candidate.range.end.offset === end.offset,
      );
      if (found && (found.fix || found.suggestions)) edits.set(finding, { fix: found.fix, suggestions: found.suggestions });
    }
  }
  return edits;
}

/** Runs one rule over the run's sheet, adding its findings (a rule that throws is one finding). */
function runRule(run: LintRun, { rule, severity, severityFromConfig, options }: ActiveRule, findings: Finding[]): void {
  const ruleId = rule.meta.id;
  const context: Context = new Context(run, options, (report) => {
    const fix = report.fix && report.fix.edits.length > 0 ? report.fix : undefined;
    const suggestions = report.suggestions?.filter((suggestion) => suggestion.edits.length > 0);
    const reportedOn = context.clauseReportedOn(report.range);
    const path = report.path ?? reportedOn;
    findings.push({
      ruleId,
      severity: report.severity && !severityFromConfig ? report.severity : severity,
      message: report.message,
      range: report.range,
      related: report.related,
      fix,
      ...(suggestions !== undefined && suggestions.length > 0 && { suggestions }),
      ...(path !== undefined && { path }),
    });
  });
  try {
    rule.check(context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    findings.push({ ruleId, severity: 'error', message: `Rule ${ruleId} failed on this sheet: ${reason}`, range: firstLineRange(run.sheet) });
  }
}

/**
 * What every rule of one lint shares: the sheet, values computed once, and one editor (editors keep
 * no state between edits), which makes no edits when the lint writes no fixes.
 */
class LintRun {
  readonly shared = new Map<string, unknown>();
  private editor: SheetEditor | undefined;
  private clauses: Map<Range, string> | undefined;
  private dealRead: Deal | undefined;

  constructor(
    readonly sheet: Sheet,
    readonly config: Config | undefined,
    private readonly writesFixes: boolean,
    readonly active: readonly ActiveRule[],
    private readonly checksInsertions = true,
  ) {}

  get deal(): Deal {
    return (this.dealRead ??= dealOf(this.sheet, this.config?.regions));
  }

  get edit(): SheetEditor {
    return (this.editor ??= this.writesFixes ? editorFor(this.sheet, this.checksInsertions) : NO_EDITS);
  }

  /** The path of the clause whose key or value has this range (rules report the model's own ranges), if any. */
  clauseAt(range: Range): string | undefined {
    // Made on the first finding that needs it: a clean sheet never pays for it.
    return (this.clauses ??= clausesByRange(this.sheet.root)).get(range);
  }
}

/**
 * Every clause's path by the range of its key and of its value (list items too: `ip.patents[0]`).
 * Where a key and a value, or a clause and its own part, share a range (Markdown reads some values
 * from their label's line), the deeper clause is kept: a report there is about the narrower thing.
 */
function clausesByRange(root: MapNode): Map<Range, string> {
  const paths = new Map<Range, string>();
  const seen = new Set<ModelNode>();
  const stack: Array<{ node: ModelNode; path: string }> = [{ node: root, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isShared(node)) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (path !== '') paths.set(node.range, path);
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        const entryPath = path === '' ? entry.key : `${path}.${entry.key}`;
        paths.set(entry.keyRange, entryPath);
        stack.push({ node: entry.value, path: entryPath });
      }
    } else if (node.kind === 'list') {
      node.items.forEach((item, index) => stack.push({ node: item, path: `${path}[${index}]` }));
    }
  }
  return paths;
}

/** One rule's view of the run: its options and where its reports go. */
class Context implements RuleContext {
  readonly root: MapNode;
  readonly problems: readonly ParseProblem[];
  readonly regions: Readonly<Record<string, readonly string[]>>;
  /** The place last given for a missing clause, until the next report. */
  private missing: { path: string; range: Range } | undefined;

  constructor(
    private readonly run: LintRun,
    readonly options: Record<string, unknown>,
    readonly report: RuleContext['report'],
  ) {
    this.root = run.sheet.root;
    this.problems = run.sheet.problems;
    this.regions = run.config?.regions ?? {};
  }

  get edit(): SheetEditor {
    return this.run.edit;
  }

  get deal(): Deal {
    return this.run.deal;
  }

  checksReading(path: string): string[] {
    const clause = schemaPath(path);
    const reads = (read: string) => clause === read || clause.startsWith(`${read}.`) || clause.startsWith(`${read}[`);
    return this.run.active.flatMap(({ rule }) => (rule.meta.reads?.some(reads) ? [rule.meta.id] : []));
  }

  get(path: string): Entry | undefined {
    return getEntry(this.root, path);
  }

  node(path: string): ModelNode | undefined {
    return getNode(this.root, path);
  }

  missingRange(path: string): Range {
    const range = deepestEntry(this.root, path)?.keyRange ?? firstLineRange(this.run.sheet);
    this.missing = { path, range };
    return range;
  }

  /**
   * The clause a report is about: the missing clause whose place was just asked for with this very
   * range (rules ask for it as they report), else the clause at the range.
   */
  clauseReportedOn(range: Range): string | undefined {
    const missing = this.missing;
    this.missing = undefined;
    return missing !== undefined && missing.range === range ? missing.path : this.run.clauseAt(range);
  }

  shared<T>(key: string, compute: () => T): T {
    const values = this.run.shared;
    if (!values.has(key)) values.set(key, compute());
    return values.get(key) as T;
  }
}

/** The first clause's key, or the first line: where findings about a wholly absent clause point. */
export function firstLineRange(sheet: Sheet): Range {
  const first = sheet.root.entries[0];
  if (first) return first.keyRange;
  return sheet.lines.range(0, sheet.lines.lineEnd(0));
}

/** The size limit in force: the caller's, else the config's `max_file_size_mb`, else 4 MB. */
export function maxFileBytes(options: Pick<LintOptions, 'config' | 'maxFileBytes'>): number {
  const configured = options.config?.max_file_size_mb;
  return options.maxFileBytes ?? (configured !== undefined ? configured * MEGABYTE : DEFAULT_MAX_FILE_BYTES);
}

/**
 * The result for a file over the size limit. `head` is the file's start (only its first line is
 * used), so that a caller holding a file on disk need not read the whole of it.
 */
export function tooLargeToLint(head: string, bytes: number, maxBytes: number): LintResult {
  return { suppressed: [], findings: [fileLevelFinding(head, `File too large to lint: ${megabytes(bytes)} MB (limit ${megabytes(maxBytes)} MB)`)] };
}

/** Bytes as megabytes with one decimal, as size findings state them. */
export function megabytes(bytes: number): string {
  return (bytes / MEGABYTE).toFixed(1);
}

/** A finding about the whole file, on its first line, for files that are not read at all. */
function fileLevelFinding(text: string, message: string): Finding {
  const lines = new LineIndex(text.slice(0, 10_000));
  return { ruleId: SYNTAX_RULE_ID, severity: 'error', message, range: lines.range(0, lines.lineEnd(0)) };
}
