import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

testRule(rule, {
  valid: [
    { name: 'a finished sheet', code: 'title: Licence of ZA-101\nfinancials:\n  upfront: USD 20M\n' },
    { name: 'a code name is not a placeholder', code: 'asset: {name: TBD-101}\n' },
    { name: 'words containing the letters', code: 'note: XXL batch size, TBDX process\n' },
    {
      name: 'real text that looks close: Phase X, a bracketed defined term, an X-ray, a code name',
      code: 'asset:\n  name: ZA-101\n  stage: Phase X ready\nnote: "[Licensee] and its affiliates; $X-ray imaging; ref [1]; snake_case"\n',
    },
    {
      name: 'redactions are stated, not disclosed: never a blank',
      code: 'non_compete: "[***]"\nfinancials:\n  upfront: "$[***] million"\n  royalties:\n    - {rate: "[*]%"}\nnote: "[**] and [REDACTED]"\n',
    },
    {
      name: 'Markdown: HTML tags, emphasis and redactions are not blanks',
      fileName: 'case.termsheet.md',
      code:
        '# Licence of ZA-101\n\n| Term | Value |\n|---|---|\n| Licensee | Straits Pharma<br>Singapore |\n| Upfront | **USD 20M** |\n\n' +
        '**Restrictive Covenants:** [***]\n\n**Milestones:** $[***] million on first approval\n',
    },
  ],
  invalid: [
    {
      name: 'each kind of placeholder, named with its path',
      code:
        'parties:\n  licensee: {name: "[TBD]"}\nfinancials:\n  upfront: USD XX million\n  royalties:\n    - {rate: "{{rate}}"}\n' +
        'note: TBD and [●]\nscope: "[ ] exclusive"\nfield: "[TBD: oncology only?]"\n',
      findings: [
        { message: 'Placeholder "[TBD]" left in parties.licensee.name', line: 2, column: 20, endLine: 2, endColumn: 27 },
        { message: 'Placeholder "XX" left in financials.upfront', line: 4, column: 12, endLine: 4, endColumn: 26 },
        { message: 'Placeholder "{{rate}}" left in financials.royalties[0].rate', line: 6, column: 14, endLine: 6, endColumn: 24 },
        { message: 'Placeholders "TBD", "[●]" left in note', line: 7, column: 7, endLine: 7, endColumn: 18 },
        { message: 'Placeholder "[ ]" left in scope', line: 8, column: 8, endLine: 8, endColumn: 23 },
        { message: 'Placeholder "[TBD: oncology only?]" left in field', line: 9, column: 8, endLine: 9, endColumn: 31 },
      ],
    },
    {
      name: 'template blanks in YAML: each form, quoted exactly as written',
      code:
        'parties:\n  licensor: {name: "<COMPANY>"}\n  licensee: {name: "[Company name]"}\neffective_date: "[DATE]"\nsignatory: "[INSERT: FULL COMPANY NAME"\n' +
        'inventor: "{inventor}"\nfinancials:\n  upfront: $X\n  total_deal_value: $______\n  equity: "$[___]"\n  royalties:\n    - {rate: X% of Net Sales}\n' +
        '    - {rate: x percent (x %)}\n    - {rate: "[5-10%]"}\n    - {rate: W%–Z%}\nterm: 20[__] to 20[__]\nscope: "[1-3] indications, [●] and [•]"\n',
      findings: [
        { message: 'Placeholder "<COMPANY>" left in parties.licensor.name', line: 2, column: 20, endLine: 2, endColumn: 31 },
        { message: 'Placeholder "[Company name]" left in parties.licensee.name', line: 3, column: 20, endLine: 3, endColumn: 36 },
        { message: 'Placeholder "[DATE]" left in effective_date', line: 4, column: 17, endLine: 4, endColumn: 25 },
        { message: 'Placeholder "[INSERT: FULL COMPANY NAME" left in signatory', line: 5, column: 12, endLine: 5, endColumn: 40 },
        { message: 'Placeholder "{inventor}" left in inventor', line: 6, column: 11, endLine: 6, endColumn: 23 },
        { message: 'Placeholder "$X" left in financials.upfront', line: 8, column: 12, endLine: 8, endColumn: 14 },
        { message: 'Placeholder "$______" left in financials.total_deal_value', line: 9, column: 21, endLine: 9, endColumn: 28 },
        { message: 'Placeholder "$[___]" left in financials.equity', line: 10, column: 11, endLine: 10, endColumn: 19 },
        { message: 'Placeholder "X%" left in financials.royalties[0].rate', line: 12, column: 14, endLine: 12, endColumn: 29 },
        { message: 'Placeholders "x percent", "x %" left in financials.royalties[1].rate', line: 13, column: 14, endLine: 13, endColumn: 29 },
        { message: 'Placeholder "[5-10%]" left in financials.royalties[2].rate', line: 14, column: 14, endLine: 14, endColumn: 23 },
        { message: 'Placeholder "W%–Z%" left in financials.royalties[3].rate', line: 15, column: 14, endLine: 15, endColumn: 19 },
        { message: 'Placeholder "20[__]" left in term', line: 16, column: 7, endLine: 16, endColumn: 23 },
        { message: 'Placeholders "[1-3]", "[●]", "[•]" left in scope', line: 17, column: 8, endLine: 17, endColumn: 40 },
      ],
    },
    {
      name: 'template blanks in Markdown: reported on the source text, underscores and all',
      fileName: 'case.termsheet.md',
      code:
        '# Licence of ZA-101\n\n| Term | Value |\n|---|---|\n| Licensor | <COMPANY> |\n| Licensee | [Company name] |\n| Effective date | [DATE] |\n' +
        '| Upfront | $[___] |\n| Total deal value | $______ |\n| Royalties | X% of Net Sales |\n\n**Signatory:** [INSERT: FULL COMPANY NAME\n\n' +
        '**Inventor:** {inventor}\n\n**Term:** until 20[__]\n\n| Party | Detail |\n|---|---|\n| Tax ID No. | ______ |\n',
      findings: [
        { message: 'Placeholder "<COMPANY>" left in parties.licensor.name', line: 5, column: 14, endLine: 5, endColumn: 23 },
        { message: 'Placeholder "[Company name]" left in parties.licensee.name', line: 6, column: 14, endLine: 6, endColumn: 28 },
        { message: 'Placeholder "[DATE]" left in effective_date', line: 7, column: 20, endLine: 7, endColumn: 26 },
        { message: 'Placeholder "$[___]" left in financials.upfront', line: 8, column: 13, endLine: 8, endColumn: 19 },
        { message: 'Placeholder "$______" left in financials.total_deal_value', line: 9, column: 22, endLine: 9, endColumn: 29 },
        { message: 'Placeholder "X%" left in financials.royalties[0]', line: 10, column: 15, endLine: 10, endColumn: 30 },
        { message: 'Placeholder "[INSERT: FULL COMPANY NAME" left in signatory', line: 12, column: 16, endLine: 12, endColumn: 42 },
        { message: 'Placeholder "{inventor}" left in inventor', line: 14, column: 15, endLine: 14, endColumn: 25 },
        { message: 'Placeholder "20[__]" left in term', line: 16, column: 11, endLine: 16, endColumn: 23 },
        { message: 'Placeholder "______" left in tax_id_no', line: 20, column: 16, endLine: 20, endColumn: 22 },
      ],
    },
    {
      name: 'an error once the sheet is agreed',
      code: 'status: agreed\nconfidentiality: "[TBD]"\n',
      findings: [{ message: 'Placeholder "[TBD]" left in confidentiality', line: 2, column: 18, endLine: 2, endColumn: 25, severity: 'error' }],
    },
    {
      name: 'a configured severity wins over the escalation',
      code: 'status: agreed\nconfidentiality: "[TBD]"\n',
      setting: 'info',
      findings: [{ message: 'Placeholder "[TBD]" left in confidentiality', line: 2, column: 18, endLine: 2, endColumn: 25, severity: 'info' }],
    },
  ],
});
