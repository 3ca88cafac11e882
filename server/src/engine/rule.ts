import type { Deal } from './deal/deal';
import type { SheetEditor } from './editor';
import type { Entry, MapNode, ModelNode, ParseProblem } from './model';
import type { Range, TextEdit } from './text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type RuleCategory = 'pitfalls' | 'asset' | 'economics' | 'structure';

export interface RuleOptionSpec {
  type: 'number' | 'money' | 'percent' | 'duration';
  default: number | string;
  description: string;
}

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** One line, shown in hovers and `--list-rules`. */
  title: string;
  /** Why it matters, two or three sentences with the deal figures behind it (shown in hovers). */
  why: string;
  /**
   * A good clause, as a YAML snippet. A finding's hover shows it where it shows the finding's clause;
   * elsewhere the schema's example of that clause.
   */
  goodExample: string;
  /**
   * The clauses of `goodExample` are examples apart (each a clause the rule asks for), not parts of one
   * picture: a finding about one of them is shown that one alone.
   */
  exampleClausesApart?: boolean;
  /** `goodExample` as Markdown, for a rule whose example is not clauses (a directive is a comment). */
  markdownExample?: string;
  /**
   * The rule offers fixes: edits that keep the deal's meaning (a misspelt key, a directive's name, the form of
   * a number or a date). `--fix`, Fix All and `source.fixAll` apply them.
   */
  fixable: boolean;
  /**
   * The rule offers suggestions: edits that change a term or add a clause. They are offered one at a time,
   * titled for what they change, and never applied by `--fix`, Fix All or on save.
   */
  hasSuggestions?: boolean;
  options?: Readonly<Record<string, RuleOptionSpec>>;
  /** A rule only the strict preset turns on by itself. */
  strictOnly?: boolean;
  /**
   * The clauses (schema paths, `ip.patents[].jurisdictions`) whose values the rule checks: when one cannot
   * be read, the finding that says so names this rule among the checks it stopped.
   */
  reads?: readonly string[];
}

/** The kinds of edit a rule offers, as its page and `--list-rules` name them: `fix`, `suggestion`, both, or none. */
export function editKinds(meta: Pick<RuleMeta, 'fixable' | 'hasSuggestions'>): Array<'fix' | 'suggestion'> {
  return [...(meta.fixable ? (['fix'] as const) : []), ...(meta.hasSuggestions ? (['suggestion'] as const) : [])];
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

/** An edit that keeps the deal's meaning: applying every fix changes no amount, rate, territory, party or enum. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/**
 * An edit that changes the deal or adds a clause. Its title says what it changes ("Set the total deal value to
 * USD 28.5M (changes the stated total)"); a clause it adds has at most one blank, and the title says so.
 */
export type Suggestion = Fix;

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fix?: Fix;
  /** Edits that change terms, offered one by one, never applied in bulk. */
  suggestions?: Suggestion[];
  /**
   * The model path of the clause the finding is about (`parties.licensee.name`, `ip.patents[0]`): the
   * clause whose key or value it points at, or the missing clause whose place it points at.
   */
  path?: string;
}

export interface Report {
  message: string;
  range: Range;
  /** A severity the finding calls for (e.g. error once a sheet is agreed); the user's configured severity wins. */
  severity?: Severity;
  related?: RelatedLocation[];
  /** The clause the finding is about, where its range is a part of the clause's value (a blank in a sentence). */
  path?: string;
  /** A fix with no edits is dropped: the editor could not express it in this sheet. */
  fix?: Fix;
  /** Suggestions with no edits are dropped too. */
  suggestions?: Suggestion[];
}

export interface RuleContext {
  readonly root: MapNode;
  /** The deal the sheet states: its values read once, by the schema's kinds, whatever the format. */
  readonly deal: Deal;
  /** Parse problems; only the `syntax` rule sees a sheet that has any. */
  readonly problems: readonly ParseProblem[];
  /** The rule's options, defaults merged with the config. */
  readonly options: Readonly<Record<string, unknown>>;
  /** User-defined regions from the config, beside the built-in ones. */
  readonly regions: Readonly<Record<string, readonly string[]>>;
  readonly edit: SheetEditor;
  get(path: string): Entry | undefined;
  node(path: string): ModelNode | undefined;
  /** Where a finding about something missing at `path` points: the deepest existing parent's key, else the sheet's first line. */
  missingRange(path: string): Range;
  report(report: Report): void;
  /** The other rules of this lint that check the value at `path` (they name it in `meta.reads`). */
  checksReading(path: string): string[];
  /** A value computed once per lint and shared by every rule (an expanded territory, the patent families). */
  shared<T>(key: string, compute: () => T): T;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
