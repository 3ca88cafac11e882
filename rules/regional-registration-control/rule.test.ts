import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const message = (where: string) => `Regional licence (${where}) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review`;

testRule(rule, {
  valid: [
    { name: 'worldwide', code: 'license:\n  territory: worldwide\n' },
    { name: 'worldwide except China', code: 'license:\n  territory: [ex-china]\n' },
    { name: 'a JSC governs', code: 'license:\n  territory: [JP]\n  governance: {jsc: true}\n' },
    { name: 'licensor consent', code: 'license:\n  territory: [JP]\n  regulatory: {clinical_plan_approval: licensor-consent}\n' },
    { name: 'JSC approval of the plan', code: 'license:\n  territory: [JP]\n  regulatory: {clinical_plan_approval: jsc}\n' },
  ],
  invalid: [
    {
      name: 'no regulatory block: added under the licence',
      code: 'license:\n  territory: [JP, KR]\n',
      findings: [{ message: message('JP, KR'), line: 1, column: 1, endLine: 1, endColumn: 8 }],
      output: 'license:\n  territory: [JP, KR]\n  regulatory:\n    clinical_plan_approval: licensor-consent\n',
    },
    {
      name: 'licensee-alone is replaced in place, comment kept',
      code: 'license:\n  territory: [JP, KR]\n  regulatory:\n    clinical_plan_approval: licensee-alone  # their ask\n',
      findings: [{ message: message('JP, KR'), line: 4, column: 29, endLine: 4, endColumn: 43 }],
      output: 'license:\n  territory: [JP, KR]\n  regulatory:\n    clinical_plan_approval: licensor-consent  # their ask\n',
    },
    {
      name: 'a flow regulatory block without approval',
      code: 'license:\n  territory: [JP]\n  regulatory: {registration_holder: licensee}\n',
      findings: [{ message: message('JP'), line: 3, column: 3, endLine: 3, endColumn: 13 }],
      output: 'license:\n  territory: [JP]\n  regulatory: {registration_holder: licensee, clinical_plan_approval: licensor-consent}\n',
    },
    {
      name: 'a region is listed by market size',
      code: 'license:\n  territory: asean\n  governance: {jsc: false}\n',
      findings: [{ message: message('BN, ID, KH, LA, MM, MY and 4 more'), line: 1, column: 1, endLine: 1, endColumn: 8 }],
      output: 'license:\n  territory: asean\n  governance: {jsc: false}\n  regulatory:\n    clinical_plan_approval: licensor-consent\n',
    },
  ],
});
