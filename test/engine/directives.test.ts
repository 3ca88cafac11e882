import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText, readMarkdownSheet, readYamlSheet, type Sheet } from '../../server/src/engine';
import { RULES } from '../../rules';

const only = (...ids: string[]) => ({
  rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, ids.includes(rule.meta.id) ? 'warning' : 'off'] as const)),
});
const lint = (text: string, ...ids: string[]) => lintText(text, { rules: RULES, config: only(...ids) });

test('disable-next-line silences the next line only, and keeps the reason', () => {
  const text = 'a: "[TBD]"\n# termsheet-disable-next-line placeholder-left -- counterparty to name\nb: "[TBD]"\nc: "[TBD]"\n';
  const result = lint(text, 'placeholder-left');
  assert.deepEqual(
    result.findings.map((finding) => finding.range.start.line),
    [0, 3],
  );
  assert.deepEqual(
    result.suppressed.map((item) => [item.finding.range.start.line, item.reason]),
    [[2, 'counterparty to name']],
  );
});

test('disable runs to the end, or to a matching enable', () => {
  const text = '# termsheet-disable placeholder-left\na: "[TBD]"\n# termsheet-enable placeholder-left\nb: "[TBD]"\n';
  assert.deepEqual(
    lint(text, 'placeholder-left').findings.map((finding) => finding.range.start.line),
    [3],
  );
});

test('a directive with no ids covers every rule', () => {
  const text = '# termsheet-disable -- draft\na: "[TBD]"\n';
  assert.deepEqual(lint(text, 'placeholder-left', 'termination-missing').findings, []);
});

test('a directive for another rule does not silence this one', () => {
  const text = '# termsheet-disable-next-line fto-missing -- memo\na: "[TBD]"\n';
  assert.deepEqual(
    lint(text, 'placeholder-left', 'unused-directive').findings.map((finding) => finding.ruleId),
    ['unused-directive', 'placeholder-left'],
  );
});

test('a # inside a quoted value is not a directive', () => {
  const text = 'a: "[TBD] # termsheet-disable placeholder-left"\n';
  assert.equal(lint(text, 'placeholder-left').findings.length, 1);
});

test('a sheet that does not parse reports no directive findings', () => {
  const text = '# termsheet-disable-next-line fto-mising\na: [\n';
  assert.deepEqual(
    lint(text, 'syntax', 'directive-unknown-rule', 'unused-directive').findings.map((finding) => finding.ruleId),
    ['syntax'],
  );
});

/** What a sheet's directives say, known and unknown, whatever the format they were read from. */
function directivesOf(sheet: Sheet) {
  return {
    directives: sheet.directives.map(({ kind, ruleIds, reason }) => ({ kind, ruleIds, reason })),
    unknown: sheet.unknownDirectives.map(({ name, suggestion }) => ({ name, suggestion })),
  };
}

test('one parser reads the comments of both formats alike', () => {
  const comments = [
    'termsheet-disable-next-line fto-missing, patent-india-gap -- FTO due 2027-01 -- see memo',
    'termsheet-disable fto-missing --',
    'termsheet-disable fto-missing -- ',
    'termsheet-disable -- draft',
    'termsheet-enable',
    'termsheet-disable-- draft',
    'termsheet-disabel fto-missing',
    'termsheet-enable-next-line fto-missing',
    'termsheet-lint was here',
  ];
  for (const comment of comments) {
    const yaml = readYamlSheet(`# ${comment}\ntitle: x\n`);
    const markdown = readMarkdownSheet(`<!-- ${comment} -->\n\n# Title\n`);
    assert.deepEqual(directivesOf(markdown), directivesOf(yaml), comment);
  }
  // What they read, in either: a reason runs from the first " -- ", a bare "--" at the end is an empty one.
  const yaml = (comment: string) => directivesOf(readYamlSheet(`# ${comment}\ntitle: x\n`));
  assert.deepEqual(yaml(comments[0]).directives, [
    { kind: 'disable-next-line', ruleIds: ['fto-missing', 'patent-india-gap'], reason: 'FTO due 2027-01 -- see memo' },
  ]);
  assert.deepEqual(yaml(comments[1]).directives, [{ kind: 'disable', ruleIds: ['fto-missing'], reason: undefined }]);
  assert.deepEqual(yaml(comments[5]), { directives: [], unknown: [{ name: 'termsheet-disable--', suggestion: 'termsheet-disable' }] });
  assert.deepEqual(yaml(comments[8]), { directives: [], unknown: [] });
});

test('a Markdown directive ending in " -- " names no rule "--"', () => {
  const text = '<!-- termsheet-disable fto-missing -- -->\n\n# Title\n';
  const result = lintText(text, { rules: RULES, fileName: 'deal.termsheet.md', config: only('directive-unknown-rule', 'unused-directive', 'fto-missing') });
  assert.deepEqual(result.findings, []);
  assert.deepEqual(
    result.suppressed.map((entry) => [entry.finding.ruleId, entry.reason]),
    [['fto-missing', undefined]],
  );
});

test('an unknown directive in YAML front matter and in the Markdown body, each at its place', () => {
  const text = '---\ntermsheet: 1\n# termsheet-disable-line fto-missing\n---\n# Title\n\n<!-- termsheet-disabel fto-missing -->\n';
  const findings = lintText(text, { rules: RULES, fileName: 'deal.termsheet.md', config: only('unknown-directive') }).findings;
  assert.deepEqual(
    findings.map((finding) => [finding.range.start.line, text.slice(finding.range.start.offset, finding.range.end.offset)]),
    [
      [2, 'termsheet-disable-line'],
      [6, 'termsheet-disabel'],
    ],
  );
});
