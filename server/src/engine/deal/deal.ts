import { findEntry, itemsOf, pathOf, type Entry, type MapNode, type ModelNode, type ScalarNode, type ScalarValue, type Sheet } from '../model';
import { schemaField, schemaPartsByKey, TERM_SHEET_SCHEMA, type SchemaField } from '../schema';
import { isShared } from '../shared-nodes';
import { expandTerritory, readMoney, readRegion, type DateValue, type Duration, type PercentBand, type TerritoryReading } from '../values';
import {
  readBooleanValue,
  readCountryValue,
  readDateValue,
  readDurationValue,
  readPeriodOrStatement,
  readEnumValue,
  readEnumValues,
  readMoneyValue,
  readNumberValue,
  readPercentValue,
  readScalar,
  textOf,
  territoryWords,
  type ReadMoney,
  type Reading,
  type UnreadableValue,
} from './readings';
import { blanksOf, isRedactedText, placeholdersIn, type Blank } from './placeholders';
import { findPlaceholders } from '../values/placeholders';

type UserRegions = Readonly<Record<string, readonly string[]>>;

/**
 * The deal a sheet states, read once from its clause tree with the schema's kinds, the same way
 * whichever format the tree came from. Rules ask it for values by model path; each reading keeps
 * the node it came from, and a value it cannot read is kept as unreadable (see `unreadable`).
 */
export class Deal {
  private readonly readings = new Map<ScalarNode, Reading<unknown>>();
  private readonly territories = new Map<ModelNode, TerritoryReading>();
  private readonly remembered = new Map<string, unknown>();
  /** Amounts read by node, for callers that walk a clause (null: not an amount). */
  private readonly amounts = new Map<ScalarNode, ReadMoney | null>();
  private unreadableValues: UnreadableValue[] | undefined;
  /**
   * Values read from text, by field and text, and territory words by text, of territories and of patent
   * jurisdictions (offices): a patent schedule repeats the same years and jurisdictions in every family.
   * Callers only read the values.
   */
  private readonly readByText = new Map<SchemaField, Map<ScalarValue, unknown>>();
  private readonly territoryWordsByText = new Map<string, string[] | undefined>();
  private readonly jurisdictionWordsByText = new Map<string, string[] | undefined>();

  /**
   * `text`: the source the tree was read from, when the caller has it. A reader that took a value out of
   * its sentence leaves the words that qualify it ("up to") just before the value's range.
   */
  constructor(
    readonly root: MapNode,
    private readonly regions: UserRegions = {},
    private readonly text = '',
  ) {}

  /** The clause at a model path (`license.territory`), list positions allowed. */
  get(path: string): Entry | undefined {
    const dot = path.lastIndexOf('.');
    const parent = dot < 0 ? this.root : locate(this.root, path.slice(0, dot)).node;
    return parent?.kind === 'map' ? findEntry(parent, path.slice(dot + 1)) : undefined;
  }

  /** The value at a model path, list positions allowed. */
  node(path: string): ModelNode | undefined {
    return locate(this.root, path).node;
  }

  /** A reading made of several values (the licensed territory, the patent families), made once per deal. */
  remember<T>(key: string, compute: () => T): T {
    if (!this.remembered.has(key)) this.remembered.set(key, compute());
    return this.remembered.get(key) as T;
  }

  /** The reading of the scalar at `path` (`license.scope`), or undefined when there is none or the schema gives no kind. */
  reading(path: string): Reading<unknown> | undefined {
    const { node, field } = locate(this.root, path);
    return node?.kind === 'scalar' && field ? this.readNode(node, path, field) : undefined;
  }

  /** The enum word at `path` in the schema's spelling (`licensee alone` → `licensee-alone`), when one is read. */
  enum(path: string): string | undefined {
    return this.valueOf<string>(path);
  }

  /**
   * `enum(path)` of a value the caller already holds (a list's items, each at its own path): the path
   * names the clause and is not walked again.
   */
  enumOf(node: ModelNode | undefined, path: string): string | undefined {
    const field = node?.kind === 'scalar' ? schemaField(path) : undefined;
    if (!field) return undefined;
    const reading = this.readNode(node as ScalarNode, path, field);
    return reading.state === 'read' ? (reading.value as string) : undefined;
  }

  /** The enum words of an enum list (each item read, or several named in one value). */
  enums(path: string): string[] {
    const { node, field } = locate(this.root, path);
    if (!field) return [];
    return itemsOf(node).flatMap((item, index) => {
      const reading = item.kind === 'scalar' ? this.readNode(item, `${path}[${index}]`, field) : undefined;
      return reading?.state === 'read' ? (reading.value as string[]) : [];
    });
  }

