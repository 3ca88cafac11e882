import MarkdownIt from 'markdown-it';
import { isWhitespace, type LineIndex } from '../text';
import { tableExtent, type TableExtent } from './table-extent';

/**
 * The block structure of a Markdown document, from markdown-it, with every piece of text located
 * to its exact source offsets. markdown-it gives each block its lines; the columns are found here,
 * on the source line, by where the parser's own text for that line sits in it.
 */

/** A run of source text on one line: [start, end) offsets into the whole file. */
export interface Span {
  start: number;
  end: number;
}

export interface Heading {
  type: 'heading';
  level: number;
  /** The heading's text (without `#`s or the setext underline). */
  content: Span;
  line: number;
  endLine: number;
}

export interface Paragraph {
  type: 'paragraph';
  /** One span per source line, container markers and indentation excluded. */
  lines: Span[];
  line: number;
  endLine: number;
}

export interface ListItem {
  /** The bullet or number, e.g. `-` or `3.`. */
  marker: Span;
  children: Block[];
  line: number;
  endLine: number;
}

export interface List {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
  line: number;
  endLine: number;
}

export interface TableRow {
  line: number;
  cells: Span[];
}

export interface Table {
  type: 'table';
  header: TableRow;
  rows: TableRow[];
  line: number;
  endLine: number;
}

export interface Html {
  type: 'html';
  line: number;
  endLine: number;
}

export interface Quote {
  type: 'quote';
  children: Block[];
  line: number;
  endLine: number;
}

/** Code, rules and anything else that holds no clause. */
export interface Other {
  type: 'other';
  line: number;
  endLine: number;
}

export type Block = Heading | Paragraph | List | Table | Html | Quote | Other;

type Token = ReturnType<MarkdownIt['parse']>[number];

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (parser) return parser;
  // CommonMark plus GFM tables; HTML on so comments (directives) arrive as HTML blocks.
  parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Only the block structure is read (an inline token's `content`, never its children): the inline pass would be wasted work.
  // Line endings and NULs are folded before parsing, and only when the text has any (see parseBlocks).
  parser.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  // Tables as markdown-it finds them, without the tokens of each cell: the cells are located here (cellSpans).
  parser.block.ruler.at('table', tableExtent, { alt: ['paragraph', 'reference'] });
  return parser;
}

/** Parses `text` (whose lines are the file's lines) into located blocks. */
export function parseBlocks(text: string, lines: LineIndex): Block[] {
  // markdown-it also breaks lines at a lone carriage return, which the line index (like the YAML
  // parser) does not: read as a space, it keeps markdown-it's line numbers those of the index.
  // Then, as markdown-it's own normalizing would: CRLF to LF, NUL to U+FFFD.
  const source =
    text.includes('\r') || text.includes('\0')
      ? text
          .replace(/\r(?!\n)/g, ' ')
          .replace(/\r\n/g, '\n')
          .replace(/\0/g, '\uFFFD')
      : text;
  const tokens = markdown().parse(source, {});
  const reader = new TokenReader(tokens, lines);
  return reader.blocks(undefined);
}

