import { lintText, type LintOptions } from './lint';
import type { Finding, Fix } from './rule';
import { applyEdits } from './text';

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
