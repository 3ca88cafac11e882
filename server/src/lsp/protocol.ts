/**
 * What the client and the server say to each other beyond standard LSP: command ids, custom
 * requests and the data they carry, so any other LSP client can use the same messages. It is also
 * all the client takes from the server's code: plain data, and the few small helpers both sides read
 * that data with (below), from engine modules that import nothing heavier. Never the engine's index.
 */

/** Which files are term sheets by name, and whether a Markdown file's front matter may make it one. */
export { TERM_SHEET_GLOB } from '../engine/term-sheet-names';
export { termSheetFrontMatter } from '../engine/markdown/front-matter';
/** Where the rule pages are published. */
export { RULE_DOCS_BASE_URL, remoteRuleDocUrl } from '../engine/docs';
/** Amounts as the deal summary shows them. */
export { formatMoney, formatMoneyShort } from '../engine/values/money';

/**
 * Commands the server executes (`workspace/executeCommand`). VS Code's client registers them under
 * these ids, so they differ from the palette commands (`termsheet.lintWorkspace`, …) that call them.
 */
export const SERVER_COMMANDS = {
  /** Arguments: none. Lints every term sheet under the workspace folders, publishing diagnostics for each, with work-done progress. Returns LintWorkspaceResult. */
  lintWorkspace: 'termsheet.server.lintWorkspace',
  /** Arguments: [uri: string, version?: number]. Applies every safe fix in the document through `workspace/applyEdit`. Returns the number of fixes applied. */
  applyAllFixes: 'termsheet.server.applyAllFixes',
  /** Arguments: [ruleId: string, uri?: string]. Opens the rule's documentation page through `window/showDocument` (a web page in the browser, a local page in the editor); the document's config names custom rules' pages. Returns true when the client showed it. */
  showDocumentation: 'termsheet.server.showDocumentation',
} as const;

export interface LintWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  /** True when the user cancelled the progress before every file was linted. */
  cancelled: boolean;
}

/** `termsheet/rules`: every rule known for a document (built-in and the config's custom rules), for pickers and the catalog page. */
export const RULES_REQUEST = 'termsheet/rules';
export interface RulesParams {
  /** The document whose config decides severities and custom rules; omitted: the defaults. */
  uri?: string;
}
export interface RuleInfo {
  id: string;
  title: string;
  /** Catalog section: 'Pitfalls', 'Asset', 'Economics', 'Hygiene', or 'Custom'. */
  category: string;
  /** The severity in force for the document ('off' when disabled). */
  severity: 'off' | 'hint' | 'info' | 'warning' | 'error';
  fixable: boolean;
  /** Why it matters, in Markdown. */
  why: string;
  /** The rule's documentation page (a file: URI when shipped locally, else the web page); absent for custom rules without docs. */
  docsHref?: string;
}

/**
 * `termsheet/wordView`: the text view of a Word document, read by the server from the file the view's
 * URI names (`termsheet-docx:` and the file's path), or why it cannot be read, in a sentence.
 */
export const WORD_VIEW_REQUEST = 'termsheet/wordView';
export interface WordViewParams {
  uri: string;
}
export type WordViewResult = { text: string } | { error: string };
export { WORD_VIEW_SCHEME } from '../engine/docx/names';

/** `termsheet/dealSummary`: the data behind the Show Deal Summary panel, for an open term sheet; null for anything else. */
export const DEAL_SUMMARY_REQUEST = 'termsheet/dealSummary';
export interface DealSummaryParams {
  uri: string;
}

// Types only: the model's keys, which the messages carry. Nothing of the engine is loaded with them.
import type { DIMENSIONS } from '../engine/deal/asset';
import type { MilestoneGroup } from '../engine/schema';

/** A milestone's group as the model keys it under `financials.milestones`, or 'other' for a flat one. */
export type MilestoneKind = MilestoneGroup | 'other';

/** A dimension of differentiation, as the model keys it under `asset.differentiation`. */
export type Dimension = (typeof DIMENSIONS)[number];

