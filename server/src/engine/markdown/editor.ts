import type { SheetEditor } from '../editor';
import { findEntry, getEntry, isBlank, splitPath, type Entry, type MapNode, type ModelNode, type Sheet } from '../model';
import { applyEdits, type Range, type TextEdit } from '../text';
import { indentationOf, keepsSheet } from '../directive-insertion';
import { countryName } from '../values/countries';
import { YamlEditor } from '../yaml-editor';
import { layoutOf, readMarkdownSheet, type MarkdownLayout, type Placement } from './reader';
import { humanize, keyFromLabel, kindOf, normalizeLabel, resolveLabel, synonymFor } from './synonyms';
import { enumWords } from './vocabulary';

/** About twenty-five pages of Markdown, several times the longest term sheet. */
const MAX_CHECKED_INSERTION_LENGTH = 64 * 1024;

/**
 * Writes model changes into a Markdown term sheet in its own style: a missing clause becomes a
 * new table row where clauses are table rows, a new section where they are headings, a new
 * `**Label:** value` line or list item where they are written so. Values are replaced in place,
 * inside the prose. Clauses held in front matter are edited as YAML. An empty result means the
 * change cannot be made safely, and the fix is not offered.
 */
export class MarkdownEditor implements SheetEditor {
  private readonly text: string;
  private readonly eol: string;
  private readonly layout: MarkdownLayout | undefined;
  private readonly frontEditor: YamlEditor | undefined;

  /** `checkInsertions`: false to write insertions unchecked, for a listing that shows only their titles. */
  constructor(
    private readonly sheet: Sheet,
    private readonly checkInsertions = true,
  ) {
    this.text = sheet.text;
    this.eol = sheet.lines.eol;
    this.layout = layoutOf(sheet);
    this.frontEditor = this.layout?.frontMatter ? new YamlEditor(this.layout.frontMatter) : undefined;
  }

  insertEntry(parentPath: string, key: string, value: unknown): TextEdit[] {
    // Each insertion is checked by reading the whole sheet again; on a sheet far larger than any term
    // sheet, a dozen missing clauses would mean a dozen full reads on every lint.
    if (this.text.length > MAX_CHECKED_INSERTION_LENGTH) return [];
    const edits = this.insertEntryEdits(parentPath, key, value);
    return edits.length === 0 || !this.checkInsertions || this.readsBack(edits, parentPath === '' ? key : `${parentPath}.${key}`, value) ? edits : [];
  }

  /**
   * Whether the sheet, once edited, has the clause at `path`: an insertion the reader would take
   * as part of something else (an open code fence, a list or table it runs into) is not offered,
   * or fixing it again would insert it again.
   */
  private readsBack(edits: TextEdit[], path: string, value: unknown): boolean {
    const after = readMarkdownSheet(applyEdits(this.text, edits));
    const entry = getEntry(after.root, path);
    const keptClauses = this.sheet.root.entries.every((before) => findEntry(after.root, before.key));
    return after.problems.length === 0 && keptClauses && entry !== undefined && (!isBlank(entry.value) || isBlankValue(value));
  }

  private insertEntryEdits(parentPath: string, key: string, value: unknown): TextEdit[] {
    try {
      if (!this.layout) return [];
      const path = parentPath === '' ? key : `${parentPath}.${key}`;
      const segments = splitPath(path);
      const front = this.layout.frontMatter;
      if (front && this.frontEditor && findEntry(front.root, segments[0])) return this.frontEditor.insertEntry(parentPath, key, value);

      // The deepest clause along the path that is written somewhere.
      const chain: Array<{ entry: Entry; path: string }> = [];
      let map: MapNode | undefined = this.sheet.root;
      for (let i = 0; i < segments.length && map; i++) {
        const entry = findEntry(map, segments[i]);
        if (!entry) break;
        chain.push({ entry, path: segments.slice(0, i + 1).join('.') });
        map = entry.value.kind === 'map' ? entry.value : undefined;
      }
      const existing = chain.length === segments.length ? chain.at(-1)!.entry : undefined;
      if (existing) return isBlank(existing.value) && existing.value.kind === 'scalar' ? this.fill(existing, path, value) : [];
      // A parent written as prose on a row or line cannot take a clause under it; under a heading it can.
      const deepest = chain.at(-1)?.entry;
      if (deepest && deepest.value.kind !== 'map' && !isBlank(deepest.value) && this.layout.placements.get(deepest)?.style !== 'heading') return [];

      for (let i = chain.length - 1; i >= 0; i--) {
        const edits = this.insertUnder(chain[i].entry, chain[i].path, path, value);
        if (edits) return edits;
      }
      return this.insertAtTop(path, value) ?? (this.frontEditor ? this.frontEditor.insertEntry(parentPath, key, value) : this.append(path, value));
    } catch {
      // An edit this editor cannot write safely (a layout it does not know) is not offered: the finding stands without a fix.
      return [];
    }
  }

