import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const MESSAGE = 'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing';

testRule(rule, {
  valid: [
    { name: 'named', code: 'advisors:\n  tax: Harbour Tax Partners\n' },
    { name: 'in flow style', code: 'advisors: {tax: Harbour Tax Partners}\n' },
    {
      name: 'named inline in the advisors paragraph, after legal counsel',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Advisors.** Legal counsel: Lin & Okada LLP. Tax advisor: Harbour Tax Partners.\n',
    },
    {
      name: 'legal counsel who also advise on tax, in the advisors paragraph',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Advisors.** Legal counsel: Lin & Okada LLP, which also advises on tax structuring.\n',
    },
    {
      name: 'advisors named with their roles in brackets',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Advisers.** Huabo is advised by Fangda Partners (legal) and KPMG China (tax).\n',
    },
    { name: 'legal counsel who also advise on tax, in the clause', code: 'advisors:\n  legal: Lin & Okada LLP (tax and legal counsel)\n' },
  ],
  invalid: [
    {
      name: 'no advisors at all, in a deal not known to be cross-border: info, and the clause is added',
      code: 'title: x\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'info' }],
      suggested: 'title: x\nadvisors:\n  tax: "[TBD]"\n',
    },
    {
      name: 'both parties in one country: info',
      code: 'parties:\n  licensor: {name: A, country: CN}\n  licensee: {name: B, country: CN}\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 8, severity: 'info' }],
      suggested: 'parties:\n  licensor: {name: A, country: CN}\n  licensee: {name: B, country: CN}\nadvisors:\n  tax: "[TBD]"\n',
    },
    {
      name: 'cross-border, with the paid entity unstated: a warning',
      code: 'parties:\n  licensor: {name: A, country: CN}\n  licensee: {name: B, country: US}\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      suggested: 'parties:\n  licensor: {name: A, country: CN}\n  licensee: {name: B, country: US}\nadvisors:\n  tax: "[TBD]"\n',
    },
    {
      name: 'cross-border, with the paid entity stated: info',
      code: 'parties:\n  licensor: {name: A, country: CN, payee_entity: A HK}\n  licensee: {name: B, country: US}\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 8, severity: 'info' }],
      suggested: 'parties:\n  licensor: {name: A, country: CN, payee_entity: A HK}\n  licensee: {name: B, country: US}\nadvisors:\n  tax: "[TBD]"\n',
    },
    {
      name: 'an advisors paragraph naming only legal counsel leaves tax out: a warning',
      fileName: 'case.termsheet.md',
      code: '# Licence\n\n**Advisors.** Legal counsel: Lin & Okada LLP.\n',
      findings: [{ message: MESSAGE, line: 3, column: 3, endLine: 3, endColumn: 11 }],
      suggested: '# Licence\n\n**Advisors.** Legal counsel: Lin & Okada LLP.\n**Tax Advisor:** [TBD]\n',
    },
    {
      name: 'advisors without tax: added beside the others, comment kept',
      code: 'advisors:\n  legal: Lin & Okada LLP  # engaged\n',
      findings: [{ message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 9 }],
      suggested: 'advisors:\n  legal: Lin & Okada LLP  # engaged\n  tax: "[TBD]"\n',
    },
    {
      name: '"none" is on the value, with no fix',
      code: 'advisors:\n  tax: none\n',
      findings: [{ message: MESSAGE, line: 2, column: 8, endLine: 2, endColumn: 12 }],
    },
  ],
});

void test('the suggestion is titled by the clause it adds, as the sheet names it, not by its model path', () => {
  const [finding] = lintText('# Licence\n\n**Legal Counsel:** Lin & Okada LLP\n', { fileName: 'case.termsheet.md', rules: [rule], fixes: true }).findings;
  assert.equal(finding.suggestions?.[0].title, 'Add the tax advisor clause (leaves one [TBD] to fill in)');
});
