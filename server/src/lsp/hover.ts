import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import type { Finding, Rule } from '../engine';
import { toLspRange } from './convert';
import { ruleDocHref } from './docs-links';
import type { LintOutcome } from './documents';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Inclusive at both ends, so an empty range (an insertion point) can still be hovered. */
export function rangeContains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

/** A fence longer than any backtick run in the snippet, so the snippet cannot close it early. */
function fenced(language: string, code: string): string {
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${code.replace(/\s+$/, '')}\n${fence}`;
}

export function describeFinding(finding: Finding, rule: Rule | undefined): string {
  if (!rule) return `**${finding.ruleId}** (${finding.severity})\n\n${finding.message}`;
  const { meta } = rule;
  const parts = [`**${meta.title}** (\`${meta.id}\`, ${finding.severity})`, finding.message, meta.why];
  if (meta.goodExample.trim() !== '') parts.push(fenced('yaml', meta.goodExample));
  // Custom rules (`acme/…`) have no page here; their `why` already names their docs.
  if (!meta.id.includes('/')) parts.push(`[Rule documentation](${ruleDocHref(meta.id)})`);
  return parts.join('\n\n');
}

/** The findings under the cursor, explained; several at one place are all shown. */
export function hoverAt(outcome: LintOutcome, position: Position, rules: ReadonlyMap<string, Rule>): Hover | null {
  const hits = outcome.findings.filter((finding) => rangeContains(toLspRange(finding.range), position));
  if (hits.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map((finding) => describeFinding(finding, rules.get(finding.ruleId))).join('\n\n---\n\n') },
    range: intersection(hits.map((finding) => toLspRange(finding.range))),
  };
}

/** Where all the ranges overlap; they all contain the hovered position, so it is never empty of it. */
function intersection(ranges: readonly Range[]): Range {
  return ranges.reduce((a, b) => ({
    start: before(a.start, b.start) ? b.start : a.start,
    end: before(a.end, b.end) ? a.end : b.end,
  }));
}
