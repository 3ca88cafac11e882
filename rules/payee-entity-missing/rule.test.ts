import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const signs = (from: string, to: string) =>
  `Cross-border deal (${from} licensor, ${to} licensee) does not say which licensor entity signs (parties.licensor.signing_entity)`;
const paid = (from: string, to: string) =>
  `Cross-border deal (${from} licensor, ${to} licensee) does not say which licensor entity receives payments (parties.licensor.payee_entity)`;

const BOTH =
  'Cross-border deal (CN licensor, JP licensee) does not say which licensor entity signs and which receives payments ' +
  '(parties.licensor.signing_entity, parties.licensor.payee_entity)';

testRule(rule, {
  valid: [
    {
      name: 'both entities named',
      code: 'parties:\n  licensor:\n    country: CN\n    signing_entity: Hexin (HK) Ltd\n    payee_entity: Hexin (HK) Ltd\n' + '  licensee:\n    country: JP\n',
    },
    { name: 'a domestic deal', code: 'parties:\n  licensor: {country: CN}\n  licensee: {country: China}\n' },
    { name: 'the licensee country is not stated', code: 'parties:\n  licensor: {country: CN}\n  licensee: {name: Seto Pharma}\n' },
    { name: 'an unreadable country', code: 'parties:\n  licensor: {country: CN}\n  licensee: {country: "[TBD]"}\n' },
    { name: 'no parties (required-clause-missing reports it)', code: 'title: x\n' },
  ],
  invalid: [
    {
      name: 'neither entity: one finding on the licensor key, the fix adds both, comment kept',
      code: 'parties:\n  licensor:\n    name: Hexin Therapeutics\n    country: CN  # Suzhou\n  licensee:\n    country: JP\n',
      findings: [{ message: BOTH, line: 2, column: 3, endLine: 2, endColumn: 11 }],
      output:
        'parties:\n  licensor:\n    name: Hexin Therapeutics\n    country: CN  # Suzhou\n    signing_entity: "[TBD]"\n' +
        '    payee_entity: "[TBD]"\n  licensee:\n    country: JP\n',
    },
    {
      name: 'country names are read; only the payee is missing, in flow style',
      code: 'parties:\n  licensor: {country: China, signing_entity: Hexin (HK) Ltd}\n  licensee: {country: United States}\n',
      findings: [{ message: paid('CN', 'US'), line: 2, column: 3, endLine: 2, endColumn: 11 }],
      output: 'parties:\n  licensor: {country: China, signing_entity: Hexin (HK) Ltd, payee_entity: "[TBD]"}\n  licensee: {country: United States}\n',
    },
    {
      name: 'an empty signing_entity points at its key and is filled',
      code: 'parties:\n  licensor:\n    country: CN\n    signing_entity:\n    payee_entity: Hexin (HK) Ltd\n  licensee:\n    country: KR\n',
      findings: [{ message: signs('CN', 'KR'), line: 4, column: 5, endLine: 4, endColumn: 19 }],
      output: 'parties:\n  licensor:\n    country: CN\n    signing_entity: "[TBD]"\n    payee_entity: Hexin (HK) Ltd\n  licensee:\n    country: KR\n',
    },
    {
      name: 'one key empty and one absent: two findings, one fix fills and adds',
      code: 'parties:\n  licensor:\n    country: CN\n    payee_entity:\n  licensee:\n    country: SG\n',
      findings: [
        { message: signs('CN', 'SG'), line: 2, column: 3, endLine: 2, endColumn: 11 },
        { message: paid('CN', 'SG'), line: 4, column: 5, endLine: 4, endColumn: 17 },
      ],
      output: 'parties:\n  licensor:\n    country: CN\n    payee_entity: "[TBD]"\n    signing_entity: "[TBD]"\n  licensee:\n    country: SG\n',
    },
    {
      name: 'Hong Kong and mainland China are different tax jurisdictions',
      code: 'parties:\n  licensor: {country: HK, payee_entity: Hexin (HK) Ltd}\n  licensee: {country: CN}\n',
      setting: 'error',
      findings: [{ message: signs('HK', 'CN'), line: 2, column: 3, endLine: 2, endColumn: 11, severity: 'error' }],
      output: 'parties:\n  licensor: {country: HK, payee_entity: Hexin (HK) Ltd, signing_entity: "[TBD]"}\n  licensee: {country: CN}\n',
    },
  ],
});
