import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'No freedom-to-operate (FTO) analysis is stated in ip.fto';

testRule(rule, {
  valid: [
    { name: 'completed FTO as a mapping', code: 'ip:\n  fto: {status: completed, by: outside counsel, date: 2026-06-30}\n' },
    { name: 'FTO in progress', code: 'ip:\n  fto:\n    status: in-progress\n' },
    { name: 'FTO stated as prose', code: 'ip:\n  fto: opinion from outside counsel, June 2026\n' },
    {
      name: 'an FTO done, stated in a sentence of another clause (Markdown)',
      fileName: 'case.termsheet.md',
      code: '## 7. Intellectual Property\n\nThe patents are granted in the US. A freedom-to-operate analysis was completed by outside counsel.\n',
    },
    { name: 'an FTO done, stated in a YAML summary', code: 'ip:\n  summary: A freedom-to-operate analysis was completed by outside counsel.\n' },
    { name: 'an FTO redacted is stated', code: 'ip:\n  fto: FTO search [***]\n' },
  ],
  invalid: [
    {
      name: 'ip without fto points at ip and inserts the entry after the last clause, keeping comments',
      code: 'ip: # the IP\n  # families\n  patents:\n    - family: A\n      jurisdictions: [CN]\nnext: 1\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 3 }],
      suggested:
        'ip: # the IP\n  # families\n  patents:\n    - family: A\n      jurisdictions: [CN]\n  fto:\n    status: in-progress\n    by: "[TBD]"\nnext: 1\n',
    },
    {
      name: 'no ip at all points at the first clause and adds ip with fto at the end',
      code: 'title: Licence\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested: 'title: Licence\nip:\n  fto:\n    status: in-progress\n    by: "[TBD]"\n',
    },
    {
      name: 'an empty fto is filled in',
      code: 'ip:\n  fto:\n',
      findings: [{ message: MESSAGE, line: 2, column: 3, endLine: 2, endColumn: 6 }],
      suggested: 'ip:\n  fto:\n    status: in-progress\n    by: "[TBD]"\n',
    },
    {
      name: 'status none points at the value',
      code: 'ip:\n  fto: {status: none}\n',
      findings: [{ message: 'The freedom-to-operate (FTO) analysis is "none"', line: 2, column: 17, endLine: 2, endColumn: 21 }],
    },
    {
      name: 'fto: none as a single value',
      code: 'ip:\n  fto: none\n',
      findings: [{ message: 'The freedom-to-operate (FTO) analysis is "none"', line: 2, column: 8, endLine: 2, endColumn: 12 }],
    },
    {
      name: 'a clause saying none in a sentence',
      fileName: 'case.termsheet.md',
      code: '**Freedom to Operate:** No freedom-to-operate analysis has been performed.\n',
      findings: [
        {
          message: 'The freedom-to-operate (FTO) analysis is "No freedom-to-operate analysis has been performed"',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 74,
        },
      ],
    },
    {
      name: 'none stated in a sentence of another clause',
      code: 'ip:\n  summary: Patents granted in the US; no FTO analysis has been conducted.\n',
      findings: [
        { message: 'No freedom-to-operate (FTO) analysis is done: "no FTO analysis has been conducted."', line: 2, column: 12, endLine: 2, endColumn: 74 },
      ],
    },
    {
      name: 'the message quotes what was written',
      code: 'ip:\n  fto: N/A\n',
      findings: [{ message: 'The freedom-to-operate (FTO) analysis is "N/A"', line: 2, column: 8, endLine: 2, endColumn: 11 }],
    },
    {
      name: 'severity from the config',
      code: 'ip:\n  fto: none\n',
      setting: 'error',
      findings: [{ message: 'The freedom-to-operate (FTO) analysis is "none"', line: 2, column: 8, endLine: 2, endColumn: 12, severity: 'error' }],
    },
  ],
});
