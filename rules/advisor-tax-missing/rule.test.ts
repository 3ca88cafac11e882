import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing';

testRule(rule, {
  valid: [
    { name: 'named', code: 'advisors:\n  tax: Harbour Tax Partners\n' },
    { name: 'in flow style', code: 'advisors: {tax: Harbour Tax Partners}\n' },
  ],
  invalid: [
    {
      name: 'no advisors at all: the clause is added',
      code: 'title: x\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      output: 'title: x\nadvisors:\n  tax: "[TBD]"\n',
    },
    {
      name: 'advisors without tax: added beside the others, comment kept',
      code: 'advisors:\n  legal: Lin & Okada LLP  # engaged\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 9 }],
      output: 'advisors:\n  legal: Lin & Okada LLP  # engaged\n  tax: "[TBD]"\n',
    },
    {
      name: '"none" is on the value, with no fix',
      code: 'advisors:\n  tax: none\n',
      findings: [{ message: MESSAGE, line: 2, column: 8, endLine: 2, endColumn: 12 }],
    },
  ],
});
