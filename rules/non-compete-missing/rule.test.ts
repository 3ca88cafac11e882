import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'a non-compete mapping', code: 'non_compete:\n  scope: TROP2 ADCs\n' },
    { name: 'a non-compete in prose', code: 'non_compete: no competing TROP2 ADC during the term\n' },
    { name: 'a university licensor: diligence obligations do the work', code: 'parties:\n  licensor: {name: Example State University}\n' },
    { name: 'a board of regents', code: 'parties:\n  licensor: The Board of Regents of the Example System\n' },
    { name: 'a research institute', code: 'parties:\n  licensor: {name: Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.}\n' },
    { name: 'a national laboratory', code: 'parties:\n  licensor: {name: Example National Laboratory, operated by Battelle}\n' },
    {
      name: 'a university saying there is none, in Markdown',
      fileName: 'case.termsheet.md',
      code: '# Exclusive Licence\n\n**Licensor.** The Board of Regents of the University of Example.\n\n**Licensee.** Acme Bio Inc.\n\n**Non-compete.** None; University reserves the right to license other technologies in the field.\n',
    },
  ],
  invalid: [
    {
      name: 'absent: a skeleton is inserted',
      code: 'title: x\n',
      findings: [
        { message: 'No non-compete clause: nothing stops the licensee from favouring a competing product', line: 1, column: 1, endLine: 1, endColumn: 6 },
      ],
      suggested:
        'title: x\nnon_compete:\n  scope: "[TBD]"\n  duration: term of the agreement\n  territory: licensed territory\n' +
        '  remedy: licensor may terminate and reclaim the product\n',
    },
    {
      name: '"none" is reported at the value',
      code: 'non_compete: none\n',
      findings: [
        {
          message: 'The sheet says there is no non-compete: nothing stops the licensee from favouring a competing product',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a company licensor saying "None; …" is reported at the sentence',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Licensor.** Suzhou Qixing Pharma Co., Ltd.\n\n**Non-compete.** None; Licensee may develop other products.\n',
      findings: [
        {
          message: 'The sheet says there is no non-compete: nothing stops the licensee from favouring a competing product',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 59,
        },
      ],
    },
    {
      name: 'a company named Foundation first is not a research foundation',
      code: 'parties:\n  licensor: {name: Foundation Medicine, Inc.}\n',
      findings: [
        { message: 'No non-compete clause: nothing stops the licensee from favouring a competing product', line: 1, column: 1, endLine: 1, endColumn: 8 },
      ],
      suggested:
        'parties:\n  licensor: {name: Foundation Medicine, Inc.}\nnon_compete:\n  scope: "[TBD]"\n  duration: term of the agreement\n' +
        '  territory: licensed territory\n  remedy: licensor may terminate and reclaim the product\n',
    },
  ],
});
