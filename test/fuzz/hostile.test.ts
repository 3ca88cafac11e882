/**
 * Hostile sizes and shapes: each returns within a loose time bound, with a clear finding or none.
 * (`test/engine/lint.test.ts` covers a 5 MB YAML file, 20,000-deep flow nesting and 2,000-deep block
 * nesting; these extend it.)
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

test("the size limit comes from the config's max_file_size_mb; an explicit one wins", () => {
  const text = 'termsheet: 1\nnotes:\n' + '  - a line of notes\n'.repeat(60_000);
  const limited = lintText(text, { rules: RULES, fileName: 'x.termsheet.yaml', config: { max_file_size_mb: 1 } });
  assert.deepEqual(messages(limited), ['File too large to lint: 1.1 MB (limit 1.0 MB)']);
  assert.ok(lintText(text, { rules: RULES, fileName: 'x.termsheet.yaml', config: { max_file_size_mb: 2 } }).sheet);
  assert.deepEqual(messages(lintText(text, { rules: RULES, fileName: 'x.termsheet.yaml', config: { max_file_size_mb: 2 }, maxFileBytes: 1024 })), [
    'File too large to lint: 1.1 MB (limit 0.0 MB)',
  ]);
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

test('a Markdown sheet far longer than any term sheet is linted without insertion suggestions, each of which would read it again', () => {
  const sheet = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'pitfalls.termsheet.md'), 'utf8');
  const padded = sheet + '\n' + 'Background: the parties met at the partnering conference and agreed to keep talking.\n\n'.repeat(800);
  assert.ok(padded.length > 64 * 1024);
  const inserting = ['advisor-legal-missing', 'fto-missing', 'reversion-missing', 'differentiation-missing'];
  const fixed = (result: LintResult) =>
    result.findings.filter((finding) => inserting.includes(finding.ruleId) && finding.suggestions).map((finding) => finding.ruleId);
  assert.deepEqual(fixed(timed(sheet, 'pitfalls.termsheet.md')).sort(), [...inserting].sort());
  const long = timed(padded, 'pitfalls.termsheet.md');
  assert.deepEqual(fixed(long), []);
  assert.deepEqual(
    inserting.filter((ruleId) => !long.findings.some((finding) => finding.ruleId === ruleId)),
    [],
    'the findings stay, without their suggestions',
  );
});
