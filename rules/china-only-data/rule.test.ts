import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    {
      name: 'trials in China and Australia, said in a sentence (Markdown)',
      fileName: 'case.termsheet.md',
      code: '**Licensee:** Albion Pharma plc, United Kingdom (MNC)\n\n**Asset:** HX-9. Phase I and II clinical trials in China and Australia are complete.\n',
    },
    {
      name: 'multi-ethnic data with Australian sites',
      code: 'parties:\n  licensee: {type: mnc}\nasset:\n  data:\n    populations: [asian, caucasian]\n    trial_countries: [CN, AU]\n',
    },
    {
      name: 'China-only data but an FDA meeting',
      code: 'license: {territory: [US]}\nasset:\n  data:\n    trial_countries: [CN]\n    regulator_interactions: [FDA pre-IND meeting 2026-03]\n',
    },
    {
      name: 'a Greater China licence to a regional pharma',
      code: 'parties:\n  licensee: {type: regional-pharma}\nlicense: {territory: greater-china}\nasset:\n  data: {trial_countries: [CN]}\n',
    },
    {
      name: 'China-only trials and a Breakthrough Therapy designation from the FDA, said in a sentence (Markdown)',
      fileName: 'case.termsheet.md',
      code: '**Licensee:** Albion Pharma plc, United Kingdom (MNC)\n\n**Asset:** HX-9. Phase I and II clinical trials in China are complete. The FDA granted Breakthrough Therapy designation in 2026.\n',
    },
    { name: 'no data package stated', code: 'parties:\n  licensee: {type: mnc}\nasset: {name: X}\n' },
    { name: 'an unreadable trial country is not judged', code: 'license: {territory: [JP]}\nasset:\n  data: {trial_countries: [multiple sites]}\n' },
  ],
  invalid: [
    {
      name: 'trials in China only, said in a sentence (Markdown)',
      fileName: 'case.termsheet.md',
      code: '**Licensee:** Albion Pharma plc, United Kingdom (MNC)\n\n**Asset:** HX-9. Phase I and II clinical trials in China are complete.\n',
      findings: [
        {
          message: 'China-only data (trial countries CN) and no regulator outside China consulted, for an MNC licensee',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'an FDA orphan designation in a sentence reviews no data: the finding stands',
      fileName: 'case.termsheet.md',
      code: '**Licensee:** Albion Pharma plc, United Kingdom (MNC)\n\n**Asset:** HX-9. Phase I and II clinical trials in China are complete. The FDA granted orphan drug designation in 2026.\n',
      findings: [
        {
          message: 'China-only data (trial countries CN) and no regulator outside China consulted, for an MNC licensee',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 120,
        },
      ],
    },
    {
      name: 'the same sentence in YAML',
      code: 'parties:\n  licensee: {type: mnc}\nasset:\n  summary: HX-9. Phase I and II clinical trials in China are complete.\n',
      findings: [
        {
          message: 'China-only data (trial countries CN) and no regulator outside China consulted, for an MNC licensee',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'an MNC licensee and an NMPA meeting only: on the trial countries',
      code:
        'parties:\n  licensee: {type: mnc}\nasset:\n  data:\n    populations: [asian]\n    trial_countries: [CN]\n' +
        '    regulator_interactions: [NMPA pre-IND]\n',
      findings: [
        {
          message: 'China-only data (trial countries CN; populations asian) and no regulator outside China consulted, for an MNC licensee',
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 26,
        },
      ],
    },
    {
      name: 'populations only, a regional licence outside China',
      code: 'license: {territory: [JP, KR]}\nasset:\n  data:\n    populations: [Chinese]\n',
      findings: [
        {
          message: 'China-only data (populations Chinese) and no regulator outside China consulted, for a licence outside China (JP, KR)',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'Taiwan and Hong Kong sites are still Chinese data; a worldwide licence is listed by market size',
      code: 'license: {territory: ex-china}\nasset:\n  data: {trial_countries: [CN, TW, HK], regulator_interactions: none}\n',
      setting: 'error',
      findings: [
        {
          message:
            'China-only data (trial countries CN, HK, TW) and no regulator outside China consulted, for a licence outside China ' +
            '(US, JP, DE, FR, GB, IT and 239 more)',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 39,
          severity: 'error',
        },
      ],
    },
  ],
});
