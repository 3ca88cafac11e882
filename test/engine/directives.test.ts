import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { RULES } from '../../rules';

const only = (...ids: string[]) => ({ rules: Object.fromEntries(RULES.map((rule) => [rule.meta.id, ids.includes(rule.meta.id) ? 'warning' : 'off'] as const)) });
const lint = (text: string, ...ids: string[]) => lintText(text, { rules: RULES, config: only(...ids) });

test('disable-next-line silences the next line only, and keeps the reason', () => {
  const text = 'a: "[TBD]"\n# termsheet-disable-next-line placeholder-left -- counterparty to name\nb: "[TBD]"\nc: "[TBD]"\n';
  const result = lint(text, 'placeholder-left');
  assert.deepEqual(result.findings.map((finding) => finding.range.start.line), [0, 3]);
  assert.deepEqual(result.suppressed.map((item) => [item.finding.range.start.line, item.reason]), [[2, 'counterparty to name']]);
});

test('disable runs to the end, or to a matching enable', () => {
  const text = '# termsheet-disable placeholder-left\na: "[TBD]"\n# termsheet-enable placeholder-left\nb: "[TBD]"\n';
  assert.deepEqual(lint(text, 'placeholder-left').findings.map((finding) => finding.range.start.line), [3]);
});

test('a directive with no ids covers every rule', () => {
  const text = '# termsheet-disable -- draft\na: "[TBD]"\n';
  assert.deepEqual(lint(text, 'placeholder-left', 'termination-missing').findings, []);
});

test('a directive for another rule does not silence this one', () => {
  const text = '# termsheet-disable-next-line fto-missing -- memo\na: "[TBD]"\n';
  assert.deepEqual(lint(text, 'placeholder-left', 'unused-directive').findings.map((finding) => finding.ruleId), ['unused-directive', 'placeholder-left']);
});

test('a # inside a quoted value is not a directive', () => {
  const text = 'a: "[TBD] # termsheet-disable placeholder-left"\n';
  assert.equal(lint(text, 'placeholder-left').findings.length, 1);
});

test('a sheet that does not parse reports no directive findings', () => {
  const text = '# termsheet-disable-next-line fto-mising\na: [\n';
  assert.deepEqual(lint(text, 'syntax', 'directive-unknown-rule', 'unused-directive').findings.map((finding) => finding.ruleId), ['syntax']);
});
