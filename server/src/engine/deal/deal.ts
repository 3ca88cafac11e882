import { findEntry, itemsOf, type Entry, type MapNode, type ModelNode, type ScalarNode, type Sheet } from '../model';
import { schemaField, schemaFieldsAt, type SchemaField } from '../schema';
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
    const parent = dot < 0 ? this.root : nodeAt(this.root, path.slice(0, dot));
    return parent?.kind === 'map' ? findEntry(parent, path.slice(dot + 1)) : undefined;
  }

  /** The value at a model path, list positions allowed. */
  node(path: string): ModelNode | undefined {
    return nodeAt(this.root, path);
  }

  /** A reading made of several values (the licensed territory, the patent families), made once per deal. */
  remember<T>(key: string, compute: () => T): T {
    if (!this.remembered.has(key)) this.remembered.set(key, compute());
    return this.remembered.get(key) as T;
  }

  /** The reading of the scalar at `path` (`license.scope`), or undefined when there is none or the schema gives no kind. */
  reading(path: string): Reading<unknown> | undefined {
    const node = nodeAt(this.root, path);
    const field = schemaField(path);
    return node?.kind === 'scalar' && field ? this.readNode(node, path, field) : undefined;
  }

  /** The enum word at `path` in the schema's spelling (`licensee alone` → `licensee-alone`), when one is read. */
  enum(path: string): string | undefined {
    return this.valueOf<string>(path);
  }

  /** The enum words of an enum list (each item read, or several named in one value). */
  enums(path: string): string[] {
    const field = schemaField(path);
    if (!field) return [];
    return itemsOf(nodeAt(this.root, path)).flatMap((item, index) => {
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
    const node = nodeAt(this.root, path);
    if (!node) return undefined;
    let reading = this.territories.get(node);
    if (!reading) {
      const words = itemsOf(node).flatMap((item) => {
        const text = item.kind === 'scalar' && item.value !== null ? String(item.value) : '';
        return territoryWords(text, this.regions, false) ?? [];
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
      this.collectUnreadable(this.root, '', '', found, new Set());
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
      reading = readScalar(node, path, field, (scalar, text) => this.readAs(field, scalar, text, path));
      this.readings.set(node, reading);
    }
    return reading;
  }

  private readAs(field: SchemaField, node: ScalarNode, text: string, path: string): unknown {
    switch (field.kind) {
      case 'money':
        return readMoneyValue(node, text, this.leadOf(node), this.trailOf(node));
      case 'percent':
        return readPercentValue(node, text);
      case 'date':
        return readDateValue(node, text);
      case 'duration':
        return readPeriodOrStatement(node, text);
      case 'number':
        return readNumberValue(node, text, path);
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
        return territoryWords(text, this.regions, false);
      case 'jurisdictions':
        return territoryWords(text, this.regions, true);
      default:
        return text;
    }
  }

  /** The source text on the value's line just before it (a few words at most). */
  private leadOf(node: ScalarNode): string {
    const start = node.range.start.offset;
    const lead = this.text.slice(Math.max(0, start - LEAD_LENGTH), start);
    return lead.slice(lead.lastIndexOf('\n') + 1);
  }

  /** The source text on the value's line just after it (a few words at most). */
  private trailOf(node: ScalarNode): string {
    const end = node.range.end.offset;
    const trail = this.text.slice(end, end + LEAD_LENGTH);
    const lineEnd = trail.indexOf('\n');
    return lineEnd < 0 ? trail : trail.slice(0, lineEnd);
  }

  /** Walks the tree beside the schema: a clause the schema does not know is unknown-key's, not read here. */
  private collectUnreadable(node: ModelNode, schemaPath: string, path: string, found: UnreadableValue[], seen: Set<ModelNode>): void {
    // A YAML alias repeats a node: it is read once, so an alias bomb costs no more than its text.
    if (isShared(node)) {
      if (seen.has(node)) return;
      seen.add(node);
    }
    if (node.kind === 'map') {
      if (!schemaFieldsAt(schemaPath)) return;
      for (const entry of node.entries) {
        const join = (base: string) => (base === '' ? entry.key : `${base}.${entry.key}`);
        this.collectUnreadable(entry.value, join(schemaPath), join(path), found, seen);
      }
      return;
    }
    const field = schemaField(schemaPath);
    if (node.kind === 'list') {
      // A list of values (a territory, enum words) is read item by item; a list of clauses item by item too.
      const itemSchemaPath = field && LIST_OF_VALUES.has(field.kind) ? schemaPath : `${schemaPath}[]`;
      node.items.forEach((item, index) => this.collectUnreadable(item, itemSchemaPath, `${path}[${index}]`, found, seen));
      return;
    }
    if (!field || !READ_KINDS.has(field.kind) || NOT_VALIDATED.has(field.path)) return;
    const reading = this.readNode(node, path, field);
    if (reading.state === 'unreadable') found.push(reading);
  }
}

/** The deal a sheet states; `regions` are the config's own regions. */
export function dealOf(sheet: Sheet, regions: UserRegions = {}): Deal {
  return new Deal(sheet.root, regions, sheet.text);
}

/**
 * The node at a model path with list positions (`asset.data.trials[0].control`). A position in a value
 * that is not a list is the value itself, as a single value reads like a list of one (`itemsOf`).
 */
function nodeAt(root: MapNode, path: string): ModelNode | undefined {
  let node: ModelNode | undefined = root;
  for (const segment of path.split('.')) {
    const [key, ...positions] = segment.split('[');
    node = node?.kind === 'map' ? findEntry(node, key)?.value : undefined;
    for (const position of positions) {
      const index = Number(position.slice(0, -1));
      node = node?.kind === 'list' ? node.items[index] : index === 0 ? node : undefined;
    }
    if (!node) return undefined;
  }
  return node;
}

/** Long enough for "not to exceed approximately", or an amount in words before its figures. */
const LEAD_LENGTH = 64;

/** Kinds whose values are read (text is kept as written). */
const READ_KINDS = new Set(['money', 'percent', 'date', 'duration', 'number', 'boolean', 'enum', 'enum-list', 'country', 'territory', 'jurisdictions']);
/** Kinds written as a list of values, or as one value standing for a list of one. */
const LIST_OF_VALUES = new Set(['territory', 'jurisdictions', 'enum-list', 'text-list']);
/** An equity term may be a sum or a stake ("10% of the licensee's shares"): either is read by the rules that ask. */
const NOT_VALIDATED = new Set(['financials.equity']);