  money(path: string): ReadMoney | undefined {
    return this.valueOf<ReadMoney>(path);
  }

  /** Yes or no; undefined when absent, open or unreadable. */
  flag(path: string): boolean | undefined {
    return this.valueOf<boolean>(path);
  }

  /** A percentage; undefined for a band (see `rate`). */
  percent(path: string): number | undefined {
    const value = this.valueOf<number | PercentBand>(path);
    return typeof value === 'number' ? value : undefined;
  }

  /** A rate as stated: a percentage, or a band in words or digits ("high single digits", "10–15%"). */
  rate(path: string): number | PercentBand | string | undefined {
    return this.valueOf<number | PercentBand | string>(path);
  }

  date(path: string): DateValue | undefined {
    return this.valueOf<DateValue>(path);
  }

  /** A period; undefined too when the clause states one without its length. */
  duration(path: string): Duration | undefined {
    const value = this.valueOf<Duration | string>(path);
    return typeof value === 'object' ? value : undefined;
  }

  number(path: string): number | undefined {
    return this.valueOf<number>(path);
  }

  country(path: string): string | undefined {
    return this.valueOf<string>(path);
  }

  /** The money a scalar node holds, read as an amount (prose too: "up to $900 million"); for nodes found by walking a clause. */
  moneyOf(node: ModelNode | undefined): ReadMoney | undefined {
    if (node?.kind !== 'scalar') return undefined;
    let money = this.amounts.get(node);
    if (money === undefined) this.amounts.set(node, (money = readMoneyValue(node, textOf(node), this.leadOf(node), this.trailOf(node)) ?? null));
    return money ?? undefined;
  }

  /** An amount a value states as a whole and with its currency ("EUR 2M"), wherever it is written: an option fee, a note. */
  namedAmountOf(node: ModelNode | undefined): ReadMoney | undefined {
    const money = node?.kind === 'scalar' ? readMoney(node.value) : undefined;
    return money?.currency ? money : undefined;
  }

  /** A rate a value states, as a whole or in prose: a percentage or a band. */
  percentOf(node: ScalarNode): number | PercentBand | string | undefined {
    return readPercentValue(node, textOf(node));
  }

  /** A period a value states, as a whole or in prose. */
  periodOf(node: ModelNode | undefined): Duration | undefined {
    return node?.kind === 'scalar' ? readDurationValue(node, textOf(node)) : undefined;
  }

  /** The blanks left in a value, each where the sheet writes it. */
  blanksOf(node: ScalarNode): Blank[] {
    return blanksOf(node, this.text);
  }

  /** The ISO code of a country named by itself or in a few words ("People's Republic of China"). */
  countryNamed(text: string): string | undefined {
    return readCountryValue(text);
  }

  /** The countries of a region named by itself (`asean`, a region of the config), when `text` is one. */
  regionNamed(text: string): readonly string[] | undefined {
    return readRegion(text, this.regions);
  }

  /** The countries some territory words name (`['worldwide', '-CN']`), with the sheet's own regions. */
  territoryOfWords(words: readonly string[]): TerritoryReading {
    return expandTerritory(words, this.regions);
  }

  /**
   * The countries a territory value names (`license.territory`, `asset.data.trial_countries`): each
   * item a country, a region or an exclusion, or prose naming them ("worldwide excluding Greater China").
   */
  territory(path: string): TerritoryReading | undefined {
    const { node } = locate(this.root, path);
    if (!node) return undefined;
    let reading = this.territories.get(node);
    if (!reading) {
      const words = itemsOf(node).flatMap((item) => {
        const text = item.kind === 'scalar' && item.value !== null ? String(item.value) : '';
        return this.territoryWordsOf(text, false) ?? [];
      });
      // A territory of exclusions only ("ex-US", "all countries other than China") is the world without them.
      const excludesOnly = words.length > 0 && words.every((word) => word.startsWith('-'));
      reading = expandTerritory(excludesOnly ? ['worldwide', ...words] : words, this.regions);
      this.territories.set(node, reading);
    }
    return reading;
  }

  /** Every value of the sheet at a typed clause that cannot be read as its kind, in document order. */
  unreadable(): readonly UnreadableValue[] {
    if (!this.unreadableValues) {
      const found: UnreadableValue[] = [];
      this.collectUnreadable(this.root, TERM_SHEET_SCHEMA, false, [], 0, found, new Set());
      this.unreadableValues = found.sort((a, b) => a.node.range.start.offset - b.node.range.start.offset);
    }
    return this.unreadableValues;
  }

  private valueOf<T>(path: string): T | undefined {
    const reading = this.reading(path);
    return reading?.state === 'read' ? (reading.value as T) : undefined;
  }

