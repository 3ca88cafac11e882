import { isMarkdownTermSheet } from '../engine';

const TERM_SHEET_SUFFIXES = ['.termsheet.yaml', '.termsheet.yml', '.termsheet.md'];

/** The decoded path of a document URI (`file:///a/b%20c.yaml` → `/a/b c.yaml`), or the URI itself when it does not parse. */
export function documentPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri.replace(/[?#].*$/, '');
  }
}

/** Only term sheets are linted; any other YAML or Markdown file is never touched. */
export function isTermSheetUri(uri: string): boolean {
  const path = documentPath(uri).toLowerCase();
  return TERM_SHEET_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

/** A term sheet by its name, or a Markdown document whose front matter says `termsheet:`. */
export function isTermSheetDocument(document: { uri: string; getText(): string }): boolean {
  if (isTermSheetUri(document.uri)) return true;
  return /\.(md|markdown)$/i.test(documentPath(document.uri)) && isMarkdownTermSheet(document.getText());
}
