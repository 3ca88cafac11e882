import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const NO_DURATION = 'The non-compete states no duration (non_compete.duration)';

testRule(rule, {
  valid: [
    { name: 'a redacted non-compete is stated, not disclosed', code: 'non_compete: "[***]"\n' },
    { name: 'a redacted scope and duration', code: 'non_compete:\n  scope: "[***]"\n  duration: "[*] years"\n  remedy: termination\n' },
    {
      name: 'Markdown: Restrictive Covenants redacted in a filed agreement',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Restrictive Covenants:** [***]\n',
    },
    {
      name: 'a scope naming target and indication, with a duration',
      code: 'non_compete:\n  scope: TROP2-directed ADCs in breast cancer\n  duration: term of the agreement\n',
    },
    { name: 'scope given as indications', code: 'non_compete:\n  indications: [gastric cancer]\n  duration: 5 years\n' },
    { name: 'a modality is enough', code: 'non_compete: {scope: competing bispecific antibodies, duration: 3 years}\n' },
    { name: 'prose with a target and a period', code: 'non_compete: no KRAS G12D inhibitors for five (5) years\n' },
    { name: 'prose ending with the term', code: 'non_compete: no CLDN18.2 therapies until expiry of the royalty term\n' },
    { name: 'a placeholder scope is left to placeholder-left', code: 'non_compete:\n  scope: "[TBD]"\n  duration: term of the agreement\n' },
    { name: 'no non-compete (non-compete-missing reports it)', code: 'title: x\n' },
    { name: 'non_compete: none (non-compete-missing reports it)', code: 'non_compete: none\n' },
    {
      name: 'a sentence opening with "None;" says there is no non-compete (non-compete-missing reports it)',
      fileName: 'case.termsheet.md',
      code: '# Exclusive Licence\n\n**Licensor.** The Board of Regents of the University of Example.\n\n**Licensee.** Acme Bio Inc.\n\n**Non-compete.** None; University reserves the right to license other technologies in the field.\n',
    },
    { name: 'no non-compete, in words', code: 'non_compete: No non-compete. Licensee may develop other products.\n' },
  ],
  invalid: [
    {
      name: 'a generic scope points at the scope value',
      code: 'non_compete:\n  scope: any competing products\n  duration: 5 years\n',
      findings: [
        {
          message: 'The non-compete scope "any competing products" names no target, indication, modality or product',
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    {
      name: 'no duration key points at non_compete',
      code: 'non_compete:\n  scope: TROP2 ADCs\n  remedy: licensor may terminate\n',
      findings: [{ message: NO_DURATION, line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'an empty duration points at its key',
      code: 'non_compete:\n  scope: TROP2 ADCs\n  duration:\n',
      findings: [{ message: NO_DURATION, line: 3, column: 3, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'scope and duration none, in flow style: each value is named',
      code: 'non_compete: {scope: none, duration: none}\n',
      findings: [
        {
          message: 'The non-compete states no scope: no target, indication, modality or product is named (non_compete.scope)',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 26,
        },
        { message: NO_DURATION, line: 1, column: 38, endLine: 1, endColumn: 42 },
      ],
    },
    {
      name: 'no scope at all points at non_compete',
      code: 'non_compete:\n  duration: 5 years\n',
      findings: [
        {
          message: 'The non-compete states no scope: no target, indication, modality or product is named (non_compete.scope)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'prose with neither',
      code: 'non_compete: licensee will not develop any competing product\n',
      findings: [
        {
          message: 'The non-compete names no target, indication, modality or product and no duration: "licensee will not develop any competing product"',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 61,
        },
      ],
    },
    {
      name: 'prose with a period but no scope',
      code: 'non_compete: competing products in the territory during the term\n',
      findings: [
        {
          message: 'The non-compete names no target, indication, modality or product: "competing products in the territory during the term"',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'severity from the config',
      code: 'non_compete: {scope: ADCs}\n',
      setting: { severity: 'error' },
      findings: [{ message: NO_DURATION, line: 1, column: 1, endLine: 1, endColumn: 12, severity: 'error' }],
    },
  ],
});
