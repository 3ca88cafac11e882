import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { LineIndex, ModelNode, Sheet } from '../engine';
import { layoutOf } from '../engine/markdown';
import type { Block } from '../engine/markdown/blocks';

/** Editors cap what they show anyway (VS Code at 5,000); more would only cost time to send. */
const MAX_RANGES = 5_000;

/**
 * Folding ranges from what the readers found. YAML: every clause, list item and block scalar that
 * spans lines, and runs of comment lines. Markdown: sections (a heading to the next heading of its
 * level or higher), tables, lists, code, HTML comments and the front matter, whose YAML folds as YAML.
 */
export function foldingRanges(sheet: Sheet): FoldingRange[] {
  const folds = new Folds(sheet.lines);
  if (sheet.format === 'yaml') {
    yamlFolds(sheet, folds, sheet.lines.lineCount - 1);
  } else {
    markdownFolds(sheet, folds);
  }
  return folds.result();
}

/** Collects ranges; of several starting on one line, the longest is kept (clients show one per line). */
class Folds {
  private readonly byStart = new Map<number, FoldingRange>();

  constructor(private readonly lines: LineIndex) {}

  get full(): boolean {
    return this.byStart.size >= MAX_RANGES;
  }

  /** Lines `start` to `end`, without the blank lines at its end; nothing when that leaves one line. */
  add(start: number, end: number, kind?: FoldingRangeKind): void {
    let last = end;
    while (last > start && this.lines.lineText(last).trim() === '') last--;
    if (last <= start || this.full) return;
    const existing = this.byStart.get(start);
    if (existing && existing.endLine >= last) return;
    this.byStart.set(start, kind ? { startLine: start, endLine: last, kind } : { startLine: start, endLine: last });
  }

  result(): FoldingRange[] {
    return [...this.byStart.values()].sort((a, b) => a.startLine - b.startLine);
  }
}

// ── YAML ─────────────────────────────────────────────────────────────────────────────────

/** The folds of a YAML model, up to line `lastLine` (the front matter's end in a Markdown sheet). */
function yamlFolds(sheet: Sheet, folds: Folds, lastLine: number): void {
  const multiLineScalars: Array<[number, number]> = [];
  const seen = new Set<ModelNode>();
  const stack: ModelNode[] = [sheet.root];
  while (stack.length > 0 && !folds.full) {
    const node = stack.pop()!;
    // A YAML alias shares its anchor's node, which lies elsewhere: folded once, where it is written.
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'scalar') {
      if (node.range.end.line > node.range.start.line) multiLineScalars.push([node.range.start.line, node.range.end.line]);
    } else if (node.kind === 'list') {
      for (const item of node.items) {
        if (!seen.has(item)) folds.add(item.range.start.line, Math.min(item.range.end.line, lastLine));
        stack.push(item);
      }
    } else {
      for (const entry of node.entries) {
        const value = entry.value;
        // The value after its key: a clause, a nested mapping or list, a block scalar.
        if (!seen.has(value) && value.range.start.offset >= entry.keyRange.start.offset) {
          folds.add(entry.keyRange.start.line, Math.min(value.range.end.line, lastLine));
        }
        stack.push(value);
      }
    }
  }
  commentFolds(sheet.lines, folds, lastLine, multiLineScalars);
}

/** Runs of two or more comment lines; a `#` line inside a block or quoted scalar is text, not a comment. */
function commentFolds(lines: LineIndex, folds: Folds, lastLine: number, scalars: Array<[number, number]>): void {
  const insideScalar = new Set<number>();
  for (const [start, end] of scalars) for (let line = start + 1; line <= end; line++) insideScalar.add(line);
  let runStart = -1;
  for (let line = 0; line <= lastLine + 1; line++) {
    const comment = line <= lastLine && !insideScalar.has(line) && /^\s*#/.test(lines.lineText(line));
    if (comment && runStart < 0) runStart = line;
    if (!comment && runStart >= 0) {
      folds.add(runStart, line - 1, FoldingRangeKind.Comment);
      runStart = -1;
    }
  }
}

// ── Markdown ─────────────────────────────────────────────────────────────────────────────

function markdownFolds(sheet: Sheet, folds: Folds): void {
  const layout = layoutOf(sheet);
  if (!layout) return;
  const { lines } = sheet;
  if (layout.frontMatter && layout.bodyStart > 0) {
    // The closing `---` is the line the body's first offset follows.
    const closing = lines.position(layout.bodyStart - 1).line;
    folds.add(0, closing);
    if (closing > 1) yamlFolds(layout.frontMatter, folds, closing - 1);
  }
  const last = lines.lineCount - 1;
  const headings = layout.blocks.filter((block) => block.type === 'heading');
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((other) => other.level <= heading.level);
    folds.add(heading.line, next ? next.line - 1 : last);
  });
  blockFolds(layout.blocks, lines, folds);
}

function blockFolds(blocks: readonly Block[], lines: LineIndex, folds: Folds): void {
  for (const block of blocks) {
    if (folds.full) return;
    // markdown-it's end lines are exclusive.
    const end = block.endLine - 1;
    switch (block.type) {
      case 'table':
        folds.add(block.line, end);
        break;
      case 'list':
        folds.add(block.line, end);
        for (const item of block.items) {
          folds.add(item.line, item.endLine - 1);
          blockFolds(item.children, lines, folds);
        }
        break;
      case 'quote':
        folds.add(block.line, end);
        blockFolds(block.children, lines, folds);
        break;
      case 'html':
        folds.add(block.line, end, lines.lineText(block.line).trimStart().startsWith('<!--') ? FoldingRangeKind.Comment : undefined);
        break;
      case 'other':
        // Fenced and indented code: the only leaf blocks besides paragraphs that span lines.
        folds.add(block.line, end);
        break;
      default:
        break;
    }
  }
}