class TokenReader {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lines: LineIndex,
  ) {}

  /** Blocks until the closing token `close` (or the end). */
  blocks(close: string | undefined): Block[] {
    const out: Block[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index];
      if (close !== undefined && token.type === close) {
        this.index++;
        return out;
      }
      const block = this.block(token);
      if (block) out.push(block);
    }
    return out;
  }

  private block(token: Token): Block | undefined {
    const [line, endLine] = token.map ?? [0, 0];
    switch (token.type) {
      case 'heading_open': {
        const inline = this.tokens[this.index + 1];
        this.skipPast('heading_close');
        const level = Number(token.tag.slice(1)) || 1;
        return { type: 'heading', level, content: this.headingSpan(line, inline?.content ?? '', token.markup), line, endLine };
      }
      case 'paragraph_open': {
        const inline = this.tokens[this.index + 1];
        this.skipPast('paragraph_close');
        return { type: 'paragraph', lines: this.contentLines(line, inline?.content ?? ''), line, endLine };
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        this.index++;
        const close = token.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
        const items: ListItem[] = [];
        while (this.index < this.tokens.length && this.tokens[this.index].type !== close) {
          const item = this.tokens[this.index];
          if (item.type !== 'list_item_open') {
            this.index++;
            continue;
          }
          this.index++;
          const [itemLine, itemEnd] = item.map ?? [line, line];
          const children = this.blocks('list_item_close');
          items.push({ marker: this.markerSpan(itemLine, item), children, line: itemLine, endLine: itemEnd });
        }
        this.index++;
        return { type: 'list', ordered: token.type === 'ordered_list_open', items, line, endLine };
      }
      case 'table_open': {
        this.skipPast('table_close');
        const extent = token.meta as TableExtent;
        const [header, ...body] = extent.rows.map((rowLine): TableRow => ({ line: rowLine, cells: this.cellSpans(rowLine, extent.columns) }));
        if (!header) return { type: 'other', line, endLine };
        return { type: 'table', header, rows: body, line, endLine };
      }
      case 'blockquote_open': {
        this.index++;
        return { type: 'quote', children: this.blocks('blockquote_close'), line, endLine };
      }
      case 'html_block':
        this.index++;
        return { type: 'html', line, endLine };
      default:
        this.index++;
        // Closing tokens of containers this reader did not open are skipped; leaf blocks are "other".
        return token.map ? { type: 'other', line, endLine } : undefined;
    }
  }

  private skipPast(type: string): void {
    while (this.index < this.tokens.length && this.tokens[this.index].type !== type) this.index++;
    this.index++;
  }

  /** The heading's text on its first line: after the `#`s for ATX, the line's content for setext. */
  private headingSpan(line: number, content: string, markup: string): Span {
    const first = content.split('\n', 1)[0].trim();
    const start = this.lines.lineStart(line);
    const source = this.lines.lineText(line);
    if (markup.startsWith('#')) {
      const hashes = source.indexOf(markup);
      const at = first === '' ? -1 : source.indexOf(first, hashes < 0 ? 0 : hashes + markup.length);
      if (at >= 0) return { start: start + at, end: start + at + first.length };
      const end = start + source.length;
      return { start: Math.min(end, start + Math.max(0, hashes) + markup.length), end };
    }
    return this.locate(line, first);
  }

  private contentLines(line: number, content: string): Span[] {
    const spans: Span[] = [];
    content.split('\n').forEach((part, i) => {
      const trimmed = part.trim();
      if (trimmed !== '') spans.push(this.locate(line + i, trimmed));
    });
    return spans;
  }

  /**
   * Where a line of the parser's text sits on its source line. The parser removes only what comes
   * before it (container markers, indentation) and trailing blanks, so it ends the source line;
   * anything else falls back to the whole trimmed line.
   */
  private locate(line: number, trimmed: string): Span {
    const start = this.lines.lineStart(line);
    // Where the source line's content ends; most lines end with the parser's text, found there without copying the line.
    let rightEnd = this.lines.lineEnd(line);
    while (rightEnd > start && isWhitespace(this.lines.text.charCodeAt(rightEnd - 1))) rightEnd--;
    if (trimmed !== '' && rightEnd - trimmed.length >= start && this.lines.text.startsWith(trimmed, rightEnd - trimmed.length)) {
      return { start: rightEnd - trimmed.length, end: rightEnd };
    }
    const source = this.lines.lineText(line);
    const right = source.trimEnd();
    const at = trimmed === '' ? -1 : source.lastIndexOf(trimmed);
    if (at >= 0) return { start: start + at, end: start + at + trimmed.length };
    const left = source.length - source.trimStart().length;
    return { start: start + Math.min(left, right.length), end: start + right.length };
  }

  private markerSpan(line: number, item: Token): Span {
    const start = this.lines.lineStart(line);
    const source = this.lines.lineText(line);
    const markup = item.type === 'list_item_open' && item.info ? item.info + item.markup : item.markup;
    const at = markup ? source.indexOf(markup) : -1;
    return at >= 0 ? { start: start + at, end: start + at + markup.length } : { start, end: start };
  }

  /**
   * The cells of a table row, split as GFM splits them: on pipes not escaped with a backslash, a
   * leading and a trailing pipe dropped, each cell trimmed. Container markers (`>`) come first.
   * Read in place in the file's text: every row of every table passes here.
   */
  private cellSpans(line: number, count: number): Span[] {
    const text = this.lines.text;
    const lineStart = this.lines.lineStart(line);
    let end = this.lines.lineEnd(line);
    // Blanks, then `>` markers each with one optional blank, then blanks.
    let i = skipSpacesAndTabs(text, lineStart, end);
    while (i < end && text.charCodeAt(i) === 62 /* > */) {
      i++;
      if (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
    }
    i = skipSpacesAndTabs(text, i, end);
    while (end > lineStart && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (i < end && text.charCodeAt(i) === 124 /* | */) i++;
    if (end > i && text.charCodeAt(end - 1) === 124 && text.charCodeAt(end - 2) !== 92 /* \ */) end--;
    const cells: Span[] = [];
    let cellStart = i;
    for (let k = i; k <= end; k++) {
      if (k === end || (text.charCodeAt(k) === 124 && text.charCodeAt(k - 1) !== 92)) {
        let from = cellStart;
        let to = k;
        while (from < to && isWhitespace(text.charCodeAt(from))) from++;
        while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
        cells.push({ start: from, end: to });
        cellStart = k + 1;
      }
    }
    // markdown-it pads short rows with empty cells and drops extra ones.
    while (cells.length < count) cells.push({ start: end, end });
    if (cells.length > count) cells.length = Math.max(count, 0);
    return cells;
  }
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

function skipSpacesAndTabs(text: string, from: number, end: number): number {
  while (from < end && isSpaceOrTab(text.charCodeAt(from))) from++;
  return from;
}
