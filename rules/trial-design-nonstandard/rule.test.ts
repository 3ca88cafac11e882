import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    {
      name: 'a randomized Phase 2 against standard of care',
      code: 'asset:\n  data:\n    trials:\n      - {phase: 2, enrolled: 86, control: standard-of-care, design: randomized}\n',
    },
    { name: 'exactly 40 patients', code: 'asset:\n  data:\n    trials: [{phase: 2, enrolled: 40}]\n' },
    { name: 'a small Phase 1 is not judged', code: 'asset:\n  data:\n    trials: [{phase: 1, enrolled: 12, control: none, design: single-arm}]\n' },
    {
      name: 'a single-arm Phase 2 with an active control is fine',
      code: 'asset:\n  data:\n    trials: [{phase: 2, enrolled: 60, control: active, design: single-arm}]\n',
    },
    { name: 'Phase 3 is not judged', code: 'asset:\n  data:\n    trials: [{phase: III, enrolled: 20}]\n' },
    { name: 'a lower minimum in the config', code: 'asset:\n  data:\n    trials: [{phase: 2, enrolled: 30}]\n', setting: { min_enrolled: 30 } },
    { name: 'an unreadable option falls back to 40', code: 'asset:\n  data:\n    trials: [{phase: 2, enrolled: 40}]\n', setting: { min_enrolled: 'many' } },
    { name: 'no trials', code: 'asset:\n  data:\n    standards: [GCP]\n' },
  ],
  invalid: [
    {
      name: 'each problem of each Phase 2 trial, on its value',
      code:
        'asset:\n  data:\n    trials:\n      - {phase: 2, enrolled: 24, control: historical, design: retrospective}\n' +
        '      - {phase: 1, enrolled: 10}\n      - {phase: II, enrolled: "n=30 patients", control: none}\n',
      findings: [
        { message: 'asset.data.trials[0]: a Phase 2 trial with 24 patients enrolled (fewer than 40)', line: 4, column: 30, endLine: 4, endColumn: 32 },
        { message: 'asset.data.trials[0]: a Phase 2 trial with no concurrent control (control: historical)', line: 4, column: 43, endLine: 4, endColumn: 53 },
        {
          message: 'asset.data.trials[0]: a retrospective Phase 2 design (design: retrospective); buyers expect a prospective trial',
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 76,
        },
        { message: 'asset.data.trials[2]: a Phase 2 trial with 30 patients enrolled (fewer than 40)', line: 6, column: 31, endLine: 6, endColumn: 46 },
        { message: 'asset.data.trials[2]: a Phase 2 trial with no concurrent control (control: none)', line: 6, column: 57, endLine: 6, endColumn: 61 },
      ],
    },
    {
      name: 'a single trial as a mapping, with min_enrolled and severity from the config',
      code: 'asset:\n  data:\n    trials: {phase: phase-2b, enrolled: 45}\n',
      setting: { severity: 'error', min_enrolled: 60 },
      findings: [
        {
          message: 'asset.data.trials: a Phase 2 trial with 45 patients enrolled (fewer than 60)',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 43,
          severity: 'error',
        },
      ],
    },
    {
      name: 'an external control arm and a natural-history cohort are historical controls',
      code: 'asset:\n  data:\n    trials:\n      - {phase: 2, enrolled: 86, control: external control arm}\n      - {phase: 2, enrolled: 90, control: natural-history cohort}\n',
      findings: [
        {
          message: 'asset.data.trials[0]: a Phase 2 trial with no concurrent control (control: external control arm)',
          line: 4,
          column: 43,
          endLine: 4,
          endColumn: 63,
        },
        {
          message: 'asset.data.trials[1]: a Phase 2 trial with no concurrent control (control: natural-history cohort)',
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 65,
        },
      ],
    },
    {
      name: 'a historical comparison group named in the trials paragraph of a Markdown sheet',
      fileName: 'case.termsheet.md',
      code: '# Sheet\n\n**Trials:** A Phase 2 study in 86 patients, compared with a historical comparison group.\n',
      findings: [
        { message: 'asset.data.trials[0]: a Phase 2 trial with no concurrent control (control: historical)', line: 3, column: 61, endLine: 3, endColumn: 71 },
      ],
    },
    {
      name: 'a Phase 1/2 trial counts as Phase 2',
      code: 'asset:\n  data:\n    trials:\n      - phase: 1/2\n        enrolled: 18\n',
      findings: [
        { message: 'asset.data.trials[0]: a Phase 2 trial with 18 patients enrolled (fewer than 40)', line: 5, column: 19, endLine: 5, endColumn: 21 },
      ],
    },
  ],
});
