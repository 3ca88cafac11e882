import { Document, isCollection, isSeq, stringify, visit } from 'yaml';
import type { SheetEditor } from './editor';
import { findEntry, isBlank, splitPath, type Entry, type MapNode, type ModelNode, type Sheet } from './model';
import type { Position, Range, TextEdit } from './text';
import { indentationOf, keepsSheet } from './directive-insertion';
import { readYamlSheet } from './yaml-reader';

/** Writes model changes as YAML text that keeps the sheet's comments, order, indentation and line breaks. */
export class YamlEditor implements SheetEditor {
  private readonly text: string;
  private readonly eol: string;
  private readonly indentUnit: number;

  constructor(private readonly sheet: Sheet) {
    this.text = sheet.text;
    this.eol = sheet.lines.eol;
    this.indentUnit = detectIndentUnit(sheet.root, (entry) => this.entryColumn(entry));
  }

  insertEntry(parentPath: string, key: string, value: unknown): TextEdit[] {
    const segments = splitPath(parentPath);
    let map = this.sheet.root;
    for (let i = 0; i < segments.length; i++) {
      const entry = findEntry(map, segments[i]);
      const rest = segments.slice(i + 1);
      if (!entry) return this.insertIntoMap(map, segments[i], nest(rest, key, value));
      if (entry.value.kind === 'map') {
        map = entry.value;
        continue;
      }
      if (entry.value.kind === 'scalar' && isBlank(entry.value)) return this.fillEmptyValue(entry, nest(rest, key, value));
      return [];
    }
    const existing = findEntry(map, key);
    if (!existing) return this.insertIntoMap(map, key, value);
    return existing.value.kind === 'scalar' && isBlank(existing.value) ? this.fillEmptyValue(existing, value) : [];
  }

  setValue(node: ModelNode, value: unknown): TextEdit[] {
    const { start, end } = node.range;
    return this.keepingCommentColumn({ start: start.offset, end: end.offset, newText: this.valueLead(node) + flowText(value) });
  }

  appendToList(node: ModelNode, items: readonly unknown[], note?: string): TextEdit[] {
    if (items.length === 0) return [];
    if (node.kind === 'map') return [];
    if (node.kind === 'scalar') return this.setValue(node, isBlank(node) ? [...items] : [node.value, ...items]);
    if (this.isFlow(node)) {
      const close = node.range.end.offset - 1;
      const last = node.items.at(-1);
      const insertAt = last ? last.range.end.offset : close;
      const edits: TextEdit[] = [{ start: insertAt, end: insertAt, newText: (last ? ', ' : '') + items.map(flowText).join(', ') }];
      const noteEdit = note && this.trailingNote(node.range.end.offset, note);
      return noteEdit ? [...edits, noteEdit] : edits;
    }
    const last = node.items.at(-1)!;
    const dash = this.dashColumn(node.items[0]);
    const at = this.sheet.lines.lineEnd(last.range.end.line);
    const comment = note ? `  # ${note}` : '';
    const lines = items.map((item) => `${this.eol}${' '.repeat(dash)}- ${flowText(item)}${comment}`);
    return [{ start: at, end: at, newText: lines.join('') }];
  }

  renameKey(entry: Entry, newKey: string): TextEdit[] {
    const edit = { start: entry.keyRange.start.offset, end: entry.keyRange.end.offset, newText: flowText(newKey) };
    return this.keepingCommentColumn(edit, entry.value.range.end.offset);
  }

