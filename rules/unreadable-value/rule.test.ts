import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    {
      name: 'values in the model’s own words, and in the words drafters use',
      code:
        'status: Final\nlicense:\n  scope: Exclusive\n  sublicensing: subject to Licensor’s prior written consent\n' +
        '  territory: Greater China (PRC, Hong Kong, Macau, Taiwan)\n  regulatory:\n    clinical_plan_approval: licensee alone\n' +
        'financials:\n  upfront: Ten Million US Dollars (US$10,000,000)\n  total_deal_value: up to $900 million\n  upfront_refundable: non-refundable\n',
    },
    {
      name: 'a territory written as an exclusion list, and patent jurisdictions in prose',
      code: 'license:\n  territory: worldwide excluding Greater China\nip:\n  patents:\n    - {family: A, jurisdictions: granted in CN, US and EP}\n',
    },
    {
      name: 'blanks are placeholder-left’s: [TBD], and a placeholder beside words',
      code: 'license:\n  scope: "[TBD]"\nfinancials:\n  upfront: "[TBD], non-refundable"\n',
    },
    {
      name: 'template blanks are open, never unreadable: $X, $______, X% of Net Sales, [DATE], [5-10%]',
      code: 'effective_date: "[DATE]"\nfinancials:\n  upfront: $X\n  total_deal_value: $______\n  royalties:\n    - {rate: X% of Net Sales}\n    - {rate: "[5-10%]"}\n',
    },
    {
      name: 'redactions are stated, not disclosed: $[***] million, [***]%, [*] as a period',
      code: 'effective_date: "[**]"\nfinancials:\n  upfront: "$[***] million"\n  royalties:\n    - {rate: "[***]%"}\ntermination:\n  reversion:\n    transition_assistance: "[*] months"\n',
    },
    {
      name: 'Markdown: a redacted amount and a blank amount',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Upfront:** $[***] million\n\n**Total deal value:** $______\n',
    },
    { name: 'a clause the model does not know is not read', code: 'side_letter:\n  upfront: lots\n' },
    {
      name: 'a trial phase in Roman numerals, a notice period in words',
      code: 'asset:\n  data:\n    trials:\n      - {phase: IIb, enrolled: 60}\ntermination:\n  for_convenience: {notice_days: six months}\n',
    },
    {
      name: 'statements at a clause of choices: none binding, all binding, a sentence naming no choice',
      code: 'binding: "None: this term sheet is not binding on either party"\nlicense:\n  sublicensing: Permitted, with limits to be agreed in the Agreement\n',
    },
    { name: 'every provision binding, in words', code: 'binding: all provisions (executed agreement)\n' },
    {
      name: 'tiered royalties whose rates are given elsewhere, and redacted figures',
      code: 'financials:\n  royalties:\n    - {rate: tiered}\n  upfront: $* on signing\n',
    },
    { name: 'a period stated without its length', code: 'termination:\n  reversion:\n    transition_assistance: reasonable assistance on request\n' },
  ],
  invalid: [
    {
      name: 'a near miss of an enum word is fixed to it',
      code: 'license:\n  scope: exclusiv   # to confirm\n',
      findings: [
        {
          message: 'Scope "exclusiv" cannot be read: expected one of exclusive, co-exclusive, non-exclusive, option. Did you mean "exclusive"?',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 18,
        },
      ],
      suggested: 'license:\n  scope: exclusive  # to confirm\n',
    },
    {
      name: 'values no reader understands, each at its range, naming the checks they stop',
      code: 'license:\n  sublicensing: maybe\n  territory: [JP, Atlantis]\nfinancials:\n  upfront: lots\n  total_deal_value: USD 30M\n',
      alsoOn: ['sublicensing-unchecked', 'deal-value-mismatch', 'patent-coverage-gap'],
      findings: [
        {
          message: 'Sublicensing "maybe" cannot be read: expected one of with-consent, free, none. Not checked until it is: sublicensing-unchecked.',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 22,
        },
        {
          message:
            'Territory "Atlantis" cannot be read: expected countries or regions, such as CN, Greater China, or worldwide excluding Greater China. ' +
            'Not checked until it is: patent-coverage-gap, sublicensing-unchecked.',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 27,
        },
        {
          message: 'Upfront "lots" cannot be read: expected an amount of money, such as USD 20M. Not checked until it is: deal-value-mismatch.',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'dates, yes-or-no and countries',
      code: 'timeline:\n  target_signing: when diligence is done\nasset:\n  data:\n    pivotal_ready: maybe\nparties:\n  licensee:\n    country: Narnia\n',
      findings: [
        {
          message: 'Target signing "when diligence is done" cannot be read: expected a date, such as 2026-03-31 or Q2 2026.',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 41,
        },
        { message: 'Pivotal ready "maybe" cannot be read: expected yes or no.', line: 5, column: 20, endLine: 5, endColumn: 25 },
        { message: 'Country "Narnia" cannot be read: expected a country, as its name or ISO code (CN).', line: 8, column: 14, endLine: 8, endColumn: 20 },
      ],
    },
    {
      name: 'items of an enum list, read one by one',
      code: 'binding: [confidentiality, goverment]\n',
      findings: [
        {
          message:
            'Binding "goverment" cannot be read: expected one of confidentiality, exclusivity, governing_law, dispute_resolution, costs, non_solicitation.',
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 37,
        },
      ],
    },
  ],
});
