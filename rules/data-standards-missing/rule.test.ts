import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const NO_STANDARDS = 'The data package states no GLP or GCP compliance (asset.data.standards)';
const READY_UNSTATED = 'The data package does not say whether it meets FDA/EMA submission requirements (asset.data.pivotal_ready)';

testRule(rule, {
  valid: [
    { name: 'GLP and GCP, pivotal-ready', code: 'asset:\n  data:\n    standards: [GLP, GCP]\n    pivotal_ready: true\n' },
    { name: 'ICH E6 is GCP; yes reads as true', code: 'asset:\n  data: {standards: ICH E6 (R2), pivotal_ready: yes}\n' },
    { name: 'placeholders are left to placeholder-left', code: 'asset:\n  data: {standards: ["[TBD]"], pivotal_ready: "[TBD]"}\n' },
    { name: 'no data package is not judged', code: 'asset:\n  name: X\n' },
    {
      name: 'both stated in a sentence of a Data clause (Markdown)',
      fileName: 'case.termsheet.md',
      code: '1. Data. The data package is GLP and GCP compliant and pivotal-ready.\n2. Trials. A Phase 2 study in 52 patients.\n',
    },
  ],
  invalid: [
    {
      name: 'neither stated: both on the data key',
      code: 'asset:\n  data:\n    populations: [asian]\n',
      findings: [
        { message: NO_STANDARDS, line: 2, column: 3, endLine: 2, endColumn: 7 },
        { message: READY_UNSTATED, line: 2, column: 3, endLine: 2, endColumn: 7 },
      ],
    },
    {
      name: 'standards without GLP or GCP, and pivotal_ready false, on the values',
      code: 'asset:\n  data:\n    standards: [ISO 9001]\n    pivotal_ready: false\n',
      findings: [
        { message: 'The data package states no GLP or GCP compliance (standards: ISO 9001)', line: 3, column: 16, endLine: 3, endColumn: 26 },
        { message: 'The data package does not meet FDA/EMA submission requirements (pivotal_ready: false)', line: 4, column: 20, endLine: 4, endColumn: 25 },
      ],
    },
    {
      name: 'standards none and an empty pivotal_ready, in flow style',
      code: 'asset:\n  data: {standards: none, pivotal_ready: }\n',
      findings: [
        { message: NO_STANDARDS, line: 2, column: 21, endLine: 2, endColumn: 25 },
        { message: READY_UNSTATED, line: 2, column: 27, endLine: 2, endColumn: 40 },
      ],
    },
    {
      name: 'only pivotal readiness missing, severity from the config',
      code: 'asset:\n  data:\n    standards: [GLP]\n',
      setting: 'info',
      findings: [{ message: READY_UNSTATED, line: 2, column: 3, endLine: 2, endColumn: 7, severity: 'info' }],
    },
  ],
});
