import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'a non-compete mapping', code: 'non_compete:\n  scope: TROP2 ADCs\n' },
    { name: 'a non-compete in prose', code: 'non_compete: no competing TROP2 ADC during the term\n' },
  ],
  invalid: [
    {
      name: 'absent: a skeleton is inserted',
      code: 'title: x\n',
      findings: [
        { message: 'No non-compete clause: nothing stops the licensee from favouring a competing product', line: 1, column: 1, endLine: 1, endColumn: 6 },
      ],
      output:
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
  ],
});
