import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const NOT_A_MAPPING = 'The top level of a term sheet must be a mapping of clauses (such as "parties:", "license:"); found';

testRule(rule, {
  valid: [
    { name: 'a mapping', code: 'title: x\nlicense:\n  scope: exclusive\n' },
    { name: 'an empty file', code: '' },
    { name: 'only comments', code: '# nothing yet\n' },
  ],
  invalid: [
    {
      name: 'one finding at the first parse error',
      code: 'license:\n  scope: [exclusive\nfinancials: 1\n',
      findings: [{ message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', line: 3, column: 1, endLine: 3, endColumn: 2 }],
    },
    {
      name: 'duplicate keys',
      code: 'title: a\ntitle: b\n',
      findings: [{ message: 'Map keys must be unique: "title" appears twice', line: 2, column: 1, endLine: 2, endColumn: 6 }],
    },
    {
      name: 'a top-level list',
      code: '- a\n- b\n',
      findings: [{ message: `${NOT_A_MAPPING} a list`, line: 1, column: 1, endLine: 1, endColumn: 4 }],
    },
    {
      name: 'a top-level scalar',
      code: 'just a string\n',
      findings: [{ message: `${NOT_A_MAPPING} a single value`, line: 1, column: 1, endLine: 1, endColumn: 14 }],
    },
    {
      name: 'a second document',
      code: 'a: 1\n---\nb: 2\n',
      findings: [{ message: 'A term sheet is one YAML document; found a second one', line: 2, column: 1, endLine: 2, endColumn: 1 }],
    },
    {
      name: 'binary content',
      code: '\u0000\u0001\u00ff binary',
      findings: [{ message: 'This file is not text: it contains binary data', line: 1, column: 1, endLine: 1, endColumn: 11 }],
    },
  ],
});
