import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixProblems, lint, lintProblems, REGRESSIONS } from './corpus';

const cases = readdirSync(REGRESSIONS)
  .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
  .map((name) => ({ name, format: /\.md$/.test(name) ? ('markdown' as const) : ('yaml' as const), text: readFileSync(join(REGRESSIONS, name), 'utf8') }));

test('the regression fixtures are there', () => {
  assert.ok(cases.length >= 4);
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
    assert.deepEqual(findings.filter((finding) => finding.fix), [], name);
  }
});

test('YAML insertions after a byte-order mark are indented from column 0', () => {
  const text = readFileSync(join(REGRESSIONS, 'bom-indent.termsheet.yaml'), 'utf8');
  const fix = lint(text, 'yaml').findings.find((finding) => finding.ruleId === 'termination-missing')?.fix;
  assert.ok(fix);
  assert.match(fix.edits[0].newText, /\r\ntermination:\r\n {2}for_convenience:/);
});
