import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const notStated = (where: string) =>
  `Regional licence (${where}) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated`;
const oneWay = (where: string, value: string) =>
  `Regional licence (${where}) with data_sharing "${value}": the licensor gets no data or cross-reference right back`;

testRule(rule, {
  valid: [
    { name: 'mutual', code: 'license:\n  territory: [JP, KR]\n  regulatory: {data_sharing: mutual}\n' },
    { name: 'to the licensor', code: 'license:\n  territory: [JP]\n  regulatory:\n    data_sharing: to-licensor\n' },
    { name: 'worldwide licence', code: 'license:\n  territory: worldwide\n' },
    {
      name: 'mutual sharing stated in a sentence (Markdown)',
      fileName: 'case.termsheet.md',
      code: '## Territory\n\nJapan\n\n## Development and Data\n\nClinical and regulatory data are shared mutually.\n',
    },
    {
      name: "the licensee's data go to the licensor, each party called by the name the sheet defines for it (Markdown)",
      fileName: 'case.termsheet.md',
      code: '# Heads of Terms\n\n1. **Parties.** Huabo Biologics Co., Ltd. of Shanghai ("Huabo") as licensor, and Gulf Crescent Pharma FZ-LLC, Dubai, United Arab Emirates ("GCP") as licensee.\n\n2. **Territory.** Saudi Arabia, UAE and Egypt.\n\n3. **Data.** GCP shares all clinical and pharmacovigilance data generated in the Territory with Huabo.\n',
    },
    { name: 'worldwide except China', code: 'license:\n  territory: [ex-china]\n' },
    { name: 'no territory', code: 'license:\n  scope: exclusive\n' },
    { name: 'an unreadable territory', code: 'license:\n  territory: [Atlantis]\n' },
  ],
  invalid: [
    {
      name: 'a sentence saying data are not shared mutually',
      code: 'license:\n  territory: [JP]\n  summary: Clinical data are not shared mutually.\n',
      findings: [
        {
          message: "Regional licence (JP) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
      suggested: 'license:\n  territory: [JP]\n  summary: Clinical data are not shared mutually.\n  regulatory:\n    data_sharing: mutual\n',
    },
    {
      name: 'no regulatory block: added under the licence',
      code: 'license:\n  territory: [JP, KR]  # two markets\n',
      findings: [{ message: notStated('JP, KR'), line: 1, column: 1, endLine: 1, endColumn: 8 }],
      suggested: 'license:\n  territory: [JP, KR]  # two markets\n  regulatory:\n    data_sharing: mutual\n',
    },
    {
      name: 'regulatory without data_sharing points at regulatory',
      code: 'license:\n  territory: [JP]\n  regulatory:\n    registration_holder: licensee\n',
      findings: [{ message: notStated('JP'), line: 3, column: 3, endLine: 3, endColumn: 13 }],
      suggested: 'license:\n  territory: [JP]\n  regulatory:\n    registration_holder: licensee\n    data_sharing: mutual\n',
    },
    {
      name: 'to-licensee is replaced in place, comment kept',
      code: 'license:\n  territory: [KR]\n  regulatory:\n    data_sharing: to-licensee  # their draft\n',
      findings: [{ message: oneWay('KR', 'to-licensee'), line: 4, column: 19, endLine: 4, endColumn: 30 }],
      suggested: 'license:\n  territory: [KR]\n  regulatory:\n    data_sharing: mutual       # their draft\n',
    },
    {
      name: 'none in a flow block, quoting what was written',
      code: 'license:\n  territory: gcc\n  regulatory: {data_sharing: None}\n',
      findings: [{ message: oneWay('SA, AE, BH, KW, OM, QA', 'None'), line: 3, column: 30, endLine: 3, endColumn: 34 }],
      suggested: 'license:\n  territory: gcc\n  regulatory: {data_sharing: mutual}\n',
    },
    {
      name: 'an empty data_sharing is filled in',
      code: 'license:\n  territory: [Japan]\n  regulatory:\n    data_sharing:\n',
      findings: [{ message: notStated('JP'), line: 4, column: 5, endLine: 4, endColumn: 17 }],
      suggested: 'license:\n  territory: [Japan]\n  regulatory:\n    data_sharing: mutual\n',
    },
    {
      name: 'a user region from the config',
      code: 'license:\n  territory: [our-north]\n  regulatory: {data_sharing: to-licensee}\n',
      config: { regions: { 'our-north': ['JP', 'KR', 'TW'] } },
      findings: [{ message: oneWay('JP, KR, TW', 'to-licensee'), line: 3, column: 30, endLine: 3, endColumn: 41 }],
      suggested: 'license:\n  territory: [our-north]\n  regulatory: {data_sharing: mutual}\n',
    },
    {
      name: 'severity raised in the config',
      code: 'license:\n  territory: [JP]\n  regulatory: {data_sharing: none}\n',
      setting: 'warning',
      findings: [{ message: oneWay('JP', 'none'), line: 3, column: 30, endLine: 3, endColumn: 34, severity: 'warning' }],
      suggested: 'license:\n  territory: [JP]\n  regulatory: {data_sharing: mutual}\n',
    },
  ],
});
