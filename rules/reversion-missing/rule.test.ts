import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'Termination does not revert the licensed rights to the licensor';

testRule(rule, {
  valid: [
    { name: 'no termination at all (termination-missing reports it)', code: 'title: x\n' },
    { name: 'reversion present', code: 'termination:\n  reversion:\n    rights: all licensed rights revert to licensor\n' },
    { name: 'reversion as prose', code: 'termination:\n  reversion: rights revert to licensor\n' },
    {
      name: 'no rights revert, stated in a Reversion clause: not missing (reversion-incomplete reports the position)',
      fileName: 'case.termsheet.md',
      code: '1. **Termination.** Either party may terminate for breach.\n2. **Reversion.** No rights revert to the Licensor.\n',
    },
    {
      name: 'a numbered Reversion clause after termination in prose (Markdown)',
      fileName: 'case.termsheet.md',
      code:
        '1. **Termination.** Either party may terminate for breach not cured within 90 days.\n' +
        '2. **Reversion.** On termination all licensed rights revert to the Licensor.\n',
    },
    {
      name: 'an Effect of Termination clause before termination in prose (Markdown)',
      fileName: 'case.termsheet.md',
      code:
        '1. **Effect of Termination.** All licensed rights revert to the Licensor.\n' +
        '2. **Termination.** Either party may terminate for breach not cured within 90 days.\n',
    },
    {
      name: 'rights that return to the licensor, in the words of the termination clause',
      code:
        'termination: >-\n  On termination the licence ends and all licensed rights, clinical data and regulatory filings\n' +
        '  return to the University, with six months of transition help.\n',
    },
    { name: 'the licensee returns its rights', code: 'termination: on termination the Company returns its rights, data and filings to the Licensor\n' },
    { name: 'termination: none (termination-missing reports it)', code: 'termination: none\n' },
    { name: 'termination in prose that reverts the rights', code: 'termination: either party on 90 days notice; rights revert to licensor\n' },
  ],
  invalid: [
    {
      name: 'reversion: none points at the value',
      code: 'termination:\n  reversion: none\n',
      findings: [{ message: MESSAGE, line: 2, column: 14, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'termination in prose without reversion',
      code: 'termination: either party on 90 days notice\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'block termination: reversion added with the same indentation',
      code: 'termination:\n    for_breach: {cure_days: 90}  # agreed\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 12 }],
      suggested:
        'termination:\n    for_breach: {cure_days: 90}  # agreed\n    reversion:\n' +
        '        rights: all licensed rights revert to licensor\n        data_transfer: true\n' +
        '        regulatory_filings_transfer: true\n        transition_assistance: "[TBD]"\n',
    },
    {
      name: 'flow termination: reversion added in flow style',
      code: 'termination: {for_breach: {cure_days: 90}}\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 12 }],
      suggested:
        'termination: {for_breach: {cure_days: 90}, reversion: {rights: all licensed rights revert to licensor, ' +
        'data_transfer: true, regulatory_filings_transfer: true, transition_assistance: "[TBD]"}}\n',
    },
    {
      name: 'empty reversion points at its key',
      code: 'termination:\n  reversion:\n',
      findings: [{ message: MESSAGE, line: 2, column: 3, endLine: 2, endColumn: 12 }],
      suggested:
        'termination:\n  reversion:\n    rights: all licensed rights revert to licensor\n    data_transfer: true\n' +
        '    regulatory_filings_transfer: true\n    transition_assistance: "[TBD]"\n',
    },
  ],
});
