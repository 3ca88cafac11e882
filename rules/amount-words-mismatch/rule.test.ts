import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'words and figures agree', code: 'financials:\n  upfront: Ten Million US Dollars (US$10,000,000)\n' },
    { name: 'figures alone, words alone', code: 'financials:\n  upfront: USD 10M\n  total_deal_value: Nine Hundred Million US Dollars\n' },
    { name: 'words that are not the same amount’s (a threshold in an event)', code: 'financials:\n  milestones:\n    - {event: first sale, amount: USD 5M}\n' },
  ],
  invalid: [
    {
      name: 'a zero dropped from the figures',
      code: 'financials:\n  upfront: Ten Million US Dollars (US$1,000,000)\n',
      findings: [
        {
          message: '"Ten Million US Dollars" is USD 10M in words, but the figures say USD 1M',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'in a milestone, in words and figures',
      code: 'financials:\n  milestones:\n    - {event: EU approval, amount: "Twenty Million Euros (EUR 25,000,000)"}\n',
      findings: [
        {
          message: '"Twenty Million Euros" is EUR 20M in words, but the figures say EUR 25M',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 75,
        },
      ],
    },
  ],
});
