import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const message = (stage: string, country: string, code: string) =>
  `Asset at stage "${stage}", before Phase 2 proof of concept, offered to a licensee in ${country} (${code}): European, Japanese and Korean buyers mostly in-license after PoC`;

testRule(rule, {
  valid: [
    { name: 'a preclinical asset to a US incubator', code: 'asset: {stage: preclinical}\nparties:\n  licensee: {country: US, type: incubator}\n' },
    { name: 'a Phase 2 asset to a Japanese buyer', code: 'asset: {stage: phase-2}\nparties:\n  licensee: {country: JP}\n' },
    { name: 'a Phase 3 asset to a German buyer', code: 'asset: {stage: Phase 3}\nparties:\n  licensee: {country: DE}\n' },
    { name: 'no licensee country', code: 'asset: {stage: phase-1}\nparties:\n  licensee: {name: Kanto Pharma}\n' },
    {
      name: 'Markdown: a legal form is not a country ("AG" is not Antigua), and alone says none',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Licensee:** Rheinbasel Pharma AG\n\n**Asset:** RB-1, an antibody at PCC stage\n',
    },
    { name: 'no stage', code: 'asset: {name: X}\nparties:\n  licensee: {country: JP}\n' },
  ],
  invalid: [
    {
      name: 'Markdown: the country written after a legal form that looks like a code ("a.s.", not American Samoa)',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Licensee:** Ostrava Biologics a.s., Czech Republic (mid-size pharma)\n\n**Asset:** LP-88, an antibody at PCC stage\n',
      findings: [{ message: message('pcc', 'Czechia', 'CZ'), line: 5, column: 34, endLine: 5, endColumn: 37 }],
    },
    {
      name: 'the licensee country from its address, with no country clause',
      code: 'asset: {stage: pcc}\nparties:\n  licensee: {name: "Seto Pharma K.K."}\n',
      findings: [{ message: message('pcc', 'Japan', 'JP'), line: 1, column: 16, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'a PCC-stage asset to a Japanese licensee points at the stage',
      code: 'asset:\n  stage: pcc\nparties:\n  licensee: {country: JP}\n',
      findings: [{ message: message('pcc', 'Japan', 'JP'), line: 2, column: 10, endLine: 2, endColumn: 13 }],
    },
    {
      name: 'stage and country written as words',
      code: 'asset:\n  stage: Phase 1b\nparties:\n  licensee:\n    country: Germany\n',
      findings: [{ message: message('Phase 1b', 'Germany', 'DE'), line: 2, column: 10, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'phase1 without a separator, Korean licensee',
      code: 'asset: {stage: phase1}\nparties:\n  licensee: {country: KR}\n',
      findings: [{ message: message('phase1', 'South Korea', 'KR'), line: 1, column: 16, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'Europe beyond the EU, severity from the config',
      code: 'asset: {stage: ind-enabling}\nparties:\n  licensee: {country: CH}\n',
      setting: 'warning',
      findings: [{ message: message('ind-enabling', 'Switzerland', 'CH'), line: 1, column: 16, endLine: 1, endColumn: 28, severity: 'warning' }],
    },
  ],
});
