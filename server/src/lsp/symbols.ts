import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import {
  dealOf,
  type Deal,
  isAmountPath,
  milestoneSum,
  readableMoney,
  readDealValue,
  scalarText,
  statedCurrency,
  type DealValue,
  type Entry,
  type ListNode,
  type MapNode,
  type ModelNode,
  type Sheet,
} from '../engine';
import { layoutOf, type Placement } from '../engine/markdown';
import { humanize, synonymFor } from '../engine/markdown/synonyms';
import { toLspRange } from './convert';

/** An outline of every clause of a huge or generated file would be unreadable and slow to send. */
const MAX_SYMBOLS = 5_000;
const MAX_DETAIL_LENGTH = 60;
const MAX_NAME_LENGTH = 80;

/** Fields that name a list item: a party or product, a patent family, a milestone's event. */
const NAME_FIELDS = ['name', 'family', 'event', 'product', 'title'];
/** What the items of a list clause are called, for "2 families". */
const ITEM_NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  'ip.patents': ['family', 'families'],
  'financials.royalties': ['tier', 'tiers'],
  'asset.data.trials': ['trial', 'trials'],
  'financials.milestones': ['milestone', 'milestones'],
  'financials.milestones.development': ['milestone', 'milestones'],
  'financials.milestones.regulatory': ['milestone', 'milestones'],
  'financials.milestones.commercial': ['milestone', 'milestones'],
};

interface Span {
  start: number;
  end: number;
}

/**
 * The clauses of a sheet as an outline, from the canonical model, so YAML and Markdown sheets
 * show the same tree: human names (`Parties` → `Licensor`), a short value summary as the detail,
 * `range` over the whole clause and `selectionRange` over its key or label.
 */
export function documentSymbols(sheet: Sheet): DocumentSymbol[] {
  return new OutlineBuilder(sheet).clauses(sheet.root, '');
}

/** The same outline, flat, for clients that cannot show a hierarchy. */
export function flatSymbols(symbols: readonly DocumentSymbol[], uri: string, containerName?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(containerName ? { containerName } : {}) },
    ...flatSymbols(symbol.children ?? [], uri, symbol.name),
  ]);
}

class OutlineBuilder {
  private count = 0;
  /** Nodes already in the outline: a YAML alias is listed where it is used, but not expanded again. */
  private readonly seen = new Set<ModelNode>();
  private readonly placements: ReadonlyMap<Entry, Placement> | undefined;
  private readonly currency: string | undefined;
  private dealValueRead: DealValue | undefined;
  private readonly deal: Deal;

  constructor(private readonly sheet: Sheet) {
    this.deal = dealOf(sheet);
    this.placements = sheet.format === 'markdown' ? layoutOf(sheet)?.placements : undefined;
    this.currency = statedCurrency(this.deal).currency;
  }

  clauses(map: MapNode, path: string): DocumentSymbol[] {
    const symbols: DocumentSymbol[] = [];
    for (const entry of map.entries) {
      if (this.count >= MAX_SYMBOLS) break;
      symbols.push(this.clause(entry, path === '' ? entry.key : `${path}.${entry.key}`, path === ''));
    }
    return inDocumentOrder(symbols);
  }

  private clause(entry: Entry, path: string, topLevel: boolean): DocumentSymbol {
    this.count++;
    const value = entry.value;
    const selection = spanOf(entry.keyRange);
    const shared = this.seen.has(value);
    this.seen.add(value);
    // An alias's node lies where its anchor is: the clause is only its key.
    const whole = shared ? selection : cover([selection, spanOf(value.range), this.placementSpan(entry)]);
    const kind = value.kind === 'map' ? (topLevel ? SymbolKind.Namespace : SymbolKind.Object) : value.kind === 'list' ? SymbolKind.Array : SymbolKind.Property;
    return this.symbol(
      nameOr(clauseName(path, entry.key), entry.key),
      this.detail(value, path),
      kind,
      whole,
      selection,
      shared ? [] : this.children(value, path),
    );
  }

  private children(value: ModelNode, path: string): DocumentSymbol[] {
    if (value.kind === 'map') return this.clauses(value, path);
    if (value.kind !== 'list') return [];
    const symbols: DocumentSymbol[] = [];
    value.items.forEach((item, index) => {
      // Plain values (the countries of a territory) are the list's detail, not clauses of their own.
      if (item.kind !== 'scalar' && this.count < MAX_SYMBOLS) symbols.push(this.item(item, `${path}[${index}]`, index));
    });
    return inDocumentOrder(symbols);
  }

