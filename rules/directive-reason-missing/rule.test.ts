import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'off outside the strict preset', code: '# termsheet-disable-next-line termination-missing\ntitle: x\n' },
    { name: 'a reason is given', code: '# termsheet-disable-next-line termination-missing -- signed side letter\ntitle: x\n', config: { extends: 'strict' } },
    { name: 'enable needs none', code: '# termsheet-enable termination-missing\ntitle: x\n', config: { extends: 'strict' } },
  ],
  invalid: [
    {
      name: 'strict requires a reason',
      code: '# termsheet-disable-next-line termination-missing\ntitle: x\n',
      config: { extends: 'strict' },
      findings: [{ message: 'Directive gives no reason: add one after " -- "', line: 1, column: 1, endLine: 1, endColumn: 50 }],
    },
    {
      name: 'or turned on by itself',
      code: '# termsheet-disable termination-missing\ntitle: x\n',
      setting: 'error',
      findings: [{ message: 'Directive gives no reason: add one after " -- "', line: 1, column: 1, endLine: 1, endColumn: 40, severity: 'error' }],
    },
  ],
});
