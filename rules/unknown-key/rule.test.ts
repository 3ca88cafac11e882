import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'every key known', code: 'license:\n  territory: [JP]\nfinancials:\n  upfront: 1\nnon_compete:\n  scope: x\ngoverning_law: HK\n' },
    { name: "a user's own clause that is no near miss", code: 'side_letter: yes\nlicense:\n  notes: see annex\n  co_promotion: none\n' },
    { name: 'short keys are not guessed at', code: 'advisors:\n  tx: A\nip:\n  fto: {bye: counsel}\n' },
    { name: 'equally near two keys: no guess', code: 'parties:\n  licenser: {name: A}\n' },
    { name: 'another word two letters away, first letter changed: no guess', code: 'funding: seed round\nbinding: [confidentiality]\n' },
    { name: 'below an unknown clause nothing is checked', code: 'annex:\n  teritory: [JP]\n' },
    {
      name: "a key of the user's own deeper down is not taken for a clause named alike elsewhere",
      code: 'ip:\n  patents:\n    - {family: WO1, field: radiopharmaceuticals}\nnotes: see annex\n',
    },
  ],
  invalid: [
    {
      name: 'a clause written at the top that belongs to another part: said, not moved (no fix)',
      code: 'licensor: Anbo Biotech\nterritory: [JP]\n',
      findings: [
        { message: 'Unknown key "licensor": did you mean parties.licensor?', line: 1, column: 1, endLine: 1, endColumn: 9 },
        { message: 'Unknown key "territory": did you mean license.territory?', line: 2, column: 1, endLine: 2, endColumn: 10 },
      ],
    },
    {
      name: 'a key in the words of a label the model knows is renamed to its clause: the deal is read as meant',
      code: 'financials:\n  upfront_payment: EUR 10M  # on signing\n  royalty: high single digits\n',
      findings: [
        { message: 'Unknown key "upfront_payment" in financials: did you mean "upfront"?', line: 2, column: 3, endLine: 2, endColumn: 18 },
        { message: 'Unknown key "royalty" in financials: did you mean "royalties"?', line: 3, column: 3, endLine: 3, endColumn: 10 },
      ],
      output: 'financials:\n  upfront: EUR 10M          # on signing\n  royalties: high single digits\n',
    },
    {
      name: 'a rename that lengthens the key keeps the trailing comments aligned',
      code: 'license:\n  teritory: [JP]    # agreed\n  field: oncology    # agreed\n',
      findings: [{ message: 'Unknown key "teritory" in license: did you mean "territory"?', line: 2, column: 3, endLine: 2, endColumn: 11 }],
      output: 'license:\n  territory: [JP]   # agreed\n  field: oncology    # agreed\n',
    },
    {
      name: 'misspellings at several depths are renamed, comments kept',
      code: 'finacials:  # money\n  upfront: 1\nlicense:\n  teritory: [JP]\ngoverining_law: Hong Kong\n',
      findings: [
        { message: 'Unknown key "finacials": did you mean "financials"?', line: 1, column: 1, endLine: 1, endColumn: 10 },
        { message: 'Unknown key "teritory" in license: did you mean "territory"?', line: 4, column: 3, endLine: 4, endColumn: 11 },
        { message: 'Unknown key "goverining_law": did you mean "governing_law"?', line: 5, column: 1, endLine: 5, endColumn: 15 },
      ],
      output: 'financials:  # money\n  upfront: 1\nlicense:\n  territory: [JP]\ngoverning_law: Hong Kong\n',
    },
    {
      name: 'separators and case are normalised',
      code: 'non-compete:\n  Scope: x\n  duration: 5 years\nDispute Resolution: HKIAC\ntermination:\n  forConvenience: {notice_days: 90}\n',
      findings: [
        { message: 'Unknown key "non-compete": did you mean "non_compete"?', line: 1, column: 1, endLine: 1, endColumn: 12 },
        { message: 'Unknown key "Scope" in non-compete: did you mean "scope"?', line: 2, column: 3, endLine: 2, endColumn: 8 },
        { message: 'Unknown key "Dispute Resolution": did you mean "dispute_resolution"?', line: 4, column: 1, endLine: 4, endColumn: 19 },
        { message: 'Unknown key "forConvenience" in termination: did you mean "for_convenience"?', line: 6, column: 3, endLine: 6, endColumn: 17 },
      ],
      output: 'non_compete:\n  scope: x\n  duration: 5 years\ndispute_resolution: HKIAC\ntermination:\n  for_convenience: {notice_days: 90}\n',
    },
    {
      name: 'inside list items and flow mappings, swapped letters count as one edit',
      code: 'ip:\n  patents:\n    - {famliy: A, jurisdiction: [CN]}\nfinancials:\n  royalties:\n    - {up_ot: 100, rate: 10%}\n',
      findings: [
        { message: 'Unknown key "famliy" in ip.patents[0]: did you mean "family"?', line: 3, column: 8, endLine: 3, endColumn: 14 },
        { message: 'Unknown key "jurisdiction" in ip.patents[0]: did you mean "jurisdictions"?', line: 3, column: 19, endLine: 3, endColumn: 31 },
        { message: 'Unknown key "up_ot" in financials.royalties[0]: did you mean "up_to"?', line: 6, column: 8, endLine: 6, endColumn: 13 },
      ],
      output: 'ip:\n  patents:\n    - {family: A, jurisdictions: [CN]}\nfinancials:\n  royalties:\n    - {up_to: 100, rate: 10%}\n',
    },
    {
      name: 'no rename onto a key that is already there, or already claimed',
      code: 'license:\n  territory: [JP]\n  teritory: [KR]\nparties:\n  Licensor: {name: A}\n  LICENSOR: {name: B}\n',
      findings: [
        { message: 'Unknown key "teritory" in license: did you mean "territory"? (license already has one)', line: 3, column: 3, endLine: 3, endColumn: 11 },
        { message: 'Unknown key "Licensor" in parties: did you mean "licensor"?', line: 5, column: 3, endLine: 5, endColumn: 11 },
        { message: 'Unknown key "LICENSOR" in parties: did you mean "licensor"? (so may "Licensor" be)', line: 6, column: 3, endLine: 6, endColumn: 11 },
      ],
      output: 'license:\n  territory: [JP]\n  teritory: [KR]\nparties:\n  licensor: {name: A}\n  LICENSOR: {name: B}\n',
    },
    {
      name: 'severity from the config',
      code: 'timeline:\n  target_sigining: 2027-01-01\n',
      setting: 'info',
      findings: [
        {
          message: 'Unknown key "target_sigining" in timeline: did you mean "target_signing"?',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 18,
          severity: 'info',
        },
      ],
      output: 'timeline:\n  target_signing: 2027-01-01\n',
    },
  ],
});