  /** A list item that is a mapping or a list: a patent family, a milestone, a royalty tier; named by its own content. */
  private item(item: MapNode | ListNode, path: string, index: number): DocumentSymbol {
    this.count++;
    const shared = this.seen.has(item);
    this.seen.add(item);
    const whole = spanOf(item.range);
    const fallback = `Item ${index + 1}`;
    if (item.kind === 'list') return this.symbol(fallback, this.detail(item, path), SymbolKind.Array, whole, whole, shared ? [] : this.children(item, path));
    const named = this.itemName(item, path);
    const kind = /^financials\.milestones\b/.test(path) ? SymbolKind.Event : SymbolKind.Struct;
    const detail = truncate(
      item.entries
        .filter((entry) => entry !== named?.entry)
        .map((entry) => this.detail(entry.value, `${path}.${entry.key}`))
        .filter((part): part is string => part !== undefined && part !== '')
        .join(' · '),
    );
    // The item's name where it is written: the family number, the milestone's event.
    const selection = named ? spanOf(named.entry.value.range) : whole;
    return this.symbol(
      nameOr(named?.name ?? '', fallback),
      detail || undefined,
      kind,
      cover([whole, selection]),
      selection,
      shared ? [] : this.clauses(item, path),
    );
  }

  private itemName(item: MapNode, path: string): { name: string; entry: Entry } | undefined {
    for (const field of NAME_FIELDS) {
      const entry = item.entries.find((candidate) => candidate.key === field);
      const text = entry && scalarText(entry.value);
      if (entry && text && text.trim() !== '') return { name: text, entry };
    }
    // A royalty tier is named by its band: "Up to USD 150M", "Above USD 150M".
    for (const [field, words] of [
      ['up_to', 'Up to'],
      ['above', 'Above'],
    ] as const) {
      const entry = item.entries.find((candidate) => candidate.key === field);
      const amount = entry && this.scalarSummary(entry.value, `${path}.${field}`);
      if (entry && amount) return { name: `${words} ${amount}`, entry };
    }
    const phase = item.entries.find((candidate) => candidate.key === 'phase');
    const phaseText = phase && scalarText(phase.value)?.trim();
    if (phase && phaseText) return { name: /^\d/.test(phaseText) ? `Phase ${phaseText}` : phaseText, entry: phase };
    return undefined;
  }

  /** A short summary of a value: a party's name, `USD 20M`, `JP, KR`, `2 families`. */
  private detail(value: ModelNode, path: string): string | undefined {
    const generic = withoutIndexes(path);
    if (value.kind === 'scalar') return truncate(this.scalarSummary(value, path));
    if (value.kind === 'list') {
      if (value.items.every((item) => item.kind === 'scalar'))
        return (
          truncate(
            value.items
              .map((item) => this.scalarSummary(item, path) ?? '')
              .filter((text) => text !== '')
              .join(', '),
          ) || undefined
        );
      const [one, many] = ITEM_NOUNS[generic] ?? ['item', 'items'];
      const count = `${value.items.length} ${value.items.length === 1 ? one : many}`;
      const sum = generic.startsWith('financials.milestones') ? this.milestoneSum(value) : undefined;
      return sum ? `${count}, ${sum}` : count;
    }
    if (generic === 'financials') return this.dealValue();
    if (generic === 'financials.milestones') return this.milestoneSum(value);
    for (const field of ['name', 'status']) {
      const entry = value.entries.find((candidate) => candidate.key === field);
      const text = entry && this.scalarSummary(entry.value, `${path}.${field}`);
      if (text) return truncate(text);
    }
    return undefined;
  }

  private scalarSummary(node: ModelNode, path: string): string | undefined {
    if (node.kind !== 'scalar' || node.value === null) return undefined;
    if (typeof node.value === 'boolean') return node.value ? 'yes' : 'no';
    if (path.startsWith('financials.') && isAmountPath(path)) {
      const money = this.deal.moneyOf(node);
      if (money) return readableMoney(money, this.currency);
    }
    const text = String(node.value).replace(/\s+/g, ' ').trim();
    return text === '' ? undefined : text;
  }

