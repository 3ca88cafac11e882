import { stringify } from 'yaml';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { getNode, LineIndex, schemaField, schemaFieldsAt, skeletonOf, TBD, TERM_SHEET_SCHEMA, type SchemaField, type Sheet, type SheetFormat } from '../engine';
import { findFrontMatter } from '../engine/markdown/front-matter';
import { labelFor, normalizeLabel, numberingLength, resolveLabel, stripNumbering, synonymFor } from '../engine/markdown/synonyms';
import { enumWords } from '../engine/markdown/vocabulary';
import { REGIONAL_PATENT_OFFICES } from '../engine/patent-offices';
import { COUNTRY_NAMES, REGIONS } from '../engine/values';
import { fieldKindLabel, fieldMarkdown } from './hover';

/**
 * Completion in term sheets: in YAML, the keys the model allows where the cursor is (worked out
 * from indentation, so it works on a half-typed line of a document that does not parse), enum
 * values, countries and regions, and whole clause skeletons; in Markdown, clause headings and
 * labels, and values after a known label.
 */

export interface CompletionOptions {
  /** The client inserts snippets (tab stops); otherwise items are plain text. */
  snippets: boolean;
  /** Regions the config file defines, offered beside the built-in ones. */
  regions?: Readonly<Record<string, readonly string[]>>;
  /** The document's model, read on demand (Markdown needs it to know which clauses are there). */
  sheet?: () => Sheet | undefined;
}

/** What the user typed at the cursor and what a chosen item replaces. */
interface Typed {
  line: number;
  /** Start and end characters of the text an item replaces. */
  start: number;
  end: number;
}

export function completionsAt(text: string, format: SheetFormat, position: Position, options: CompletionOptions): CompletionItem[] {
  const lines = new LineIndex(text);
  if (position.line < 0 || position.line >= lines.lineCount) return [];
  if (format === 'yaml') return new YamlCompletion(lines, 0, lines.lineCount, options).at(position);
  const frontMatter = findFrontMatter(text, lines);
  if (frontMatter) {
    // The YAML text ends where the closing `---` line starts.
    const closingLine = frontMatter.closed ? lines.position(frontMatter.yamlText.length).line : lines.lineCount;
    if (position.line <= closingLine)
      return position.line === 0 || position.line === closingLine ? [] : new YamlCompletion(lines, 1, closingLine, options).at(position);
  }
  return new MarkdownCompletion(lines, options).at(position);
}

// ── Items ──────────────────────────────────────────────────────────────────────────────────

const WORD_AFTER = /^[\w.-]*/;
/** Longer text before the cursor is prose, not a key or a value being typed. */
const MAX_TYPED = 1000;

function editRange(typed: Typed): Range {
  return { start: { line: typed.line, character: typed.start }, end: { line: typed.line, character: typed.end } };
}

function documentation(field: SchemaField): { kind: typeof MarkupKind.Markdown; value: string } {
  return { kind: MarkupKind.Markdown, value: fieldMarkdown(field) };
}

/** Snippet syntax characters in literal text. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A snippet as plain text, for clients without snippet support: placeholders keep their text. */
function plainText(snippet: string): string {
  return snippet.replace(
    /\\([\\$}])|\$\{\d+:((?:\\.|[^\\}])*)\}|\$\{\d+\}|\$\d+/g,
    (_, escaped?: string, placeholder?: string) => escaped ?? placeholder?.replace(/\\(.)/g, '$1') ?? '',
  );
}

