/**
 * Markdown sheets far larger than any real one are still read whole, in time that grows with their
 * length: no step of the reader compares every clause with every other one. (On the benchmark
 * machine the first takes about 1.5 s and the second, whose missing clauses each get a fix that
 * is read back, about 10 s; the bounds leave room for a loaded machine.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { getNode, lintText, type LintResult } from '../../server/src/engine';
import { RULES } from '../../rules';

const EXAMPLES = path.resolve(__dirname, '../../../examples');
const LINES = 100_000;

function timedLint(text: string, boundMs: number): LintResult {
  const started = performance.now();
  const result = lintText(text, { rules: RULES, fileName: 'large.termsheet.md' });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < boundMs, `${text.split('\n').length} lines took ${elapsed.toFixed(0)} ms`);
  return result;
}

test('a 100,000-line sheet (the complete example with a long patent schedule) is linted in bounded time', { timeout: 120_000 }, () => {
  const base = readFileSync(path.join(EXAMPLES, 'complete.termsheet.md'), 'utf8');
  const anchor = '| WO2024/051220 (dosing regimen) | CN, US, JP, KR | 2044 |\n';
  const rows = Array.from({ length: LINES - base.split('\n').length }, (_, i) => `| WO${100000 + i} | CN, US | ${2040 + (i % 8)} |`);
  const text = base.replace(anchor, `${anchor}${rows.join('\n')}\n`);
  assert.equal(text.split('\n').length, LINES);

  const result = timedLint(text, 30_000);
  assert.deepEqual(result.findings, []);
  const patents = getNode(result.sheet!.root, 'ip.patents');
  assert.equal(patents?.kind === 'list' ? patents.items.length : 0, rows.length + 2);
});

test(
  '100,000 labeled lines, each an unknown clause, are linted in bounded time; missing clauses are reported without insertion fixes',
  { timeout: 240_000 },
  () => {
    const text = `# Negotiation notes\n\n${Array.from({ length: LINES }, (_, i) => `**Note ${i}:** point ${i}`).join('\n')}\n`;
    const result = timedLint(text, 60_000);
    assert.equal(result.sheet!.root.entries.filter((entry) => entry.key.startsWith('note_')).length, LINES);
    const missing = result.findings.filter((finding) => finding.ruleId === 'required-clause-missing');
    assert.ok(missing.length > 0, 'missing clauses are reported');
    // Each insertion is proved safe by reading the sheet again; on a sheet this large that is left out.
    assert.ok(
      missing.every((finding) => finding.fix === undefined),
      'no insertion fixes on a sheet this large',
    );
  },
);
