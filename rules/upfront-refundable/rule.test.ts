import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'non-refundable', code: 'financials:\n  upfront: 20000000\n  upfront_refundable: false\n' },
    { name: 'said in words', code: 'financials:\n  upfront: USD 20M\n  upfront_refundable: non-refundable\n  upfront_creditable: Not creditable\n' },
    { name: 'no and none', code: 'financials:\n  upfront_refundable: no\n  upfront_creditable: none\n' },
    { name: 'not stated at all', code: 'financials:\n  upfront: 20000000\n' },
    { name: 'stated empty', code: 'financials:\n  upfront: 20000000\n  upfront_refundable:\n' },
    { name: 'zero', code: 'financials:\n  upfront_refundable: 0\n' },
    { name: 'a flag outside financials is not the upfront', code: 'upfront_refundable: true\n' },
  ],
  invalid: [
    {
      name: 'refundable: the value is set to false, comments kept',
      code: 'financials:\n  upfront: USD 20M\n  upfront_refundable: true  # for now\n',
      findings: [{ message: 'Upfront USD 20M is refundable (upfront_refundable: true)', line: 3, column: 23, endLine: 3, endColumn: 27 }],
      suggested: 'financials:\n  upfront: USD 20M\n  upfront_refundable: false # for now\n',
    },
    {
      name: 'creditable in prose is quoted: a partial credit is still a credit',
      code: 'financials:\n  upfront: 20000000\n  upfront_creditable: "yes, against the first milestone"\n',
      findings: [
        {
          message: 'Upfront 20M is creditable (upfront_creditable: "yes, against the first milestone")',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 57,
        },
      ],
      suggested: 'financials:\n  upfront: 20000000\n  upfront_creditable: false\n',
    },
    {
      name: 'both, with no upfront amount to name',
      code: 'financials:\n  upfront_refundable: yes\n  upfront_creditable: true\n',
      findings: [
        { message: 'The upfront is refundable (upfront_refundable: yes)', line: 2, column: 23, endLine: 2, endColumn: 26 },
        { message: 'The upfront is creditable (upfront_creditable: true)', line: 3, column: 23, endLine: 3, endColumn: 27 },
      ],
      suggested: 'financials:\n  upfront_refundable: false\n  upfront_creditable: false\n',
    },
    {
      name: 'the currency clause names the unit of a plain number',
      code: 'financials:\n  currency: EUR\n  upfront: 5000000\n  upfront_refundable: refundable if Phase 2 fails\n',
      findings: [
        { message: 'Upfront EUR 5M is refundable (upfront_refundable: "refundable if Phase 2 fails")', line: 4, column: 23, endLine: 4, endColumn: 50 },
      ],
      suggested: 'financials:\n  currency: EUR\n  upfront: 5000000\n  upfront_refundable: false\n',
    },
    {
      name: 'flow style stays flow style',
      code: 'financials: {upfront: 1500000, upfront_refundable: true}\n',
      findings: [{ message: 'Upfront 1.5M is refundable (upfront_refundable: true)', line: 1, column: 52, endLine: 1, endColumn: 56 }],
      suggested: 'financials: {upfront: 1500000, upfront_refundable: false}\n',
    },
    {
      name: 'severity from the config',
      code: 'financials:\n  upfront_refundable: true\n',
      setting: 'error',
      findings: [{ message: 'The upfront is refundable (upfront_refundable: true)', line: 2, column: 23, endLine: 2, endColumn: 27, severity: 'error' }],
      suggested: 'financials:\n  upfront_refundable: false\n',
    },
  ],
});
