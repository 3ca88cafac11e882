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

/**
 * The scheme of a Word document's text view in the editor: `termsheet-docx:` and the file's path
 * (`termsheet-docx:/deals/deal.termsheet.docx`). Client and server name the view alike.
 */
export const WORD_VIEW_SCHEME = 'termsheet-docx';

export function isWordViewUri(uri: string): boolean {
  return uri.startsWith(`${WORD_VIEW_SCHEME}:`);
}
