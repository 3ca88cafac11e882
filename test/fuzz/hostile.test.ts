/**
 * Hostile sizes and shapes: each returns within a loose time bound, with a clear finding or none.
 * (`test/engine/lint.test.ts` covers a 5 MB YAML file, 20,000-deep flow nesting and 2,000-deep block
 * nesting; these extend it.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText, type LintResult } from '../../server/src/engine';
import { RULES } from '../../rules';
import { checkFindings } from './corpus';

const BOUND_MS = 10_000;

function timed(text: string, fileName: string, maxFileBytes?: number): LintResult {
  const started = performance.now();
  const result = lintText(text, { rules: RULES, fileName, maxFileBytes });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < BOUND_MS, `${fileName}: ${elapsed.toFixed(0)} ms`);
  assert.deepEqual(checkFindings(text, result.findings), []);
  return result;
}

const messages = (result: LintResult) => result.findings.map((finding) => finding.message);

test('a 5 MB Markdown file gets the size finding with real figures', () => {
  const text = '| Item | Description |\n|---|---|\n' + '| Licensor | Qilin Biosciences |\n'.repeat(160_000);
  assert.deepEqual(messages(timed(text, 'big.termsheet.md')), ['File too large to lint: 5.0 MB (limit 4.0 MB)']);
});

test('the size limit is configurable: a 5 MB YAML file under a raised limit is linted in bounded time', () => {
  const text = 'termsheet: 1\nnotes:\n' + '  - a line of notes about the deal, kept long\n'.repeat(120_000);
  assert.ok(Buffer.byteLength(text) > 5 * 1024 * 1024);
  const result = timed(text, 'big.termsheet.yaml', 8 * 1024 * 1024);
  assert.ok(result.sheet);
  assert.ok(!result.findings.some((finding) => finding.message.startsWith('File too large')));
});

/** Duplicate keys are found with a set as the model is built: yaml's own check compares every pair of keys. */
test('a 100,000-line YAML file is linted in bounded time', () => {
  const text = 'termsheet: 1\n' + Array.from({ length: 100_000 }, (_, i) => `k${i}: v${i}`).join('\n') + '\n';
  const result = timed(text, 'lines.termsheet.yaml');
  assert.ok(result.sheet);
  assert.ok(result.findings.length > 0);
});

test('10,000-deep YAML nesting: block sequences and flow mappings', () => {
  const sequences = timed(`termsheet: 1\nx: ${'- '.repeat(10_000)}leaf\n`, 'deep.termsheet.yaml');
  assert.ok(sequences.findings.every((finding) => finding.message.length > 0));
  const flow = timed(`termsheet: 1\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 'deep.termsheet.yaml');
  assert.ok(flow.findings.length > 0);
});

test('10,000-deep Markdown nesting: block quotes and lists', () => {
  timed(`# T\n\n${'> '.repeat(10_000)}deep\n`, 'deep.termsheet.md');
  timed(`# T\n\n${Array.from({ length: 10_000 }, (_, depth) => `${'  '.repeat(depth % 2000)}- **Level ${depth}:** x`).join('\n')}\n`, 'deep.termsheet.md');
  timed(`# T\n\n${'- '.repeat(10_000)}x\n`, 'deep.termsheet.md');
});

test('a billion-laughs alias bomb returns at once', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  const text = `termsheet: 1\n${levels.join('\n')}\nparties: *j\n`;
  const result = timed(text, 'laughs.termsheet.yaml');
  assert.ok(result.findings.length > 0);
  // The same bomb in Markdown front matter.
  timed(`---\n${text}---\n\n# T\n`, 'laughs.termsheet.md');
});

test('a merge-key bomb (<<: *alias chained) returns at once', () => {
  const levels = ['l0: &l0 {x: 1, y: 2}'];
  for (let i = 1; i < 30; i++) levels.push(`l${i}: &l${i} {<<: [*l${i - 1}, *l${i - 1}], k${i}: ${i}}`);
  timed(`termsheet: 1\n${levels.join('\n')}\nfinancials: *l29\n`, 'merge.termsheet.yaml');
});
