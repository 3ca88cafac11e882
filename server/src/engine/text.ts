/** Positions carry both the offset and the 0-based line/character, so every adapter can use what it needs. */
export interface Position {
  offset: number;
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Maps offsets to line/character in O(log lines). Characters are UTF-16 code units, as in LSP. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  /** The line of the last look-up: readers ask for nearby offsets in turn, which then cost no search. */
  #lastLine = 0;
  #lastRange: Range | undefined;

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    const last = this.#lastLine;
    if (starts[last] <= clamped && (last + 1 === starts.length || clamped < starts[last + 1])) {
      return { offset: clamped, line: last, character: clamped - starts[last] };
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    this.#lastLine = low;
    return { offset: clamped, line: low, character: clamped - this.lineStarts[low] };
  }

  range(start: number, end: number): Range {
    // A clause's key and its value are often the same characters (a cell), asked for in turn: one object serves both.
    const last = this.#lastRange;
    if (last && last.start.offset === start && last.end.offset === end && start >= 0 && end <= this.text.length && start <= end) return last;
    const range = { start: this.position(start), end: this.position(Math.max(start, end)) };
    this.#lastRange = range;
    return range;
  }

  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line] + Math.max(0, character), this.lineEnd(line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of the line's content, before any "\r\n" or "\n". */
  lineEnd(line: number): number {
    const isLast = line + 1 >= this.lineStarts.length;
    let end = isLast ? this.text.length : this.lineStarts[line + 1] - 1;
    if (!isLast && end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13 /* \r */) end--;
    return end;
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  get eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }
}

const WHITESPACE = /\s/;

/** True for a UTF-16 code unit `\s` matches, without making a one-character string for the common cases. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** A replacement of the text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies non-overlapping edits; overlapping ones after the first are dropped rather than corrupting the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** The text, to be matched as written inside a regular expression. */
export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
