import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const message = (where: string, data: string) =>
  `The territory includes the Middle East (${where}) and the data are China-only (${data}): ` +
  'a small bridging study is usually enough there, with approval in about 12–18 months';

testRule(rule, {
  valid: [
    { name: 'no Middle East country', code: 'license: {territory: [JP]}\nasset:\n  data: {trial_countries: [CN]}\n' },
    { name: 'Saudi Arabia with multi-regional data', code: 'license: {territory: [SA]}\nasset:\n  data: {trial_countries: [CN, US]}\n' },
    {
      name: 'a bridging study is already planned',
      code: 'license: {territory: [gcc]}\nasset:\n  data:\n    trial_countries: [CN]\n    trials: [{phase: 1, design: bridging study in SA}]\n',
    },
    { name: 'no data stated', code: 'license: {territory: [SA]}\n' },
  ],
  invalid: [
    {
      name: 'the GCC and Egypt with China-only trials: on the territory, Saudi Arabia first',
      code: 'license: {territory: [gcc, EG]}\nasset:\n  data:\n    trial_countries: [CN]\n',
      findings: [{ message: message('SA, AE, BH, EG, KW, OM and 1 more', 'trial countries CN'), line: 1, column: 22, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'Saudi Arabia by name, Asian populations only',
      code: 'license:\n  territory: [Saudi Arabia, JP]\nasset:\n  data:\n    populations: [asian]\n',
      findings: [{ message: message('SA', 'populations asian'), line: 2, column: 14, endLine: 2, endColumn: 32 }],
    },
    {
      name: 'a worldwide licence includes the Middle East',
      code: 'license:\n  territory: worldwide\nasset:\n  data: {trial_countries: [CN]}\n',
      setting: 'hint',
      findings: [
        { message: message('SA, TR, AE, BH, EG, IL and 10 more', 'trial countries CN'), line: 2, column: 14, endLine: 2, endColumn: 23, severity: 'hint' },
      ],
    },
  ],
});