function item(
  label: string,
  kind: CompletionItemKind,
  typed: Typed,
  newText: string,
  options: CompletionOptions,
  extra: Partial<CompletionItem> = {},
): CompletionItem {
  // Every text is written in snippet syntax; without tab stops (or snippet support) it goes as plain text.
  const snippet = options.snippets && /\$(?:\d|\{)/.test(newText);
  return {
    label,
    kind,
    textEdit: { range: editRange(typed), newText: snippet ? newText : plainText(newText) },
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Indentation is written out in full, so the client must not add its own.
    insertTextMode: InsertTextMode.asIs,
    ...extra,
  };
}

function sortText(group: number, index: number): string {
  return `${group}${String(index).padStart(4, '0')}`;
}

/** A value in a YAML scalar's syntax: quoted where plain text would read as something else. */
function yamlScalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function isScalarListKind(field: SchemaField): boolean {
  return field.kind === 'territory' || field.kind === 'jurisdictions' || field.kind === 'text-list' || field.kind === 'enum-list';
}

interface ValueChoice {
  /** What the model stores. */
  value: string;
  /** What the user sees and types to find it. */
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  filterText?: string;
  group: number;
}

/** The values a field takes, as completion choices: enum values, booleans, countries, regions, patent offices. */
function valueChoices(field: SchemaField, regions: Readonly<Record<string, readonly string[]>> | undefined): ValueChoice[] {
  if (field.values) {
    return field.values.map((entry) => ({ value: entry.value, label: entry.value, kind: CompletionItemKind.EnumMember, detail: entry.description, group: 0 }));
  }
  if (field.kind === 'boolean') {
    return ['true', 'false'].map((value) => ({ value, label: value, kind: CompletionItemKind.Value, group: 0 }));
  }
  const choices: ValueChoice[] = [];
  if (field.kind === 'territory') {
    const regionIds = [...Object.keys(regions ?? {}).filter((id) => Array.isArray(regions?.[id])), ...Object.keys(REGIONS)];
    for (const id of new Set(regionIds)) {
      const codes = regions?.[id] && Array.isArray(regions[id]) ? regions[id] : REGIONS[id];
      const own = regions?.[id] !== undefined;
      choices.push({
        value: id,
        label: id,
        kind: CompletionItemKind.Module,
        detail: `${own ? 'region from the config file' : 'region'}: ${summarizeCodes(codes)}`,
        group: 1,
      });
    }
  }
  if (field.kind === 'jurisdictions') {
    for (const [office, members] of Object.entries(REGIONAL_PATENT_OFFICES)) {
      choices.push({ value: office, label: office, kind: CompletionItemKind.Module, detail: `regional patent office: ${members.length} countries`, group: 1 });
    }
  }
  if (field.kind === 'territory' || field.kind === 'jurisdictions' || field.kind === 'country') {
    for (const [code, name] of Object.entries(COUNTRY_NAMES)) {
      choices.push({ value: code, label: code, kind: CompletionItemKind.Constant, detail: name, filterText: `${code} ${name}`, group: 2 });
    }
  }
  return choices;
}

function summarizeCodes(codes: readonly string[]): string {
  return codes.length <= 12 ? codes.join(', ') : `${codes.length} countries (${codes.slice(0, 8).join(', ')}, ...)`;
}

// ── Skeletons ──────────────────────────────────────────────────────────────────────────────

/** The skeleton's value at a path: the nearest clause the schema gives a skeleton (engine/schema.ts) that covers it, looked into. */
function skeletonValue(path: string): unknown {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length--) {
    const start = skeletonOf(segments.slice(0, length).join('.'));
    if (start === undefined) continue;
    let value: unknown = start;
    for (const segment of segments.slice(length)) {
      const key = segment.replace(/\[\]$/, '');
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
      if (segment.endsWith('[]')) value = Array.isArray(value) ? value[0] : undefined;
      if (value === undefined) return undefined;
    }
    return value;
  }
  return undefined;
}

class SnippetWriter {
  private stop = 0;
  readonly lines: string[] = [];

  constructor(private readonly unit: number) {}

  placeholder(text: string): string {
    return `\${${++this.stop}:${escapeSnippet(text)}}`;
  }

  /** The value written after `key: ` for a field that is not a map or a list of maps. */
  scalar(field: SchemaField, given: unknown): string {
    if (isScalarListKind(field)) {
      if (Array.isArray(given)) return `[${given.map((entry) => this.scalarText(field, entry)).join(', ')}]`;
      if (given !== undefined) return this.scalarText(field, given);
      return `[${this.scalarText(field, TBD)}]`;
    }
    return this.scalarText(field, given ?? TBD);
  }

  private scalarText(field: SchemaField, given: unknown): string {
    // An enum left to decide lists its values, as the classification fix does.
    const text = given === TBD && field.values ? `[TBD: ${field.values.map((entry) => entry.value).join(' | ')}]` : given;
    return this.placeholder(yamlScalar(text));
  }

  /** `key:` and everything under it, at `indent` columns; `dash` starts a list item. */
  field(field: SchemaField, given: unknown, indent: number, dash = false): void {
    const lead = dash ? `${' '.repeat(indent - 2)}- ` : ' '.repeat(indent);
    if (field.kind === 'map' && field.fields) {
      this.lines.push(`${lead}${field.key}:`);
      for (const child of field.fields) this.field(child, this.child(given, child.key) ?? skeletonValue(child.path), indent + this.unit);
    } else if (field.kind === 'list' && field.itemFields) {
      this.lines.push(`${lead}${field.key}:`);
      const items = Array.isArray(given) && given.length > 0 ? given : [undefined];
      for (const entry of items) this.item(field.itemFields, entry, indent + this.unit + 2);
    } else {
      this.lines.push(`${lead}${field.key}: ${this.scalar(field, given)}`);
    }
  }

