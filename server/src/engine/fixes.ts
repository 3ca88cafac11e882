import { lintText, type LintOptions } from './lint';
import type { Finding, Fix } from './rule';
import { applyEdits } from './text';
import { isPlaceholderText } from './deal/placeholders';

export interface FixPass {
  text: string;
  applied: Fix[];
  /** Fixes that touched text another fix had already changed; a later pass, on the new text, takes them. */
  deferred: Fix[];
}

/**
 * Applies whole fixes, in document order, skipping any that overlaps or touches one already taken:
 * two insertions at one point would otherwise land in an arbitrary order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixPass {
  const spans = fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((edit) => edit.start)), end: Math.max(...fix.edits.map((edit) => edit.end)) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  let lastEnd = -1;
  for (const span of spans) {
    if (span.start <= lastEnd) {
      deferred.push(span.fix);
      continue;
    }
    applied.push(span.fix);
    lastEnd = span.end;
  }
  return {
    text: applyEdits(
      text,
      applied.flatMap((fix) => fix.edits),
    ),
    applied,
    deferred,
  };
}

export interface FixAllResult {
  text: string;
  /** Findings left after the last pass. */
  findings: Finding[];
  passes: number;
  /** How many fixes were applied, over every pass. */
  applied: number;
}

/**
 * Lints and fixes until nothing more applies. Insertions at one point take one pass each, so the
 * bound allows for every clause a sheet can lack; it only guards against fixes that never converge.
 */
export function fixAll(text: string, lintOptions: LintOptions, maxPasses = 30): FixAllResult {
  const options = { ...lintOptions, fixes: true };
  let current = text;
  let findings = lintText(current, options).findings;
  let passes = 0;
  let applied = 0;
  while (passes < maxPasses) {
    const fixes = findings.flatMap((finding) => finding.fix ?? []);
    if (fixes.length === 0) break;
    const pass = applyFixes(current, fixes);
    if (pass.text === current) break;
    current = pass.text;
    passes++;
    applied += pass.applied.length;
    findings = lintText(current, options).findings;
  }
  return { text: current, findings, passes, applied };
}

/** What a suggestion's title adds when the clause it writes leaves a blank: the user sees it before choosing. */
export const LEAVES_ONE_BLANK = '(leaves one [TBD] to fill in)';

/**
 * A clause to insert, with its first blank kept and every later one left out (a key whose value is a blank,
 * a list item that is one, and a clause left empty by that), so that a suggestion adds at most one blank.
 */
export function withOneBlank(value: unknown): unknown {
  let kept = false;
  const prune = (part: unknown): unknown => {
    if (typeof part === 'string' && isPlaceholderText(part)) {
      if (kept) return undefined;
      kept = true;
      return part;
    }
    if (Array.isArray(part)) {
      const items = part.map(prune).filter((item) => item !== undefined);
      return items.length > 0 ? items : undefined;
    }
    if (part !== null && typeof part === 'object') {
      const entries = Object.entries(part).flatMap(([key, item]) => {
        const pruned = prune(item);
        return pruned === undefined ? [] : [[key, pruned] as const];
      });
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    return part;
  };
  return prune(value) ?? value;
}

/** How many blanks a value to insert has. */
export function blanksIn(value: unknown): number {
  if (typeof value === 'string') return isPlaceholderText(value) ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + blanksIn(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + blanksIn(item), 0);
  return 0;
}

/** A suggestion's title, with the note that it leaves a blank when the value it writes has one. */
export function titleFor(title: string, inserted: unknown): string {
  return blanksIn(inserted) > 0 ? `${title} ${LEAVES_ONE_BLANK}` : title;
}