  setValue(node: ModelNode, value: unknown, sentence?: string): TextEdit[] {
    try {
      if (this.inFrontMatter(node)) return this.frontEditor?.setValue(node, value) ?? [];
      const { start, end } = node.range;
      const around = sentence === undefined ? undefined : this.sentenceAround(start.offset, end.offset);
      if (around) return [{ start: around.start, end: around.end, newText: around.closed ? sentence! : `${sentence!}.` }];
      const original = this.text.slice(start.offset, end.offset);
      let written = scalarText(value);
      if (typeof value === 'string' && /^[a-z]+(?:-[a-z]+)+$/.test(value) && !original.includes('-')) written = enumWords(value);
      if (this.inTableRow(start.offset)) written = written.replace(/\|/g, '\\|');
      return [{ start: start.offset, end: end.offset, newText: written }];
    } catch {
      // An edit this editor cannot write safely (a layout it does not know) is not offered: the finding stands without a fix.
      return [];
    }
  }

  /**
   * The sentence a value sits in, on its line, when it says more than the value: from the end of the label
   * or the sentence before it to its full stop (not included). Undefined when the value stands alone after
   * its label or in its cell.
   */
  private sentenceAround(start: number, end: number): { start: number; end: number; closed: boolean } | undefined {
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = this.text.indexOf('\n', end) >>> 0;
    const before = this.text.slice(lineStart, start);
    const opening = /(?:[.!?:]\**|\|)\s+(?=[^.!?:|]*$)/.exec(before);
    const from = opening ? lineStart + opening.index + opening[0].length : lineStart + (/^\s*(?:[-*+]\s+|\d+[.)]\s+)?/.exec(before)?.[0].length ?? 0);
    const closing = /[.;!?|]/.exec(this.text.slice(end, lineEnd));
    let to = closing ? end + closing.index : Math.min(lineEnd, this.text.length);
    while (to > end && /\s/.test(this.text[to - 1])) to--;
    const rest = (this.text.slice(from, start) + ' ' + this.text.slice(end, to)).trim();
    if (rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2) return undefined;
    // A sentence that ends in a cell's bar or at the line's end gets its full stop from the new words.
    return { start: from, end: to, closed: closing !== null && closing[0] !== '|' };
  }

  appendToList(node: ModelNode, items: readonly unknown[], note?: string): TextEdit[] {
    try {
      if (items.length === 0) return [];
      if (this.inFrontMatter(node)) return this.frontEditor?.appendToList(node, items, note) ?? [];
      // Only a list written on one line with plain separators can take more words without rewriting the sentence.
      if (node.kind !== 'list' || node.items.length === 0 || node.items.some((item) => item.kind !== 'scalar')) return [];
      if (node.range.start.line !== node.range.end.line) return [];
      const spans = node.items.map((item) => ({ start: item.range.start.offset, end: item.range.end.offset }));
      for (let i = 1; i < spans.length; i++) {
        if (!/^\s*(?:,|;|\/|&|and|or|,\s*and|,\s*or)\s*(?:the\s+)?$/i.test(this.text.slice(spans[i - 1].end, spans[i].start))) return [];
      }
      const asCodes = node.items.every((item) => /^[A-Z]{2,3}$/.test(this.text.slice(item.range.start.offset, item.range.end.offset)));
      const words = items.map((item) => (asCodes || typeof item !== 'string' ? scalarText(item) : countryName(item)));
      const suffix = note ? ` (${note})` : '';
      const last = spans.at(-1)!;
      const lastGap = spans.length > 1 ? this.text.slice(spans.at(-2)!.end, last.start) : '';
      // "SG and MY" + KR → "SG, KR (to confirm) and MY": the new words go before the final "and".
      const at = /\b(?:and|or)\b|&/i.test(lastGap) ? spans.at(-2)!.end : last.end;
      let newText = `, ${words.join(', ')}${suffix}`;
      if (this.inTableRow(at)) newText = newText.replace(/\|/g, '\\|');
      return [{ start: at, end: at, newText }];
    } catch {
      // An edit this editor cannot write safely (a layout it does not know) is not offered: the finding stands without a fix.
      return [];
    }
  }

  /**
   * A comment line above the finding; inside a table, where a comment would end the table, a
   * disable before it and an enable after it instead.
   */
  disableRule(range: Range, ruleId: string): TextEdit[] {
    try {
      const lines = this.sheet.lines;
      const isRow = (line: number) => line >= 0 && line < lines.lineCount && lines.lineText(line).trim().startsWith('|');
      const { line } = range.start;
      if (!isRow(line)) {
        const at = lines.lineStart(line);
        const indent = indentationOf(lines.lineText(line));
        return keepsSheet(
          this.sheet,
          [{ start: at, end: at, newText: `${indent}<!-- termsheet-disable-next-line ${ruleId} -- -->${this.eol}` }],
          readMarkdownSheet,
          1,
        );
      }
      let first = line;
      while (isRow(first - 1)) first--;
      let last = line;
      while (isRow(last + 1)) last++;
      const before = lines.lineStart(first);
      const after = lines.lineEnd(last);
      return keepsSheet(
        this.sheet,
        [
          { start: before, end: before, newText: `<!-- termsheet-disable ${ruleId} -- -->${this.eol}${this.eol}` },
          { start: after, end: after, newText: `${this.eol}${this.eol}<!-- termsheet-enable ${ruleId} -->` },
        ],
        readMarkdownSheet,
        2,
      );
    } catch {
      // An edit this editor cannot write safely (a layout it does not know) is not offered: the finding stands without a fix.
      return [];
    }
  }

  renameKey(entry: Entry, newKey: string): TextEdit[] {
    try {
      if (this.inFrontMatter(entry.keyRange)) return this.frontEditor?.renameKey(entry, newKey) ?? [];
      const parent = this.pathOf(entry);
      if (parent === undefined) return [];
      const label = this.labelIn(parent === '' ? newKey : `${parent}.${newKey}`, parent);
      if (!label) return [];
      return [{ start: entry.keyRange.start.offset, end: entry.keyRange.end.offset, newText: label }];
    } catch {
      // An edit this editor cannot write safely (a layout it does not know) is not offered: the finding stands without a fix.
      return [];
    }
  }

  // ── Where a clause goes ────────────────────────────────────────────────────────────────

  /** Inserts `path` inside or after `anchor` (a clause at `anchorPath` on the way to it), in the anchor's style. */
  private insertUnder(anchor: Entry, anchorPath: string, path: string, value: unknown): TextEdit[] | undefined {
    // After the last child written in the source, in that child's style.
    if (anchor.value.kind === 'map') {
      const children = anchor.value.entries
        .map((entry) => ({ entry, placement: this.layout!.placements.get(entry) }))
        .filter((child): child is { entry: Entry; placement: Placement } => !!child.placement && isWritten(child.placement));
      const last = children.sort((a, b) => endOf(this.sheet, a.placement) - endOf(this.sheet, b.placement)).at(-1);
      if (last) {
        const edits = this.insertAfter(last.placement, path, value, anchorPath);
        if (edits) return edits;
      }
    }
    const placement = this.layout!.placements.get(anchor);
    if (!placement || !isWritten(placement)) return undefined;
    if (placement.style === 'heading') return this.insertIntoSection(placement, path, value, anchorPath);
    // A row, line or item holding prose: the new clause follows it, named so it reads on its own.
    return this.insertAfter(placement, path, value, parentOf(anchorPath));
  }

  /** A new clause after the clauses at the top level, in the style most of them are written in. */
  private insertAtTop(path: string, value: unknown): TextEdit[] | undefined {
    const placed = this.sheet.root.entries
      .filter((entry) => entry.key !== 'title')
      .flatMap((entry) => this.topPlacements(entry))
      .filter(isWritten);
    if (placed.length === 0) return undefined;
    const counts = new Map<string, number>();
    for (const placement of placed) counts.set(placement.style, (counts.get(placement.style) ?? 0) + 1);
    const style = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const candidates = placed.filter((placement) => placement.style === style);
    const last = candidates.sort((a, b) => endOf(this.sheet, a) - endOf(this.sheet, b)).at(-1)!;
    if (last.style === 'heading') {
      // After the last top-level section, at the level top-level clauses use.
      const level = Math.min(...candidates.map((candidate) => (candidate.style === 'heading' ? candidate.heading.level : 6)));
      const sections = candidates.filter(
        (candidate): candidate is Extract<Placement, { style: 'heading' }> => candidate.style === 'heading' && candidate.heading.level === level,
      );
      const end = Math.max(...sections.map((section) => section.end));
      return this.headingSection(end, level, path, value, '');
    }
    if (last.style === 'row') return this.insertAfter({ ...last, row: last.table.rows.at(-1) ?? last.row }, path, value, '');
    return this.insertAfter(last, path, value, '');
  }

  /** The placements of a top-level clause: its own, or (for a clause made only of its children) theirs. */
  private topPlacements(entry: Entry): Placement[] {
    const own = this.layout!.placements.get(entry);
    if (own && own.style !== 'synthetic') return [own];
    if (entry.value.kind !== 'map') return [];
    return entry.value.entries.flatMap((child) => this.topPlacements(child));
  }

  /** A sheet with no clause at all: a new section at the end. */
  private append(path: string, value: unknown): TextEdit[] {
    return this.headingSection(this.text.length, 2, path, value, '') ?? [];
  }

  private insertAfter(placement: Placement, path: string, value: unknown, context: string): TextEdit[] | undefined {
    switch (placement.style) {
      case 'heading':
        return this.headingSection(placement.end, placement.heading.level, path, value, context);
      case 'row':
        return this.rows(placement, path, value, context);
      case 'line': {
        const lines = this.labeledLines(path, value, context, { bold: placement.bold, stop: ':' }, '');
        if (!lines) return undefined;
        const at = this.sheet.lines.lineEnd(this.sheet.lines.position(placement.line.end).line);
        return [{ start: at, end: at, newText: lines.map((line) => this.eol + line).join('') }];
      }
      case 'item': {
        // A numbered clause goes after the list's last one and takes the next number: after one in the middle its
        // number would repeat the next clause's (the clauses after it are not renumbered, nor references to them).
        const items = placement.list.items;
        const item = this.isNumbered(placement.item) ? items.at(-1)! : placement.item;
        const lineNo = this.lastContentLine(item.line, item.endLine);
        const firstLine = this.sheet.lines.lineText(item.line);
        const markerAt = item.marker.start - this.sheet.lines.lineStart(item.line);
        const prefix = firstLine.slice(0, Math.max(0, markerAt)).replace(/[^\s>]/g, ' ');
        const marker = this.nextMarker(placement);
        const style = { bold: placement.bold, stop: labelStop(this.text.slice(item.marker.end, this.sheet.lines.lineEnd(item.line))) };
        const lines = this.labeledLines(path, value, context, style, prefix + ' '.repeat(marker.length + 1));
        if (!lines) return undefined;
        const [first, ...rest] = lines;
        const at = this.sheet.lines.lineEnd(lineNo);
        // A list whose items are apart (a blank line between them) gets its new item apart too.
        const apart = items.length > 1 && this.sheet.lines.lineText(item.line - 1).trim() === '';
        const text = this.eol + (apart ? this.eol : '') + prefix + marker + ' ' + first.trimStart() + rest.map((line) => this.eol + line).join('');
        return [{ start: at, end: at, newText: text }];
      }
      default:
        return undefined;
    }
  }

  /** Inside a heading's section: a subsection when it has subsections (or the value is a clause of clauses), else a labeled line. */
  private insertIntoSection(placement: Extract<Placement, { style: 'heading' }>, path: string, value: unknown, context: string): TextEdit[] | undefined {
    const hasSubsections = this.layout!.blocks.some(
      (block) => block.type === 'heading' && block.line > placement.heading.line && this.sheet.lines.lineStart(block.line) < placement.end,
    );
    if (hasSubsections || isObject(value)) {
      if (placement.heading.level >= 6) return undefined;
      return this.headingSection(placement.end, placement.heading.level + 1, path, value, context);
    }
    const lines = this.labeledLines(path, value, context, { bold: true, stop: ':' }, '');
    if (!lines) return undefined;
    const at = this.sheet.lines.lineEnd(
      this.lastContentLine(placement.heading.line, this.sheet.lines.position(placement.end).line + (placement.end === this.text.length ? 1 : 0)),
    );
    return [{ start: at, end: at, newText: this.eol + this.eol + lines.join(this.eol) }];
  }

  /** Fills a clause that is there with nothing in it. */
  private fill(entry: Entry, path: string, value: unknown): TextEdit[] {
    const placement = this.layout!.placements.get(entry);
    if (!placement) return [];
    switch (placement.style) {
      case 'row': {
        const cell = placement.row.cells[1];
        if (!cell) return [];
        const text = isObject(value) ? this.inline(value, path) : this.valueText(value, path);
        return [
          {
            start: cell.start,
            end: cell.end,
            newText: (this.text[cell.start - 1] === '|' ? ' ' : '') + text.replace(/\|/g, '\\|') + (this.text[cell.end] === '|' ? ' ' : ''),
          },
        ];
      }
      case 'heading': {
        const body = isObject(value) ? this.bullets(value, path, '').join(this.eol) : this.valueText(value, path);
        const at = this.sheet.lines.lineEnd(placement.heading.endLine - 1);
        return [{ start: at, end: at, newText: this.eol + this.eol + body }];
      }
      case 'line':
      case 'item': {
        const at = this.sheet.lines.lineEnd(this.sheet.lines.position(entry.keyRange.end.offset).line);
        if (isObject(value)) {
          const indent = ' '.repeat(entry.keyRange.start.character + 2);
          return [
            {
              start: at,
              end: at,
              newText: this.bullets(value, path, indent)
                .map((line) => this.eol + line)
                .join(''),
            },
          ];
        }
        return [{ start: at, end: at, newText: ' ' + this.valueText(value, path) }];
      }
      default:
        return [];
    }
  }

  // ── Writing clauses ────────────────────────────────────────────────────────────────────

  /** `## Label` and its content, at `at` (the start of the next section, or the end of the file). */
  private headingSection(at: number, level: number, path: string, value: unknown, context: string): TextEdit[] | undefined {
    const label = this.labelIn(path, context);
    if (!label) return undefined;
    const body = isObject(value) ? this.bullets(value, path, '') : [this.valueText(value, path)];
    if (body.some((line) => line === undefined)) return undefined;
    const block = [`${'#'.repeat(level)} ${label}`, '', ...body].join(this.eol);
    if (at >= this.text.length) {
      const lead =
        this.text === '' ? '' : this.text.endsWith('\n\n') || this.text.endsWith('\r\n\r\n') ? '' : this.text.endsWith('\n') ? this.eol : this.eol + this.eol;
      return [{ start: this.text.length, end: this.text.length, newText: lead + block + this.eol }];
    }
    const blankBefore = /\n[ \t]*\r?\n$/.test(this.text.slice(Math.max(0, at - 4), at)) || at === 0;
    return [{ start: at, end: at, newText: (blankBefore ? '' : this.eol) + block + this.eol + this.eol }];
  }

  /** New rows after `placement`'s row: one per clause of an object value, in the table's own pipe style. */
  private rows(placement: Extract<Placement, { style: 'row' }>, path: string, value: unknown, context: string): TextEdit[] | undefined {
    const entries: Array<[string, unknown]> =
      isObject(value) && !this.labelIn(path, context, true) ? Object.entries(value).map(([k, v]) => [`${path}.${k}`, v]) : [[path, value]];
    const header = this.sheet.lines.lineText(placement.table.header.line);
    const piped = /^\s*(?:>\s?)*\s*\|/.test(header);
    const columns = placement.table.header.cells.length;
    const prefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(this.sheet.lines.lineText(placement.row.line))?.[0] ?? '';
    const rows: string[] = [];
    for (const [entryPath, entryValue] of entries) {
      const label = this.labelIn(entryPath, context);
      if (!label) return undefined;
      const text = isObject(entryValue) ? this.inline(entryValue, entryPath) : this.valueText(entryValue, entryPath);
      const cells = [label, text, ...Array.from({ length: Math.max(0, columns - 2) }, () => '')].map((cell) => cell.replace(/\|/g, '\\|'));
      rows.push(prefix + (piped ? `| ${cells.join(' | ')} |` : cells.join(' | ')));
    }
    const at = this.sheet.lines.lineEnd(placement.row.line);
    return [{ start: at, end: at, newText: rows.map((row) => this.eol + row).join('') }];
  }

  /**
   * `**Label:** value` lines, one per clause of an object value written at this level, objects as nested bullets;
   * the label bold or not, and ended by a colon or a full stop, as the clauses beside it are.
   */
  private labeledLines(path: string, value: unknown, context: string, style: LabelStyle, indent: string): string[] | undefined {
    const label = this.labelIn(path, context);
    if (!label) return undefined;
    const head = style.bold ? `**${label}${style.stop}**` : `${label}${style.stop}`;
    // After a label ended by a full stop, the clause's text is a sentence of its own, as those beside it are.
    const text = (words: string) => (style.stop === '.' ? asSentence(words) : words);
    if (!isObject(value)) return [`${indent}${head} ${text(this.valueText(value, path))}`];
    return [`${indent}${head}`, ...this.bullets(value, path, indent + '  ')];
  }

  /** An object as nested bullets: `- **Label:** value`. */
  private bullets(value: Record<string, unknown>, path: string, indent: string): string[] {
    const lines: string[] = [];
    for (const [key, inner] of Object.entries(value)) {
      const innerPath = `${path}.${key}`;
      const label = this.labelIn(innerPath, path) ?? humanize(key);
      if (isObject(inner)) {
        lines.push(`${indent}- **${label}:**`, ...this.bullets(inner, innerPath, indent + '  '));
      } else {
        lines.push(`${indent}- **${label}:** ${this.valueText(inner, innerPath)}`);
      }
    }
    return lines;
  }

  /** An object on one line: `Label: value; Label: value`. */
  private inline(value: Record<string, unknown>, path: string): string {
    return Object.entries(value)
      .map(([key, inner]) => {
        const innerPath = `${path}.${key}`;
        const label = this.labelIn(innerPath, path) ?? humanize(key);
        return `${label}: ${
          isObject(inner)
            ? Object.values(inner)
                .map((v) => scalarText(v))
                .join(', ')
            : this.valueText(inner, innerPath)
        }`;
      })
      .join('; ');
  }

  private valueText(value: unknown, path: string): string {
    if (Array.isArray(value) && value.length === 1 && isObject(value[0])) return this.inline(value[0], `${path}[]`);
    // Provisions named by their clauses: in prose, the clauses' names in words, never the model's keys.
    if (path === 'binding' && Array.isArray(value)) return inWords(value.map((key) => (this.labelIn(String(key), '') ?? humanize(String(key))).toLowerCase()));
    if (typeof value === 'string' && kindOf(path)?.startsWith('enum') && /^[a-z]+(?:-[a-z]+)+$/.test(value)) return enumWords(value);
    return scalarText(value);
  }

  /**
   * A label that reads back as `path` where it is written (inside `context`): the clause's own
   * labels first, its generic ones where the context allows; for a key the table does not know,
   * the key in words. Undefined when no label would read back.
   */
  private labelIn(path: string, context: string, strict = false): string | undefined {
    const synonym = synonymFor(path);
    // "Remedy" reads better than "Non-Compete Remedy" inside the non-compete; "Transition" worse than "Transition Assistance".
    const local = synonym?.local ?? [];
    const global = synonym?.labels ?? [];
    const localFirst = local.length > 0 && global.length > 0 && normalizeLabel(global[0]).endsWith(normalizeLabel(local[0]));
    const candidates = localFirst || global.length === 0 ? [...local, ...global] : [...global, ...local];
    for (const label of candidates) if (resolveLabel(label, context)?.path === path) return label;
    if (strict) return undefined;
    const key = path.split('.').at(-1)!;
    const words = humanize(key);
    if (!resolveLabel(words, context) && keyFromLabel(words) === key && parentOf(path) === context) return words;
    return undefined;
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────

  private inFrontMatter(target: ModelNode | { start: { offset: number } }): boolean {
    if (!this.layout?.frontMatter) return false;
    const start = 'range' in target ? target.range.start.offset : target.start.offset;
    return start < this.layout.bodyStart;
  }

  private inTableRow(offset: number): boolean {
    const line = this.sheet.lines.position(offset).line;
    return /^\s*(?:>\s?)*\s*\|/.test(this.sheet.lines.lineText(line)) || this.sheet.lines.lineText(line).includes(' | ');
  }

  /** The last non-blank line in [from, to). */
  private lastContentLine(from: number, to: number): number {
    for (let line = Math.min(to, this.sheet.lines.lineCount) - 1; line > from; line--) {
      if (this.sheet.lines.lineText(line).trim() !== '') return line;
    }
    return from;
  }

  /** The marker of an item after the list's items: the next number after the last one, or the same bullet. */
  private nextMarker(placement: Extract<Placement, { style: 'item' }>): string {
    const marker = this.text.slice(placement.item.marker.start, placement.item.marker.end);
    const numbered = /^(\d+)([.)])$/.exec(marker);
    if (!numbered) return marker || '-';
    const items = placement.list.items;
    const lastMarker = this.text.slice(items.at(-1)!.marker.start, items.at(-1)!.marker.end);
    const lastNumber = Number(/^(\d+)/.exec(lastMarker)?.[1] ?? numbered[1]);
    return `${lastNumber + 1}${numbered[2]}`;
  }

  private isNumbered(item: Extract<Placement, { style: 'item' }>['item']): boolean {
    return /^\d+[.)]$/.test(this.text.slice(item.marker.start, item.marker.end));
  }

  private pathOf(target: Entry): string | undefined {
    const search = (map: MapNode, prefix: string): string | undefined => {
      for (const entry of map.entries) {
        if (entry === target) return prefix;
        if (entry.value.kind === 'map') {
          const found = search(entry.value, prefix === '' ? entry.key : `${prefix}.${entry.key}`);
          if (found !== undefined) return found;
        }
      }
      return undefined;
    };
    return search(this.sheet.root, '');
  }
}