  /** One list item: the keys it gives (or every item key), the first after the dash. */
  private item(fields: readonly SchemaField[], given: unknown, indent: number): void {
    const chosen = given && typeof given === 'object' ? fields.filter((child) => this.child(given, child.key) !== undefined) : fields;
    chosen.forEach((child, index) => this.field(child, this.child(given, child.key), indent, index === 0));
  }

  private child(value: unknown, key: string): unknown {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
}

/** A whole clause as a YAML snippet, every value a tab stop. */
function clauseSkeleton(field: SchemaField, indent: number, unit: number, eol: string): string {
  const writer = new SnippetWriter(unit);
  writer.field(field, skeletonValue(field.path), indent);
  return writer.lines.map((line, index) => (index === 0 ? line.slice(indent) : line)).join(eol) + '$0';
}

// ── YAML ───────────────────────────────────────────────────────────────────────────────────

interface LineShape {
  /** Column of the first character (the dash of an item). */
  indent: number;
  /** Column of a leading `- `, when the line starts a list item. */
  dash?: number;
  /** Column where the key (or the item's value) starts. */
  column: number;
  key?: string;
  /** After `key:`, comments removed; for an item without a key, the item's text. */
  rest: string;
}

/** Splits a line into its indentation, an item's dash and the rest, by scanning (long lines stay linear). */
function splitLine(text: string): { indent: number; dash?: number; column: number; content: string } {
  let at = 0;
  while (text[at] === ' ') at++;
  const indent = at;
  let dash: number | undefined;
  if (text[at] === '-' && (at + 1 === text.length || text[at + 1] === ' ')) {
    dash = at++;
    while (text[at] === ' ') at++;
  }
  return { indent, dash, column: at, content: text.slice(at) };
}

/**
 * `key: rest` (or `key:` at the end): the key, unquoted, and the text after the colon. A plain key
 * ends at the first colon followed by a space; flow collections, anchors, aliases and block
 * indicators are not keys.
 */
function splitKey(content: string): { key: string; rest?: string } | undefined {
  let colon: number;
  let key: string;
  const quote = content[0];
  if (quote === '"' || quote === "'") {
    let close = 1;
    while (close < content.length) {
      if (quote === '"' && content[close] === '\\') close += 2;
      else if (quote === "'" && content[close] === "'" && content[close + 1] === "'") close += 2;
      else if (content[close] === quote) break;
      else close++;
    }
    if (close >= content.length) return undefined;
    key = unquote(content.slice(0, close + 1));
    colon = close + 1;
    while (content[colon] === ' ') colon++;
    if (content[colon] !== ':') return undefined;
  } else {
    if (content === '' || '#\'"{[]},&*!|>%@`'.includes(content[0]) || (content[0] === '-' && (content[1] ?? ' ') === ' ')) return undefined;
    colon = content.indexOf(':');
    while (colon >= 0 && colon + 1 < content.length && content[colon + 1] !== ' ' && content[colon + 1] !== '\t') colon = content.indexOf(':', colon + 1);
    if (colon < 0) return undefined;
    key = content.slice(0, colon).trimEnd();
    if (/\s#/.test(key)) return undefined;
  }
  return colon + 1 < content.length ? { key, rest: content.slice(colon + 2) } : { key };
}

function shapeOf(line: string): LineShape | 'boundary' | undefined {
  // A byte-order mark before the first key is not part of it.
  const { indent, dash, column, content } = splitLine(line.replace(/^\uFEFF/, '').trimEnd());
  if (dash === undefined && (content === '' || content.startsWith('#'))) return undefined;
  if (indent === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(content)) return 'boundary';
  const shape: LineShape = { indent, column, rest: '' };
  if (dash !== undefined) shape.dash = dash;
  const key = splitKey(content);
  if (key) {
    shape.key = key.key;
    shape.rest = withoutComment(key.rest ?? '');
  } else {
    shape.rest = withoutComment(content);
  }
  return shape;
}

function unquote(key: string): string {
  if (key.startsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, '$1');
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

function withoutComment(text: string): string {
  const comment = /(^|\s)#/.exec(text);
  return (comment ? text.slice(0, comment.index) : text).trim();
}

/** `key:` with nothing after it but an anchor or a tag opens a block of clauses or items. */
function opensBlock(shape: LineShape): boolean {
  return shape.key !== undefined && /^(?:[&!]\S*\s*)*$/.test(shape.rest);
}

interface Container {
  /** The model path of the map the cursor is in (`ip.patents[]` inside a patent family). */
  path: string;
  /** Keys written in it on other lines. */
  keys: Set<string>;
}

class YamlCompletion {
  private readonly eol: string;

  constructor(
    private readonly lines: LineIndex,
    /** The YAML's lines: [first, end). */
    private readonly first: number,
    private readonly end: number,
    private readonly options: CompletionOptions,
  ) {
    this.eol = lines.eol;
  }

  at(position: Position): CompletionItem[] {
    const text = this.lines.lineText(position.line);
    const character = Math.min(position.character, text.length);
    const before = text.slice(0, character);
    const after = text.slice(character);
    // A comment, a tab, or a line too long to be a key or an enum being typed.
    if (/(^|\s)#/.test(before) || before.includes('\t') || before.length > MAX_TYPED) return [];
    const wordAfter = WORD_AFTER.exec(after)![0];

    // A key being typed, or the start of a list item.
    const keyTyped = /^( *)(- +)?([\w-]*)$/.exec(before);
    if (keyTyped) {
      const [, spaces, dash = '', word] = keyTyped;
      const typed = { line: position.line, start: character - word.length, end: character + wordAfter.length };
      const restOfLine = after.slice(wordAfter.length);
      if (dash !== '') return this.itemStart(position.line, spaces.length, spaces.length + dash.length, typed, restOfLine);
      const container = this.container(position.line, spaces.length);
      return container ? this.keys(container, spaces.length, typed, restOfLine) : [];
    }

    // A list item written in flow style: `- {up_to: 100000000, ra`.
    const flowItem = /^( *)- +([[{].*)$/.exec(before);
    if (flowItem) {
      const owner = this.listOwner(position.line, flowItem[1].length);
      return owner === undefined ? [] : this.flow(`${owner}[]`, flowItem[2], position.line, character, wordAfter);
    }

    // A value after `key:`.
    const line = splitLine(before);
    const valueTyped = splitKey(line.content);
    if (valueTyped?.rest !== undefined) {
      const rest = valueTyped.rest.trimStart();
      const container = line.dash !== undefined ? this.itemContainer(position.line, line.dash, line.column) : this.container(position.line, line.column);
      if (!container) return [];
      const path = join(container.path, valueTyped.key);
      if (/^[[{]/.test(rest)) return this.flow(path, rest, position.line, character, wordAfter);
      if (!/^[\w.-]*$/.test(rest)) return [];
      return this.values(path, { line: position.line, start: character - rest.length, end: character + wordAfter.length }, new Set());
    }
    return [];
  }

  /** A line that starts a list item: the item's keys (a list of maps) or a value (a list of values). */
  private itemStart(line: number, dashColumn: number, column: number, typed: Typed, restOfLine: string): CompletionItem[] {
    const owner = this.listOwner(line, dashColumn);
    if (owner === undefined) return [];
    const field = schemaField(owner);
    if (field && isScalarListKind(field)) return this.values(owner, typed, this.itemsOfList(line, dashColumn));
    const itemPath = `${owner}[]`;
    if (!schemaFieldsAt(itemPath)) return [];
    return this.keys({ path: itemPath, keys: this.keysBelow(line, column) }, column, typed, restOfLine);
  }

  /** Key completions for a map: its missing keys, and at the top level whole clause skeletons. */
  private keys(container: Container, column: number, typed: Typed, restOfLine: string): CompletionItem[] {
    const fields = schemaFieldsAt(container.path);
    if (!fields) return [];
    const colonFollows = /^\s*:/.test(restOfLine);
    const lineEnds = restOfLine.trim() === '';
    const items: CompletionItem[] = [];
    fields.forEach((field, index) => {
      if (container.keys.has(field.key)) return;
      const newText = colonFollows ? escapeSnippet(field.key) : this.keyText(field, column);
      items.push(
        item(field.key, CompletionItemKind.Property, typed, newText, this.options, {
          detail: fieldKindLabel(field),
          documentation: documentation(field),
          sortText: sortText(0, index),
        }),
      );
      // A whole clause, every value a tab stop, where a top-level clause is missing.
      if (container.path === '' && column === 0 && lineEnds && (field.kind === 'map' || field.kind === 'list')) {
        items.push(
          item(`${field.key} (full clause)`, CompletionItemKind.Snippet, typed, clauseSkeleton(field, 0, this.indentUnit(), this.eol), this.options, {
            filterText: field.key,
            detail: `${fieldKindLabel(field)} skeleton`,
            documentation: documentation(field),
            sortText: sortText(1, index),
          }),
        );
      }
    });
    return items;
  }

  /** `key: `, or for a clause of clauses `key:` and the indentation of its first key. */
  private keyText(field: SchemaField, column: number): string {
    const inner = ' '.repeat(column + this.indentUnit());
    const key = escapeSnippet(field.key);
    if (field.kind === 'map') return `${key}:${this.eol}${inner}$0`;
    if (field.kind === 'list') return `${key}:${this.eol}${inner}- $0`;
    return `${key}: $0`;
  }

  private values(path: string, typed: Typed, present: ReadonlySet<string>): CompletionItem[] {
    const field = schemaField(path);
    if (!field) return [];
    return valueChoices(field, this.options.regions)
      .filter((choice) => !present.has(choice.value))
      .map((choice, index) =>
        item(choice.label, choice.kind, typed, escapeSnippet(choice.value), this.options, {
          detail: choice.detail,
          filterText: choice.filterText,
          documentation: documentation(field),
          sortText: sortText(choice.group, index),
        }),
      );
  }

  /** Inside `[...]` or `{...}` after `key:`: the innermost collection decides. */
  private flow(basePath: string, rest: string, line: number, character: number, wordAfter: string): CompletionItem[] {
    const place = flowPlace(basePath, rest);
    if (!place || !/^[\w.-]*$/.test(place.prefix)) return [];
    const typed = { line, start: character - place.prefix.length, end: character + wordAfter.length };
    if (place.kind === 'value') return this.values(place.path, typed, new Set(place.present));
    const fields = schemaFieldsAt(place.path);
    if (!fields) return [];
    return fields
      .filter((field) => !place.present.includes(field.key))
      .map((field, index) =>
        item(field.key, CompletionItemKind.Property, typed, `${escapeSnippet(field.key)}: `, this.options, {
          detail: fieldKindLabel(field),
          documentation: documentation(field),
          sortText: sortText(0, index),
        }),
      );
  }

  /**
   * The map whose keys sit at `column` on `line`, and the keys it already has. Walks up the
   * lines: a line indented less is the key that owns the map (or the dash of the list item the
   * map is); a map inside a list item continues from the list's owner.
   */
  private container(line: number, column: number): Container | undefined {
    const keys = new Set<string>();
    let inItemAt: number | undefined;
    for (let n = line - 1; n >= this.first; n--) {
      const shape = shapeOf(this.lines.lineText(n));
      if (shape === undefined) continue;
      if (shape === 'boundary') break;
      if (shape.indent > column) continue;
      if (shape.indent === column) {
        if (shape.dash === undefined && shape.key !== undefined) keys.add(shape.key);
        else if (shape.dash === undefined) return undefined;
        continue;
      }
      // Less indented: the first key of this item, or the owner of this map.
      if (shape.dash !== undefined && shape.column === column) {
        if (shape.key === undefined) return undefined;
        keys.add(shape.key);
        inItemAt = shape.dash;
        break;
      }
      const path = this.pathOf(n, shape);
      if (path === undefined) return undefined;
      for (const key of this.keysBelow(line, column)) keys.add(key);
      return { path, keys };
    }
    for (const key of this.keysBelow(line, column)) keys.add(key);
    // Indented with nothing above to own it: not a place in the model.
    if (inItemAt === undefined && column > 0 && keys.size === 0) return undefined;
    if (inItemAt !== undefined) {
      const owner = this.listOwner(line, inItemAt);
      return owner === undefined ? undefined : { path: `${owner}[]`, keys };
    }
    return { path: '', keys };
  }

  /** The map of a list item whose dash is on `line` at `dashColumn` (`- key: value`). */
  private itemContainer(line: number, dashColumn: number, column: number): Container | undefined {
    const owner = this.listOwner(line, dashColumn);
    return owner === undefined ? undefined : { path: `${owner}[]`, keys: this.keysBelow(line, column) };
  }

  /** The model path of the list whose items' dashes sit at `dashColumn` above `line`. */
  private listOwner(line: number, dashColumn: number): string | undefined {
    for (let n = line - 1; n >= this.first; n--) {
      const shape = shapeOf(this.lines.lineText(n));
      if (shape === undefined) continue;
      if (shape === 'boundary') return undefined;
      if (shape.indent > dashColumn) continue;
      if (shape.indent === dashColumn && shape.dash !== undefined) continue;
      // `key:` above the items (or at their column: YAML lets a list sit level with its key).
      return this.pathOf(n, shape);
    }
    return undefined;
  }

  /** The model path of the key on line `n`, which opens a block. */
  private pathOf(n: number, shape: LineShape): string | undefined {
    if (!opensBlock(shape)) return undefined;
    const key = shape.key!;
    if (shape.dash !== undefined) {
      // `- key:` owns what follows and is itself the first key of an item.
      const owner = this.listOwner(n, shape.dash);
      return owner === undefined ? undefined : join(`${owner}[]`, key);
    }
    if (shape.indent === 0) return key;
    const parent = this.container(n, shape.indent);
    return parent === undefined ? undefined : join(parent.path, key);
  }

  /** Keys at `column` after `line`, in the same map (until a line indented less). */
  private keysBelow(line: number, column: number): Set<string> {
    const keys = new Set<string>();
    for (let n = line + 1; n < this.end; n++) {
      const shape = shapeOf(this.lines.lineText(n));
      if (shape === undefined) continue;
      if (shape === 'boundary' || shape.indent < column) break;
      if (shape.indent === column && shape.dash === undefined && shape.key !== undefined) keys.add(shape.key);
    }
    return keys;
  }

  /** The values already in a block list, so they are not offered twice. */
  private itemsOfList(line: number, dashColumn: number): Set<string> {
    const items = new Set<string>();
    const collect = (n: number): boolean => {
      const shape = shapeOf(this.lines.lineText(n));
      if (shape === undefined) return true;
      if (shape === 'boundary' || shape.indent < dashColumn || (shape.indent === dashColumn && shape.dash === undefined)) return false;
      if (shape.indent === dashColumn && shape.key === undefined && shape.rest !== '') items.add(unquote(shape.rest));
      return true;
    };
    for (let n = line - 1; n >= this.first && collect(n); n--);
    for (let n = line + 1; n < this.end && collect(n); n++);
    return items;
  }

  private unit: number | undefined;

  /** The sheet's indentation step: the first nested key's indentation, else two. */
  private indentUnit(): number {
    if (this.unit !== undefined) return this.unit;
    this.unit = 2;
    for (let n = this.first; n < this.end; n++) {
      const shape = shapeOf(this.lines.lineText(n));
      if (shape !== undefined && shape !== 'boundary' && shape.indent > 0) {
        this.unit = shape.indent;
        break;
      }
    }
    return this.unit;
  }
}

interface FlowPlace {
  kind: 'key' | 'value';
  /** The map whose key is typed, or the field whose value is. */
  path: string;
  prefix: string;
  present: string[];
}

/** Where in `{...}` / `[...]` (the text after `key:` up to the cursor) the cursor is. */
function flowPlace(basePath: string, rest: string): FlowPlace | undefined {
  interface Frame {
    open: '{' | '[';
    path: string;
    done: string[];
    segment: string;
  }
  const frames: Frame[] = [];
  let quote: string | undefined;
  for (const char of rest) {
    const top = frames.at(-1);
    if (quote) {
      if (char === quote) quote = undefined;
      if (top) top.segment += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      if (top) top.segment += char;
    } else if (char === '{' || char === '[') {
      let path = basePath;
      if (top?.open === '[') path = `${top.path}[]`;
      else if (top) {
        const colon = top.segment.indexOf(':');
        if (colon < 0) return undefined;
        path = join(top.path, top.segment.slice(0, colon).trim());
      }
      frames.push({ open: char, path, done: [], segment: '' });
    } else if (char === '}' || char === ']') {
      frames.pop();
      const parent = frames.at(-1);
      if (!parent) return undefined;
      parent.segment += '\u0000';
    } else if (char === ',') {
      if (!top) return undefined;
      const segment = top.segment.trim();
      top.done.push(top.open === '{' ? segment.split(':')[0].trim() : unquote(segment));
      top.segment = '';
    } else if (top) {
      top.segment += char;
    } else if (!/\s/.test(char)) {
      return undefined;
    }
  }
  const top = frames.at(-1);
  if (!top || quote) return undefined;
  if (top.open === '[') return { kind: 'value', path: top.path, prefix: top.segment.trimStart(), present: top.done };
  const colon = top.segment.indexOf(':');
  if (colon < 0) return { kind: 'key', path: top.path, prefix: top.segment.trimStart(), present: top.done };
  return { kind: 'value', path: join(top.path, top.segment.slice(0, colon).trim()), prefix: top.segment.slice(colon + 1).trimStart(), present: [] };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

// ── Markdown ───────────────────────────────────────────────────────────────────────────────

const HEADING = /^( {0,3})(#{1,6})([ \t]+)(.*)$/;
const LABEL_START = /^(\s*(?:(?:[-*+]|\d+[.)])\s+)?)\*\*([^*]*)$/;
const LABEL_VALUE = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?\*\*([^*]+?)\*\*:?\s*(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A model path as the schema writes it (`ip.patents[]` for a family), from a synonym path (`ip.patents`). */
function fieldsOf(path: string): readonly SchemaField[] | undefined {
  if (path === '') return TERM_SHEET_SCHEMA.fields;
  const field = schemaField(path);
  return field?.fields ?? field?.itemFields;
}

/**
 * The label to write for a clause inside the section of `context`: among the labels that read
 * back as that clause there, the shortest that names its key ("Scope" under Non-Compete,
 * "Signing Entity" under Licensor), else the first, else the table's main label.
 */
function labelIn(field: SchemaField, context: string): string {
  const path = field.path;
  const synonym = synonymFor(path);
  const readable = [...(synonym?.labels ?? []), ...(synonym?.local ?? [])].filter((label) => resolveLabel(label, context)?.path === path);
  const key = ` ${normalizeLabel(field.key.replace(/_/g, ' '))} `;
  const naming = readable.filter((label) => ` ${normalizeLabel(label)} `.includes(key)).sort((a, b) => a.length - b.length);
  return naming[0] ?? readable[0] ?? labelFor(path);
}

class MarkdownCompletion {
  constructor(
    private readonly lines: LineIndex,
    private readonly options: CompletionOptions,
  ) {}

  at(position: Position): CompletionItem[] {
    if (this.inCode(position.line)) return [];
    const text = this.lines.lineText(position.line);
    const character = Math.min(position.character, text.length);
    const before = text.slice(0, character);
    const after = text.slice(character);
    if (before.length > MAX_TYPED) return [];

    const heading = HEADING.exec(before);
    if (heading) {
      const [, indent, hashes, gap, typedLabel] = heading;
      const level = hashes.length;
      const labelStart = indent.length + hashes.length + gap.length + numberingLength(typedLabel);
      const typed = { line: position.line, start: labelStart, end: text.length };
      return this.labels(this.context(position.line, level), position.line, typed, 'heading', level);
    }

    const labelStart = LABEL_START.exec(before);
    if (labelStart) {
      const closed = /^[^*]*\*\*/.exec(after);
      const typed = { line: position.line, start: labelStart[1].length + 2, end: character + (closed ? closed[0].length : 0) };
      return this.labels(this.context(position.line, 7), position.line, typed, 'bold', 7, closed !== null);
    }

    const labelValue = LABEL_VALUE.exec(before);
    if (labelValue) {
      const [, label, typedValue] = labelValue;
      return this.values(label, this.context(position.line, 7), position.line, character, typedValue, after);
    }

    if (/^\s*\|/.test(before)) return this.tableCell(before, after, position, character);
    return [];
  }

  /** A table row: the first cell names a clause, the second gives its value. */
  private tableCell(before: string, after: string, position: Position, character: number): CompletionItem[] {
    const cells = before.replace(/^\s*\|/, '').split('|');
    const current = cells.at(-1)!;
    const context = this.context(position.line, 7);
    if (cells.length === 1) {
      const start = character - current.trimStart().length;
      const end = character + /^[^|]*/.exec(after)![0].trimEnd().length;
      return this.labels(context, position.line, { line: position.line, start, end }, 'cell');
    }
    if (cells.length === 2) return this.values(cells[0].trim(), context, position.line, character, current.trimStart(), after);
    return [];
  }

  /** Headings or labels for the clauses missing from the section around the cursor. */
  private labels(context: string, line: number, typed: Typed, style: 'heading' | 'bold' | 'cell', level = 2, closed = false): CompletionItem[] {
    const fields = fieldsOf(context);
    if (!fields) return [];
    const present = this.presentKeys(context, line);
    const items: CompletionItem[] = [];
    fields.forEach((field, index) => {
      if (present.has(field.key)) return;
      const label = labelIn(field, context);
      let newText = escapeSnippet(label);
      // Renaming a label that is already closed keeps what follows it.
      if (style === 'bold') newText = closed ? `${escapeSnippet(label)}:**` : `${escapeSnippet(label)}:** $0`;
      else if (style === 'heading') newText = this.sectionSkeleton(field, label, level);
      items.push(
        item(label, CompletionItemKind.Property, typed, newText, this.options, {
          detail: `${field.path} · ${fieldKindLabel(field)}`,
          documentation: documentation(field),
          // Sections first where a heading is typed: a heading usually opens a clause of clauses.
          sortText: sortText(style === 'heading' && !field.fields && !field.itemFields ? 1 : 0, index),
        }),
      );
    });
    return items;
  }

  /** A heading and, for a clause of clauses, a labelled line for each of its parts. */
  private sectionSkeleton(field: SchemaField, label: string, level: number): string {
    const eol = this.lines.eol;
    const children = field.fields ?? [];
    if (children.length === 0 || level >= 6) return `${escapeSnippet(label)}${eol}${eol}$0`;
    const lines = children.map((child, index) => `- **${escapeSnippet(labelIn(child, field.path))}:** \${${index + 1}}`);
    return `${escapeSnippet(label)}${eol}${eol}${lines.join(eol)}$0`;
  }

  /** Enum values (as prose reads them), countries and regions after a known label. */
  private values(label: string, context: string, line: number, character: number, typedValue: string, after: string): CompletionItem[] {
    const synonym = resolveLabel(stripNumbering(label.replace(/:\s*$/, '')), context);
    const field = synonym && schemaField(synonym.path);
    if (!field) return [];
    const word = /[\w-]*$/.exec(typedValue)![0];
    // Only the start of a value or a list item ("Japan, Ko"), not prose.
    if (!/^(?:.*[,;]\s*)?[\w-]*$/.test(typedValue) || (typedValue.includes(',') && !isScalarListKind(field))) return [];
    const typed = { line, start: character - word.length, end: character + WORD_AFTER.exec(after)![0].length };
    return valueChoices(field, this.options.regions).map((choice, index) => {
      // Prose reads enum words and names better than codes and kebab-case ids.
      const country = choice.kind === CompletionItemKind.Constant;
      const prose = country ? choice.detail! : field.kind === 'boolean' ? (choice.value === 'true' ? 'yes' : 'no') : enumWords(choice.value);
      const detail = country
        ? choice.value
        : choice.kind === CompletionItemKind.EnumMember && choice.detail
          ? `${choice.value} · ${choice.detail}`
          : (choice.detail ?? choice.value);
      return item(prose, choice.kind, typed, escapeSnippet(prose), this.options, {
        detail,
        filterText: `${prose} ${choice.value}`,
        documentation: documentation(field),
        sortText: sortText(choice.group, index),
      });
    });
  }

  /** The clause the cursor's line sits in: from the headings above it, outermost first. */
  private context(line: number, level: number): string {
    const stack: Array<{ level: number; path?: string }> = [];
    let fence: string | undefined;
    for (let n = 0; n < line; n++) {
      const text = this.lines.lineText(n);
      const marker = FENCE.exec(text);
      if (marker && (!fence || marker[1].startsWith(fence))) {
        fence = fence ? undefined : marker[1][0].repeat(3);
        continue;
      }
      if (fence) continue;
      const heading = HEADING.exec(text);
      if (!heading) continue;
      const headingLevel = heading[2].length;
      while (stack.length > 0 && stack.at(-1)!.level >= headingLevel) stack.pop();
      const around = [...stack].reverse().find((entry) => entry.path !== undefined)?.path ?? '';
      const resolved = resolveLabel(stripNumbering(heading[4].replace(/\s#+\s*$/, '').trim()), around);
      stack.push({ level: headingLevel, path: resolved && fieldsOf(resolved.path) ? resolved.path : undefined });
    }
    while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
    return [...stack].reverse().find((entry) => entry.path !== undefined)?.path ?? '';
  }

  /** The keys the clause at `context` has, not counting what the line being typed makes of itself. */
  private presentKeys(context: string, line: number): Set<string> {
    const sheet = this.options.sheet?.();
    const node = sheet && getNode(sheet.root, context);
    if (!node || node.kind !== 'map') return new Set();
    return new Set(node.entries.filter((entry) => entry.keyRange.start.line !== line).map((entry) => entry.key));
  }

  private inCode(line: number): boolean {
    let fence: string | undefined;
    for (let n = 0; n < line; n++) {
      const marker = FENCE.exec(this.lines.lineText(n));
      if (marker && (!fence || marker[1].startsWith(fence))) fence = fence ? undefined : marker[1][0].repeat(3);
    }
    return fence !== undefined;
  }
}
