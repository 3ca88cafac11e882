import { BY_LINE, IDENTITY_LINE, SIGNATURE_FIELD, SIGNING_LINE } from '../lexicon/signature-blocks';
import type { ScalarNode } from '../model';
import type { Position, Range } from '../text';
import { PLACEHOLDER, placeholdersIn, redactionsIn } from '../values/placeholders';

export { PLACEHOLDER, placeholdersIn, redactionsIn };

const PLACEHOLDER_ONLY = new RegExp(`^\\s*(?:${PLACEHOLDER.source})\\s*$`);

/**
 * A value that is only a placeholder. Rules that ask whether something is stated treat a placeholder
 * as stated: placeholder-left owns it, and reports it until it is filled in, so the same gap is not
 * reported twice.
 */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_ONLY.test(text);
}

/**
 * A value a filed agreement redacts, in whole or in part (`[***]`, `$[***] million`): stated, not
 * disclosed. No rule reads it as a value, fixes it or reports it missing, vague or unreadable.
 */
export function isRedactedText(text: string): boolean {
  return redactionsIn(text) !== null;
}

/** A blank left in a value, as written in the source, and where. */
export interface Blank {
  text: string;
  range: Range;
}

/**
 * Each blank of a value where the source writes it (`source`: the sheet's text): "[target]" in "Validation of
 * [target] inhibitors" is ranged on its own characters, on its own line of a paragraph. A blank the source
 * spells otherwise (a YAML escape), or any without the source, is ranged on the whole value. The blanks of a
 * signature block ("By: ____", lexicon/signature-blocks.ts) are left out: they are filled in when the deal is signed.
 */
export function blanksOf(node: ScalarNode, source: string): Blank[] {
  if (typeof node.value !== 'string') return [];
  const { start, end } = { start: node.range.start.offset, end: node.range.end.offset };
  let from = start;
  const blanks: Blank[] = [];
  for (const text of placeholdersIn(node.value) ?? []) {
    const at = source === '' ? -1 : source.indexOf(text, from);
    if (at < 0 || at + text.length > end) {
      blanks.push({ text, range: node.range });
      continue;
    }
    from = at + text.length;
    if (!isSignatureSpace(source, at)) blanks.push({ text, range: rangeWithin(node.range.start, source, at - start, from - start) });
  }
  return blanks;
}

/** How far about a blank the lines of its signature block may stand: a block is a few short lines. */
const SIGNATURE_BLOCK_REACH = 300;

/** A blank of a signature block, at `at` in the source: the space to sign, name the signatory or date the signature. */
function isSignatureSpace(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  if (!SIGNATURE_FIELD.test(source.slice(lineStart, at))) return false;
  const block = source.slice(Math.max(0, lineStart - SIGNATURE_BLOCK_REACH), at + SIGNATURE_BLOCK_REACH);
  return SIGNING_LINE.test(block) || (BY_LINE.test(block) && IDENTITY_LINE.test(block));
}
/** The range of `start`–`end`, offsets counted from `from` in `source`, without a line index: a value spans a few lines. */
function rangeWithin(from: Position, source: string, start: number, end: number): Range {
  const startAt = advance(from, source, start);
  return { start: startAt, end: advance(startAt, source, end - start) };
}

function advance(from: Position, source: string, by: number): Position {
  let { line, character } = from;
  for (let i = from.offset; i < from.offset + by; i++) {
    if (source.charCodeAt(i) === 10 /* \n */) {
      line++;
      character = 0;
    } else {
      character++;
    }
  }
  return { offset: from.offset + by, line, character };
}
