/**
 * Scores the engine against the corpus: each sheet's findings (every built-in rule) against the
 * expectations written in it. See test/corpus/README.md for what counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMarkdownTermSheet, lintText, type Finding } from '../../server/src/engine';
import { RULES } from '../../rules';
import { ALL_OTHERS, readExpectations, type Expectation, type SheetExpectations } from './expectations';

/** The corpus folder, from out/test/corpus where this runs. */
export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'test', 'corpus');

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.meta.id));

export interface CorpusSheet {
  name: string;
  text: string;
}

/** `*.termsheet.{md,yaml,yml}`, and any other Markdown file whose front matter has `termsheet:`. */
export function corpusSheets(dir: string = CORPUS_DIR): CorpusSheet[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: /\.(md|ya?ml)$/.test(name) ? readFileSync(join(dir, name), 'utf8') : '' }))
    .filter(({ name, text }) => /\.termsheet\.(md|ya?ml)$/.test(name) || (name.endsWith('.md') && isMarkdownTermSheet(text)));
}

/** A finding as reported: 1-based line. */
export interface ReportedFinding {
  ruleId: string;
  line: number;
  message: string;
}

/** An expectation no finding met: 1-based line, absent for a whole-sheet expectation. */
export interface Miss {
  ruleId: string;
  line?: number;
  path?: string;
}

export interface RuleCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface SheetResult {
  name: string;
  counts: Map<string, RuleCounts>;
  misses: Miss[];
  falseFindings: ReportedFinding[];
  /** Expectation comments that could not be read, and findings that show the sheet itself is broken. */
  problems: string[];
}

export function evaluateSheet(sheet: CorpusSheet): SheetResult {
  const expectations = readExpectations(sheet.text, KNOWN_RULE_IDS);
  const findings = lintText(sheet.text, { rules: RULES, fileName: sheet.name, fixes: false }).findings;
  return scoreFindings(sheet.name, findings, expectations);
}

/** Matches findings to expectations: on the stated line, then by path, then anywhere in the sheet. */
export function scoreFindings(name: string, findings: readonly Finding[], expectations: SheetExpectations): SheetResult {
  const counts = new Map<string, RuleCounts>();
  const countsOf = (ruleId: string): RuleCounts => {
    let ruleCounts = counts.get(ruleId);
    if (!ruleCounts) counts.set(ruleId, (ruleCounts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    return ruleCounts;
  };
  const unmatched = new Set(findings);
  const misses: Miss[] = [];
  const meet = (expectation: Expectation, fits: (finding: Finding) => boolean): void => {
    const met = [...unmatched].filter((finding) => finding.ruleId === expectation.ruleId && fits(finding));
    // Several findings of one rule on one expected line (or for one expected clause) are one judgement.
    for (const finding of met) unmatched.delete(finding);
    if (met.length > 0) countsOf(expectation.ruleId).truePositives++;
    else {
      countsOf(expectation.ruleId).falseNegatives++;
      misses.push({ ruleId: expectation.ruleId, line: expectation.line === undefined ? undefined : expectation.line + 1, path: expectation.path });
    }
  };
  for (const expectation of expectations.onLines) meet(expectation, (finding) => finding.range.start.line === expectation.line);
  const byPath = expectations.onSheet.filter((expectation) => expectation.path !== undefined);
  for (const expectation of byPath) meet(expectation, (finding) => isWithin(finding.path, expectation.path ?? ''));
  for (const expectation of expectations.onSheet.filter((expectation) => expectation.path === undefined)) meet(expectation, () => true);

  const expected = new Set([...expectations.onLines, ...expectations.onSheet].map((expectation) => expectation.ruleId));
  const scored = (ruleId: string): boolean => expectations.silent === ALL_OTHERS || expected.has(ruleId) || expectations.silent.has(ruleId);
  const falseFindings: ReportedFinding[] = [];
  for (const finding of unmatched) {
    if (!scored(finding.ruleId)) continue;
    countsOf(finding.ruleId).falsePositives++;
    falseFindings.push({ ruleId: finding.ruleId, line: finding.range.start.line + 1, message: finding.message });
  }
  const problems = [...expectations.problems];
  for (const finding of findings.filter((finding) => finding.ruleId === 'syntax')) problems.push(`line ${finding.range.start.line + 1}: ${finding.message}`);
  return { name, counts, misses, falseFindings, problems };
}

function isWithin(findingPath: string | undefined, path: string): boolean {
  return findingPath !== undefined && (findingPath === path || findingPath.startsWith(`${path}.`) || findingPath.startsWith(`${path}[`));
}

export interface Score extends RuleCounts {
  /** Undefined when the rule made no finding that counted. */
  precision?: number;
  /** Undefined when nothing of the rule was expected. */
  recall?: number;
}

export interface Evaluation {
  sheets: SheetResult[];
  rules: Array<{ ruleId: string } & Score>;
  overall: Score;
}

export function evaluate(sheets: readonly CorpusSheet[] = corpusSheets()): Evaluation {
  const results = sheets.map(evaluateSheet);
  const totals = new Map<string, RuleCounts>();
  for (const result of results) {
    for (const [ruleId, counts] of result.counts) totals.set(ruleId, add(totals.get(ruleId), counts));
  }
  const rules = [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, counts]) => ({ ruleId, ...scoreOf(counts) }));
  const overall = scoreOf([...totals.values()].reduce<RuleCounts | undefined>(add, undefined) ?? add(undefined, undefined));
  return { sheets: results, rules, overall };
}

function add(a: RuleCounts | undefined, b: RuleCounts | undefined): RuleCounts {
  return {
    truePositives: (a?.truePositives ?? 0) + (b?.truePositives ?? 0),
    falsePositives: (a?.falsePositives ?? 0) + (b?.falsePositives ?? 0),
    falseNegatives: (a?.falseNegatives ?? 0) + (b?.falseNegatives ?? 0),
  };
}

function scoreOf(counts: RuleCounts): Score {
  const found = counts.truePositives + counts.falsePositives;
  const expected = counts.truePositives + counts.falseNegatives;
  return {
    ...counts,
    precision: found === 0 ? undefined : counts.truePositives / found,
    recall: expected === 0 ? undefined : counts.truePositives / expected,
  };
}
