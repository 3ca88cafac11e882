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
    {
      name: 'JSC approval stated in a sentence under a heading of its own (Markdown)',
      fileName: 'case.termsheet.md',
      code: '## Territory\n\nJapan\n\n## Development and Data\n\nLocal clinical development plans require approval by a Joint Steering Committee.\n',
    },
    {
      name: 'the same sentence in YAML',
      code: 'license:\n  territory: [JP]\n  summary: Local clinical development plans require approval by a Joint Steering Committee.\n',
    },
    {
      name: "local studies need the licensor's approval, the licensor called by the name the sheet defines for it (Markdown)",
      fileName: 'case.termsheet.md',
      code: '# Heads of Terms\n\n1. **Parties.** Huabo Biologics Co., Ltd. of Shanghai ("Huabo") as licensor, and Gulf Crescent Pharma FZ-LLC, Dubai, United Arab Emirates ("GCP") as licensee.\n\n2. **Territory.** Saudi Arabia, UAE and Egypt.\n\n3. **Regulatory.** GCP holds the marketing authorisations. Any bridging or local study requires Huabo\'s prior written approval of protocol and CRO.\n',
    },
    { name: 'the parties jointly develop the asset', code: 'license:\n  territory: [JP]\n  summary: The parties jointly develop the asset in Japan.\n' },
  ],
  invalid: [
    {
      name: 'a sentence leaving the trials to the licensee: on that sentence (Markdown)',
      fileName: 'case.termsheet.md',
      code: '**Territory:** Japan\n\n**Clinical Plan:** The Licensee designs and runs all trials in the territory on its own.\n',
      findings: [{ message: message('JP'), line: 3, column: 20, endLine: 3, endColumn: 88 }],
      // The clause the fix adds is read before the sentence, which the drafter then rewrites or drops.
      suggested:
        '**Territory:** Japan\n**Clinical Plan Approval:** licensor consent\n\n**Clinical Plan:** The Licensee designs and runs all trials in the territory on its own.\n',
    },
    {
      name: 'a sentence saying the plans need no approval',
      code: 'license:\n  territory: [JP]\n  summary: Local clinical development plans do not require approval by the JSC.\n',
      findings: [{ message: message('JP'), line: 3, column: 12, endLine: 3, endColumn: 80 }],
      suggested:
        'license:\n  territory: [JP]\n  summary: Local clinical development plans do not require approval by the JSC.\n  regulatory:\n    clinical_plan_approval: licensor-consent\n',
    },
    {
      name: 'no regulatory block: added under the licence',
      code: 'license:\n  territory: [JP, KR]\n',
      findings: [{ message: message('JP, KR'), line: 1, column: 1, endLine: 1, endColumn: 8 }],
      suggested: 'license:\n  territory: [JP, KR]\n  regulatory:\n    clinical_plan_approval: licensor-consent\n',
    },
    {
      name: 'licensee-alone is replaced in place, comment kept',
      code: 'license:\n  territory: [JP, KR]\n  regulatory:\n    clinical_plan_approval: licensee-alone  # their ask\n',
      findings: [{ message: message('JP, KR'), line: 4, column: 29, endLine: 4, endColumn: 43 }],
      suggested: 'license:\n  territory: [JP, KR]\n  regulatory:\n    clinical_plan_approval: licensor-consent # their ask\n',
    },
    {
      name: 'a flow regulatory block without approval',
      code: 'license:\n  territory: [JP]\n  regulatory: {registration_holder: licensee}\n',
      findings: [{ message: message('JP'), line: 3, column: 3, endLine: 3, endColumn: 13 }],
      suggested: 'license:\n  territory: [JP]\n  regulatory: {registration_holder: licensee, clinical_plan_approval: licensor-consent}\n',
    },
    {
      name: 'a region is listed by market size',
      code: 'license:\n  territory: asean\n  governance: {jsc: false}\n',
      findings: [{ message: message('BN, ID, KH, LA, MM, MY and 4 more'), line: 1, column: 1, endLine: 1, endColumn: 8 }],
      suggested: 'license:\n  territory: asean\n  governance: {jsc: false}\n  regulatory:\n    clinical_plan_approval: licensor-consent\n',
    },
  ],
});