  private readNode(node: ScalarNode, path: string, field: SchemaField): Reading<unknown> {
    let reading = this.readings.get(node);
    if (!reading) {
      reading = readScalar(node, path, field, (scalar, text) => this.readAs(field, scalar, text));
      this.readings.set(node, reading);
    }
    return reading;
  }

  private readAs(field: SchemaField, node: ScalarNode, text: string): unknown {
    // An amount's reading depends on the words around it in the source (`leadOf`, `trailOf`).
    if (field.kind === 'money') return this.moneyOf(node);
    // Any other kind reads a written value by itself alone (2042 and "2042" apart): a schedule repeats its years and countries.
    let byValue = this.readByText.get(field);
    if (!byValue) this.readByText.set(field, (byValue = new Map<ScalarValue, unknown>()));
    let value = byValue.get(node.value);
    if (value === undefined && !byValue.has(node.value)) byValue.set(node.value, (value = this.readKind(field, node, text)));
    return value;
  }

  private readKind(field: SchemaField, node: ScalarNode, text: string): unknown {
    switch (field.kind) {
      case 'percent':
        return readPercentValue(node, text);
      case 'date':
        return readDateValue(node, text);
      case 'duration':
        return readPeriodOrStatement(node, text);
      case 'number':
        // The field's path ends as the value's does (`_days`): a number is never read as a list item.
        return readNumberValue(node, text, field.path);
      case 'boolean':
        return readBooleanValue(node, text);
      case 'enum':
        return readEnumValue(field, text);
      case 'enum-list': {
        return readEnumValues(field, text);
      }
      case 'country':
        return readCountryValue(text);
      case 'territory':
        return this.territoryWordsOf(text, false);
      case 'jurisdictions':
        return this.territoryWordsOf(text, true);
      default:
        return text;
    }
  }

  private territoryWordsOf(text: string, offices: boolean): string[] | undefined {
    const known = offices ? this.jurisdictionWordsByText : this.territoryWordsByText;
    let words = known.get(text);
    if (words === undefined && !known.has(text)) known.set(text, (words = territoryWords(text, this.regions, offices)));
    return words;
  }

  /** The source text on the value's line just before it (a few words at most). */
  private leadOf(node: ScalarNode): string {
    const start = node.range.start.offset;
    const lead = this.text.slice(Math.max(0, start - LEAD_LENGTH), start);
    return lead.slice(lead.lastIndexOf('\n') + 1);
  }

