import { applyEdits, type TextEdit } from '../engine';

/**
 * Beyond this many changed lines a line-by-line diff is not worth its time: the change is given as
 * one edit over the part that differs. Fixes insert or replace a few lines, far below it.
 */
const MAX_CHANGED_LINES = 2_000;

/**
 * The edits that turn `before` into `after`, each as small as the text allows: unchanged lines are
 * never replaced, so an editor keeps the cursor, folds and markers in them. Offsets are into
 * `before`; the edits do not overlap, and applied together they give exactly `after`.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const edits = lineDiff(before, after);
  // A guard, not a branch the diff is expected to take: whatever happens, the result is exactly `after`.
  if (edits && applyEdits(before, edits) === after) return edits;
  return [wholeChange(before, after, 0, before.length, 0, after.length)];
}

function lineDiff(before: string, after: string): TextEdit[] | undefined {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const hunks = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  if (!hunks) return undefined;
  const aOffsets = lineOffsets(a);
  const bOffsets = lineOffsets(b);
  return hunks.map((hunk) =>
    wholeChange(before, after, aOffsets[head + hunk.aStart], aOffsets[head + hunk.aEnd], bOffsets[head + hunk.bStart], bOffsets[head + hunk.bEnd]),
  );
}

/** Lines with their line breaks, so that joined they are the text again. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Where each line starts, and the text's length last. */
function lineOffsets(lines: readonly string[]): number[] {
  const offsets = [0];
  for (const line of lines) offsets.push(offsets[offsets.length - 1] + line.length);
  return offsets;
}

/** `before[aStart, aEnd)` becomes `after[bStart, bEnd)`, without the characters both share at either end. */
function wholeChange(before: string, after: string, aStart: number, aEnd: number, bStart: number, bEnd: number): TextEdit {
  let prefix = 0;
  while (aStart + prefix < aEnd && bStart + prefix < bEnd && before[aStart + prefix] === after[bStart + prefix]) prefix++;
  let suffix = 0;
  while (aEnd - suffix > aStart + prefix && bEnd - suffix > bStart + prefix && before[aEnd - 1 - suffix] === after[bEnd - 1 - suffix]) suffix++;
  // Never split a surrogate pair or a "\r\n" between the kept part and the edit.
  while (prefix > 0 && splitsPair(before, aStart + prefix)) prefix--;
  while (suffix > 0 && splitsPair(before, aEnd - suffix)) suffix--;
  return { start: aStart + prefix, end: aEnd - suffix, newText: after.slice(bStart + prefix, bEnd - suffix) };
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

interface Hunk {
  /** Lines `aStart..aEnd` of the old text are replaced by lines `bStart..bEnd` of the new one. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Myers' O((N+M)·D) shortest edit script over lines, as hunks of adjacent changes. Only the
 * diagonals reached at each step are kept for the walk back, so memory grows with D², not N·D.
 * Undefined when more than MAX_CHANGED_LINES lines change.
 */
function myers(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  const limit = Math.min(n + m, MAX_CHANGED_LINES);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return walkBack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return undefined;
}

/** From the end back to the start, turning each step of the script into a one-line change, merged into hunks. */
function walkBack(trace: readonly Int32Array[], n: number, m: number): Hunk[] {
  const hunks: Hunk[] = [];
  const change = (aAt: number, bAt: number, deleted: boolean) => {
    const last = hunks[hunks.length - 1];
    const aStart = aAt;
    const aEnd = deleted ? aAt + 1 : aAt;
    const bStart = bAt;
    const bEnd = deleted ? bAt : bAt + 1;
    // Walking backwards: a change that ends where the previous one starts joins it.
    if (last && last.aStart === aEnd && last.bStart === bEnd) {
      last.aStart = aStart;
      last.bStart = bStart;
    } else {
      hunks.push({ aStart, aEnd, bStart, bEnd });
    }
  };
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d - 1];
    const at = (k: number) => previous[k + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    // The snake: equal lines after the change.
    while (x > previousX && y > previousY) {
      x--;
      y--;
    }
    if (down) change(x, previousY, false);
    else change(previousX, y, true);
    x = previousX;
    y = previousY;
  }
  return hunks.reverse();
}
