import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'The sheet does not say which provisions are binding (binding)';

testRule(rule, {
  valid: [
    { name: 'a list of binding provisions', code: 'title: Licence\nbinding: [confidentiality, exclusivity, governing_law]\n' },
    { name: 'a sentence', code: 'binding: confidentiality and governing law only\n' },
    { name: 'an explicit none is a statement', code: 'binding: none\n' },
    { name: 'an agreed sheet', code: 'title: Licence\nstatus: agreed\n' },
    { name: 'an executed sheet, in Markdown', fileName: 'case.termsheet.md', code: '# Licence\n\n**Status:** Executed\n' },
    {
      name: 'non-binding except for numbered sections',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\nExcept for Sections 5 (Confidentiality) and 6 (Governing Law), which are binding, this term sheet is non-binding.\n\n' +
        '## 5. Confidentiality\n\nMutual.\n',
    },
    {
      name: 'not a binding contract, except as provided below',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n**Purpose.** This term sheet does not constitute a binding contract (except as expressly provided below ' +
        "concerning 'Publicity' and 'Confidentiality').\n",
    },
    {
      name: 'only some sections are binding',
      code: 'title: Licence\nconfidentiality: Only the sections on Confidentiality, Exclusivity and Governing Law are binding.\n',
    },
  ],
  invalid: [
    {
      name: 'non-binding with no exception says nothing of what binds',
      code: 'title: Licence\nconfidentiality: This term sheet is non-binding and is only a basis for negotiation.\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested:
        'title: Licence\nconfidentiality: This term sheet is non-binding and is only a basis for negotiation.\nbinding: [confidentiality, governing_law]\n',
    },
    {
      name: 'bound only by the definitive agreement: no exception',
      code: 'title: Licence\nconfidentiality: Neither party shall be legally bound except by a definitive agreement.\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested:
        'title: Licence\nconfidentiality: Neither party shall be legally bound except by a definitive agreement.\nbinding: [confidentiality, governing_law]\n',
    },
    {
      name: 'a proposed sheet',
      code: 'title: Licence\nstatus: proposed\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested: 'title: Licence\nstatus: proposed\nbinding: [confidentiality, governing_law]\n',
    },
    {
      name: 'absent: on the first clause, confidentiality and governing law added at the end',
      code: '# Term sheet\ntermsheet: 1\ntitle: Licence\ngoverning_law: Hong Kong\n',
      findings: [{ message: MESSAGE, line: 2, column: 1, endLine: 2, endColumn: 10 }],
      suggested: '# Term sheet\ntermsheet: 1\ntitle: Licence\ngoverning_law: Hong Kong\nbinding: [confidentiality, governing_law]\n',
    },
    {
      name: 'exclusivity and dispute resolution are made binding only when the sheet has them',
      code: 'title: Licence\nexclusivity: {no_shop_days: 60}\ndispute_resolution: HKIAC arbitration\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested:
        'title: Licence\nexclusivity: {no_shop_days: 60}\ndispute_resolution: HKIAC arbitration\n' +
        'binding: [confidentiality, exclusivity, governing_law, dispute_resolution]\n',
    },
    {
      name: 'empty: on its key, filled in place',
      code: 'title: Licence\nbinding:\nconfidentiality: mutual\n',
      findings: [{ message: MESSAGE, line: 2, column: 1, endLine: 2, endColumn: 8 }],
      suggested: 'title: Licence\nbinding: [confidentiality, governing_law]\nconfidentiality: mutual\n',
    },
    {
      name: 'an empty list',
      code: 'binding: []\n',
      setting: 'warning',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 8, severity: 'warning' }],
      suggested: 'binding: [confidentiality, governing_law]\n',
    },
  ],
});
