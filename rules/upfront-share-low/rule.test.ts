import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const SHEET = (upfront: string, total: string) => `financials:\n  currency: USD\n  upfront: ${upfront}\n  total_deal_value: ${total}\n`;

testRule(rule, {
  valid: [
    { name: 'a quarter upfront', code: SHEET('25000000', '100000000') },
    { name: 'exactly the minimum', code: SHEET('USD 5M', 'USD 100M') },
    { name: 'no upfront stated is not a low upfront', code: 'financials:\n  total_deal_value: 100000000\n' },
    { name: 'no total', code: 'financials:\n  upfront: 1000000\n' },
    { name: 'a placeholder leaves nothing to compare', code: SHEET('"[TBD]"', 'USD 100M') },
    { name: 'different currencies are left to currency-inconsistent', code: SHEET('EUR 1M', 'USD 100M') },
    { name: 'a total of zero', code: SHEET('0', '0') },
    { name: 'a lower minimum from the config', code: SHEET('USD 2M', 'USD 100M'), setting: { min_upfront_share: '2%' } },
    { name: 'the minimum as a fraction', code: SHEET('USD 2M', 'USD 100M'), setting: { min_upfront_share: 0.01 } },
  ],
  invalid: [
    {
      name: 'on the upfront, with the share and both amounts',
      code: SHEET('2000000', '100000000'),
      findings: [{ message: 'Upfront USD 2M is 2% of the total deal value USD 100M, below 5%', line: 3, column: 12, endLine: 3, endColumn: 19 }],
    },
    {
      name: 'written amounts, shown as written',
      code: 'financials:\n  upfront: $1.5 million\n  total_deal_value: US$ 120,000,000\n',
      findings: [{ message: 'Upfront USD 1.5M is 1.3% of the total deal value USD 120M, below 5%', line: 2, column: 12, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'no currency anywhere: plain figures',
      code: 'financials:\n  upfront: 3000000\n  total_deal_value: 90000000\n',
      findings: [{ message: 'Upfront 3M is 3.3% of the total deal value 90M, below 5%', line: 2, column: 12, endLine: 2, endColumn: 19 }],
    },
    {
      name: 'a share that would round up to the minimum keeps its decimals',
      code: SHEET('4990000', '100000000'),
      findings: [{ message: 'Upfront USD 4.99M is 4.99% of the total deal value USD 100M, below 5%', line: 3, column: 12, endLine: 3, endColumn: 19 }],
    },
    {
      name: 'a zero upfront',
      code: SHEET('0', 'USD 50M'),
      findings: [{ message: 'Upfront USD 0 is 0% of the total deal value USD 50M, below 5%', line: 3, column: 12, endLine: 3, endColumn: 13 }],
    },
    {
      name: 'a tiny share',
      code: SHEET('5000', 'USD 1B'),
      findings: [{ message: 'Upfront USD 5K is under 0.01% of the total deal value USD 1B, below 5%', line: 3, column: 12, endLine: 3, endColumn: 16 }],
    },
    {
      name: 'a higher minimum and severity from the config',
      code: SHEET('USD 8M', 'USD 100M'),
      setting: { severity: 'warning', min_upfront_share: '10%' },
      findings: [
        { message: 'Upfront USD 8M is 8% of the total deal value USD 100M, below 10%', line: 3, column: 12, endLine: 3, endColumn: 18, severity: 'warning' },
      ],
    },
    {
      name: 'an unreadable minimum falls back to 5%',
      code: SHEET('USD 1M', 'USD 100M'),
      setting: { min_upfront_share: 'a lot' },
      findings: [{ message: 'Upfront USD 1M is 1% of the total deal value USD 100M, below 5%', line: 3, column: 12, endLine: 3, endColumn: 18 }],
    },
  ],
});
