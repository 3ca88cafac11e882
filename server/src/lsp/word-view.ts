import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Docx from '../engine/docx';
import { isWordViewUri, WORD_VIEW_SCHEME } from '../engine/docx/names';
import { LineIndex, maxFileBytes, SYNTAX_RULE_ID, type Config, type Finding } from '../engine';

/** The reader, loaded on the first Word document: the server's start never pays for it. */
const docx = (): typeof Docx => require('../engine/docx') as typeof Docx;

/** The URI of a Word document's text view: `termsheet-docx:` and the file's path, as the client opens it. */
export function wordViewUri(path: string): string {
  return `${WORD_VIEW_SCHEME}:${pathToFileURL(path).pathname}`;
}

/** The Word document a text view shows; undefined for any other URI. */
export function wordDocumentPath(uri: string): string | undefined {
  if (!isWordViewUri(uri)) return undefined;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
}

/** A Word document read from disk: its text view, or why it cannot be read (a finding on the first line). */
export type WordRead = { view: Docx.DocxView } | { unreadable: Finding };

export function readWordDocument(path: string, config: Config | undefined): WordRead {
  const reader = docx();
  try {
    return { view: reader.readDocx(readFileSync(path), maxFileBytes({ config }) * reader.XML_PER_TEXT) };
  } catch (error) {
    if (!(error instanceof reader.DocxError)) throw error;
    const start = { offset: 0, line: 0, character: 0 };
    return { unreadable: { ruleId: SYNTAX_RULE_ID, severity: 'error', message: error.message, range: { start, end: start } } };
  }
}

/**
 * Findings on a Word document's text view, each naming its section and quoting its text, and saying so
 * when it is inside a tracked insertion. `text` is what was linted: when the document on disk no longer
 * reads as that text, the findings are left as they are.
 */
export function placeWordFindings(uri: string, text: string, findings: readonly Finding[], config: Config | undefined): Finding[] {
  const path = wordDocumentPath(uri);
  if (path === undefined || findings.length === 0) return [...findings];
  let read: WordRead;
  try {
    read = readWordDocument(path, config);
  } catch {
    return [...findings];
  }
  if (!('view' in read) || read.view.text !== text) return [...findings];
  const { view } = read;
  const lines = new LineIndex(text);
  return findings.map((finding) => docx().placeFinding(view, lines, finding));
}
