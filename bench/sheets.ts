import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const CORPUS = join(__dirname, '..', '..', 'test', 'corpus');

/**
 * Heads of terms as most are drafted: numbered clauses of prose, amounts in words and figures, a royalty
 * band in words, a territory written as an exclusion (a corpus sheet, with its expected findings).
 */
export function proseHeadsOfTerms(): { name: string; text: string } {
  const name = 'hot-numbered-prose-binding-exceptions.termsheet.md';
  return { name, text: readFileSync(join(CORPUS, name), 'utf8') };
}

/**
 * A realistic sheet of about `lines` lines: the complete example with more patent families,
 * milestones and trials, which is how real sheets grow.
 */
export function sheetOfLines(lines: number): string {
  const base = readFileSync(join(EXAMPLES, 'complete.termsheet.yaml'), 'utf8');
  const families: string[] = [];
  const milestones: string[] = [];
  const trials: string[] = [];
  let count = base.split('\n').length;
  for (let i = 0; count < lines; i++) {
    families.push(`    - family: WO2025/${100000 + i} (use patent ${i})`, `      jurisdictions: [CN, US, EP, JP, KR, IN]`, `      expiry: ${2040 + (i % 8)}`);
    milestones.push(`      - {event: indication ${i} approval, amount: 0}`);
    trials.push(`      - phase: 2`, `        enrolled: ${60 + i}`, `        control: standard-of-care`, `        design: randomized`);
    count += 8;
  }
  return base
    .replace('  patents:\n', `  patents:\n${families.join('\n')}\n`)
    .replace('    regulatory:\n', `    regulatory:\n${milestones.join('\n')}\n`)
    .replace('    trials:\n', `    trials:\n${trials.join('\n')}\n`);
}

/** The complete Markdown example grown to about `lines` lines with more patent families, as a real schedule grows. */
export function markdownSheetOfLines(lines: number): string {
  const base = readFileSync(join(EXAMPLES, 'complete.termsheet.md'), 'utf8');
  const anchor = '| WO2024/051220 (dosing regimen) | CN, US, JP, KR | 2044 |\n';
  const rows: string[] = [];
  for (let i = 0, count = base.split('\n').length; count < lines; i++, count++) {
    rows.push(`| WO2025/${100000 + i} (use patent ${i}) | CN, US, EP, JP, KR, IN | ${2040 + (i % 8)} |`);
  }
  return base.replace(anchor, `${anchor}${rows.join('\n')}\n`);
}

/**
 * The grown Markdown sheet as a draft: the non-compete and the last sections (advisors to
 * exclusivity) not yet written, so that rules report missing clauses, each with a fix.
 */
export function markdownDraftOfLines(lines: number): string {
  const sheet = markdownSheetOfLines(lines);
  const withoutNonCompete = sheet.slice(0, sheet.indexOf('## 6. Non-compete')) + sheet.slice(sheet.indexOf('## 7. Termination'));
  return withoutNonCompete.slice(0, withoutNonCompete.indexOf('## 9. Advisors'));
}
