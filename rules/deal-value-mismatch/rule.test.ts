import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    {
      name: 'a sum with a redacted amount cannot be checked: the disclosed part is not the whole',
      code:
        'financials:\n  upfront: USD 20M\n  milestones:\n    development: [{event: IND and approval, amount: "USD 10M on IND and $[***] million on approval"}]\n' +
        '  total_deal_value: USD 90M\n',
    },
    {
      name: 'Markdown: a redacted milestone beside a disclosed one',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Upfront:** USD 20M\n\n**Milestones:** USD 10M on IND and $[***] million on approval\n\n**Total deal value:** USD 90M\n',
    },
    {
      name: 'numbers that add up',
      code:
        'financials:\n  upfront: 20000000\n  milestones:\n    development: [{event: P3, amount: 15000000}]\n' +
        '    regulatory: [{event: JP, amount: 30000000}]\n    commercial: [{event: sales, amount: 25000000}]\n  total_deal_value: 90000000\n',
    },
    {
      name: 'written amounts that add up',
      code: 'financials:\n  upfront: USD 20M\n  milestones: [{amount: "$70 million"}]\n  total_deal_value: US$ 90,000,000\n',
    },
    { name: 'no total stated', code: 'financials:\n  upfront: 20000000\n' },
    { name: 'a placeholder leaves nothing to compare', code: 'financials:\n  upfront: "[TBD]"\n  total_deal_value: USD 40M\n' },
    {
      name: 'mixed currencies are left to currency-inconsistent',
      code: 'financials:\n  upfront: USD 8M\n  milestones: [{amount: EUR 5M}]\n  total_deal_value: USD 40M\n',
    },
  ],
  invalid: [
    {
      name: 'grouped milestones: both sums shown, the number replaced, comment kept',
      code:
        'financials:\n  currency: USD\n  upfront: 20000000\n  milestones:\n    development: [{event: P3, amount: 15000000}]\n' +
        '    regulatory: [{event: JP, amount: 30000000}]\n  total_deal_value: 90000000  # headline\n',
      findings: [
        { message: 'Total deal value USD 90M does not add up: upfront USD 20M + milestones USD 45M = USD 65M', line: 7, column: 21, endLine: 7, endColumn: 29 },
      ],
      output:
        'financials:\n  currency: USD\n  upfront: 20000000\n  milestones:\n    development: [{event: P3, amount: 15000000}]\n' +
        '    regulatory: [{event: JP, amount: 30000000}]\n  total_deal_value: 65000000  # headline\n',
    },
    {
      name: 'a flat list of written amounts: the total is written the same way',
      code: 'financials:\n  upfront: USD 8M\n  milestones:\n    - {event: P3, amount: USD 5M}\n    - {event: approval, amount: "$12 million"}\n  total_deal_value: USD 40M\n',
      findings: [
        { message: 'Total deal value USD 40M does not add up: upfront USD 8M + milestones USD 17M = USD 25M', line: 6, column: 21, endLine: 6, endColumn: 28 },
      ],
      output:
        'financials:\n  upfront: USD 8M\n  milestones:\n    - {event: P3, amount: USD 5M}\n    - {event: approval, amount: "$12 million"}\n  total_deal_value: USD 25M\n',
    },
    {
      name: 'amounts that do not round are shown in full',
      code: 'financials:\n  upfront: 1234567\n  total_deal_value: "USD 1,000,000"\n',
      findings: [
        {
          message: 'Total deal value USD 1M does not add up: upfront USD 1,234,567 + milestones USD 0 = USD 1,234,567',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 36,
        },
      ],
      output: 'financials:\n  upfront: 1234567\n  total_deal_value: "USD 1,234,567"\n',
    },
    {
      name: 'the currency clause names the unit',
      code: 'financials:\n  currency: EUR\n  upfront: 1000000\n  milestones: 500000\n  total_deal_value: 2000000\n',
      findings: [
        { message: 'Total deal value EUR 2M does not add up: upfront EUR 1M + milestones EUR 500K = EUR 1.5M', line: 5, column: 21, endLine: 5, endColumn: 28 },
      ],
      output: 'financials:\n  currency: EUR\n  upfront: 1000000\n  milestones: 500000\n  total_deal_value: 1500000\n',
    },
  ],
});