  /**
   * An edit within one line, and with it, where the value ending at `valueEnd` on that line is followed by
   * spaces and a comment (`total: 40M   # agreed`), those spaces made longer or shorter so that the comment
   * keeps its column: comments aligned down a clause stay aligned. At least one space is kept, as YAML asks.
   */
  private keepingCommentColumn(edit: TextEdit, valueEnd = edit.end): TextEdit[] {
    const lineEnd = this.text.indexOf('\n', edit.start);
    const growth = edit.newText.length - (edit.end - edit.start);
    if (growth === 0 || edit.newText.includes('\n') || valueEnd < edit.end || (lineEnd >= 0 && valueEnd > lineEnd)) return [edit];
    const gap = /^ +(?=#)/.exec(this.text.slice(valueEnd, lineEnd < 0 ? undefined : lineEnd))?.[0];
    if (gap === undefined) return [edit];
    const spaces = { start: valueEnd, end: valueEnd + gap.length, newText: ' '.repeat(Math.max(1, gap.length - growth)) };
    // One edit where the value itself is replaced, so that the two never touch.
    return valueEnd === edit.end ? [{ start: edit.start, end: spaces.end, newText: edit.newText + spaces.newText }] : [edit, spaces];
  }

  disableRule(range: Range, ruleId: string): TextEdit[] {
    const line = range.start.line;
    const at = this.sheet.lines.lineStart(line);
    const indent = indentationOf(this.sheet.lines.lineText(line));
    const edits = [{ start: at, end: at, newText: `${indent}# termsheet-disable-next-line ${ruleId} -- ${this.eol}` }];
    return keepsSheet(this.sheet, edits, readYamlSheet, 1);
  }

  private insertIntoMap(map: MapNode, key: string, value: unknown): TextEdit[] {
    if (this.isFlow(map)) {
      const last = map.entries.at(-1);
      const at = last ? last.value.range.end.offset : map.range.end.offset - 1;
      return [{ start: at, end: at, newText: `${last ? ', ' : ''}${flowText(key)}: ${flowText(value)}` }];
    }
    const last = map.entries.at(-1);
    if (!last) {
      const at = this.text.length;
      const separator = at > 0 && !this.text.endsWith('\n') ? this.eol : '';
      return [{ start: at, end: at, newText: separator + this.blockEntry(key, value, 0) + this.eol }];
    }
    const at = this.sheet.lines.lineEnd(last.value.range.end.line);
    return [{ start: at, end: at, newText: this.eol + this.blockEntry(key, value, this.entryColumn(map.entries[0])) }];
  }

  /** Writes a value for a key that has none (`fto:`): a mapping as an indented block, anything else in place. */
  private fillEmptyValue(entry: Entry, value: unknown): TextEdit[] {
    if (!isPlainObject(value) || this.isFlowContext(entry)) return this.setValue(entry.value, value);
    // The value's line: an explicit key's `:` may be on a line of its own.
    const at = this.sheet.lines.lineEnd(entry.value.range.end.line);
    const indent = this.entryColumn(entry) + this.indentUnit;
    const indicator = this.valueLead(entry.value).trimEnd();
    const lines = Object.entries(value).map(([key, inner]) => this.eol + this.blockEntry(key, inner, indent));
    return [{ start: at, end: at, newText: indicator + lines.join('') }];
  }

  /**
   * What goes before a value written into an empty one: a space after its `:`, or the `:` itself
   * when its key has none (`{a}`, `? a`) — on a line of its own under an explicit key, where
   * `? a: value` would make the key a mapping.
   */
  private valueLead(node: ModelNode): string {
    const { start, end } = node.range;
    if (start.offset !== end.offset) return '';
    if (this.text[start.offset - 1] === ':') return ' ';
    const entry = this.entryHolding(node);
    if (!entry) return '';
    if (this.explicitIndicator(entry) === undefined || this.isFlowContext(entry)) return ': ';
    return `${this.eol}${' '.repeat(this.entryColumn(entry))}: `;
  }

  /** The entry whose value is `node`, searched from the root. */
  private entryHolding(node: ModelNode): Entry | undefined {
    const pending: ModelNode[] = [this.sheet.root];
    const seen = new Set<ModelNode>();
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      if (current.kind === 'map') {
        for (const entry of current.entries) {
          if (entry.value === node) return entry;
          pending.push(entry.value);
        }
      } else if (current.kind === 'list') pending.push(...current.items);
    }
    return undefined;
  }

