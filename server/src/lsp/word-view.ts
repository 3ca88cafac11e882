import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Docx from '../engine/docx';
import { isWordViewUri, WORD_VIEW_SCHEME } from '../engine/docx/names';
import { describeFsError } from '../config/files';
import type { WordViewResult } from './protocol';
import { LineIndex, type Config, type Finding } from '../engine';

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
    return { view: reader.readDocxWithin(readFileSync(path), config) };
  } catch (error) {
    if (!(error instanceof reader.DocxError)) throw error;
    return { unreadable: reader.unreadable(error.message) };
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

/** The answer to `termsheet/wordView`: the text view of the Word document a view's URI names, or why there is none. */
export function wordViewOf(uri: string | undefined, config: Config | undefined): WordViewResult {
  const path = uri === undefined ? undefined : wordDocumentPath(uri);
  if (path === undefined) return { error: `Not a Word document's view: ${uri ?? '(no URI)'}` };
  let read: WordRead;
  try {
    read = readWordDocument(path, config);
  } catch (error) {
    return { error: describeFsError(error, path) };
  }
  return 'view' in read ? { text: read.view.text } : { error: read.unreadable.message };
}