export interface DealSummary {
  uri: string;
  /** The sheet's title, or the licensed asset's name, or the file name. */
  title: string;
  /** ISO 4217 code the amounts are in (the sheet's currency, USD when none is stated). */
  currency: string;
  payments: {
    /** Amounts are in whole currency units; null when the sheet states none or it cannot be read. */
    upfront: number | null;
    milestones: { kind: MilestoneKind; event: string; amount: number | null }[];
    /** Sum per kind, only kinds present. */
    milestoneTotals: { kind: MilestoneKind; total: number }[];
    /** Upfront + every readable milestone. */
    computedTotal: number;
    statedTotal: number | null;
    /** null when no total is stated. */
    totalMatches: boolean | null;
  };
  /** `rate`: a percentage, or a band's top (its chart bar); `band`: the band as the sheet words it, with its range. */
  royalties: { label: string; rate: number | null; band?: string }[];
  coverage: {
    /** The licensed territory as written, e.g. "Greater China, ASEAN". */
    territoryLabel: string;
    /** Countries of the territory (ISO 3166 alpha-2), regions expanded; empty when worldwide or unreadable. */
    countries: string[];
    worldwide: boolean;
    families: string[];
    /** One row per territory country: which patent families cover it. */
    rows: { country: string; countryName: string; coveredBy: string[] }[];
    /** Countries of the territory covered by no family. */
    gaps: string[];
  };
  /** The five dimensions, always in this order: novelty, speed, quality, volume, global. */
  differentiation: { dimension: Dimension; label: string; stated: boolean; text?: string }[];
  /** The five pitfall tips of the round table, in order, with this sheet's status. */
  pitfalls: {
    tip: number;
    title: string;
    /** 'ok' when none of the tip's rules fires; 'attention' otherwise. */
    status: 'ok' | 'attention';
    /** The findings behind an 'attention', as rule id + message; `line` is 0-based, as in LSP positions. */
    findings: { ruleId: string; message: string; line: number }[];
    /** The rules that check this tip. */
    ruleIds?: string[];
  }[];
  /** The differentiation when the sheet argues it in prose instead of by dimension. */
  differentiationProse?: string;
  /** The parties' names, as the sheet writes them, when it names them. */
  parties?: { licensor?: string; licensee?: string };
  /** Findings in the sheet by severity, for the panel's header. */
  counts: { errors: number; warnings: number; infos: number };
}

/**
 * `termsheet/termSheets` (server → client notification): the open documents the server lints as term
 * sheets, sent whenever that list changes, to clients that ask for it with the initialization option
 * `termSheetList: true`. A file may be a term sheet only by a config file's `files` globs, which the
 * server reads and the client does not: the client shows its commands and status for these too.
 */
export const TERM_SHEETS_NOTIFICATION = 'termsheet/termSheets';
export const TERM_SHEETS_OPTION = 'termSheetList';
export interface TermSheetsParams {
  uris: string[];
}

/**
 * The initialization option `folderSettings`: `{ [folderUri]: { enable?, rules?, configFile? } }`, the
 * resource-scoped settings of each workspace folder, as `workspace/configuration` would answer them,
 * from a client that can tell them at the start (VS Code's). With it, the server asks nothing before
 * the first lint, and takes a document outside every folder to have the workspace's settings, as
 * VS Code gives them. Without it, each folder's (and each outside document's) are asked for.
 */
export const FOLDER_SETTINGS_OPTION = 'folderSettings';

/** Bounds on `termsheet.files`, so that a pasted list or a huge pattern cannot slow every file open. */
const MAX_FILE_GLOBS = 100;
const MAX_GLOB_LENGTH = 1_000;

/** Globs from untrusted JSON: non-empty strings, trimmed, within the bounds; anything else is ignored. */
export function readFileGlobs(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const globs = value
    .filter((glob): glob is string => typeof glob === 'string')
    .map((glob) => glob.trim())
    .filter((glob) => glob !== '' && glob.length <= MAX_GLOB_LENGTH);
  return [...new Set(globs)].slice(0, MAX_FILE_GLOBS);
}
