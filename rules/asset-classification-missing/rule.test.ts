import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MISSING = 'The asset is not classified (asset.classification): say whether it is first-in-class, best-in-class, me-better or me-too';
const notOneOf = (written: string) => `asset.classification "${written}" is not one of first-in-class, best-in-class, me-better, me-too`;
const PLACEHOLDER = '"[TBD: first-in-class | best-in-class | me-better | me-too]"';

testRule(rule, {
  valid: [
    { name: 'best-in-class', code: 'asset:\n  name: ZA-101\n  classification: best-in-class\n' },
    { name: 'written with spaces and capitals', code: 'asset:\n  classification: Me Too\n' },
    { name: 'underscores', code: 'asset: {classification: first_in_class}\n' },
    { name: 'a choice left open is a blank, which placeholder-left reports', code: 'asset: {classification: "[first-in-class | best-in-class]"}\n' },
    { name: 'a qualified claim names one class', code: 'asset:\n  classification: potential best-in-class\n' },
    { name: 'a placeholder is left to placeholder-left', code: `asset:\n  classification: ${PLACEHOLDER}\n` },
    { name: 'no asset (required-clause-missing reports it)', code: 'title: x\n' },
  ],
  invalid: [
    {
      name: 'no classification: a placeholder listing the four values is inserted, comment kept',
      code: 'asset:\n  name: ZA-101  # lead asset\n  stage: phase-2\n',
      findings: [{ message: MISSING, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested: `asset:\n  name: ZA-101  # lead asset\n  stage: phase-2\n  classification: ${PLACEHOLDER}\n`,
    },
    {
      name: 'an empty classification in flow style is filled in place',
      code: 'asset: {name: X, classification: }\n',
      findings: [{ message: MISSING, line: 1, column: 18, endLine: 1, endColumn: 32 }],
      suggested: `asset: {name: X, classification: ${PLACEHOLDER} }\n`,
    },
    {
      name: 'an unknown word points at the value, no fix',
      code: 'asset:\n  classification: novel\n',
      findings: [{ message: notOneOf('novel'), line: 2, column: 19, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'two classes at once are not a classification',
      code: 'asset:\n  classification: best-in-class or me-better\n',
      findings: [{ message: notOneOf('best-in-class or me-better'), line: 2, column: 19, endLine: 2, endColumn: 45 }],
    },
    {
      name: 'a list',
      code: 'asset:\n  classification: [first-in-class, best-in-class]\n',
      findings: [
        {
          message: 'asset.classification must be a single value: one of first-in-class, best-in-class, me-better, me-too',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 50,
        },
      ],
    },
    {
      name: 'severity from the config',
      code: 'asset:\n  name: X\n',
      setting: { severity: 'info' },
      findings: [{ message: MISSING, line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'info' }],
      suggested: `asset:\n  name: X\n  classification: ${PLACEHOLDER}\n`,
    },
  ],
});
