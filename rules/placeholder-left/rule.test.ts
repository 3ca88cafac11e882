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
    {
      name: 'a signature block: the spaces to sign, name the signatory and date the signature are not open terms (Markdown)',
      fileName: 'case.termsheet.md',
      code:
        '# Licence\n\n**Upfront:** USD 20M\n\nAGREED AND ACCEPTED:\n\n**ACME UNIVERSITY**\n\nBy: ____________\nName: ____________\n' +
        'Title: ____________\nDate: ____________\n\nSigned for and on behalf of Beta Bio Ltd: ____________ Date: ________\n',
    },
    {
      name: 'a signature block in a YAML note',
      code: 'financials:\n  upfront: USD 20M\nsignatures: |\n  By: ______________  Name: ______________  Title: ______________  Date: ________\n',
    },
  ],
  invalid: [
    {
      name: "blanks that look like a signature block's but are terms: the sheet's date, a party's name with no line that signs, a clause of the model",
      fileName: 'case.termsheet.md',
      code: '# Licence\n\nDate: ________\n\n## Licensee\n\nName: ________\n',
      findings: [
        { message: 'Placeholder "________" left in date', line: 3, column: 7, endLine: 3, endColumn: 15 },
        { message: 'Placeholder "________" left in parties.licensee.name', line: 7, column: 7, endLine: 7, endColumn: 15 },
      ],
    },
    {
      name: 'a clause of the model whose key is a signature label: who did the FTO',
      code: 'ip:\n  fto:\n    status: completed\n    by: ________\n',
      findings: [{ message: 'Placeholder "________" left in ip.fto.by', line: 4, column: 9, endLine: 4, endColumn: 17 }],
    },
    {
      name: 'each placeholder, on its own text, named with the path of its value',
      code:
        'parties:\n  licensee: {name: "[TBD]"}\nfinancials:\n  upfront: USD XX million\n  royalties:\n    - {rate: "{{rate}}"}\n' +
        'note: TBD and [●]\nscope: "[ ] exclusive"\nfield: "[TBD: oncology only?]"\n',
      findings: [
        { message: 'Placeholder "[TBD]" left in parties.licensee.name', line: 2, column: 21, endLine: 2, endColumn: 26 },
        { message: 'Placeholder "XX" left in financials.upfront', line: 4, column: 16, endLine: 4, endColumn: 18 },
        { message: 'Placeholder "{{rate}}" left in financials.royalties[0].rate', line: 6, column: 15, endLine: 6, endColumn: 23 },
        { message: 'Placeholder "TBD" left in note', line: 7, column: 7, endLine: 7, endColumn: 10 },
        { message: 'Placeholder "[●]" left in note', line: 7, column: 15, endLine: 7, endColumn: 18 },
        { message: 'Placeholder "[ ]" left in scope', line: 8, column: 9, endLine: 8, endColumn: 12 },
        { message: 'Placeholder "[TBD: oncology only?]" left in field', line: 9, column: 9, endLine: 9, endColumn: 30 },
      ],
    },
    {
      name: 'template blanks in YAML: each form, quoted exactly as written',
      code:
        'parties:\n  licensor: {name: "<COMPANY>"}\n  licensee: {name: "[Company name]"}\neffective_date: "[DATE]"\nsignatory: "[INSERT: FULL COMPANY NAME"\n' +
        'inventor: "{inventor}"\nfinancials:\n  upfront: $X\n  total_deal_value: $______\n  equity: "$[___]"\n  royalties:\n    - {rate: X% of Net Sales}\n' +
        '    - {rate: x percent (x %)}\n    - {rate: "[5-10%]"}\n    - {rate: W%–Z%}\nterm: 20[__] to 20[__]\nscope: "[1-3] indications, [●] and [•]"\n',
      findings: [
        { message: 'Placeholder "<COMPANY>" left in parties.licensor.name', line: 2, column: 21, endLine: 2, endColumn: 30 },
        { message: 'Placeholder "[Company name]" left in parties.licensee.name', line: 3, column: 21, endLine: 3, endColumn: 35 },
        { message: 'Placeholder "[DATE]" left in effective_date', line: 4, column: 18, endLine: 4, endColumn: 24 },
        { message: 'Placeholder "[INSERT: FULL COMPANY NAME" left in signatory', line: 5, column: 13, endLine: 5, endColumn: 39 },
        { message: 'Placeholder "{inventor}" left in inventor', line: 6, column: 12, endLine: 6, endColumn: 22 },
        { message: 'Placeholder "$X" left in financials.upfront', line: 8, column: 12, endLine: 8, endColumn: 14 },
        { message: 'Placeholder "$______" left in financials.total_deal_value', line: 9, column: 21, endLine: 9, endColumn: 28 },
        { message: 'Placeholder "$[___]" left in financials.equity', line: 10, column: 12, endLine: 10, endColumn: 18 },
        { message: 'Placeholder "X%" left in financials.royalties[0].rate', line: 12, column: 14, endLine: 12, endColumn: 16 },
        { message: 'Placeholder "x percent" left in financials.royalties[1].rate', line: 13, column: 14, endLine: 13, endColumn: 23 },
        { message: 'Placeholder "x %" left in financials.royalties[1].rate', line: 13, column: 25, endLine: 13, endColumn: 28 },
        { message: 'Placeholder "[5-10%]" left in financials.royalties[2].rate', line: 14, column: 15, endLine: 14, endColumn: 22 },
        { message: 'Placeholder "W%–Z%" left in financials.royalties[3].rate', line: 15, column: 14, endLine: 15, endColumn: 19 },
        { message: 'Placeholder "20[__]" left in term', line: 16, column: 7, endLine: 16, endColumn: 13 },
        { message: 'Placeholder "20[__]" left in term', line: 16, column: 17, endLine: 16, endColumn: 23 },
        { message: 'Placeholder "[1-3]" left in scope', line: 17, column: 9, endLine: 17, endColumn: 14 },
        { message: 'Placeholder "[●]" left in scope', line: 17, column: 28, endLine: 17, endColumn: 31 },
        { message: 'Placeholder "[•]" left in scope', line: 17, column: 36, endLine: 17, endColumn: 39 },
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
        { message: 'Placeholder "X%" left in financials.royalties[0]', line: 10, column: 15, endLine: 10, endColumn: 17 },
        { message: 'Placeholder "[INSERT: FULL COMPANY NAME" left in signatory', line: 12, column: 16, endLine: 12, endColumn: 42 },
        { message: 'Placeholder "{inventor}" left in inventor', line: 14, column: 15, endLine: 14, endColumn: 25 },
        { message: 'Placeholder "20[__]" left in term', line: 16, column: 17, endLine: 16, endColumn: 23 },
        { message: 'Placeholder "______" left in tax_id_no', line: 20, column: 16, endLine: 20, endColumn: 22 },
      ],
    },
    {
      name: 'options left open, bracketed text and figures, instructions and fields: each its own finding, never a value',
      code: 'asset: {classification: "[first-in-class | best-in-class]"}\ngoverning_law: "[New York / Hong Kong]"\nlicense:\n  field: "[any and all uses [in humans]]"\n  scope: "[an exclusive] OR [a non-exclusive]"\nfinancials:\n  equity: "[5]% of fully diluted capital"\nlicensee: "!!NAME AND ADDRESS OF LICENSEE"\nproject: "<Define field> for [Name of project]"\n',
      findings: [
        { message: 'Placeholder "[first-in-class | best-in-class]" left in asset.classification', line: 1, column: 26, endLine: 1, endColumn: 58 },
        { message: 'Placeholder "[New York / Hong Kong]" left in governing_law', line: 2, column: 17, endLine: 2, endColumn: 39 },
        { message: 'Placeholder "[any and all uses [in humans]]" left in license.field', line: 4, column: 11, endLine: 4, endColumn: 41 },
        { message: 'Placeholder "[an exclusive]" left in license.scope', line: 5, column: 11, endLine: 5, endColumn: 25 },
        { message: 'Placeholder "[a non-exclusive]" left in license.scope', line: 5, column: 29, endLine: 5, endColumn: 46 },
        { message: 'Placeholder "[5]%" left in financials.equity', line: 7, column: 12, endLine: 7, endColumn: 16 },
        { message: 'Placeholder "!!NAME AND ADDRESS OF LICENSEE" left in licensee', line: 8, column: 12, endLine: 8, endColumn: 42 },
        { message: 'Placeholder "<Define field>" left in project', line: 9, column: 11, endLine: 9, endColumn: 25 },
        { message: 'Placeholder "[Name of project]" left in project', line: 9, column: 30, endLine: 9, endColumn: 47 },
      ],
    },
    {
      name: 'Markdown: blanks in the opening words and in a clause written a second time, each on its own line',
      fileName: 'case.termsheet.md',
      code: '# Term sheet\n\nThe terms below bind neither the Institute nor <COMPANY>\nuntil signed. This offer lapses on <DATE>.\n\n| Term | Proposal |\n|---|---|\n| Project | Validation of [target] inhibitors |\n| Title | Second title [TBD] |\n',
      findings: [
        { message: 'Placeholder "<COMPANY>" left in other_text[0]', line: 3, column: 48, endLine: 3, endColumn: 57 },
        { message: 'Placeholder "<DATE>" left in other_text[0]', line: 4, column: 36, endLine: 4, endColumn: 42 },
        { message: 'Placeholder "[target]" left in other_text[1]', line: 8, column: 27, endLine: 8, endColumn: 35 },
        { message: 'Placeholder "[TBD]" left in other_text[2]', line: 9, column: 24, endLine: 9, endColumn: 29 },
      ],
    },
    {
      name: 'an error once the sheet is agreed',
      code: 'status: agreed\nconfidentiality: "[TBD]"\n',
      findings: [{ message: 'Placeholder "[TBD]" left in confidentiality', line: 2, column: 19, endLine: 2, endColumn: 24, severity: 'error' }],
    },
    {
      name: 'a configured severity wins over the escalation',
      code: 'status: agreed\nconfidentiality: "[TBD]"\n',
      setting: 'info',
      findings: [{ message: 'Placeholder "[TBD]" left in confidentiality', line: 2, column: 19, endLine: 2, endColumn: 24, severity: 'info' }],
    },
  ],
});
