import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const NO_DATA_OR_FILINGS =
  'The reversion does not say it hands back the data and the regulatory filings ' +
  '(termination.reversion.data_transfer, termination.reversion.regulatory_filings_transfer)';
const NO_FILINGS = 'The reversion does not say it hands back the regulatory filings (termination.reversion.regulatory_filings_transfer)';
const NO_TRANSITION = 'The reversion does not say what transition assistance the licensee gives (termination.reversion.transition_assistance)';

testRule(rule, {
  valid: [
    {
      name: 'data, filings and transition read from a Reversion clause apart from termination (Markdown)',
      fileName: 'case.termsheet.md',
      code:
        '1. **Termination.** Either party may terminate for breach not cured within 90 days.\n' +
        '2. **Reversion.** All licensed rights revert to the Licensor, with the clinical data and regulatory filings, and six months of transition assistance.\n',
    },
    {
      name: 'a complete reversion',
      code:
        'termination:\n  reversion:\n    rights: all licensed rights revert to licensor\n    data_transfer: true\n' +
        '    regulatory_filings_transfer: true\n    transition_assistance: 6 months\n',
    },
    {
      name: 'a complete reversion in prose',
      code: 'termination:\n  reversion: rights, clinical data and regulatory filings revert, with 6 months of transition assistance\n',
    },
    { name: 'no reversion (reversion-missing reports it)', code: 'termination:\n  for_breach: {cure_days: 90}\n' },
    { name: 'reversion: none (reversion-missing reports it)', code: 'termination:\n  reversion: none\n' },
    { name: 'no termination at all', code: 'title: x\n' },
    {
      name: "termination's prose that hands back data and filings: transition is asked of a reversion clause",
      code: 'termination: Either party on uncured breach; all rights revert to the licensor with the data and regulatory filings.\n',
    },
  ],
  invalid: [
    {
      name: "rights that revert in the termination's prose, with nothing else handed back",
      code: 'termination: Either party on uncured breach. On termination all licensed rights revert to the Institution.\n',
      findings: [
        {
          message:
            'The reversion does not hand back the data or the regulatory filings: "Either party on uncured breach. On termination all licensed rights revert to the Institution."',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 107,
        },
      ],
    },
    {
      name: 'no rights revert, in a Reversion clause (Markdown): the stated position, not a missing handback',
      fileName: 'case.termsheet.md',
      code: '1. **Termination.** Either party may terminate for breach not cured within 90 days.\n2. **Reversion.** No rights revert to the Licensor.\n',
      findings: [
        {
          message: 'No rights revert to the licensor on termination, so nothing is handed back: "No rights revert to the Licensor"',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'no rights revert, in the reversion clause (YAML)',
      code: 'termination:\n  reversion: Rights do not revert to the licensor on termination\n',
      findings: [
        {
          message: 'No rights revert to the licensor on termination, so nothing is handed back: "Rights do not revert to the licensor on termination"',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'a Reversion clause apart from termination that hands back the rights alone (Markdown)',
      fileName: 'case.termsheet.md',
      code: '1. **Termination.** Either party may terminate for breach not cured within 90 days.\n2. **Reversion.** All licensed rights revert to the Licensor.\n',
      findings: [
        {
          message:
            'The reversion does not say it hands back the data and the regulatory filings (termination.reversion.data_transfer, termination.reversion.regulatory_filings_transfer)',
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 15,
        },
        {
          message: 'The reversion does not say what transition assistance the licensee gives (termination.reversion.transition_assistance)',
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 15,
          severity: 'info',
        },
      ],
      // The fix adds the three parts as lines after the clause; numbering them is left to the drafter.
      suggested:
        '1. **Termination.** Either party may terminate for breach not cured within 90 days.\n2. **Reversion.** All licensed rights revert to the Licensor.\n3. **Data Transfer.** Yes.\n',
    },
    {
      name: 'rights only: a warning for data and filings, an info for transition; one suggestion a term, comment kept',
      code: 'termination:\n  reversion:\n    rights: all licensed rights revert to licensor  # agreed\n',
      findings: [
        { message: NO_DATA_OR_FILINGS, line: 2, column: 3, endLine: 2, endColumn: 12 },
        { message: NO_TRANSITION, line: 2, column: 3, endLine: 2, endColumn: 12, severity: 'info' },
      ],
      suggested: 'termination:\n  reversion:\n    rights: all licensed rights revert to licensor  # agreed\n    data_transfer: true\n',
    },
    {
      name: 'only the transition assistance is missing: an info finding',
      code: 'termination:\n  reversion: {rights: all, data_transfer: true, regulatory_filings_transfer: yes}\n',
      findings: [{ message: NO_TRANSITION, line: 2, column: 3, endLine: 2, endColumn: 12, severity: 'info' }],
      suggested: 'termination:\n  reversion: {rights: all, data_transfer: true, regulatory_filings_transfer: yes, transition_assistance: "[TBD]"}\n',
    },
    {
      name: 'explicit false and none point at the values and are not fixed; an empty key is filled',
      code: 'termination:\n  reversion: {rights: all, data_transfer: false, regulatory_filings_transfer:, transition_assistance: none}\n',
      findings: [
        { message: 'The reversion does not hand back the data (data_transfer: false)', line: 2, column: 43, endLine: 2, endColumn: 48 },
        { message: NO_FILINGS, line: 2, column: 50, endLine: 2, endColumn: 77 },
        {
          message: 'The reversion provides no transition assistance (transition_assistance: none)',
          line: 2,
          column: 103,
          endLine: 2,
          endColumn: 107,
          severity: 'info',
        },
      ],
      suggested: 'termination:\n  reversion: {rights: all, data_transfer: false, regulatory_filings_transfer: true, transition_assistance: none}\n',
    },
    {
      name: 'an empty last key beside absent ones',
      code: 'termination:\n  reversion:\n    rights: all\n    data_transfer:\n',
      findings: [
        {
          message: 'The reversion does not say it hands back the regulatory filings (termination.reversion.regulatory_filings_transfer)',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 12,
        },
        { message: NO_TRANSITION, line: 2, column: 3, endLine: 2, endColumn: 12, severity: 'info' },
        { message: 'The reversion does not say it hands back the data (termination.reversion.data_transfer)', line: 4, column: 5, endLine: 4, endColumn: 18 },
      ],
      suggested: 'termination:\n  reversion:\n    rights: all\n    data_transfer:\n    regulatory_filings_transfer: true\n',
    },
    {
      name: 'prose that returns only the rights',
      code: 'termination:\n  reversion: rights revert to licensor\n',
      findings: [
        {
          message: 'The reversion does not hand back the data or the regulatory filings: "rights revert to licensor"',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'prose with data and filings but no transition: info',
      code: 'termination:\n  reversion: rights, data and regulatory filings revert to licensor\n',
      findings: [
        {
          message: 'The reversion provides no transition assistance: "rights, data and regulatory filings revert to licensor"',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 68,
          severity: 'info',
        },
      ],
    },
    {
      name: 'a configured severity applies to the info finding too',
      code: 'termination:\n  reversion: {rights: all, data_transfer: true, regulatory_filings_transfer: true, transition_assistance: no}\n',
      setting: 'error',
      findings: [
        {
          message: 'The reversion provides no transition assistance (transition_assistance: no)',
          line: 2,
          column: 107,
          endLine: 2,
          endColumn: 109,
          severity: 'error',
        },
      ],
    },
  ],
});
