import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [{ name: 'a known rule', code: '# termsheet-disable fto-missing -- memo\nip: {}\n' }],
  invalid: [
    {
      name: 'a misspelt id is named',
      code: 'title: x  # termsheet-disable fto-mising, patent-india-gap -- memo\n',
      findings: [{ message: 'Directive names an unknown rule: fto-mising', line: 1, column: 11, endLine: 1, endColumn: 67 }],
    },
  ],
});
