import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editsOf, lintText } from '../../server/src/engine';
import { testRule } from '../../test/support/rule-tester';
import { RULES } from '../index';
import { rule } from './rule';

testRule(rule, {
  valid: [
    {
      name: 'the three directives',
      code: '# termsheet-disable-next-line fto-missing -- memo\n# termsheet-disable fto-missing -- memo\ntitle: x\n# termsheet-enable fto-missing\n',
    },
    { name: 'a comment about the linter is not a directive', code: '# termsheet-lint checks this file in CI\ntitle: x\n' },
    { name: 'nor is a comment that only mentions one', code: '# see termsheet-disabel in the log\ntitle: x\n' },
    { name: 'nor a # inside a quoted value', code: 'title: "x # termsheet-disabel fto-missing"\n' },
  ],
  invalid: [
    {
      name: 'a typo: the fix rewrites the name, ids and reason kept',
      code: 'title: x\n# termsheet-disabel fto-missing -- FTO opinion due 2027-01\n',
      findings: [{ message: 'Unknown directive "termsheet-disabel": did you mean "termsheet-disable"?', line: 2, column: 3, endLine: 2, endColumn: 20 }],
      output: 'title: x\n# termsheet-disable fto-missing -- FTO opinion due 2027-01\n',
    },
    {
      name: 'a trailing comment, two keystrokes off',
      code: 'title: x  #  termsheet-disable-nxet-line fto-missing -- memo\n',
      findings: [
        {
          message: 'Unknown directive "termsheet-disable-nxet-line": did you mean "termsheet-disable-next-line"?',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 41,
        },
      ],
      output: 'title: x  #  termsheet-disable-next-line fto-missing -- memo\n',
    },
    {
      name: 'the case is part of the name',
      code: '# termsheet-Enable fto-missing\ntitle: x\n',
      findings: [{ message: 'Unknown directive "termsheet-Enable": did you mean "termsheet-enable"?', line: 1, column: 3, endLine: 1, endColumn: 19 }],
      output: '# termsheet-enable fto-missing\ntitle: x\n',
    },
    {
      name: "ESLint's disable-line: the nearest directive is suggested, not written, as it waives another line",
      code: 'title: x  # termsheet-disable-line fto-missing -- memo\n',
      findings: [
        { message: 'Unknown directive "termsheet-disable-line": did you mean "termsheet-disable-next-line"?', line: 1, column: 13, endLine: 1, endColumn: 35 },
      ],
    },
    {
      name: 'enable-next-line keeps its verb: enable is suggested',
      code: '# termsheet-enable-next-line fto-missing\ntitle: x\n',
      findings: [
        { message: 'Unknown directive "termsheet-enable-next-line": did you mean "termsheet-enable"?', line: 1, column: 3, endLine: 1, endColumn: 29 },
      ],
    },
    {
      name: 'a name glued to its ids is named whole, with the directive it starts with',
      code: '# termsheet-disable:fto-missing\ntitle: x\n',
      findings: [
        { message: 'Unknown directive "termsheet-disable:fto-missing": did you mean "termsheet-disable"?', line: 1, column: 3, endLine: 1, endColumn: 32 },
      ],
    },
  ],
});

test('unknown-directive: in Markdown the same, at the name inside the HTML comment', () => {
  const text = '# Term sheet\n\n<!-- termsheet-disabel fto-missing -- memo -->\n\n**Title:** x\n';
  const options = {
    rules: RULES,
    fileName: 'case.termsheet.md',
    config: { rules: Object.fromEntries(RULES.map((other) => [other.meta.id, other === rule ? 'warning' : 'off'] as const)) },
  };
  const full = lintText(text, options);
  assert.deepEqual(
    full.findings.map((finding) => [finding.message, text.slice(finding.range.start.offset, finding.range.end.offset), finding.fix?.edits]),
    [['Unknown directive "termsheet-disabel": did you mean "termsheet-disable"?', 'termsheet-disabel', [{ start: 19, end: 36, newText: 'termsheet-disable' }]]],
  );
  // A lint without fixes carries none; editsOf writes the same one, as quick fixes ask for it.
  const quick = lintText(text, { ...options, fixes: false });
  assert.equal(quick.findings[0].fix, undefined);
  assert.deepEqual(editsOf(quick.sheet!, quick.findings, options).get(quick.findings[0])?.fix, full.findings[0].fix);
  const off = { ...options, config: { rules: { ...options.config.rules, [rule.meta.id]: 'off' as const } } };
  assert.equal(editsOf(quick.sheet!, quick.findings, off).size, 0);
});
