import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const signs = (from: string, to: string) =>
  `Cross-border deal (${from} licensor, ${to} licensee) does not say which licensor entity signs (parties.licensor.signing_entity)`;
const paid = (from: string, to: string) =>
  `Cross-border deal (${from} licensor, ${to} licensee) does not say which licensor entity receives payments (parties.licensor.payee_entity)`;

const BOTH =
  'Cross-border deal (CN licensor, JP licensee) does not say which licensor entity signs and which receives payments ' +
  '(parties.licensor.signing_entity, parties.licensor.payee_entity)';

const unknown = (role: string) =>
  `Whether the deal is cross-border, and so whether the licensor's signing and paid entities matter, is not known: the ${role}'s country is not stated (parties.${role}.country)`;

testRule(rule, {
  valid: [
    {
      name: 'both entities named',
      code: 'parties:\n  licensor:\n    country: CN\n    signing_entity: Hexin (HK) Ltd\n    payee_entity: Hexin (HK) Ltd\n' + '  licensee:\n    country: JP\n',
    },
    { name: 'a domestic deal', code: 'parties:\n  licensor: {country: CN}\n  licensee: {country: China}\n' },
    {
      name: "a country still to be filled in is placeholder-left's",
      code: 'parties:\n  licensor: {name: Hexin, country: CN}\n  licensee: {name: Seto Pharma, country: "[TBD]"}\n',
    },
    {
      name: "a licensee still to be named is placeholder-left's",
      code: 'parties:\n  licensor: {name: Hexin, country: CN}\n  licensee: {name: "[Insert Company\'s official name]"}\n',
    },
    {
      name: 'Markdown: the licensor says in words which entity signs and which is paid',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n## Parties\n\nLicensor: Guoxin Pharmaceuticals Co., Ltd., Nanjing, Jiangsu Province, China; signs through Guoxin Pharmaceuticals Co., Ltd. and is paid through Guoxin International (HK) Limited.\n\n' +
        'Licensee: Alder Creek Therapeutics, Inc., San Diego, CA 92121, United States.\n',
    },
    {
      name: 'Markdown: the entities in brackets after the licensor',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n| Term | Agreed position |\n|---|---|\n| Licensor | Baiyun Shenzhou Ltd., Beijing, China (signing entity: Baiyun Shenzhou Switzerland GmbH; payments to Baiyun Shenzhou Switzerland GmbH) |\n' +
        '| Licensee | Rheinbasel Pharma AG, Basel, Switzerland (MNC) |\n',
    },
    {
      name: 'one entity that signs and receives all payments',
      code:
        'parties:\n  licensor:\n    name: Hexin Therapeutics (HK) Limited, the entity which signs the agreement and receives all payments\n    country: HK\n' +
        '  licensee:\n    country: JP\n',
    },
    {
      name: "Markdown: a clause of its own says where the licensor's payments go and who signs, naming the licensor",
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n## Parties\n\nLicensor: Lixing Biotech Co., Ltd., Hangzhou, China. Licensee: Tsubame Pharmaceutical Co., Ltd., Osaka, Japan.\n\n' +
        '## Payments\n\nAll payments to Lixing Biotech (HK) Limited, which signs the Definitive Agreement.\n',
    },
    { name: 'no parties (required-clause-missing reports it)', code: 'title: x\n' },
  ],
  invalid: [
    {
      name: 'the licensee country is not known: said once, as info',
      code: 'parties:\n  licensor: {country: CN}\n  licensee: {name: Seto Pharma}\n',
      findings: [{ message: unknown('licensee'), line: 3, column: 3, endLine: 3, endColumn: 11, severity: 'info' }],
    },
    {
      name: 'a legal form used in several countries says none of them',
      code: 'parties:\n  licensor: {name: "Hengbo Pharmaceutical Co., Ltd."}\n  licensee: {name: Rheinland Bio GmbH, country: DE}\n',
      findings: [{ message: unknown('licensor'), line: 2, column: 3, endLine: 2, endColumn: 11, severity: 'info' }],
    },
    {
      name: 'countries from a Chinese city and from a legal form used in one country',
      code: 'parties:\n  licensor: {name: "Hebei Hengbo Pharmaceutical Co., Ltd., Shijiazhuang"}\n  licensee: {name: Kyoto Shinyaku K.K.}\n',
      findings: [{ message: BOTH, line: 2, column: 3, endLine: 2, endColumn: 11 }],
      suggested:
        'parties:\n  licensor: {name: "Hebei Hengbo Pharmaceutical Co., Ltd., Shijiazhuang", signing_entity: "[TBD]"}\n  licensee: {name: Kyoto Shinyaku K.K.}\n',
    },
    {
      name: 'Markdown: both parties in one sentence, each named by its defined term',
      fileName: 'case.termsheet.md',
      code:
        '# Heads of Terms\n\n1. **Parties.** Hebei Hengbo Pharmaceutical Co., Ltd., Shijiazhuang (the "Licensor") and Albion Respiratory Ltd, ' +
        'a company incorporated in England and Wales (the "Licensee").\n',
      findings: [{ message: BOTH.replace('JP licensee', 'GB licensee'), line: 3, column: 6, endLine: 3, endColumn: 13 }],
    },
    {
      name: "Markdown: the licensee written on the licensor's line",
      fileName: 'case.termsheet.md',
      code:
        '# Terms\n\n## Parties\n\nLicensor: Sichuan Baili Biopharma Co., Ltd., Chengdu, China, acting through its US affiliate. ' +
        'Licensee: a US multinational (Bristol Pharma Co., Princeton, New Jersey, United States).\n',
      findings: [{ message: BOTH.replace('JP licensee', 'US licensee'), line: 5, column: 1, endLine: 5, endColumn: 9 }],
      suggested:
        '# Terms\n\n## Parties\n\nLicensor: Sichuan Baili Biopharma Co., Ltd., Chengdu, China, acting through its US affiliate. Licensee: a US multinational (Bristol Pharma Co., Princeton, New Jersey, United States).\nLicensor Signing Entity: [TBD]\n',
    },
    {
      name: "Markdown: a payments sentence that names the licensee says nothing of the licensor's entities",
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n## Parties\n\nLicensor: Lixing Biotech Co., Ltd., Hangzhou, China. Licensee: Tsubame Pharmaceutical Co., Ltd., Osaka, Japan.\n\n' +
        '## Payments\n\nTsubame makes all payments to Lixing through its Singapore branch, which signs the agreement.\n',
      findings: [{ message: BOTH, line: 5, column: 1, endLine: 5, endColumn: 9 }],
      suggested:
        '# Licence\n\n## Parties\n\nLicensor: Lixing Biotech Co., Ltd., Hangzhou, China. Licensee: Tsubame Pharmaceutical Co., Ltd., Osaka, Japan.\nLicensor Signing Entity: [TBD]\n\n' +
        '## Payments\n\nTsubame makes all payments to Lixing through its Singapore branch, which signs the agreement.\n',
    },
    {
      name: 'neither entity: one finding on the licensor key, a suggestion for each key, comment kept',
      code: 'parties:\n  licensor:\n    name: Hexin Therapeutics\n    country: CN  # Suzhou\n  licensee:\n    country: JP\n',
      findings: [{ message: BOTH, line: 2, column: 3, endLine: 2, endColumn: 11 }],
      suggested: 'parties:\n  licensor:\n    name: Hexin Therapeutics\n    country: CN  # Suzhou\n    signing_entity: "[TBD]"\n  licensee:\n    country: JP\n',
    },
    {
      name: 'country names are read; only the payee is missing, in flow style',
      code: 'parties:\n  licensor: {country: China, signing_entity: Hexin (HK) Ltd}\n  licensee: {country: United States}\n',
      findings: [{ message: paid('CN', 'US'), line: 2, column: 3, endLine: 2, endColumn: 11 }],
      suggested: 'parties:\n  licensor: {country: China, signing_entity: Hexin (HK) Ltd, payee_entity: "[TBD]"}\n  licensee: {country: United States}\n',
    },
    {
      name: 'an empty signing_entity points at its key and is filled',
      code: 'parties:\n  licensor:\n    country: CN\n    signing_entity:\n    payee_entity: Hexin (HK) Ltd\n  licensee:\n    country: KR\n',
      findings: [{ message: signs('CN', 'KR'), line: 4, column: 5, endLine: 4, endColumn: 19 }],
      suggested: 'parties:\n  licensor:\n    country: CN\n    signing_entity: "[TBD]"\n    payee_entity: Hexin (HK) Ltd\n  licensee:\n    country: KR\n',
    },
    {
      name: 'one key empty and one absent: two findings, each suggesting either key',
      code: 'parties:\n  licensor:\n    country: CN\n    payee_entity:\n  licensee:\n    country: SG\n',
      findings: [
        { message: signs('CN', 'SG'), line: 2, column: 3, endLine: 2, endColumn: 11 },
        { message: paid('CN', 'SG'), line: 4, column: 5, endLine: 4, endColumn: 17 },
      ],
      suggested: 'parties:\n  licensor:\n    country: CN\n    payee_entity:\n    signing_entity: "[TBD]"\n  licensee:\n    country: SG\n',
    },
    {
      name: 'Hong Kong and mainland China are different tax jurisdictions',
      code: 'parties:\n  licensor: {country: HK, payee_entity: Hexin (HK) Ltd}\n  licensee: {country: CN}\n',
      setting: 'error',
      findings: [{ message: signs('HK', 'CN'), line: 2, column: 3, endLine: 2, endColumn: 11, severity: 'error' }],
      suggested: 'parties:\n  licensor: {country: HK, payee_entity: Hexin (HK) Ltd, signing_entity: "[TBD]"}\n  licensee: {country: CN}\n',
    },
  ],
});
