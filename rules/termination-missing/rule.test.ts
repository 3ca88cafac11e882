import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'No termination clause: say how either party may end the licence and what happens then';
/** What the suggestion adds: one blank, the notice period. */
const SKELETON =
  'termination:\n  for_convenience:\n    notice_days: "[TBD]"\n  reversion:\n    rights: all licensed rights revert to licensor\n' +
  '    data_transfer: true\n    regulatory_filings_transfer: true\n';

testRule(rule, {
  valid: [
    { name: 'a termination mapping', code: 'termination:\n  for_breach: {cure_days: 90}\n' },
    { name: 'termination as prose', code: 'termination: either party on 180 days notice\n' },
  ],
  invalid: [
    {
      name: 'absent: inserted at the end',
      code: 'title: Licence\ngoverning_law: Hong Kong\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested: 'title: Licence\ngoverning_law: Hong Kong\n' + SKELETON,
    },
    {
      name: 'empty key with a comment: filled below it',
      code: 'title: x\ntermination:   # to do\n',
      findings: [{ message: MESSAGE, line: 2, column: 1, endLine: 2, endColumn: 12 }],
      suggested: 'title: x\ntermination:   # to do\n' + SKELETON.slice('termination:\n'.length),
    },
    {
      name: 'CRLF line endings are kept',
      code: 'title: x\r\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested: 'title: x\r\n' + SKELETON.replace(/\n/g, '\r\n'),
    },
    {
      name: '"none" is reported at the value, with nothing to insert',
      code: 'termination: none\n',
      findings: [{ message: MESSAGE, line: 1, column: 14, endLine: 1, endColumn: 18 }],
    },
    {
      name: 'an empty file',
      code: '',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 1 }],
      suggested: SKELETON,
    },
  ],
});