  /** The `?` of an explicit key (`? key`), when the entry has one. */
  private explicitIndicator(entry: Entry): number | undefined {
    let offset = entry.keyRange.start.offset - 1;
    while (offset >= 0 && (this.text[offset] === ' ' || this.text[offset] === '\t')) offset--;
    return offset >= 0 && this.text[offset] === '?' ? offset : undefined;
  }

  /** The column an entry starts at: its `?` for an explicit key, else its key. Sibling entries line up on it. */
  private entryColumn(entry: Entry): number {
    const indicator = this.explicitIndicator(entry);
    return column(this.text, indicator === undefined ? entry.keyRange.start : this.sheet.lines.position(indicator));
  }

  private blockEntry(key: string, value: unknown, indent: number): string {
    const pad = ' '.repeat(indent);
    const keyText = flowText(key);
    if (value === null || value === undefined) return `${pad}${keyText}:`;
    if (typeof value !== 'object' || (Array.isArray(value) && value.every((item) => typeof item !== 'object'))) {
      return `${pad}${keyText}: ${flowText(value)}`;
    }
    const body = blockText(value, this.indentUnit)
      .split('\n')
      .map((line) => ' '.repeat(indent + this.indentUnit) + line)
      .join(this.eol);
    return `${pad}${keyText}:${this.eol}${body}`;
  }

  /** True when the key sits inside a flow collection, where a block cannot be written. */
  private isFlowContext(entry: Entry): boolean {
    const line = this.sheet.lines.lineText(entry.keyRange.start.line).slice(0, entry.keyRange.start.character);
    return /[{[,]/.test(line);
  }

  private isFlow(node: ModelNode): boolean {
    const first = this.text[node.range.start.offset];
    return first === '{' || first === '[';
  }

  private dashColumn(item: ModelNode): number {
    let offset = item.range.start.offset - 1;
    while (offset > 0 && this.text[offset] === ' ') offset--;
    return column(this.text, this.text[offset] === '-' ? this.sheet.lines.position(offset) : item.range.start);
  }

  /** A comment after a flow list, only where nothing but blanks follows it on its line. */
  private trailingNote(afterList: number, note: string): TextEdit | undefined {
    const { line } = this.sheet.lines.position(afterList);
    const lineEnd = this.sheet.lines.lineEnd(line);
    if (this.text.slice(afterList, lineEnd).trim() !== '') return undefined;
    return { start: lineEnd, end: lineEnd, newText: `  # ${note}` };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

function nest(path: readonly string[], key: string, value: unknown): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((inner, segment) => ({ [segment]: inner }), { [key]: value });
}

/** A value on one line: scalars as YAML scalars, collections in flow style. */
function flowText(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}

/** A collection in block style, except lists of plain values, which read best on one line. */
function blockText(value: unknown, indent: number): string {
  const document = new Document(value);
  visit(document, {
    Seq(_, seq) {
      if (isSeq(seq) && seq.items.every((item) => !isCollection(item))) seq.flow = true;
    },
  });
  return document.toString({ indent, lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** The indentation column of a position: a byte-order mark before the first line is not indentation. */
function column(text: string, position: Position): number {
  return position.line === 0 && text.charCodeAt(0) === 0xfeff ? Math.max(0, position.character - 1) : position.character;
}

function detectIndentUnit(root: MapNode, entryColumn: (entry: Entry) => number): number {
  for (const entry of root.entries) {
    const child = entry.value;
    if (child.kind === 'map' && child.entries.length > 0) {
      const unit = entryColumn(child.entries[0]) - entryColumn(entry);
      if (unit > 0 && child.entries[0].keyRange.start.line > entry.keyRange.start.line) return unit;
    }
  }
  return 2;
}