  /** Whether a value is a blank of the source, bar its quotes ("[INSERT: United States or Worldwide]"): a choice left open, not a value. */
  isInBlank(node: ModelNode): boolean {
    const start = node.range.start.offset;
    const end = node.range.end.offset;
    const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const line = this.text.slice(lineStart, this.text.indexOf('\n', end) >>> 0);
    let outside = this.text.slice(start, end);
    // Cut every blank out of the value's text, in its own offsets; what is left must be quotes or spaces.
    for (const blank of findPlaceholders(line).reverse()) {
      const from = Math.max(lineStart + blank.start, start) - start;
      const to = Math.min(lineStart + blank.end, end) - start;
      if (to > from) outside = outside.slice(0, from) + outside.slice(to);
    }
    return outside.length < end - start && /^[\s"'`]*$/.test(outside);
  }

  /** The rest of the clause or sentence after a value, on its line: "against topotecan, on head-to-head data". */
  sentenceAfter(node: ModelNode): string {
    const end = node.range.end.offset;
    const line = this.text.slice(end, this.text.indexOf('\n', end) >>> 0);
    const stop = line.search(/[;|]|\.(?=\s|$)/);
    return stop < 0 ? line : line.slice(0, stop);
  }

  /** The source text on the value's line just after it (a few words at most). */
  private trailOf(node: ScalarNode): string {
    const end = node.range.end.offset;
    const trail = this.text.slice(end, end + LEAD_LENGTH);
    const lineEnd = trail.indexOf('\n');
    return lineEnd < 0 ? trail : trail.slice(0, lineEnd);
  }

  /**
   * Walks the tree beside the schema. `owner` is the schema's field at the node, or with `item` the
   * field of the list of clauses the node is an item of; undefined where the schema says nothing. A
   * clause the schema does not know is unknown-key's, not read here. `steps` are the keys and list
   * positions from the root, the first `depth` of them this node's. A value that reads is only looked
   * at (a rule that asks for it reads it again, by then from `readByText`): a path is written out and a
   * reading kept only for one that does not.
   */
  private collectUnreadable(
    node: ModelNode,
    owner: SchemaField | undefined,
    item: boolean,
    steps: Array<string | number>,
    depth: number,
    found: UnreadableValue[],
    seen: Set<ModelNode>,
  ): void {
    // A YAML alias repeats a node: it is read once, so an alias bomb costs no more than its text.
    if (isShared(node)) {
      if (seen.has(node)) return;
      seen.add(node);
    }
    if (!owner) return;
    if (node.kind === 'map') {
      const parts = schemaPartsByKey(owner, item);
      if (!parts) return;
      for (const entry of node.entries) {
        steps[depth] = entry.key;
        this.collectUnreadable(entry.value, parts.get(entry.key), false, steps, depth + 1, found, seen);
      }
    } else if (node.kind === 'list') {
      // An item of an item has no field: a list of clauses holds clauses.
      if (item) return;
      // A list of values (a territory, enum words) is read item by item, at its own field; a list of clauses item by item too.
      const values = LIST_OF_VALUES.has(owner.kind);
      const read = values && isRead(owner);
      const items = node.items;
      for (let index = 0; index < items.length; index++) {
        const listItem = items[index];
        if (read && listItem.kind === 'scalar' && !isShared(listItem) && this.reads(listItem, owner)) continue;
        steps[depth] = index;
        this.collectUnreadable(listItem, owner, !values, steps, depth + 1, found, seen);
      }
    } else if (!item && isRead(owner) && !this.reads(node, owner)) {
      const reading = this.readNode(node, pathOf(steps, depth), owner);
      if (reading.state === 'unreadable') found.push(reading);
    }
  }

  /** True when the value is read as its kind, or is a blank left to fill in or a redaction: not unreadable, as `readScalar` finds, without keeping it. */
  private reads(node: ScalarNode, field: SchemaField): boolean {
    const text = textOf(node);
    // Read first: a list's items repeat (a schedule's jurisdictions), and their reading is remembered by text.
    return this.readAs(field, node, text) !== undefined || placeholdersIn(text) !== null || isRedactedText(text);
  }
}

/** The deal a sheet states; `regions` are the config's own regions. */
export function dealOf(sheet: Sheet, regions: UserRegions = {}): Deal {
  return new Deal(sheet.root, regions, sheet.text);
}

/**
 * The node at a model path with list positions (`asset.data.trials[0].control`), and the schema's field
 * there (`schemaField`'s), in one pass over the path. A position in a value that is not a list is the
 * value itself, as a single value reads like a list of one (`itemsOf`). The field after a list position
 * is its item's (`[]`), which only a clause of the item has.
 */
function locate(root: MapNode, path: string): { node: ModelNode | undefined; field: SchemaField | undefined } {
  let node: ModelNode | undefined = root;
  let field: SchemaField | undefined = TERM_SHEET_SCHEMA;
  let parts = schemaPartsByKey(field);
  for (let at = 0; node && at <= path.length; at++) {
    let end = at;
    while (end < path.length && path.charCodeAt(end) !== DOT && path.charCodeAt(end) !== BRACKET) end++;
    const key = path.slice(at, end);
    node = node.kind === 'map' ? findEntry(node, key)?.value : undefined;
    field = parts?.get(key);
    parts = field && schemaPartsByKey(field);
    while (path.charCodeAt(end) === BRACKET) {
      const close = path.indexOf(']', end);
      if (close < 0) return NOWHERE;
      const position = path.slice(end + 1, close);
      const index = Number(position);
      node = node?.kind === 'list' ? node.items[index] : index === 0 ? node : undefined;
      parts = field && /^\d+$/.test(position) ? schemaPartsByKey(field, true) : undefined;
      field = undefined;
      end = close + 1;
    }
    at = end;
  }
  return node ? { node, field } : NOWHERE;
}

const NOWHERE = { node: undefined, field: undefined };

const DOT = 46;
const BRACKET = 91;

/** Long enough for "not to exceed approximately", or an amount in words before its figures. */
const LEAD_LENGTH = 64;

/** True for a field whose values are read and reported when they cannot be. */
function isRead(field: SchemaField): boolean {
  let read = IS_READ.get(field);
  if (read === undefined) IS_READ.set(field, (read = READ_KINDS.has(field.kind) && !NOT_VALIDATED.has(field.path)));
  return read;
}

/** `isRead` by field, asked of every value of a sheet. */
const IS_READ = new Map<SchemaField, boolean>();

/** Kinds whose values are read (text is kept as written). */
const READ_KINDS = new Set(['money', 'percent', 'date', 'duration', 'number', 'boolean', 'enum', 'enum-list', 'country', 'territory', 'jurisdictions']);
/** Kinds written as a list of values, or as one value standing for a list of one. */
const LIST_OF_VALUES = new Set(['territory', 'jurisdictions', 'enum-list', 'text-list']);
/** An equity term may be a sum or a stake ("10% of the licensee's shares"): either is read by the rules that ask. */
const NOT_VALIDATED = new Set(['financials.equity']);
