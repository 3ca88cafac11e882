import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const COMPLETE =
  'parties: {licensor: {name: A}, licensee: {name: B}}\nasset: {name: ZA-101}\nlicense: {territory: [JP], field: oncology}\n' +
  'financials: {upfront: 1}\nip: {patents: []}\ngoverning_law: Hong Kong\nconfidentiality: mutual\n';

testRule(rule, {
  valid: [
    { name: 'every required clause', code: COMPLETE },
    {
      name: 'parties named in a sentence of prose',
      code: COMPLETE.replace(
        'parties: {licensor: {name: A}, licensee: {name: B}}\n',
        'title: The parties are Regents of Avalon ("Avalon") and Acme Bio, Inc. ("Company").\n',
      ),
    },
    { name: 'termination is left to termination-missing', code: COMPLETE.replace('ip: {patents: []}\n', 'ip: {patents: []}\ntermination:\n') },
  ],
  invalid: [
    {
      name: 'missing nested clauses point at their parent; one fix per insertion point in a pass',
      code: COMPLETE.replace('license: {territory: [JP], field: oncology}\n', 'license:\n  scope: exclusive\n'),
      findings: [
        { message: 'Missing required clause: licensed territory (license.territory)', line: 3, column: 1, endLine: 3, endColumn: 8 },
        { message: 'Missing required clause: field of use (license.field)', line: 3, column: 1, endLine: 3, endColumn: 8 },
      ],
      suggested: COMPLETE.replace('license: {territory: [JP], field: oncology}\n', 'license:\n  scope: exclusive\n  territory: "[TBD]"\n'),
    },
    {
      name: 'a wholly absent clause points at the first clause and is added at the end',
      code: COMPLETE.replace('governing_law: Hong Kong\n', ''),
      findings: [{ message: 'Missing required clause: governing law (governing_law)', line: 1, column: 1, endLine: 1, endColumn: 8 }],
      suggested: COMPLETE.replace('governing_law: Hong Kong\n', '') + 'governing_law: "[TBD]"\n',
    },
    {
      name: 'an empty clause points at its key and is filled in place',
      code: COMPLETE.replace('confidentiality: mutual\n', 'confidentiality:\n'),
      findings: [{ message: 'Missing required clause: confidentiality', line: 7, column: 1, endLine: 7, endColumn: 16 }],
      suggested: COMPLETE.replace('confidentiality: mutual\n', 'confidentiality: "[TBD]"\n'),
    },
    {
      name: "a nested skeleton keeps the sheet's four-space indentation",
      code: COMPLETE.replace('parties: {licensor: {name: A}, licensee: {name: B}}\n', 'deal:\n    code: X1\n'),
      findings: [{ message: 'Missing required clause: parties', line: 1, column: 1, endLine: 1, endColumn: 5 }],
      suggested:
        'deal:\n    code: X1\nasset: {name: ZA-101}\nlicense: {territory: [JP], field: oncology}\nfinancials: {upfront: 1}\nip: {patents: []}\ngoverning_law: Hong Kong\nconfidentiality: mutual\nparties:\n    licensor:\n        name: "[TBD]"\n',
    },
  ],
});
