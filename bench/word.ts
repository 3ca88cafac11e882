import { lintDocx, readDocx, XML_PER_TEXT } from '../server/src/engine/docx';
import { DEFAULT_MAX_FILE_BYTES } from '../server/src/engine';
import { RULES } from '../rules';
import { markdownToDocx } from '../test/support/docx';
import { medians, ms, times, type Row, type WarmUp } from './measure';
import { markdownSheetOfLines } from './sheets';

export interface WordOptions {
  pages: number;
  iterations: number;
  warmUp: WarmUp;
}

/** A page of a term sheet in Word: about 3,000 characters (some 500 words). */
const CHARACTERS_PER_PAGE = 3000;
/** The whole lint of a Word document, against converting it to its text view alone. */
const LINT_OVER_CONVERSION = 2;

/** The complete Markdown example grown to `pages` pages, as Word writes it: headings, numbering, bold labels, tables. */
function wordSheetOfPages(pages: number): { docx: Uint8Array; characters: number } {
  let lines = 100;
  let markdown = markdownSheetOfLines(lines);
  while (markdown.length < pages * CHARACTERS_PER_PAGE) markdown = markdownSheetOfLines((lines += 50));
  return { docx: markdownToDocx(markdown), characters: markdown.length };
}

/**
 * f. A Word term sheet linted (unzip, XML, text view, the Markdown reader, every rule) against its
 * conversion alone (unzip by fflate, XML by saxes, the text view): what reading Word adds to the
 * conversion any reader of .docx pays.
 */
export function wordRows(options: WordOptions): Row[] {
  const { docx, characters } = wordSheetOfPages(options.pages);
  const lintOptions = { rules: RULES, fileName: 'bench.termsheet.docx', fixes: false };
  const [lint, conversion] = medians(
    [() => lintDocx(docx, lintOptions), () => readDocx(docx, DEFAULT_MAX_FILE_BYTES * XML_PER_TEXT)],
    options.iterations,
    options.warmUp,
  );
  const ratio = lint / conversion;
  return [
    {
      name: `f. Word term sheet, ${options.pages} pages (${Math.round(docx.length / 1024)} KB .docx, ${Math.round(characters / 1024)} KB text)`,
      ours: `lint ${ms(lint)}`,
      reference: `conversion ${ms(conversion)}`,
      result: times(ratio),
      target: `≤ ${LINT_OVER_CONVERSION}×`,
      met: ratio <= LINT_OVER_CONVERSION,
    },
  ];
}
