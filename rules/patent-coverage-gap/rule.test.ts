import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'every country covered', code: 'license:\n  territory: [JP, KR]\nip:\n  patents:\n    - {family: WO1, jurisdictions: [CN, JP, KR]}\n' },
    { name: 'EP covers the EPC states', code: 'license:\n  territory: [DE, FR, GB, CH]\nip:\n  patents:\n    - {family: WO1, jurisdictions: [EP]}\n' },
    {
      name: 'coverage spread over families',
      code: 'license:\n  territory: [JP, KR]\nip:\n  patents:\n    - {family: A, jurisdictions: [JP]}\n    - {family: B, jurisdictions: [Korea]}\n',
    },
    { name: 'India is left to patent-india-gap', code: 'license:\n  territory: [IN, JP]\nip:\n  patents:\n    - {family: A, jurisdictions: [JP]}\n' },
    {
      name: "patents named in the intellectual-property clause's prose, with no family listed (Markdown)",
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n## Territory\n\nJapan.\n\n## Intellectual Property\n\nPatents granted in China, the US, Europe and Japan, expiring 2040. FTO cleared for Korea.\n',
    },
    { name: 'no territory (required-clause-missing reports it)', code: 'ip:\n  patents: []\n' },
    {
      name: 'a user region from the config',
      code: 'license:\n  territory: [our-apac]\nip:\n  patents:\n    - {family: A, jurisdictions: [JP, KR]}\n',
      config: { regions: { 'our-apac': ['JP', 'KR'] } },
    },
    {
      name: 'a family covers the country of its national publication numbers',
      code: 'license:\n  territory: United States and Canada\nip:\n  patents:\n    - family: US 11,734,201 (United States)\n      jurisdictions: [CA]\n',
    },
    {
      name: 'a national number written under another label names its country',
      code: 'license:\n  territory: [US]\nip:\n  patents:\n    - {family: Chelators, as_listed_in_appendix_a: "US 9,968,211 (granted)"}\n',
    },
    {
      name: 'a family granted or pending in Europe covers the EPC states',
      code:
        'license:\n  territory: [DE, FR, TR, JP]\nip:\n  patents:\n    - family: WO1\n' +
        '      jurisdictions: granted or pending in China, the United States, Europe, Japan, Korea and India\n',
    },
    {
      name: 'the member states of the European Patent Convention, covered by an EP family',
      code: 'license:\n  territory: United States and the member states of the European Patent Convention\nip:\n  patents:\n    - {family: US 10,950,612, jurisdictions: [EP]}\n',
    },
    {
      name: 'rights the licensor retains are not licensed',
      code: 'license:\n  territory: Japan and Korea; the Licensor retains all rights in China\nip:\n  patents:\n    - {family: WO1, jurisdictions: [JP, KR]}\n',
    },
    {
      name: 'a territory left open in a blank is not read',
      code: 'license:\n  territory: "[INSERT: United States or Worldwide]"\nip:\n  patents:\n    - {family: WO1, jurisdictions: [US]}\n',
    },
  ],
  invalid: [
    {
      name: 'every other PCT contracting state leaves the states outside the PCT',
      code:
        'license:\n  territory: worldwide excluding Greater China\nip:\n  patents:\n    - family: WO1\n' +
        '      jurisdictions: national phase in the US, EP, JP, IN and every other PCT contracting state\n',
      findings: [
        {
          message: 'No patent family covers AF, AR, BD, BO, BT, ER, ET, MM, NP, PK and 5 other countries in the licensed territory',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'a European patent does not reach Russia',
      code: 'license:\n  territory: [DE, RU]\nip:\n  patents:\n    - family: WO1\n      jurisdictions: filed in China, the US, Europe and Japan\n',
      findings: [{ message: 'No patent family covers RU in the licensed territory', line: 2, column: 14, endLine: 2, endColumn: 22 }],
      suggested: 'license:\n  territory: [DE, RU]\nip:\n  patents:\n    - family: WO1\n      jurisdictions: ["filed in China, the US, Europe and Japan", RU]\n',
    },
    {
      name: 'every place of a flow-list exclusion stays excluded',
      code: 'license:\n  territory: [worldwide excluding Mainland China, Hong Kong, Macao, Taiwan, Europe, USA]\nip:\n  patents:\n    - {family: WO1, jurisdictions: [CN, JP]}\n',
      findings: [
        {
          message: 'No patent family covers CA, KR, BR, AU, MX, SA, TR and 183 other countries in the licensed territory',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 89,
        },
      ],
    },
    {
      name: 'names the uncovered countries and adds them to the first family, marked to confirm',
      code: 'license:\n  territory: [JP, KR, TW]\nip:\n  patents:\n    - family: WO1\n      jurisdictions: [CN, JP]\n    - family: WO2\n      jurisdictions:\n        - US\n',
      findings: [{ message: 'No patent family covers KR, TW in the licensed territory', line: 2, column: 14, endLine: 2, endColumn: 26 }],
      suggested:
        'license:\n  territory: [JP, KR, TW]\nip:\n  patents:\n    - family: WO1\n      jurisdictions: [CN, JP, KR, TW]  # to confirm\n' +
        '    - family: WO2\n      jurisdictions:\n        - US\n',
    },
    {
      name: 'regions are expanded to countries',
      code: 'license:\n  territory: greater-china\nip:\n  patents:\n    - family: WO1\n      jurisdictions:\n        - CN\n',
      findings: [{ message: 'No patent family covers TW, HK, MO in the licensed territory', line: 2, column: 14, endLine: 2, endColumn: 27 }],
      suggested:
        'license:\n  territory: greater-china\nip:\n  patents:\n    - family: WO1\n      jurisdictions:\n        - CN\n' +
        '        - TW  # to confirm\n        - HK  # to confirm\n        - MO  # to confirm\n',
    },
    {
      name: 'no patent family at all',
      code: 'license:\n  territory: [JP]\n',
      findings: [
        { message: 'No patent family is listed, so no country of the licensed territory is covered (JP)', line: 2, column: 14, endLine: 2, endColumn: 18 },
      ],
    },
    {
      name: 'a worldwide territory names the largest markets first and offers no fix',
      code: 'license:\n  territory: worldwide\nip:\n  patents:\n    - {family: WO1, jurisdictions: [CN]}\n',
      findings: [
        {
          message: 'No patent family covers US, JP, DE, FR, GB, IT, ES, CA, KR, BR and 237 other countries in the licensed territory',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
  ],
});
