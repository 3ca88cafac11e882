import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const TIERS = (...tiers: string[]) => `financials:\n  royalties:\n${tiers.map((tier) => `    - ${tier}\n`).join('')}`;

testRule(rule, {
  valid: [
    {
      name: 'blanks and redactions are not wrong rates: X% of Net Sales, [5-10%], [***]%',
      code: 'financials:\n  royalties:\n    - {rate: X% of Net Sales}\n    - {rate: "[5-10%]"}\n    - {rate: "[***]% of Net Sales"}\n',
    },
    {
      name: 'Markdown: a rate left as X%',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Royalties:** X% of Net Sales\n',
    },
    {
      name: 'Markdown: a redacted rate',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Royalties:** [***]% of Net Sales\n',
    },
    { name: 'two tiers sharing the threshold', code: TIERS('{up_to: 100000000, rate: 10%}', '{above: 100000000, rate: 14%}') },
    {
      name: 'three tiers with a middle band, written amounts',
      code: TIERS('{up_to: USD 100M, rate: 8%}', '{above: USD 100M, up_to: USD 250M, rate: 10 percent}', '{above: USD 250M, rate: 12.5%}'),
    },
    { name: 'rates as fractions', code: TIERS('{up_to: 50000000, rate: 0.08}', '{above: 50000000, rate: 0.11}') },
    { name: 'a single flat rate', code: 'financials:\n  royalties: 12%\n' },
    { name: 'a single tier as a mapping', code: 'financials:\n  royalties: {rate: 9%}\n' },
    { name: 'placeholders are left to placeholder-left', code: TIERS('{up_to: 100000000, rate: "[TBD]"}', '{above: 100000000, rate: TBD}') },
    { name: 'thresholds in prose are read as amounts', code: TIERS('{up_to: first USD 100M of sales, rate: 10%}', '{above: 100000000, rate: 12%}') },
    { name: 'no royalties', code: 'financials:\n  upfront: 1000000\n' },
    { name: 'a single rate as a band in words', code: 'financials:\n  royalties: tiered royalties from high single digits to low double digits\n' },
    {
      name: 'tier rates as bands in words and digits',
      code: TIERS('{up_to: 100000000, rate: mid-teens}', '{above: 100000000, rate: 15–18%}', '{above: 200000000, rate: up to 20%}'),
    },
    { name: 'a higher ceiling from the config', code: TIERS('{up_to: 1000000, rate: 60%}'), setting: { max_royalty_rate: '75%' } },
  ],
  invalid: [
    {
      name: 'a threshold lower than the one before, on the threshold',
      code: TIERS('{up_to: 100000000, rate: 10%}', '{above: 50000000, rate: 14%}'),
      findings: [
        {
          message: 'Royalty tier 2 (above 50M) does not come after tier 1 (up_to 100M): thresholds must increase',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'the same up_to twice, in the stated currency',
      code: 'financials:\n  currency: USD\n  royalties:\n    - {up_to: 100000000, rate: 10%}\n    - {up_to: 100000000, rate: 12%}\n',
      findings: [
        {
          message: 'Royalty tier 2 (up_to USD 100M) does not come after tier 1 (up_to USD 100M): thresholds must increase',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'the top tier listed first',
      code: TIERS('{above: USD 200M, rate: 14%}', '{up_to: USD 200M, rate: 10%}'),
      findings: [
        {
          message: 'Royalty tier 2 (up_to USD 200M) does not come after tier 1 (above USD 200M): thresholds must increase',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      name: 'a band that ends before it starts',
      code: TIERS('{above: USD 250M, up_to: USD 100M, rate: 12%}'),
      findings: [{ message: 'Royalty tier 1: above USD 250M is not below up_to USD 100M', line: 3, column: 32, endLine: 3, endColumn: 40 }],
    },
    {
      // A tier's rate in words that names no rate is unreadable-value's to report, naming this check.
      name: 'rates that are not percentages, and a tier with none',
      code: TIERS('{up_to: 100000000, rate: to be agreed}', '{above: 100000000, rate: [10%, 12%]}', '{above: 200000000}'),
      findings: [
        { message: 'Royalty tier 2 rate is a list, not a percentage', line: 4, column: 32, endLine: 4, endColumn: 42 },
        { message: 'Royalty tier 3 states no rate', line: 5, column: 7, endLine: 5, endColumn: 25 },
      ],
    },
    {
      name: 'a rate in words that names no rate',
      code: 'financials:\n  royalties: to be agreed in good faith\n',
      findings: [{ message: 'Royalty rate "to be agreed in good faith" is not a percentage', line: 2, column: 14, endLine: 2, endColumn: 40 }],
    },
    {
      name: 'a band above the ceiling is reported with its range',
      code: 'financials:\n  royalties:\n    - {rate: high twenties}\n',
      setting: { max_royalty_rate: '25%' },
      findings: [{ message: 'Royalty tier 1 rate 27–29% is above 25%', line: 3, column: 14, endLine: 3, endColumn: 27 }],
    },
    {
      name: 'a rate above 50%, and an empty rate on its key',
      code: TIERS('{up_to: 100000000, rate: 65%}', '{above: 100000000, rate: }'),
      findings: [
        { message: 'Royalty tier 1 rate 65% is above 50%', line: 3, column: 32, endLine: 3, endColumn: 35 },
        { message: 'Royalty tier 2 states no rate', line: 4, column: 26, endLine: 4, endColumn: 30 },
      ],
    },
    {
      name: 'a lower ceiling and severity from the config',
      code: TIERS('{up_to: 100000000, rate: 0.2}', '{above: 100000000, rate: 25}'),
      setting: { severity: 'error', max_royalty_rate: 20 },
      findings: [{ message: 'Royalty tier 2 rate 25% is above 20%', line: 4, column: 32, endLine: 4, endColumn: 34, severity: 'error' }],
    },
  ],
});
