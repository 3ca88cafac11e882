import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'No legal counsel is named (advisors.legal)';

testRule(rule, {
  valid: [
    { name: 'named', code: 'advisors:\n  legal: Lin & Okada LLP\n' },
    {
      name: 'named inline in the advisors paragraph, after the tax advisor',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Advisors.** Tax advisor: Harbour Tax Partners. Legal counsel to the Licensor: Lin & Okada LLP.\n',
    },
    {
      name: 'advisors named with their roles in brackets',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Advisers.** Huabo is advised by Fangda Partners (legal counsel) and KPMG China (tax).\n',
    },
    {
      name: "advisors listed under a party's name, each name straight after its role",
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n## Advisors\n\nLicensor: legal counsel Han Kun Law Offices; tax advisor Deloitte China.\n',
    },
  ],
  invalid: [
    {
      name: 'advisors without legal',
      code: 'advisors:\n  tax: A\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 9 }],
      suggested: 'advisors:\n  tax: A\n  legal: "[TBD]"\n',
    },
    {
      name: 'an empty value in a flow mapping is filled in place',
      code: 'advisors: {tax: X, legal: }\n',
      findings: [{ message: MESSAGE, line: 1, column: 20, endLine: 1, endColumn: 25 }],
      suggested: 'advisors: {tax: X, legal: "[TBD]" }\n',
    },
    {
      name: 'severity from the config',
      code: 'title: x\n',
      setting: 'error',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'error' }],
      suggested: 'title: x\nadvisors:\n  legal: "[TBD]"\n',
    },
    {
      name: 'no advisors in a deal not known to be cross-border: info',
      code: 'title: x\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'info' }],
      suggested: 'title: x\nadvisors:\n  legal: "[TBD]"\n',
    },
    {
      name: 'cross-border, with the paid entity unstated: a warning',
      code: 'parties:\n  licensor: {name: A, country: CN}\n  licensee: {name: B, country: DE}\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      suggested: 'parties:\n  licensor: {name: A, country: CN}\n  licensee: {name: B, country: DE}\nadvisors:\n  legal: "[TBD]"\n',
    },
  ],
});
