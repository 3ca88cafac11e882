import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const message = (where: string, written: string) =>
  `Regional licence (${where}) lets the licensee sublicense without the licensor's consent (sublicensing: ${written})`;

testRule(rule, {
  valid: [
    { name: 'with consent', code: 'license:\n  territory: [JP, KR]\n  sublicensing: with-consent\n' },
    { name: 'no sublicensing', code: 'license:\n  territory: [JP]\n  sublicensing: none\n' },
    { name: 'free in a worldwide licence', code: 'license:\n  territory: worldwide\n  sublicensing: free\n' },
    { name: 'free in an ex-China licence', code: 'license:\n  territory: [ex-greater-china]\n  sublicensing: free\n' },
    { name: 'not stated', code: 'license:\n  territory: [JP]\n' },
    { name: 'prose conditions are not judged', code: 'license:\n  territory: [JP]\n  sublicensing: to affiliates only\n' },
  ],
  invalid: [
    {
      name: 'free is replaced in place, comment kept',
      code: 'license:\n  territory: [JP, KR]\n  sublicensing: free  # their draft\n',
      findings: [{ message: message('JP, KR', 'free'), line: 3, column: 17, endLine: 3, endColumn: 21 }],
      suggested: 'license:\n  territory: [JP, KR]\n  sublicensing: with-consent # their draft\n',
    },
    {
      name: 'a yes in flow style',
      code: 'license: {territory: asean, sublicensing: true}\n',
      findings: [{ message: message('BN, ID, KH, LA, MM, MY and 4 more', 'true'), line: 1, column: 43, endLine: 1, endColumn: 47 }],
      suggested: 'license: {territory: asean, sublicensing: with-consent}\n',
    },
    {
      name: 'written as words',
      code: 'license:\n  territory: [Saudi Arabia]\n  sublicensing: Without consent\n',
      setting: 'error',
      findings: [{ message: message('SA', 'Without consent'), line: 3, column: 17, endLine: 3, endColumn: 32, severity: 'error' }],
      suggested: 'license:\n  territory: [Saudi Arabia]\n  sublicensing: with-consent\n',
    },
  ],
});
