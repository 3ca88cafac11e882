// The names that make a file a term sheet, whatever a config adds: one list for the CLI, the server and the
// client. No imports, so the client can take it without the engine.

/** The kinds after `.termsheet.`: YAML under either extension, and Markdown. */
const TERM_SHEET_KINDS = ['yaml', 'yml', 'md'] as const;

/** `*.termsheet.yaml, *.termsheet.yml, *.termsheet.md`, for messages and help. */
export const TERM_SHEET_PATTERNS = TERM_SHEET_KINDS.map((kind) => `*.termsheet.${kind}`).join(', ');

/** The same as one glob, for editors' document selectors and file watchers. */
export const TERM_SHEET_GLOB = `**/*.termsheet.{${TERM_SHEET_KINDS.join(',')}}`;

const TERM_SHEET_NAME = new RegExp(`\\.termsheet\\.(${TERM_SHEET_KINDS.join('|')})$`, 'i');

/** True when a file's name (or path) alone makes it a term sheet; case-insensitive, as file systems may be. */
export function isTermSheetName(fileName: string): boolean {
  return TERM_SHEET_NAME.test(fileName);
}
