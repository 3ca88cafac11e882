import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    {
      name: 'a directive that suppresses a finding',
      code: '# termsheet-disable-next-line termination-missing -- later\ntitle: x\n',
      alsoOn: ['termination-missing'],
    },
    { name: 'an enable is never unused', code: '# termsheet-enable fto-missing\ntitle: x\n' },
  ],
  invalid: [
    {
      name: 'nothing on the next line to suppress',
      code: '# termsheet-disable-next-line termination-missing -- later\ntitle: x\ntermination: {for_breach: {cure_days: 90}}\n',
      alsoOn: ['termination-missing'],
      findings: [
        { message: 'Directive suppresses nothing: no finding of termination-missing on the next line', line: 1, column: 1, endLine: 1, endColumn: 59 },
      ],
    },
    {
      name: 'a region directive with nothing after it',
      code: 'title: x\n# termsheet-disable fto-missing\n',
      alsoOn: ['fto-missing'],
      findings: [{ message: 'Directive suppresses nothing: no finding of fto-missing after it', line: 2, column: 1, endLine: 2, endColumn: 32 }],
    },
  ],
});