/** How a clause's label is written: in bold or not, and ended by a colon or a full stop. */
interface LabelStyle {
  bold: boolean;
  stop: ':' | '.';
}

/** The full stop of a label written `**Territory.** Japan` or `Territory. Japan`, else the usual colon. */
function labelStop(afterMarker: string): ':' | '.' {
  return /^\s*(?:\*\*|__)?[A-Z][^.:*_]{0,60}\.(?:\*\*|__)?\s/.test(afterMarker) ? '.' : ':';
}

/** Text as a sentence: a capital first letter, and a full stop at the end unless it has one. */
function asSentence(text: string): string {
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Words joined as English lists them: "a", "a and b", "a, b and c". */
function inWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function isWritten(placement: Placement): boolean {
  return placement.style !== 'synthetic' && placement.style !== 'front-matter';
}

function endOf(sheet: Sheet, placement: Placement): number {
  switch (placement.style) {
    case 'heading':
      return placement.end;
    case 'row':
      return sheet.lines.lineEnd(placement.row.line);
    case 'line':
      return placement.line.end;
    case 'item':
      return sheet.lines.lineStart(placement.item.endLine);
    default:
      return -1;
  }
}

function parentOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

/** An inserted value that reads back blank: none, or an empty string, list or mapping. */
function isBlankValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

/** A value as it is written in prose: yes/no for booleans, lists with commas. */
function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(scalarText).join(', ');
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .map(scalarText)
      .join(', ');
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return typeof value === 'string' ? value : '';
}
