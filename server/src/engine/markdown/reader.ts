import { readDirectiveComment, type SheetDirectives } from '../directives';
import { itemsOf, type Entry, type MapNode, type ModelNode, type ParseProblem, type Sheet } from '../model';
import { isWhitespace, LineIndex, type Range } from '../text';
import { parseBlocks, type Block, type Heading, type List, type ListItem, type Span, type Table, type TableRow } from './blocks';
import { findFrontMatter } from './front-matter';
import { readFrontMatter } from './front-matter-sheet';
import { cover, plainText, trimSpan } from './prose';
import { keyFromLabel, kindOf, numberingLength, resolveLabel, stripNumbering, type ValueKind } from './synonyms';
import { spanOf, ValueReader, type ReadCell } from './values';
import { findMoney } from '../values/find-in-prose';

/**
 * Reads a Markdown term sheet into the canonical model. Clauses are found where people write
 * them — headings, two-column tables, `**Label:** value` lines, numbered clauses, bold lead-ins —
 * and their labels mapped to model keys by the synonym table; values are read from the prose
 * under them. Front matter is read as a YAML term sheet and wins over prose. Never throws.
 */
export function readMarkdownSheet(text: string): Sheet {
  const lines = new LineIndex(text);
  try {
    return new MarkdownReader(text, lines).read();
  } catch (error) {
    const message = `The Markdown could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return {
      format: 'markdown',
      text,
      lines,
      root: { kind: 'map', entries: [], range: lines.range(0, 0) },
      problems: [{ message, range: lines.range(0, lines.lineEnd(0)) }],
      directives: [],
      unknownDirectives: [],
    };
  }
}

/** How a clause is written, so a fix can add one beside it in the same style. */
export type Placement =
  | { style: 'front-matter' }
  | { style: 'synthetic' }
  | { style: 'heading'; heading: Heading; end: number }
  | { style: 'row'; table: Table; row: TableRow }
  | { style: 'line'; line: Span; bold: boolean }
  | { style: 'item'; list: List; item: ListItem; bold: boolean };

export interface MarkdownLayout {
  /** Where the Markdown body starts (after any front matter). */
  bodyStart: number;
  frontMatter?: Sheet;
  blocks: Block[];
  placements: Map<Entry, Placement>;
}

/**
 * A sheet read from Markdown keeps its layout on itself. (Kept in a WeakMap keyed by the sheet instead,
 * young-generation collections kept each sheet alive and promoted it: ~12 % of a read, and memory.)
 */
export interface MarkdownSheet extends Sheet {
  format: 'markdown';
  layout: MarkdownLayout;
}

/** The layout a Markdown sheet was read from; the editor writes fixes with it. */
export function layoutOf(sheet: Sheet): MarkdownLayout | undefined {
  return 'layout' in sheet ? (sheet as MarkdownSheet).layout : undefined;
}

interface DraftMap {
  kind: 'draft';
  entries: DraftEntry[];
  /** The first entry of each key, so clauses are found without a scan: a sheet may have thousands. */
  keys: Map<string, DraftEntry>;
  /** The map as front matter wrote it, whose range it keeps. */
  fixed?: MapNode;
  extent?: Span;
}

interface DraftEntry {
  key: string;
  keyRange: Range;
  value: DraftMap | ModelNode;
  placement: Placement;
}

interface Section {
  heading?: Heading;
  blocks: Block[];
  children: Section[];
  /** Offset where the section ends: the next heading of its level or higher, or the end of the file. */
  end: number;
}

/** A label with the prose that follows it, found inside a section's blocks. */
interface Labeled {
  label: string;
  labelSpan: Span;
  value: Span[];
  /** Blocks nested under it (a list under a list item's label). */
  nested: Block[];
  placement: Placement;
  /** The path the label names in a context, once looked up (see pathOf). */
  resolved?: { context: string; path: string | undefined };
}

interface Scan {
  labeled: Labeled[];
  /** Unlabeled prose, one entry per paragraph or list item. */
  prose: Span[][];
  tables: Table[];
  bullets: Array<{ list: List; item: ListItem; spans: Span[] }>;
}

const LIST_KINDS = new Set<ValueKind>(['milestones', 'milestone-list', 'royalties', 'patents', 'trials']);
const MAP_KINDS = new Set<ValueKind>(['section', 'party', 'reversion']);
/** Values a section's lead prose also gives, when the section names them ("an exclusive licence ..."). */
const LEAD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  license: ['license.scope', 'license.territory'],
  asset: ['asset.stage', 'asset.classification'],
  exclusivity: ['exclusivity.no_shop_days'],
  'license.governance': ['license.governance.jsc'],
  'license.regulatory': ['license.regulatory.clinical_plan_approval'],
};
/** Values a clause's prose also gives when no clause of their own states them: a grant names its territory ("an exclusive licence ... worldwide"). */
const ALSO_MENTIONED: Readonly<Record<string, readonly string[]>> = {
  'license.scope': ['license.territory'],
};
/** The names of payments in a paragraph of financial terms: an upfront, a group of milestones, the total. */
const PAYMENT_NAME =
  /\b(?:an?\s+)?(upfront|up-front|signing|initial)\s+(?:payment|fee|licen[cs]e\s+fee)\b|\b(development|regulatory|clinical|commercial|sales(?:-based)?)(?:\s+and\s+(?:development|regulatory|clinical|commercial|sales))?\s+milestones?(?:\s+payments?)?\b|\b(?:(?:for|with)\s+)?(?:an?|the)\s+total(?:\s+(?:deal\s+value|potential\s+value|value|consideration))?\b|\btotal\s+(?:deal\s+value|potential\s+value|value|consideration)\b|\btotal(?=\s+(?:of\s+)?up\s+to\b)/gi;

/** The milestones group a word names: sales milestones are commercial ones. */
function milestoneGroup(word: string): string {
  const lower = word.toLowerCase();
  return lower.startsWith('sales') || lower === 'commercial' ? 'Commercial' : lower === 'regulatory' ? 'Regulatory' : 'Development';
}

const LIST_NAME_FIELD: Readonly<Record<string, string>> = {
  'financials.milestones': 'event',
  'financials.milestones.development': 'event',
  'financials.milestones.regulatory': 'event',
  'financials.milestones.commercial': 'event',
  'ip.patents': 'family',
};
const MAX_LABEL_LENGTH = 80;
const OTHER_TEXT = 'other_text';
const MAX_LABEL_WORDS = 10;

class MarkdownReader {
  private readonly values: ValueReader;
  private readonly root: DraftMap = draftMap();
  private readonly problems: ParseProblem[] = [];
  private readonly directives: SheetDirectives = { directives: [], unknownDirectives: [] };
  private readonly placements = new Map<Entry, Placement>();
  /** The draft maps found or made so far, by path: a map, once made, stays at its path. */
  private readonly mapsByPath = new Map<string, DraftMap>();
  /** Text written outside any clause, or in a clause written a second time: kept so that a blank in it is still seen. */
  private readonly otherText: ModelNode[] = [];
  /** Values mentioned in another clause's prose, read once the whole sheet is, where no clause of their own states them. */
  private readonly mentions: Array<{ field: string; spans: Span[] }> = [];
  /** Items whose label names two clauses, with their paths. */
  private readonly compounds: Array<{ paths: string[]; item: Labeled }> = [];
  private titleTaken = false;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {
    this.values = new ValueReader(text, lines);
  }

  read(): MarkdownSheet {
    const frontMatter = findFrontMatter(this.text, this.lines);
    let bodyStart = 0;
    let frontSheet: Sheet | undefined;
    if (frontMatter) {
      bodyStart = frontMatter.bodyStart;
      if (!frontMatter.closed) {
        this.problems.push({ message: 'The front matter is never closed: end it with a line of three dashes (---)', range: frontMatter.opening });
      } else {
        frontSheet = readFrontMatter(frontMatter);
        this.problems.push(...frontSheet.problems);
        this.directives.directives.push(...frontSheet.directives);
        this.directives.unknownDirectives.push(...frontSheet.unknownDirectives);
        this.adoptFrontMatter(frontSheet.root, this.root);
      }
    }
    // The body is parsed with the front matter blanked out, so its line numbers are the file's.
    const body = bodyStart > 0 ? this.text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + this.text.slice(bodyStart) : this.text;
    const blocks = frontMatter && !frontMatter.closed ? [] : parseBlocks(body, this.lines);
    this.readDirectives(body, blocks);
    const top = this.sections(blocks);
    this.section(top, '');
    for (const { paths, item } of this.compounds) {
      for (const path of paths) this.clause(path, item.labelSpan, item.value, item.nested, [], item.placement);
    }
    for (const mention of this.mentions) if (!this.isStated(mention.field)) this.putMentions([mention.field], mention.spans);
    this.keepOtherText();
    const root = this.toModel(this.root, { start: 0, end: this.text.length });
    const layout: MarkdownLayout = { bodyStart, frontMatter: frontSheet, blocks, placements: this.placements };
    return { format: 'markdown', text: this.text, lines: this.lines, root, problems: this.problems, ...this.directives, layout };
  }

  // ── Front matter ───────────────────────────────────────────────────────────────────────

  private adoptFrontMatter(map: MapNode, into: DraftMap): void {
    into.fixed = map;
    for (const entry of map.entries) {
      let value: DraftMap | ModelNode = entry.value;
      if (entry.value.kind === 'map') {
        const draft = draftMap();
        this.adoptFrontMatter(entry.value, draft);
        value = draft;
      }
      addEntry(into, { key: entry.key, keyRange: entry.keyRange, value, placement: { style: 'front-matter' } });
    }
  }

  // ── Directives ─────────────────────────────────────────────────────────────────────────

  /** `<!-- termsheet-disable-next-line id, id -- reason -->` and friends, outside code. */
  private readDirectives(body: string, blocks: Block[]): void {
    if (!body.includes('termsheet-')) return;
    // The lines inside code blocks, marked once when the first directive is found.
    let code: Uint8Array | undefined;
    const collect = (list: Block[]) => {
      for (const block of list) {
        if (block.type === 'other') code!.fill(1, Math.max(0, block.line), Math.max(0, block.endLine));
        else if (block.type === 'quote') collect(block.children);
        else if (block.type === 'list') for (const item of block.items) collect(item.children);
      }
    };
    // The comments that start with `termsheet-`; what they say is the directive parser's to read.
    const pattern = /<!--(\s*termsheet-(?:(?!-->)[\s\S]){0,500}?)-->/g;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const line = this.lines.position(m.index).line;
      if (!code) {
        code = new Uint8Array(this.lines.lineCount);
        collect(blocks);
      }
      if (code[line] === 1) continue;
      readDirectiveComment(this.directives, m[1], m.index + '<!--'.length, this.lines.range(m.index, m.index + m[0].length), this.lines);
    }
  }

  // ── Sections ───────────────────────────────────────────────────────────────────────────

  /** Groups top-level blocks under their headings, nesting by level. */
  private sections(blocks: Block[]): Section {
    const root: Section = { blocks: [], children: [], end: this.text.length };
    const stack: Section[] = [root];
    for (const block of blocks) {
      if (block.type === 'heading') {
        while (stack.length > 1 && stack[stack.length - 1].heading!.level >= block.level) {
          stack.pop()!.end = this.lines.lineStart(block.line);
        }
        const section: Section = { heading: block, blocks: [], children: [], end: this.text.length };
        stack[stack.length - 1].children.push(section);
        stack.push(section);
      } else {
        stack[stack.length - 1].blocks.push(block);
      }
    }
    return root;
  }

  /** Reads a section's content in `context`, the model path of the clause around it. */
  private section(section: Section, context: string): void {
    if (!section.heading) {
      this.content(section.blocks, section.children, context, undefined);
      return;
    }
    const heading = section.heading;
    const labelSpan = this.labelSpan(heading.content);
    const label = this.labelText(labelSpan);
    const placement: Placement = { style: 'heading', heading, end: section.end };
    const synonym = label === '' ? undefined : resolveLabel(label, context);
    if (!synonym && heading.level === 1 && !this.titleTaken && context === '') {
      // The document's title heading: its text is the title, its sections the clauses.
      this.titleTaken = true;
      this.put('title', labelSpan, this.values.prose([labelSpan], labelSpan.start), placement);
      this.content(section.blocks, section.children, context, undefined);
      return;
    }
    const compound = synonym || label === '' ? undefined : this.compoundPaths(label, context);
    // A section that labels its clauses itself ("Governing law: …" under "Governing Law; Confidentiality") is read by those labels.
    if (compound && !this.scan(section.blocks, context).labeled.some((item) => compound.includes(this.pathOf(item, context) ?? ''))) {
      // "Governing Law and Dispute Resolution", "Confidentiality; Publicity": the section's words are each clause's.
      this.compounds.push({ paths: compound, item: { label, labelSpan, value: [], nested: section.blocks, placement } });
      for (const child of section.children) this.section(child, context);
      return;
    }
    if (!synonym) {
      // A grouping heading ("Economic Terms") or a clause the table does not know.
      const unknownPath = label === '' ? undefined : join(context, keyFromLabel(label));
      this.content(section.blocks, section.children, context, { path: unknownPath, labelSpan, placement });
      return;
    }
    const extent = { start: labelSpan.start, end: this.contentEnd(section) };
    this.clause(synonym.path, labelSpan, [], section.blocks, section.children, placement, extent);
  }

  /**
   * Content that belongs to no known clause: labeled items and subsections resolve in `context`;
   * prose left over becomes the unknown clause `unknown.path`, when the heading named one.
   */
  private content(blocks: Block[], children: Section[], context: string, unknown: { path?: string; labelSpan: Span; placement: Placement } | undefined): void {
    const scan = this.scan(blocks, context);
    if (unknown?.path && (scan.prose.length > 0 || scan.bullets.length > 0)) {
      const spans = proseOf(scan);
      this.put(unknown.path, unknown.labelSpan, this.values.prose(spans, unknown.labelSpan.end), unknown.placement);
    } else if (!unknown && context === '') {
      // The sheet's opening words and remarks, under its title or no heading: each paragraph on its own.
      for (const paragraph of [...scan.prose, ...scan.bullets.map((bullet) => bullet.spans)]) this.keepText(this.values.prose(paragraph, paragraph[0].start));
    }
    for (const table of scan.tables) this.tableRows(table, context);
    for (const item of scan.labeled) this.labeled(item, context);
    for (const child of children) this.section(child, context);
  }

  /** A clause at `path`: its value from `value` spans (a cell, the rest of a line) and the blocks under it. */
  private clause(path: string, labelSpan: Span, value: Span[], blocks: Block[], children: Section[], placement: Placement, extent?: Span): void {
    const kind = kindOf(path) ?? 'text';
    const scan = this.scan(blocks, path);
    if (LIST_KINDS.has(kind)) {
      this.listClause(path, kind, labelSpan, value, scan, children, placement, extent);
      return;
    }
    const ownChildren = this.childPaths(scan, children, path).some((child) => isInside(child, path));
    const tableChildren = scan.tables.some((table) => this.tableLabels(table, path).some((child) => isInside(child, path)));
    const lead = proseOf(scan, value);
    if (MAP_KINDS.has(kind) || ownChildren || tableChildren) {
      const map = this.ensureMap(path, labelSpan, placement, extent);
      if (map && lead.length > 0) this.lead(path, kind, lead, map);
    } else {
      this.put(path, labelSpan, this.values.read(kind, lead, labelSpan.end, path), placement);
      for (const field of ALSO_MENTIONED[path] ?? []) if (lead.length > 0) this.mentions.push({ field, spans: lead });
    }
    for (const table of scan.tables) this.tableRows(table, path);
    for (const item of scan.labeled) this.labeled(item, path);
    for (const child of children) this.section(child, path);
  }

  /** The paths that a section's labels and subheadings name, in the context of its clause. */
  private childPaths(scan: Scan, children: Section[], context: string): Array<string | undefined> {
    return [...scan.labeled.map((item) => this.pathOf(item, context)), ...children.map((child) => this.headingPath(child, context))];
  }

  /** Lead prose of a clause written as clauses: the shape its kind gives it, else a summary. */
  private lead(path: string, kind: ValueKind, spans: Span[], map: DraftMap): void {
    const inline = this.inlineMap(spans, path);
    if (inline) {
      for (const item of inline) this.labeled(item, path);
      return;
    }
    if (kind === 'party' || kind === 'reversion') {
      const value = this.values.read(kind, spans, spans[0].start, path);
      if (value.kind === 'map') {
        // A party or reversion written a second time: what the first already states, the second's words are kept beside.
        for (const entry of value.entries) {
          if (map.keys.has(entry.key)) this.keepText(entry.value);
          else this.putInto(map, entry.key, entry.keyRange, entry.value, { style: 'synthetic' });
        }
        return;
      }
    }
    // A grant's sentence may give the field ("… in the Territory for all human therapeutic uses"): read last, if no clause does.
    if (path === 'license') this.mentions.push({ field: 'license.field', spans });
    const labeled = this.clausesInProse(spans, path);
    for (const item of labeled) this.labeled(item, path);
    if (path === 'financials' && labeled.length === 0) for (const item of this.paymentsInProse(spans)) this.labeled(item, path);
    const whole = this.putMentions(LEAD_FIELDS[path] ?? [], spans);
    if (!whole) return;
    const prose = this.values.prose(spans, whole.start);
    // A clause written again under another heading ("Financial Terms", then "Payments"): its words are kept beside the first's.
    if (map.keys.has('summary')) this.keepText(prose);
    else this.putInto(map, 'summary', this.lines.range(whole.start, whole.start), prose, { style: 'synthetic' });
  }

  /** The values of `fields` the prose mentions, each put where it was read; the span the prose covers, if any. */
  private putMentions(fields: readonly string[], spans: Span[]): Span | undefined {
    const whole = cover(this.values.trimmed(spans));
    if (!whole) return undefined;
    for (const field of fields) {
      const fieldKind = kindOf(field) ?? 'text';
      const value = this.values.readMention(fieldKind, spans, whole.start, field);
      if (value.kind !== 'scalar' || fieldKind === 'flag' || !isProse(value, whole)) {
        this.put(field, spanOf(value.range), value, { style: 'synthetic' });
      }
    }
    return whole;
  }

  /** Whether a clause is at `path` already. */
  private isStated(path: string): boolean {
    const dot = path.lastIndexOf('.');
    const parent = dot < 0 ? this.root : this.mapsByPath.get(path.slice(0, dot));
    return parent?.keys.has(path.slice(dot + 1)) ?? false;
  }

  /** A clause whose value is a list: milestones, royalty tiers, patent families, trials. */
  private listClause(
    path: string,
    kind: ValueKind,
    labelSpan: Span,
    value: Span[],
    scan: Scan,
    children: Section[],
    placement: Placement,
    extent?: Span,
  ): void {
    // Grouped milestones: "Development" / "Regulatory" / "Commercial" under "Milestones".
    const grouped =
      kind === 'milestones' &&
      (this.childPaths(scan, children, path).some((child) => isInside(child, path)) ||
        scan.tables.some((table) =>
          this.tableLabels(table, path).some((child) => /^financials\.milestones\.(development|regulatory|commercial)$/.test(child ?? '')),
        ));
    if (grouped) {
      this.ensureMap(path, labelSpan, placement, extent);
      for (const table of scan.tables) this.tableRows(table, path);
      for (const item of scan.labeled) this.labeled(item, path);
      for (const child of children) this.section(child, path);
      return;
    }
    const items: ModelNode[] = [];
    const itemKind: ValueKind = kind === 'milestones' ? 'milestone-list' : kind;
    const fromProse = (spans: Span[]) => {
      const read = this.values.read(itemKind, spans, labelSpan.end, path);
      if (read.kind === 'list') items.push(...read.items);
      else if (read.kind === 'scalar' && read.value !== null) items.push(read);
    };
    if (value.length > 0) {
      const inline = this.inlineItem(value, path);
      if (inline) items.push(inline);
      else fromProse(value);
    }
    for (const spans of scan.prose) fromProse(spans);
    for (const bullet of scan.bullets) {
      const item = this.inlineItem(bullet.spans, path) ?? this.listItem(path, itemKind, undefined, bullet.spans);
      if (item) items.push(item);
    }
    for (const labeled of scan.labeled) {
      // A label naming another clause ("FTO" under "Patents") is that clause, not an item.
      const other = this.pathOf(labeled, path);
      if (other !== undefined && !isInside(other, path)) {
        this.labeled(labeled, path);
        continue;
      }
      const item = this.listItem(path, itemKind, labeled.labelSpan, labeled.value);
      if (item) items.push(item);
    }
    for (const table of scan.tables) items.push(...this.tableItems(table, path, itemKind));
    for (const child of children) {
      const heading = child.heading!;
      const span = this.labelSpan(heading.content);
      const inner = this.scan(child.blocks, path);
      const item = this.listItem(path, itemKind, span, proseOf(inner));
      if (item) items.push(item);
    }
    const at = labelSpan.end;
    const covering = cover(items.map((item) => spanOf(item.range))) ?? { start: at, end: at };
    this.put(path, labelSpan, this.values.list(items, covering), placement);
  }

  /** One item of a list clause from a line of prose, with its name (a milestone's event, a family) when labeled. */
  private listItem(path: string, kind: ValueKind, name: Span | undefined, spans: Span[]): ModelNode | undefined {
    const all = name ? [name, ...spans] : spans;
    const trimmed = this.values.trimmed(all);
    const whole = cover(trimmed);
    if (!whole) return undefined;
    switch (kind) {
      case 'royalties': {
        const tiers = this.values.tiers(trimmed);
        return tiers[0];
      }
      case 'patents':
        return this.values.patentFamily(trimmed);
      case 'trials':
        return this.values.trial(trimmed);
      default: {
        const amount = this.values.payments(this.values.trimmed(spans), false)[0];
        if (!amount) return this.values.prose(all, whole.start);
        const entries: Entry[] = [];
        const eventSpan = name ?? this.around(whole, amount);
        const field = LIST_NAME_FIELD[path] ?? 'event';
        if (eventSpan) entries.push(this.values.entry(field, eventSpan, this.values.prose([eventSpan], whole.start)));
        entries.push(this.values.entry('amount', amount, this.values.scalar(plainText(amount.text), amount)));
        return this.values.map(entries, whole);
      }
    }
  }

  /** The text of a line beside an amount in it: "PMDA approval: USD 30M" → "PMDA approval". */
  private around(whole: Span, amount: Span): Span | undefined {
    const before = trimSpan(this.text, { start: whole.start, end: amount.start });
    const after = trimSpan(this.text, { start: amount.end, end: whole.end });
    const chosen = before.end - before.start >= after.end - after.start ? before : after;
    const source = this.text.slice(chosen.start, chosen.end);
    const lead = /^(?:[:,;—–-]|\b(?:upon|on|at|for|payable)\b)\s*/i.exec(source)?.[0].length ?? 0;
    const tail = /\s*(?:[:,;—–-]|\b(?:of|for|upon|on)\b)$/i.exec(source.slice(lead))?.[0].length ?? 0;
    const span = trimSpan(this.text, { start: chosen.start + lead, end: chosen.end - tail });
    return span.end > span.start ? span : undefined;
  }

  /** "Family: WO2022/118877; Jurisdictions: CN, US": an item written as labeled parts. */
  private inlineItem(spans: Span[], path: string): ModelNode | undefined {
    const parts = this.inlineMap(spans, path);
    if (!parts) return undefined;
    const entries = parts.map((part) => {
      const field = this.resolve(part.label, path) ?? join(path, keyFromLabel(part.label));
      const key = field.split('.').at(-1)!;
      return this.values.entry(key, part.labelSpan, this.values.read(kindOf(field) ?? 'text', part.value, part.labelSpan.end, field));
    });
    return this.values.map(entries, cover(this.values.trimmed(spans)));
  }

  /** Parts `Label: value; Label: value` where every part is labeled, or undefined. */
  private inlineMap(spans: Span[], context: string): Labeled[] | undefined {
    if (spans.length !== 1) return undefined;
    const span = spans[0];
    const source = this.text.slice(span.start, span.end);
    if (!source.includes(':') || !/;|<br\s*\/?>/i.test(source)) return undefined;
    const parts: Labeled[] = [];
    const separator = /\s*(?:;|<br\s*\/?>)\s*/gi;
    let from = 0;
    const take = (to: number): boolean => {
      const part = trimSpan(this.text, { start: span.start + from, end: span.start + to });
      if (part.end <= part.start) return true;
      const labeled = this.labeledPart(part);
      if (labeled) parts.push(labeled);
      return labeled !== undefined;
    };
    for (let m = separator.exec(source); m; m = separator.exec(source)) {
      if (!take(m.index)) return undefined;
      from = m.index + m[0].length;
    }
    if (!take(source.length)) return undefined;
    return parts.length >= 1 && parts.every((part) => this.resolve(part.label, context) !== undefined || /^[A-Z]/.test(part.label)) ? parts : undefined;
  }

  /** "Label: value" in a trimmed span: the label and the value after its colon, or undefined. */
  private labeledPart(part: Span): Labeled | undefined {
    const colon = this.text.indexOf(':', part.start);
    if (colon < 0 || colon >= part.end) return undefined;
    const labelSpan = trimSpan(this.text, { start: part.start, end: colon });
    const label = plainText(this.text.slice(labelSpan.start, labelSpan.end));
    if (!isLabelShaped(label)) return undefined;
    return { label, labelSpan, value: [{ start: colon + 1, end: part.end }], nested: [], placement: { style: 'synthetic' } };
  }

  /**
   * Parts of a clause's prose that name one of its clauses, among parts that do not: "Legal counsel: Fenwick-Ward
   * LLP" under Advisers; "...; first-in-class; differentiation — novelty: a new target; speed: ..." under an asset
   * (a group's name before a dash). Each part ends at a semicolon.
   */
  private clausesInProse(spans: readonly Span[], context: string): Labeled[] {
    const found: Labeled[] = [];
    for (const span of spans) {
      const source = this.text.slice(span.start, span.end);
      if (!source.includes(':')) continue;
      for (let from = 0; from < source.length;) {
        const semicolon = source.indexOf(';', from);
        const to = semicolon < 0 ? source.length : semicolon;
        const part = this.labeledPart(trimSpan(this.text, { start: span.start + from, end: span.start + to }));
        from = to + 1;
        if (!part) continue;
        const group = /^.*\s[—–-]\s*/.exec(this.text.slice(part.labelSpan.start, part.labelSpan.end))?.[0].length ?? 0;
        const labelSpan = { start: part.labelSpan.start + group, end: part.labelSpan.end };
        const label = group === 0 ? part.label : plainText(this.text.slice(labelSpan.start, labelSpan.end));
        const path = this.resolve(label, context);
        if (isInside(path, context)) found.push({ ...part, label, labelSpan, resolved: { context, path } });
      }
    }
    return found;
  }

  /**
   * The payments a paragraph of financial terms names in words, each up to the next: "(a) an upfront fee of US$30
   * million …; (b) development and regulatory milestones of up to US$120 million …, for a total deal value of up to
   * US$350 million". Each is read as its clause, labelled as the model names it, from the words after its name.
   */
  private paymentsInProse(spans: readonly Span[]): Labeled[] {
    const found: Array<{ label: string; labelSpan: Span }> = [];
    for (const span of spans) {
      const source = this.text.slice(span.start, span.end);
      for (const match of source.matchAll(PAYMENT_NAME)) {
        const label = match[1] ? 'Upfront Payment' : match[2] ? `${milestoneGroup(match[2])} Milestones` : 'Total Deal Value';
        found.push({ label, labelSpan: { start: span.start + match.index, end: span.start + match.index + match[0].length } });
      }
    }
    // Each name's words run to the next name, or to the end of its span.
    const items: Labeled[] = found.map((item, i) => {
      const span = spans.find((part) => part.start <= item.labelSpan.start && item.labelSpan.end <= part.end)!;
      const next = found[i + 1];
      const until = next && next.labelSpan.start < span.end ? next.labelSpan.start : span.end;
      // A semicolon ends a payment's words: "…; and (c) sales milestones".
      const semicolon = this.text.indexOf(';', item.labelSpan.end);
      const end = semicolon >= 0 && semicolon < until ? semicolon : until;
      return { ...item, value: [{ start: item.labelSpan.end, end }], nested: [], placement: { style: 'synthetic' } };
    });
    // Read only when every amount of the paragraph is one payment's: an amount named by no payment ("EUR 40 million on
    // EMA approval"), or an upfront or total with none or several, would add up to a sum the sheet does not state.
    const amounts = this.values.find(spans, (text) => findMoney(text));
    const within = (item: Labeled) => amounts.filter((money) => money.start >= item.value[0].start && money.end <= item.value[0].end).length;
    const attributed = items.reduce((sum, item) => sum + within(item), 0);
    const single = items.every((item) => (item.label.endsWith('Milestones') ? within(item) > 0 : within(item) === 1));
    return items.length > 0 && single && attributed === amounts.length ? items : [];
  }

  /** A labeled item: a clause at the path its label names. */
  private labeled(item: Labeled, context: string): void {
    const known = this.pathOf(item, context);
    const compound = known ? undefined : this.compoundPaths(item.label, context);
    if (compound) {
      // "Patent Rights and Field of Use": one value for two clauses, read once the sheet is, so that a clause's own label places it.
      this.compounds.push({ paths: compound, item });
      return;
    }
    const path = known ?? this.unknownPath(item.label, context);
    if (path) this.clause(path, item.labelSpan, item.value, item.nested, [], item.placement);
  }

  /** The clauses a label joining two or three known labels names ("Territory and Field", "Governing Law; Disputes"), or undefined. */
  private compoundPaths(label: string, context: string): string[] | undefined {
    const parts = label.split(/\s*[;,]\s*(?:and\s+)?|\s+(?:and|&)\s+/i);
    if (parts.length < 2 || parts.length > 3) return undefined;
    const paths = parts.flatMap((part) => this.resolve(part, context) ?? []);
    return paths.length === parts.length && new Set(paths).size === paths.length ? paths : undefined;
  }

  /** Rows of a two-column table as labeled clauses; a table whose header names a list's fields, as that list. */
  private tableRows(table: Table, context: string): void {
    const list = this.listOfTable(table, context);
    if (list) {
      const scan: Scan = { labeled: [], prose: [], tables: [table], bullets: [] };
      this.listClause(list.path, list.kind, list.labelSpan, [], scan, [], { style: 'synthetic' });
      return;
    }
    const rows = this.headerIsClause(table, context) ? [table.header, ...table.rows] : table.rows;
    for (const row of rows) {
      const [labelCell, ...valueCells] = row.cells;
      if (!labelCell) continue;
      const labelSpan = this.labelSpan(labelCell);
      const label = this.labelText(labelSpan);
      if (label === '') continue;
      this.labeled({ label, labelSpan, value: valueCells, nested: [], placement: { style: 'row', table, row } }, context);
    }
  }

  /** Rows of a table under a list clause as items: fields named by the header, or one item per row. */
  private tableItems(table: Table, path: string, kind: ValueKind): ModelNode[] {
    const fields = table.header.cells.map((cell) => {
      const label = this.labelText(this.labelSpan(cell));
      const synonym = label === '' ? undefined : resolveLabel(label, path);
      return synonym && isInside(synonym.path, path) ? synonym.path : undefined;
    });
    const named = fields.filter((field) => field !== undefined).length >= Math.min(2, table.header.cells.length);
    // What each column holds, read once for the table: its field (named by the header or made from it), key and kind.
    const columns = table.header.cells.map((cell, i) => {
      const headerLabel = this.labelText(this.labelSpan(cell));
      const field = fields[i] ?? (headerLabel === '' ? undefined : join(path, keyFromLabel(headerLabel)));
      return field === undefined ? undefined : { field, key: field.split('.').at(-1)!, kind: kindOf(field) ?? 'text', cells: new Map<string, ReadCell>() };
    });
    const items: ModelNode[] = [];
    for (const row of table.rows) {
      if (row.cells.every(isEmptySpan)) continue;
      if (named && kind !== 'royalties') {
        const entries: Entry[] = [];
        // The span from the first written cell to the last: the row's map.
        let start = -1;
        let end = -1;
        for (let i = 0; i < row.cells.length; i++) {
          const cell = row.cells[i];
          const trimmed = trimSpan(this.text, cell);
          if (trimmed.end > trimmed.start) {
            if (start < 0) start = trimmed.start;
            end = trimmed.end;
          }
          const column = columns[i];
          if (column)
            entries.push(this.values.entry(column.key, trimmed, this.values.readTrimmed(column.kind, trimmed, cell.start, column.field, column.cells)));
        }
        items.push(this.values.map(entries, start < 0 ? undefined : { start, end }));
      } else {
        const [first, ...rest] = row.cells;
        const item = this.listItem(path, kind, kind === 'royalties' ? undefined : first, kind === 'royalties' ? row.cells : rest);
        if (item) items.push(item);
      }
    }
    return items;
  }

  /**
   * The list clause a table is, when its header names the list and a field of its items ("| Milestone | Amount |"):
   * each row is then an item (an event and its amount), not a clause of its own.
   */
  private listOfTable(table: Table, context: string): { path: string; kind: ValueKind; labelSpan: Span } | undefined {
    const [first, ...others] = table.header.cells;
    if (!first || others.length === 0) return undefined;
    const labelSpan = this.labelSpan(first);
    const label = this.labelText(labelSpan);
    const path = label === '' ? undefined : this.resolve(label, context);
    const kind = path === undefined ? undefined : kindOf(path);
    if (path === undefined || kind === undefined || !LIST_KINDS.has(kind)) return undefined;
    const namesField = others.some((cell) => {
      const field = this.labelText(this.labelSpan(cell));
      return field !== '' && isInside(this.resolve(field, path), path);
    });
    return namesField ? { path, kind, labelSpan } : undefined;
  }

  /** A header row written as a clause's row; a header naming its column in the singular ("| Party | Details |") is not one. */
  private headerIsClause(table: Table, context: string): boolean {
    const first = table.header.cells[0];
    if (!first) return false;
    const label = this.labelText(this.labelSpan(first));
    return label !== '' && resolveLabel(label, context, false) !== undefined;
  }

  private tableLabels(table: Table, context: string): Array<string | undefined> {
    const rows = this.headerIsClause(table, context) ? [table.header, ...table.rows] : table.rows;
    return rows.map((row) => {
      const cell = row.cells[0];
      const label = cell ? this.labelText(this.labelSpan(cell)) : '';
      return label === '' ? undefined : (this.resolve(label, context) ?? this.unknownPath(label, context));
    });
  }

  // ── Scanning blocks for labels ─────────────────────────────────────────────────────────

  private scan(blocks: Block[], context: string): Scan {
    const scan: Scan = { labeled: [], prose: [], tables: [], bullets: [] };
    let lastLabeled: Labeled | undefined;
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph': {
          const prose: Span[] = [];
          lastLabeled = undefined;
          for (const line of block.lines) {
            const labeled = this.labelLine(line, context, { style: 'line', line, bold: false });
            if (labeled) {
              scan.labeled.push(labeled);
              lastLabeled = labeled;
            } else if (lastLabeled) {
              lastLabeled.value.push(line);
            } else {
              prose.push(line);
            }
          }
          if (prose.length > 0) scan.prose.push(prose);
          break;
        }
        case 'list': {
          // A list right under a label with no value of its own is that label's content.
          if (lastLabeled && lastLabeled.value.every((span) => span.end <= span.start || this.text.slice(span.start, span.end).trim() === '')) {
            lastLabeled.nested.push(block);
            lastLabeled = undefined;
            break;
          }
          lastLabeled = undefined;
          for (const item of block.items) this.scanItem(block, item, context, scan);
          break;
        }
        case 'table':
          lastLabeled = undefined;
          scan.tables.push(block);
          break;
        case 'quote': {
          const inner = this.scan(block.children, context);
          scan.labeled.push(...inner.labeled);
          scan.prose.push(...inner.prose);
          scan.tables.push(...inner.tables);
          scan.bullets.push(...inner.bullets);
          lastLabeled = undefined;
          break;
        }
        default:
          break;
      }
    }
    return scan;
  }

  private scanItem(list: List, item: ListItem, context: string, scan: Scan): void {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph' && first.lines.length > 0) {
      const labeled = this.labelLine(first.lines[0], context, { style: 'item', list, item, bold: false }, list.ordered);
      if (labeled) {
        // The item's other lines continue its value unless labeled themselves; lists and tables in it are its content.
        const inner = this.scan(
          [{ ...first, lines: first.lines.slice(1) }, ...rest.filter((block) => block.type !== 'list' && block.type !== 'table')],
          context,
        );
        labeled.value.push(...inner.prose.flat());
        labeled.nested.push(...rest.filter((block) => block.type === 'list' || block.type === 'table'));
        scan.labeled.push(labeled, ...inner.labeled);
        return;
      }
    }
    const inner = this.scan(item.children, context);
    if (inner.labeled.length > 0 || inner.tables.length > 0) {
      scan.labeled.push(...inner.labeled);
      scan.tables.push(...inner.tables);
      scan.prose.push(...inner.prose);
      scan.bullets.push(...inner.bullets);
      return;
    }
    const spans = proseOf(inner);
    if (spans.length > 0) scan.bullets.push({ list, item, spans });
  }

  /**
   * A line that starts with a label: `**Label:** value`, `**Label**: value`, `**Label.** value`,
   * `**Label** — value`, `Label: value` (known labels only), or `3.1 Label: value`. `numbered`: the line is an
   * item of a numbered list, whose number Markdown took as the list's marker ("1. The Parties. Qixing …").
   */
  private labelLine(line: Span, context: string, placement: Placement, numbered = false): Labeled | undefined {
    const source = this.text.slice(line.start, line.end);
    const numbering = /^(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|\([ivx]+\))\s+/i.exec(source);
    let at = numbering ? numbering[0].length : 0;
    const bold = /^(\*\*|__)/.exec(source.slice(at));
    if (bold) {
      const close = source.indexOf(bold[1], at + 2);
      if (close < 0) return undefined;
      let inner = source.slice(at + 2, close);
      let labelStart = line.start + at + 2;
      const innerNumbering = numberingLength(inner);
      labelStart += innerNumbering;
      inner = inner.slice(innerNumbering);
      const innerPunct = /\s*[:.—–-]\s*$/.exec(inner);
      const label = innerPunct ? inner.slice(0, inner.length - innerPunct[0].length) : inner;
      let after = close + 2;
      const afterPunct = /^\s*(?::|\.(?=\s|$)|—|–|-(?=\s))\s*/.exec(source.slice(after));
      if (afterPunct) after += afterPunct[0].length;
      else after += /^\s*/.exec(source.slice(after))![0].length;
      const plain = plainText(label);
      if (!isLabelShaped(plain)) return undefined;
      const path = this.resolve(plain, context);
      if (path === undefined && !innerPunct && !afterPunct) return undefined;
      const labelSpan = trimSpan(this.text, { start: labelStart, end: labelStart + label.length });
      const withBold = placement.style === 'line' || placement.style === 'item' ? { ...placement, bold: true } : placement;
      return { label: plain, labelSpan, value: [{ start: line.start + after, end: line.end }], nested: [], placement: withBold, resolved: { context, path } };
    }
    const plainLabel = /^([\p{L}][\p{L}\p{N} ()&/'’,-]{0,78}?)\s*(:|\s[—–]\s|\.(?=\s))\s*/u.exec(source.slice(at));
    if (!plainLabel) return undefined;
    if (plainLabel[2] === '.' && !numbering && !numbered) return undefined;
    const label = plainLabel[1].trim();
    const path = isLabelShaped(label) ? this.resolve(label, context) : undefined;
    if (path === undefined) return undefined;
    const labelSpan = { start: line.start + at, end: line.start + at + label.length };
    at += plainLabel[0].length;
    return { label, labelSpan, value: [{ start: line.start + at, end: line.end }], nested: [], placement, resolved: { context, path } };
  }

  // ── Labels ─────────────────────────────────────────────────────────────────────────────

  /** A heading's or cell's label: without numbering, wrapping emphasis or a final colon. */
  private labelSpan(span: Span): Span {
    let trimmed = trimSpan(this.text, span);
    const numbering = numberingLength(this.text.slice(trimmed.start, trimmed.end));
    trimmed = trimSpan(this.text, { start: trimmed.start + numbering, end: trimmed.end });
    const punct = /\s*[:.]\s*$/.exec(this.text.slice(trimmed.start, trimmed.end));
    if (punct && trimmed.end - punct[0].length > trimmed.start) trimmed = trimSpan(this.text, { start: trimmed.start, end: trimmed.end - punct[0].length });
    return trimmed;
  }

  private labelText(span: Span): string {
    return stripNumbering(plainText(this.text.slice(span.start, span.end)));
  }

  private resolve(label: string, context: string): string | undefined {
    const path = resolveLabel(label, context)?.path;
    // "Licensor: legal counsel …" under Advisors names the licensor's advisors, not the licensor.
    return context === 'advisors' && path?.startsWith('parties.') ? undefined : path;
  }

  /** The path a labeled item names in `context`: found once, where its line was scanned, and kept with it. */
  private pathOf(item: Labeled, context: string): string | undefined {
    if (item.resolved?.context !== context) item.resolved = { context, path: this.resolve(item.label, context) };
    return item.resolved.path;
  }

  private headingPath(section: Section, context: string): string | undefined {
    if (!section.heading) return undefined;
    const label = this.labelText(this.labelSpan(section.heading.content));
    return label === '' ? undefined : this.resolve(label, context);
  }

  /** Where a label the table does not know goes: under the clause around it, when that is a map. */
  private unknownPath(label: string, context: string): string | undefined {
    if (!isLabelShaped(label)) return undefined;
    let parent = context;
    while (parent !== '' && kindOf(parent) !== undefined && !MAP_KINDS.has(kindOf(parent)!) && !this.isDraftMap(parent)) {
      parent = parent.includes('.') ? parent.slice(0, parent.lastIndexOf('.')) : '';
    }
    return join(parent, keyFromLabel(label));
  }

  private contentEnd(section: Section): number {
    let end = this.lines.lineStart(section.heading!.line);
    const visit = (blocks: Block[]) => {
      for (const block of blocks) end = Math.max(end, this.lines.lineEnd(Math.max(block.line, block.endLine - 1)));
    };
    visit(section.blocks);
    const last = section.children.at(-1);
    if (last) end = Math.max(end, this.contentEnd(last));
    return Math.max(end, this.lines.lineEnd(section.heading!.line));
  }

  // ── The draft tree ─────────────────────────────────────────────────────────────────────

  private isDraftMap(path: string): boolean {
    let map: DraftMap | undefined = this.root;
    for (const key of treeKeys(path)) {
      const entry: DraftEntry | undefined = map?.keys.get(key);
      if (!entry || !isDraft(entry.value)) return false;
      map = entry.value;
    }
    return true;
  }

  /** The map at `path`, created (with any missing parents) if needed; undefined when a value is in the way. */
  private ensureMap(path: string, labelSpan: Span, placement: Placement, extent?: Span): DraftMap | undefined {
    // Most calls (every clause asks for its parent) find the map already there, with nothing to re-place.
    const known = this.mapsByPath.get(path);
    if (known && placement.style === 'synthetic') return known;
    // Made only when an entry is added or re-placed.
    let keyRange: Range | undefined;
    const labelRange = () => (keyRange ??= this.lines.range(labelSpan.start, labelSpan.end));
    const segments = treeKeys(path);
    let map = this.root;
    for (let i = 0; i < segments.length && map; i++) {
      const key = segments[i];
      const last = i === segments.length - 1;
      let entry = map.keys.get(key);
      if (
        entry &&
        !last &&
        !isDraft(entry.value) &&
        entry.value.kind === 'scalar' &&
        typeof entry.value.value === 'string' &&
        entry.placement.style !== 'front-matter'
      ) {
        // A clause written as prose, then one of its parts under a label of its own ("Termination." then "Reversion."): the prose is its summary.
        const summary = entry.value;
        entry.value = draftMap();
        addEntry(entry.value, { key: 'summary', keyRange: summary.range, value: summary, placement: { style: 'synthetic' } });
      }
      if (!entry) {
        entry = { key, keyRange: labelRange(), value: draftMap(last ? extent : undefined), placement: last ? placement : { style: 'synthetic' } };
        addEntry(map, entry);
      } else if (last && placement.style !== 'synthetic' && entry.placement.style === 'synthetic' && isDraft(entry.value)) {
        // A clause first met through its children now has its own heading or row.
        entry.keyRange = labelRange();
        entry.placement = placement;
        entry.value.extent ??= extent;
      }
      map = isDraft(entry.value) ? entry.value : (undefined as unknown as DraftMap);
    }
    if (map) this.mapsByPath.set(path, map);
    return map;
  }

  private put(path: string, labelSpan: Span, value: ModelNode, placement: Placement): void {
    const dot = path.lastIndexOf('.');
    const parentPath = dot < 0 ? '' : path.slice(0, dot);
    const parent = parentPath === '' ? this.root : this.ensureMap(parentPath, labelSpan, { style: 'synthetic' });
    if (!parent) return;
    const key = path.slice(dot + 1);
    const written = parent.keys.get(key);
    // A list clause written once per item ("**Development Milestone:**" on each line) is one list of them all.
    const listOfClauses = LIST_KINDS.has(kindOf(path) ?? 'text') && written?.placement.style !== 'front-matter';
    if (written && listOfClauses && placement.style !== 'synthetic' && value.kind === 'list' && !isDraft(written.value) && written.value.kind === 'list') {
      const items = [...written.value.items, ...value.items];
      written.value = this.values.list(items, cover(items.map((item) => spanOf(item.range)))!);
      return;
    }
    // A clause's prose after one of its parts (a "Reversion." clause before "Termination."): the prose is its summary.
    if (written && isDraft(written.value) && written.placement.style === 'synthetic' && placement.style !== 'synthetic' && value.kind === 'scalar') {
      written.keyRange = this.lines.range(labelSpan.start, labelSpan.end);
      written.placement = placement;
      this.putInto(written.value, 'summary', value.range, value, { style: 'synthetic' });
      return;
    }
    // A clause written twice: the first is the clause, the second's text is kept aside (a read party or reversion is its own map).
    if (written && placement.style !== 'synthetic') {
      for (const item of value.kind === 'list' ? value.items : [value]) this.keepText(item);
    }
    this.putInto(parent, key, this.lines.range(labelSpan.start, labelSpan.end), value, placement);
  }

  private keepText(node: ModelNode): void {
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '') this.otherText.push(node);
  }

  /** The text kept aside, as the list `other_text`, after the sheet's own notes when it has a section of them. */
  private keepOtherText(): void {
    if (this.otherText.length === 0) return;
    const own = this.root.keys.get(OTHER_TEXT);
    if (own && isDraft(own.value)) return;
    const items = [...(own ? itemsOf(own.value as ModelNode) : []), ...this.otherText].sort((a, b) => a.range.start.offset - b.range.start.offset);
    const span = cover(items.map((item) => spanOf(item.range)))!;
    const value = this.values.list(items, span);
    if (own) own.value = value;
    else addEntry(this.root, { key: OTHER_TEXT, keyRange: this.lines.range(span.start, span.start), value, placement: { style: 'synthetic' } });
  }

  /** Adds a clause unless one is already there: front matter and the first mention win. */
  private putInto(map: DraftMap, key: string, keyRange: Range, value: ModelNode, placement: Placement): void {
    if (map.keys.has(key)) return;
    const entry = { key, keyRange, value, placement };
    map.entries.push(entry);
    map.keys.set(key, entry);
  }

  private toModel(map: DraftMap, fallback: Span): MapNode {
    const entries: Entry[] = map.entries.map((draft) => {
      const value = isDraft(draft.value) ? this.toModel(draft.value, spanOf(draft.keyRange)) : draft.value;
      const entry: Entry = { key: draft.key, keyRange: draft.keyRange, value };
      this.placements.set(entry, draft.placement);
      return entry;
    });
    // Front matter maps keep their own range; untouched ones stay the very node the YAML reader built.
    if (map.fixed) {
      const same = entries.length === map.fixed.entries.length && entries.every((entry, i) => entry.value === map.fixed!.entries[i].value);
      return same ? { ...map.fixed, entries } : { kind: 'map', entries, range: map.fixed.range };
    }
    if (map === this.root) return { kind: 'map', entries, range: this.lines.range(0, this.text.length) };
    const span = map.extent ?? cover(writtenSpans(entries)) ?? fallback;
    return { kind: 'map', entries, range: this.lines.range(span.start, span.end) };
  }
}

/** The keys' and values' spans that hold text (all of them for a single entry), which a map's range covers. */
function writtenSpans(entries: readonly Entry[]): Span[] {
  const spans: Span[] = [];
  for (const entry of entries) {
    for (const range of [entry.keyRange, entry.value.range]) {
      const span = spanOf(range);
      if (span.end > span.start || entries.length === 1) spans.push(span);
    }
  }
  return spans;
}

/** The unlabeled prose of a scan, paragraphs then bullets, after `first`. */
function proseOf(scan: Scan, first: readonly Span[] = []): Span[] {
  const spans = [...first];
  for (const paragraph of scan.prose) for (const span of paragraph) spans.push(span);
  for (const bullet of scan.bullets) for (const span of bullet.spans) spans.push(span);
  return spans;
}

function isEmptySpan(span: Span): boolean {
  return span.end <= span.start;
}

function draftMap(extent?: Span): DraftMap {
  return { kind: 'draft', entries: [], keys: new Map(), extent };
}

function addEntry(map: DraftMap, entry: DraftEntry): void {
  map.entries.push(entry);
  if (!map.keys.has(entry.key)) map.keys.set(entry.key, entry);
}

function isDraft(value: DraftMap | ModelNode): value is DraftMap {
  return (value as DraftMap).kind === 'draft';
}

/** Whether the clause at `path` is part of the clause at `clause`: one of its clauses, or a field of its items (`ip.patents[].family`). */
function isInside(path: string | undefined, clause: string): boolean {
  return path !== undefined && (path.startsWith(`${clause}.`) || path.startsWith(`${clause}[].`));
}

/**
 * The keys of the draft tree a clause is placed at. An item's field named outside any item (a
 * "Patent Jurisdictions" line at the top) has no item to go in: it goes under the list's key.
 */
function treeKeys(path: string): string[] {
  return (path.includes('[') ? path.replace(/\[\]/g, '') : path).split('.');
}

function join(context: string, key: string): string {
  return context === '' ? key : `${context}.${key}`;
}

function isLabelShaped(label: string): boolean {
  return label.length > 0 && label.length <= MAX_LABEL_LENGTH && /\p{L}/u.test(label) && wordCount(label) <= MAX_LABEL_WORDS && !/[?!]$/.test(label);
}

/** `label.split(/\s+/).length`, without the array: one more than the runs of blanks. */
function wordCount(label: string): number {
  let count = 1;
  for (let i = 0; i < label.length; i++) {
    if (isWhitespace(label.charCodeAt(i)) && (i === 0 || !isWhitespace(label.charCodeAt(i - 1)))) count++;
  }
  return count;
}

function isProse(value: ModelNode, whole: Span): boolean {
  return value.range.start.offset === whole.start && value.range.end.offset >= whole.end - 1;
}
