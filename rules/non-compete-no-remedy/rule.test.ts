import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'The non-compete states no remedy for a breach (such as the right to terminate and reclaim the product)';

testRule(rule, {
  valid: [
    { name: 'a redacted non-compete may hold its remedy', code: 'non_compete: "[***]"\n' },
    {
      name: 'Markdown: Restrictive Covenants redacted in a filed agreement',
      fileName: 'case.termsheet.md',
      code: '# Licence of ZA-101\n\n**Restrictive Covenants:** [***]\n',
    },
    { name: 'a remedy key', code: 'non_compete:\n  scope: KRAS\n  remedy: licensor may terminate\n' },
    { name: 'prose naming termination', code: 'non_compete: No competing KRAS inhibitor; on breach licensor may terminate\n' },
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
      name: 'a mapping without remedy: added at its indentation, comment kept',
      code: 'non_compete:\n  scope: KRAS G12D inhibitors\n  duration: 5 years  # negotiated\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 12 }],
      suggested: 'non_compete:\n  scope: KRAS G12D inhibitors\n  duration: 5 years  # negotiated\n  remedy: licensor may terminate and reclaim the product\n',
    },
    {
      name: 'prose without a remedy points at the prose',
      code: 'non_compete: No competing KRAS G12D inhibitor for 5 years\n',
      findings: [{ message: MESSAGE, line: 1, column: 14, endLine: 1, endColumn: 58 }],
    },
    {
      name: 'an empty remedy in a flow mapping is filled in place',
      code: 'non_compete: {scope: KRAS, remedy: }\n',
      findings: [{ message: MESSAGE, line: 1, column: 28, endLine: 1, endColumn: 34 }],
      suggested: 'non_compete: {scope: KRAS, remedy: licensor may terminate and reclaim the product }\n',
    },
  ],
});
