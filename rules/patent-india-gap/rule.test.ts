import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'India is in the licensed territory but no patent family covers IN';

testRule(rule, {
  valid: [
    { name: 'India not in the territory', code: 'license:\n  territory: [JP, KR]\n' },
    { name: 'India covered', code: 'license:\n  territory: [IN]\nip:\n  patents:\n    - {family: A, jurisdictions: [CN, IN]}\n' },
    { name: 'India by name on both sides', code: 'license:\n  territory: [India]\nip:\n  patents:\n    - {family: A, jurisdictions: [India]}\n' },
  ],
  invalid: [
    {
      name: 'India named: IN added to the flow list, the existing comment kept',
      code: 'license:\n  territory: [IN, JP]\nip:\n  patents:\n    - family: WO1\n      jurisdictions: [CN, JP]   # main family\n',
      findings: [{ message: MESSAGE, line: 2, column: 14, endLine: 2, endColumn: 22 }],
      suggested: 'license:\n  territory: [IN, JP]\nip:\n  patents:\n    - family: WO1\n      jurisdictions: [CN, JP, IN]   # main family\n',
    },
    {
      name: 'a worldwide territory includes India: IN added to the block list',
      code: 'license:\n  territory: worldwide\nip:\n  patents:\n    - family: WO1\n      jurisdictions:\n        - CN\n',
      findings: [{ message: MESSAGE, line: 2, column: 14, endLine: 2, endColumn: 23 }],
      suggested: 'license:\n  territory: worldwide\nip:\n  patents:\n    - family: WO1\n      jurisdictions:\n        - CN\n        - IN  # to confirm\n',
    },
    {
      name: 'emerging markets include India; with no family there is nothing to add to',
      code: 'license:\n  territory: emerging-markets\n',
      findings: [{ message: MESSAGE, line: 2, column: 14, endLine: 2, endColumn: 30 }],
    },
  ],
});
