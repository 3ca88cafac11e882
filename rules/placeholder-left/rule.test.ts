import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'a finished sheet', code: 'title: Licence of ZA-101\nfinancials:\n  upfront: USD 20M\n' },
    { name: 'a code name is not a placeholder', code: 'asset: {name: TBD-101}\n' },
    { name: 'words containing the letters', code: 'note: XXL batch size, TBDX process\n' },
  ],
  invalid: [
    {
      name: 'each kind of placeholder, named with its path',
      code:
        'parties:\n  licensee: {name: "[TBD]"}\nfinancials:\n  upfront: USD XX million\n  royalties:\n    - {rate: "{{rate}}"}\n' +
        'note: TBD and [●]\nscope: "[ ] exclusive"\nfield: "[TBD: oncology only?]"\n',
      findings: [
        { message: 'Placeholder "[TBD]" left in parties.licensee.name', line: 2, column: 20, endLine: 2, endColumn: 27 },
        { message: 'Placeholder "XX" left in financials.upfront', line: 4, column: 12, endLine: 4, endColumn: 26 },
        { message: 'Placeholder "{{rate}}" left in financials.royalties[0].rate', line: 6, column: 14, endLine: 6, endColumn: 24 },
        { message: 'Placeholders "TBD", "[●]" left in note', line: 7, column: 7, endLine: 7, endColumn: 18 },
        { message: 'Placeholder "[ ]" left in scope', line: 8, column: 8, endLine: 8, endColumn: 23 },
        { message: 'Placeholder "[TBD: oncology only?]" left in field', line: 9, column: 8, endLine: 9, endColumn: 31 },
      ],
    },
    {
      name: 'an error once the sheet is agreed',
      code: 'status: agreed\nconfidentiality: "[TBD]"\n',
      findings: [{ message: 'Placeholder "[TBD]" left in confidentiality', line: 2, column: 18, endLine: 2, endColumn: 25, severity: 'error' }],
    },
    {
      name: 'a configured severity wins over the escalation',
      code: 'status: agreed\nconfidentiality: "[TBD]"\n',
      setting: 'info',
      findings: [{ message: 'Placeholder "[TBD]" left in confidentiality', line: 2, column: 18, endLine: 2, endColumn: 25, severity: 'info' }],
    },
  ],
});
