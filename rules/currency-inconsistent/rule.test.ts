import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'a stated currency and plain numbers', code: 'financials:\n  currency: USD\n  upfront: 20000000\n  milestones: [{event: P3, amount: 5000000}]\n' },
    {
      name: 'every amount names the same currency',
      code: 'financials:\n  upfront: USD 20M\n  milestones: [{event: P3, amount: "$5 million"}]\n  total_deal_value: US$ 25,000,000\n',
    },
    { name: 'one amount names it, the rest are plain', code: 'financials:\n  upfront: EUR 20M\n  total_deal_value: 25000000\n' },
    { name: 'the currency in words', code: 'financials:\n  currency: US dollars\n  upfront: USD 20M\n' },
    { name: 'RMB and CNY are one currency', code: 'financials:\n  currency: CNY\n  upfront: RMB 100,000,000\n  total_deal_value: 500万元\n' },
    { name: 'a bare number as equity may be a stake', code: 'financials:\n  equity: 5\n' },
    { name: 'no amounts at all', code: 'financials:\n  upfront: "[TBD]"\n  royalties: [{rate: 10%}]\n' },
    { name: 'a currency clause listing two is a statement, not an absence', code: 'financials:\n  currency: [USD, EUR]\n  upfront: 20000000\n' },
    { name: 'a currency still to be agreed is left to placeholder-left', code: 'financials:\n  currency: "[TBD]"\n  upfront: 20000000\n' },
    {
      name: 'money in a milestone event is prose, not an amount',
      code: 'financials:\n  currency: USD\n  milestones: [{event: annual net sales above EUR 100M, amount: 5000000}]\n',
    },
  ],
  invalid: [
    {
      name: 'an amount against the stated currency, wherever it sits in financials',
      code: 'financials:\n  currency: USD\n  upfront: 20000000\n  milestones:\n    regulatory: [{event: EU approval, amount: EUR 5M}]\n  option_fee: RMB 10M\n',
      findings: [
        {
          message: 'financials.milestones.regulatory[0].amount is in EUR (EUR 5M), but financials.currency is USD',
          line: 5,
          column: 47,
          endLine: 5,
          endColumn: 53,
        },
        { message: 'financials.option_fee is in CNY (CNY 10M), but financials.currency is USD', line: 6, column: 15, endLine: 6, endColumn: 22 },
      ],
    },
    {
      name: 'no stated currency: the odd one out against the rest, named with where they are',
      code: 'financials:\n  upfront: USD 20M\n  milestones: [{event: P3, amount: EUR 5M}]\n  total_deal_value: USD 25M\n',
      findings: [
        {
          message: 'financials.milestones[0].amount is in EUR (EUR 5M), but financials.upfront, financials.total_deal_value are in USD',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      name: 'a tie goes to the currency named first',
      code: 'financials:\n  upfront: £2M\n  total_deal_value: €10M\n',
      findings: [
        { message: 'financials.total_deal_value is in EUR (EUR 10M), but financials.upfront is in GBP', line: 3, column: 21, endLine: 3, endColumn: 25 },
      ],
    },
    {
      name: 'every amount in a currency other than the stated one',
      code: 'financials:\n  currency: EUR\n  upfront: USD 20M\n  royalties: [{up_to: USD 100M, rate: 10%}]\n',
      findings: [
        { message: 'financials.upfront is in USD (USD 20M), but financials.currency is EUR', line: 3, column: 12, endLine: 3, endColumn: 19 },
        { message: 'financials.royalties[0].up_to is in USD (USD 100M), but financials.currency is EUR', line: 4, column: 23, endLine: 4, endColumn: 31 },
      ],
    },
    {
      name: 'no currency anywhere: on the financials key, naming the amounts',
      code: 'title: Licence\nfinancials:\n  upfront: 20000000\n  milestones: [5000000, 10000000]\n  total_deal_value: 35000000\n',
      findings: [
        {
          message:
            'No currency for the amounts (financials.upfront, financials.milestones[0], financials.milestones[1] and 1 more): no financials.currency, and no amount names one',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
        },
      ],
    },
    {
      name: 'severity from the config',
      code: 'financials:\n  upfront: 5000000\n',
      setting: { severity: 'info' },
      findings: [
        {
          message: 'No currency for the amounts (financials.upfront): no financials.currency, and no amount names one',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          severity: 'info',
        },
      ],
    },
  ],
});
