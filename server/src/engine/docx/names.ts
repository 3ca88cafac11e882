// Which files are Word term sheets. No imports: the CLI's file walk and the client take it without the reader.

/** A Word term sheet by name: `deal.termsheet.docx`. */
export const WORD_TERM_SHEET_PATTERN = '*.termsheet.docx';

/** The same as a glob, for file searches in the editor. */
export const WORD_TERM_SHEET_GLOB = '**/*.termsheet.docx';

export function isWordTermSheetName(fileName: string): boolean {
  return /\.termsheet\.docx$/i.test(fileName);
}

/** Any Word document (named on the command line, or selected by the config's `files`) is read as one. */
export function isWordDocumentName(fileName: string): boolean {
  return /\.docx$/i.test(fileName);
}
