import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyFixes } from '../../server/src/engine';
import { fixProblems, lint, lintProblems, REGRESSIONS } from './corpus';

const cases = readdirSync(REGRESSIONS)
  .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
  .map((name) => ({ name, format: /\.md$/.test(name) ? ('markdown' as const) : ('yaml' as const), text: readFileSync(join(REGRESSIONS, name), 'utf8') }));

test('the regression fixtures are there', () => {
  assert.ok(cases.length >= 6);
});

for (const { name, format, text } of cases) {
  test(`regression ${name}: findings are sound and fixes keep the sheet`, () => {
    assert.deepEqual(lintProblems(text, format), []);
    assert.deepEqual(fixProblems(text, format), []);
  });
}

test('a Markdown section is not offered where an open code fence or comment would swallow it', () => {
  for (const name of ['unclosed-fence.termsheet.md', 'unclosed-comment.termsheet.md']) {
    const { findings } = lint(readFileSync(join(REGRESSIONS, name), 'utf8'), 'markdown');
    assert.ok(findings.length > 0, name);
    assert.deepEqual(
      findings.filter((finding) => finding.fix || finding.suggestions),
      [],
      name,
    );
  }
});

test('YAML insertions after a byte-order mark are indented from column 0', () => {
  const text = readFileSync(join(REGRESSIONS, 'bom-indent.termsheet.yaml'), 'utf8');
  const fix = lint(text, 'yaml').findings.find((finding) => finding.ruleId === 'termination-missing')?.suggestions?.[0];
  assert.ok(fix);
  assert.match(fix.edits[0].newText, /\r\ntermination:\r\n {2}for_convenience:/);
});

test('after an explicit key (`? key`) clauses line up with its `?`, and an empty value is written after its own `:` line', () => {
  const text = readFileSync(join(REGRESSIONS, 'explicit-keys.termsheet.yaml'), 'utf8');
  const { findings } = lint(text, 'yaml');
  const termination = findings.find((finding) => finding.ruleId === 'termination-missing')?.suggestions?.[0];
  assert.ok(termination);
  assert.match(applyFixes(text, [termination]).text, /\n {2}:\ntermination:\n {2}for_convenience:\n/);
  const differentiation = findings.find((finding) => finding.ruleId === 'differentiation-missing')?.suggestions?.[0];
  assert.ok(differentiation);
  assert.match(applyFixes(text, [differentiation]).text, /\n {2}\? differentiation\n {2}:\n {4}novelty: "\[TBD\]"\n/);
});

test('a key without a `:` in a flow mapping gets one when its value is filled in', () => {
  const text = 'termsheet: 1\nadvisors: {tax, legal: Lin & Okada LLP}\n';
  const fix = lint(text, 'yaml').findings.find((finding) => finding.ruleId === 'advisor-tax-missing')?.suggestions?.[0];
  assert.ok(fix);
  assert.equal(applyFixes(text, [fix]).text, 'termsheet: 1\nadvisors: {tax: "[TBD]", legal: Lin & Okada LLP}\n');
  assert.deepEqual(fixProblems(text, 'yaml'), []);
});

test('a lone carriage return is no line break to the Markdown reader, as to the line index', () => {
  const text = readFileSync(join(REGRESSIONS, 'lone-carriage-return.termsheet.md'), 'utf8');
  assert.match(text, /\r(?!\n)/, 'the fixture keeps its lone carriage return');
  const { sheet } = lint(text, 'markdown');
  const asset = sheet?.root.entries.find((entry) => entry.key === 'asset');
  assert.ok(asset);
  assert.equal(text.slice(asset.keyRange.start.offset, asset.keyRange.end.offset), 'Asset');
  assert.equal(asset.keyRange.start.line, 1);
});
