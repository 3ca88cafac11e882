import type MarkdownIt from 'markdown-it';

type StateBlock = Parameters<Parameters<MarkdownIt['block']['ruler']['at']>[1]>[0];

/**
 * GFM tables found as markdown-it's own `table` rule finds them (same header, delimiter-row and
 * termination tests, markdown-it 14), but reported as one `table_open` token holding the table's
 * lines and column count, and a `table_close`. The reader locates every cell in the source itself
 * (`cellSpans`), so the rule's per-cell tokens and split strings were work thrown away on every
 * row of every table. Registered in place of `table` (see blocks.ts).
 */
export interface TableExtent {
  /** The header's column count: every row has that many cells (GFM pads or drops the rest). */
  columns: number;
  /** The header line, then each body line (the delimiter row is not a row). */
  rows: number[];
}

/** As markdown-it limits empty cells filled in for short rows (its issue 1000). */
const MAX_AUTOCOMPLETED_CELLS = 0x10000;

export function tableExtent(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  // Indented four or more: a code block.
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;

  // The delimiter row: only `|`, `-`, `:` and blanks, starting with one of the three.
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 0x7c && firstCh !== 0x2d && firstCh !== 0x3a) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 0x7c && secondCh !== 0x2d && secondCh !== 0x3a && !isSpace(secondCh)) return false;
  // "- " is a list item, not a delimiter row.
  if (firstCh === 0x2d && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 0x7c && ch !== 0x2d && ch !== 0x3a && !isSpace(ch)) return false;
    pos++;
  }
  const delimiters = lineOf(state, nextLine).split('|');
  let alignCount = 0;
  for (let i = 0; i < delimiters.length; i++) {
    const cell = delimiters[i].trim();
    if (!cell) {
      // Empty columns only before and after the table.
      if (i === 0 || i === delimiters.length - 1) continue;
      return false;
    }
    if (!/^:?-+:?$/.test(cell)) return false;
    alignCount++;
  }

  const header = lineOf(state, startLine).trim();
  if (!header.includes('|')) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const columns = cellCount(header);
  if (columns === 0 || columns !== alignCount) return false;
  if (silent) return true;

  const oldParentType = state.parentType;
  state.parentType = 'table' as typeof state.parentType;
  const terminatorRules = state.md.block.ruler.getRules('blockquote');
  const open = state.push('table_open', 'table', 1);
  const lines: [number, number] = [startLine, 0];
  open.map = lines;
  const rows = [startLine];
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (const rule of terminatorRules) {
      if (rule(state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
    const row = lineOf(state, nextLine).trim();
    if (!row) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    autocompletedCells += columns - cellCount(row);
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    rows.push(nextLine);
  }
  const extent: TableExtent = { columns, rows };
  open.meta = extent;
  state.push('table_close', 'table', -1);
  lines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}

function lineOf(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/**
 * How many cells a trimmed row splits into on its unescaped pipes (as markdown-it's `escapedSplit`),
 * an empty first cell (a leading pipe) and an empty last cell (a trailing pipe) dropped.
 */
function cellCount(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) if (row.charCodeAt(i) === 0x7c && (i === 0 || row.charCodeAt(i - 1) !== 0x5c)) pipes++;
  const leading = row.charCodeAt(0) === 0x7c ? 1 : 0;
  const last = row.length - 1;
  const trailing = pipes > 0 && row.charCodeAt(last) === 0x7c && (last === 0 || row.charCodeAt(last - 1) !== 0x5c) ? 1 : 0;
  return pipes + 1 - leading - trailing;
}

function isSpace(code: number): boolean {
  return code === 0x09 || code === 0x20;
}
