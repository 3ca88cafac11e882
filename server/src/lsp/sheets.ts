import { DEFAULT_MAX_FILE_BYTES, formatOf, readSheet, type Sheet } from '../engine';
import type { LintOutcome } from './documents';
import { documentPath } from './file-filter';

/** Keyed by the outcome, which stands for one version of one document: a new version gets a new model. */
const sheets = new WeakMap<LintOutcome, Sheet | null>();

/**
 * The canonical model of the text an outcome was linted from, read once per version and shared by
 * the outline, folding and lenses. Undefined for what the linter does not read either: a file
 * over the size limit, or one that is not text.
 */
export function sheetOf(outcome: LintOutcome): Sheet | undefined {
  let sheet = sheets.get(outcome);
  if (sheet === undefined) {
    const { text } = outcome;
    const readable = text.length <= DEFAULT_MAX_FILE_BYTES && Buffer.byteLength(text, 'utf8') <= DEFAULT_MAX_FILE_BYTES && !text.includes('\u0000');
    sheet = (readable && readSheet(text, formatOf(documentPath(outcome.uri)))) || null;
    sheets.set(outcome, sheet);
  }
  return sheet ?? undefined;
}
