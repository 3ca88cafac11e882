import { lintText, maxFileBytes, SYNTAX_RULE_ID, type LintOptions, type LintResult } from '../lint';
import type { Config } from '../config';
import type { Finding } from '../rule';
import type { SuppressedFinding } from '../directives';
import { LineIndex, type Range } from '../text';
import { DocxError } from './container';
import { readDocx, type DocxView } from './reader';

export { readDocx, type DocxView, type DocxSection } from './reader';
export { DocxError } from './container';
export * from './names';

/** A finding in a Word document, with where it is in the document's own terms. */
export interface PlacedFinding extends Finding {
  /** The section it is in: its number and heading ("7.(a) Milestones"). */
  section?: string;
  /** The text it is about, from the text view. */
  quote?: string;
}

export interface DocxLintResult extends LintResult {
  findings: PlacedFinding[];
  /** The text view the findings' lines and columns count in; empty when the file could not be read. */
  text: string;
}

/**
 * XML is several times the text it holds (a clause of 200 characters is 1-2 KB of runs and
 * properties): the inflated parts may reach this many times the text size limit before they are refused.
 */
export const XML_PER_TEXT = 16;

/** What a tracked insertion adds to the message of a finding inside one. */
export const IN_TRACKED_INSERTION = "in a tracked insertion: the other side's proposal";

/** Reads a `.docx` into its text view under the size limit of `config` (`max_file_size_mb`, else 4 MB of text). */
export function readDocxWithin(bytes: Uint8Array, config?: Config): DocxView {
  return readDocx(bytes, maxFileBytes({ config }) * XML_PER_TEXT);
}

/** Lints a Word document: its text view, through the Markdown reader and every rule. Never throws. */
export function lintDocx(bytes: Uint8Array, options: LintOptions): DocxLintResult {
  const limit = maxFileBytes(options);
  let view: DocxView;
  try {
    view = readDocx(bytes, limit * XML_PER_TEXT);
  } catch (error) {
    if (!(error instanceof DocxError)) throw error;
    return { text: '', suppressed: [], findings: [unreadable(error.message)] };
  }
  // The text view is Markdown: the Markdown reader and every rule read it unchanged.
  const result = lintText(view.text, { ...options, fileName: `${options.fileName ?? 'document.docx'}.md` });
  const lines = new LineIndex(view.text);
  const place = (finding: Finding): PlacedFinding => placeFinding(view, lines, finding);
  return {
    ...result,
    text: view.text,
    findings: result.findings.map(place),
    suppressed: result.suppressed.map((entry): SuppressedFinding => ({ ...entry, finding: place(entry.finding) })),
  };
}

/** The one finding for a file that cannot be read as a Word document. */
export function unreadable(message: string): PlacedFinding {
  const start = { offset: 0, line: 0, character: 0 };
  return { ruleId: SYNTAX_RULE_ID, severity: 'error', message, range: { start, end: start } };
}

/** A finding named by its section and quoted text, its message saying so when it is in a tracked insertion. */
export function placeFinding(view: DocxView, lines: LineIndex, finding: Finding): PlacedFinding {
  const section = sectionAt(view, finding.range.start.line);
  const inserted = view.insertions.some(([start, end]) => finding.range.start.offset >= start && finding.range.end.offset <= end && start < end);
  return {
    ...finding,
    message: inserted ? `${finding.message} (${IN_TRACKED_INSERTION})` : finding.message,
    ...(section ? { section } : {}),
    quote: quoteOf(lines, finding.range),
  };
}

/** "7.(a) Milestones": the last heading or numbered paragraph at or before the line. */
function sectionAt(view: DocxView, line: number): string | undefined {
  let found: DocxView['sections'][number] | undefined;
  for (const section of view.sections) {
    if (section.line > line) break;
    found = section;
  }
  if (!found) return undefined;
  return found.number ? `${found.number} ${found.heading}`.trim() : found.heading;
}

/** The text a range covers, on one line; the whole line when the range is empty, cut to a readable length. */
function quoteOf(lines: LineIndex, range: Range): string {
  const text = range.end.offset > range.start.offset ? lines.text.slice(range.start.offset, range.end.offset) : lines.lineText(range.start.line);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine;
}
