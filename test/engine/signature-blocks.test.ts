import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { SIGNATORY_FIELDS, SIGNING_PHRASES } from '../../server/src/engine/lexicon/signature-blocks';
import { rule as placeholderLeft } from '../../rules/placeholder-left/rule';

/** The lines of the blanks placeholder-left reports in a sheet. */
function blankLines(text: string, fileName = 'case.termsheet.md'): number[] {
  return lintText(text, { rules: [placeholderLeft], fileName }).findings.map((finding) => finding.range.start.line + 1);
}

/** A phrase as a drafter writes it: "… on behalf of" names the party. */
const written = (phrase: string) => (phrase.endsWith(' of') ? `${phrase} Acme Bio Ltd` : phrase);

describe('signature blocks', () => {
  for (const phrase of SIGNING_PHRASES) {
    test(`"${written(phrase)}: ____" signs: its blank and the block's are not open terms`, () => {
      assert.deepEqual(blankLines(`# Licence\n\n${written(phrase)}: ____________\n`), []);
      assert.deepEqual(blankLines(`# Licence\n\n**${written(phrase).toUpperCase()}:** ____________ Date: ________\n`), []);
    });
  }
  for (const field of SIGNATORY_FIELDS) {
    test(`"${field}: ____" is the signatory's beside "By:" and a name or title, and a term alone`, () => {
      assert.deepEqual(blankLines(`# Licence\n\nBy: ____________\nName: ____________\n${field}: ____________\n`), []);
      assert.deepEqual(blankLines(`# Licence\n\nBy: ________ Title: ________ ${field}: ________\n`), []);
      assert.deepEqual(blankLines(`# Licence\n\n${field}: ____________\n`), [3]);
    });
  }
  test("the model's own keys are not labels: an FTO's `by` and `date` left blank are terms", () => {
    assert.deepEqual(
      blankLines('ip:\n  fto:\n    status: completed\n    by: ________\n    date: ________\nnote: "Name: ____"\n', 'case.termsheet.yaml'),
      [4, 5, 6],
    );
  });
  test('a label inside a sentence is not a field: "payable by: ____", "Product Name: ____"', () => {
    assert.deepEqual(blankLines('# Licence\n\nThe fee is payable by: ____________\n\nSignature: ____\nProduct Name: ________\n'), [3, 6]);
  });
  test('a line that signs far away does not make a date the signature’s', () => {
    const filler = 'The parties will negotiate the definitive agreement in good faith. '.repeat(6);
    assert.deepEqual(blankLines(`# Licence\n\nDate: ________\n\n${filler}\n\nSignature: ____\n`), [3]);
  });
});