  /** The deal value the upfront and milestones add up to, when they can be added. */
  private dealValue(): string | undefined {
    const deal = (this.dealValueRead ??= readDealValue(this.deal));
    if (!deal.hasPayments || deal.unreadable || deal.paymentCurrencies.length > 1) return undefined;
    return readableMoney({ amount: deal.sum, currency: deal.paymentCurrencies[0] ?? deal.currency ?? this.currency });
  }

  private milestoneSum(milestones: ModelNode): string | undefined {
    const sum = milestoneSum(milestones, this.deal);
    return sum && readableMoney(sum, this.currency);
  }

  /** Where a Markdown clause is written: from its heading's `#`, its row's `|`, its list marker. */
  private placementSpan(entry: Entry): Span | undefined {
    const placement = this.placements?.get(entry);
    const lines = this.sheet.lines;
    switch (placement?.style) {
      case 'heading':
        return { start: lines.lineStart(placement.heading.line), end: lines.lineEnd(placement.heading.line) };
      case 'row':
        return { start: lines.lineStart(placement.row.line), end: lines.lineEnd(placement.row.line) };
      case 'line':
        return placement.line;
      case 'item':
        return { start: placement.item.marker.start, end: placement.item.marker.end };
      default:
        return undefined;
    }
  }

  private symbol(name: string, detail: string | undefined, kind: SymbolKind, whole: Span, selection: Span, children: DocumentSymbol[]): DocumentSymbol {
    const lines = this.sheet.lines;
    // Clients reject a symbol whose selection lies outside its range.
    const range = cover([whole, selection]);
    const symbol: DocumentSymbol = {
      name,
      kind,
      range: toLspRange(lines.range(range.start, range.end)),
      selectionRange: toLspRange(lines.range(selection.start, selection.end)),
      children,
    };
    if (detail) symbol.detail = detail;
    return symbol;
  }
}

function spanOf(range: { start: { offset: number }; end: { offset: number } }): Span {
  return { start: range.start.offset, end: Math.max(range.start.offset, range.end.offset) };
}

function cover(spans: ReadonlyArray<Span | undefined>): Span {
  const present = spans.filter((span): span is Span => span !== undefined);
  return { start: Math.min(...present.map((span) => span.start)), end: Math.max(...present.map((span) => span.end)) };
}

function inDocumentOrder(symbols: DocumentSymbol[]): DocumentSymbol[] {
  const at = (symbol: DocumentSymbol) => [symbol.selectionRange.start.line, symbol.selectionRange.start.character];
  return symbols.sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1]);
}

/**
 * A clause's name in words. At the top, the Markdown vocabulary's label ("Binding Provisions");
 * inside a clause, the key itself in words ("Signing Entity" under "Licensor"), spelled as the
 * vocabulary spells it when it names the same words ("FTO", "Non-Compete").
 */
function clauseName(path: string, key: string): string {
  const generic = withoutIndexes(path);
  const synonym = synonymFor(path);
  // A key that is not a word (a YAML complex key, a quoted phrase with punctuation) is shown as written.
  const words = /^[\p{L}\p{N}_ -]+$/u.test(key) ? titleCase(humanize(key)) : key;
  if (!generic.includes('.')) return synonym?.labels[0] ?? words;
  const spelled = [...(synonym?.labels ?? []), ...(synonym?.local ?? [])].find((label) => squash(label) === squash(key));
  return spelled ?? words;
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** "for convenience" → "For Convenience", "rights of reversion" → "Rights of Reversion". */
function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{N}']*/gu, (word, at: number) =>
    at > 0 && MINOR_WORDS.has(word.toLowerCase()) ? word : word.charAt(0).toUpperCase() + word.slice(1),
  );
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "ip.patents[0].family" → "ip.patents.family": a field means the same in every item. */
function withoutIndexes(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** Clients reject an empty name; a name is one line and short. */
function nameOr(name: string, fallback: string): string {
  const line = name.replace(/\s+/g, ' ').trim();
  const chosen = line === '' ? fallback.replace(/\s+/g, ' ').trim() || '(unnamed)' : line;
  return chosen.length > MAX_NAME_LENGTH ? `${chosen.slice(0, MAX_NAME_LENGTH - 1)}…` : chosen;
}

function truncate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
}
