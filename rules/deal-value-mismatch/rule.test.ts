import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
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
    {
      name: 'a milestone paid per market, with the markets counted, adds up',
      code: 'financials:\n  upfront: USD 3M\n  milestones: USD 1 million per first approval in each of the five largest markets\n  total_deal_value: USD 8M\n',
    },
    {
      name: 'Markdown: a milestone paid per market, with the markets counted, adds up',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Upfront:** USD 3 million\n\n**Milestones:** USD 1 million per first approval in each of the five largest markets\n\n**Total Deal Value:** USD 8 million\n',
    },
    {
      name: 'a milestone for each of three indications counts three times',
      code: 'financials:\n  upfront: USD 5M\n  milestones: [{event: approval, amount: USD 10M for each of the first three indications}]\n  total_deal_value: USD 35M\n',
    },
    {
      name: 'two milestones of an amount each count twice',
      code: 'financials:\n  upfront: USD 40M\n  milestones: two development milestones of USD 7 million each\n  total_deal_value: USD 54M\n',
    },
    {
      name: 'Markdown: an aggregate followed by what it includes counts once',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n| Term | Disclosure |\n|---|---|\n| Upfront | USD 40 million |\n' +
        '| Milestones | Up to USD 346 million in aggregate, including two development milestones of USD 7 million each |\n| Total Deal Value | Up to USD 386 million |\n',
    },
    {
      name: 'Markdown: a combined heading for development and regulatory milestones is read',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n**Upfront License Fee:** USD 27.0 million\n\n**Development and Regulatory Milestones:** up to USD 148.0 million\n\n' +
        '**Commercial Milestones:** up to USD 1,000.0 million\n\n**Total Deal Value:** up to USD 1,175.0 million\n',
    },
    {
      name: 'mixed currencies are left to currency-inconsistent',
      code: 'financials:\n  upfront: USD 8M\n  milestones: [{amount: EUR 5M}]\n  total_deal_value: USD 40M\n',
    },
  ],
  invalid: [
    {
      name: 'the total set to the sum keeps the trailing comments aligned',
      code: 'financials:\n  upfront: 1000000           # at signing\n  total_deal_value: 15000000  # headline\n',
      findings: [
        {
          message: 'Total deal value 15M does not add up: upfront 1M + milestones 0 = 1M',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 29,
        },
      ],
      suggested: 'financials:\n  upfront: 1000000           # at signing\n  total_deal_value: 1000000   # headline\n',
    },
    {
      name: 'a sum with a redacted amount cannot be checked, and the rule says so once',
      code:
        'financials:\n  upfront: USD 20M\n  milestones:\n    development: [{event: IND and approval, amount: "USD 10M on IND and $[***] million on approval"}]\n' +
        '    regulatory: [{event: JP, amount: "$[***]"}]\n  total_deal_value: USD 90M\n',
      findings: [{ message: 'Total deal value cannot be checked: a milestone is redacted', line: 6, column: 21, endLine: 6, endColumn: 28, severity: 'info' }],
    },
    {
      name: 'Markdown: a redacted milestone beside a disclosed one',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Upfront:** USD 20M\n\n**Milestones:** USD 10M on IND and $[***] million on approval\n\n**Total deal value:** USD 90M\n',
      findings: [{ message: 'Total deal value cannot be checked: a milestone is redacted', line: 7, column: 23, endLine: 7, endColumn: 30, severity: 'info' }],
    },
    {
      name: 'a placeholder leaves nothing to compare',
      code: 'financials:\n  upfront: "[TBD]"\n  total_deal_value: USD 40M\n',
      findings: [
        {
          message: 'Total deal value cannot be checked: the upfront is not stated as an amount',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 28,
          severity: 'info',
        },
      ],
    },
    {
      name: 'a milestone paid per indication with no count of indications cannot be checked',
      code: 'financials:\n  upfront: USD 5M\n  milestones: [{event: approval, amount: USD 10M per indication}]\n  total_deal_value: USD 35M\n',
      findings: [
        {
          message: 'Total deal value cannot be checked: a milestone is paid per indication and the sheet does not say how many',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 28,
          severity: 'info',
        },
      ],
    },
    {
      name: 'grouped milestones: both sums shown, the number replaced, comment kept',
      code:
        'financials:\n  currency: USD\n  upfront: 20000000\n  milestones:\n    development: [{event: P3, amount: 15000000}]\n' +
        '    regulatory: [{event: JP, amount: 30000000}]\n  total_deal_value: 90000000  # headline\n',
      findings: [
        { message: 'Total deal value USD 90M does not add up: upfront USD 20M + milestones USD 45M = USD 65M', line: 7, column: 21, endLine: 7, endColumn: 29 },
      ],
      suggested:
        'financials:\n  currency: USD\n  upfront: 20000000\n  milestones:\n    development: [{event: P3, amount: 15000000}]\n' +
        '    regulatory: [{event: JP, amount: 30000000}]\n  total_deal_value: 65000000  # headline\n',
    },
    {
      name: 'a flat list of written amounts: the total is written the same way',
      code: 'financials:\n  upfront: USD 8M\n  milestones:\n    - {event: P3, amount: USD 5M}\n    - {event: approval, amount: "$12 million"}\n  total_deal_value: USD 40M\n',
      findings: [
        { message: 'Total deal value USD 40M does not add up: upfront USD 8M + milestones USD 17M = USD 25M', line: 6, column: 21, endLine: 6, endColumn: 28 },
      ],
      suggested:
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
      suggested: 'financials:\n  upfront: 1234567\n  total_deal_value: "USD 1,234,567"\n',
    },
    {
      name: 'the currency clause names the unit',
      code: 'financials:\n  currency: EUR\n  upfront: 1000000\n  milestones: 500000\n  total_deal_value: 2000000\n',
      findings: [
        { message: 'Total deal value EUR 2M does not add up: upfront EUR 1M + milestones EUR 500K = EUR 1.5M', line: 5, column: 21, endLine: 5, endColumn: 28 },
      ],
      suggested: 'financials:\n  currency: EUR\n  upfront: 1000000\n  milestones: 500000\n  total_deal_value: 1500000\n',
    },
  ],
});
