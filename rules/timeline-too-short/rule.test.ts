import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const TIMELINE = (first: string, signing: string) => `timeline:\n  first_contact: ${first}\n  target_signing: ${signing}\n`;

testRule(rule, {
  valid: [
    { name: 'ten months', code: TIMELINE('2026-05-01', '2027-03-01') },
    { name: 'exactly nine months of whole months', code: TIMELINE('2026-05', '2027-02') },
    { name: 'months in words', code: TIMELINE('May 2026', 'Q2 2027') },
    { name: 'a bare year is too coarse to judge', code: TIMELINE('2026', '2026-06') },
    { name: 'an unreadable date', code: TIMELINE('2026-05-01', 'after the data readout') },
    { name: 'only one end stated', code: 'timeline:\n  target_signing: 2026-06-01\n' },
    { name: 'a shorter minimum as a number', code: TIMELINE('2026-01-15', '2026-06-01'), setting: { min_months: 4 } },
    { name: 'a shorter minimum as a duration', code: TIMELINE('2026-01-15', '2026-06-01'), setting: { min_months: '120 days' } },
  ],
  invalid: [
    {
      name: 'on the target signing, with both dates and the months between',
      code: TIMELINE('2026-01-15', '2026-06-01'),
      findings: [
        {
          message: 'Only 4.5 months from first contact 2026-01-15 to target signing 2026-06-01; allow at least 9 months',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'dates in words, quoted as written',
      code: TIMELINE('March 2026', '"2 November 2026"'),
      findings: [
        {
          message: 'Only 8 months from first contact March 2026 to target signing 2 November 2026; allow at least 9 months',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      name: 'never rounded up to the minimum',
      code: TIMELINE('2026-01-01', '2026-09-30'),
      findings: [
        {
          message: 'Only 8.9 months from first contact 2026-01-01 to target signing 2026-09-30; allow at least 9 months',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'signing before first contact',
      code: TIMELINE('2026-05', '2026-01'),
      findings: [{ message: 'Target signing 2026-01 is before first contact 2026-05', line: 3, column: 19, endLine: 3, endColumn: 26 }],
    },
    {
      name: 'the lately 12 months as a duration, with severity',
      code: TIMELINE('2026-01-15', '2026-12-01'),
      setting: { severity: 'warning', min_months: '1 year' },
      findings: [
        {
          message: 'Only 10.5 months from first contact 2026-01-15 to target signing 2026-12-01; allow at least 12 months',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 29,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a minimum as text of digits',
      code: TIMELINE('2026-01', '2026-12'),
      setting: { min_months: '12' },
      findings: [
        {
          message: 'Only 11 months from first contact 2026-01 to target signing 2026-12; allow at least 12 months',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'an unreadable minimum falls back to 9 months',
      code: TIMELINE('2026-01', '2026-02'),
      setting: { min_months: 'soon' },
      findings: [
        {
          message: 'Only 1 month from first contact 2026-01 to target signing 2026-02; allow at least 9 months',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 26,
        },
      ],
    },
  ],
});
