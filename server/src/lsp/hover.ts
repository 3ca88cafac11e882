import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import { readCurrency } from '../../../rules/support/money';
import {
  getNode,
  scalarText,
  schemaField,
  type Entry,
  type Finding,
  type MapNode,
  type ModelNode,
  type Range as EngineRange,
  type Rule,
  type ScalarNode,
  type SchemaField,
  type SchemaKind,
  type Sheet,
} from '../engine';
import { countriesCoveredBy, REGIONAL_PATENT_OFFICES } from '../engine/patent-offices';
import { COUNTRY_NAMES, countryName, expandTerritory, formatDuration, formatMoney, readDuration, readMoney, readRegion } from '../engine/values';
import { toLspRange } from './convert';
import { ruleDocHref } from './docs-links';
import type { LintOutcome } from './documents';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Inclusive at both ends, so an empty range (an insertion point) can still be hovered. */
export function rangeContains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

/** A fence longer than any backtick run in the snippet, so the snippet cannot close it early. */
function fenced(language: string, code: string): string {
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${code.replace(/\s+$/, '')}\n${fence}`;
}

export function describeFinding(finding: Finding, rule: Rule | undefined): string {
  if (!rule) return `**${finding.ruleId}** (${finding.severity})\n\n${finding.message}`;
  const { meta } = rule;
  const parts = [`**${meta.title}** (\`${meta.id}\`, ${finding.severity})`, finding.message, meta.why];
  if (meta.goodExample.trim() !== '') parts.push(fenced('yaml', meta.goodExample));
  // Custom rules (`acme/…`) have no page here; their `why` already names their docs.
  if (!meta.id.includes('/')) parts.push(`[Rule documentation](${ruleDocHref(meta.id)})`);
  return parts.join('\n\n');
}

/** The findings under the cursor, explained; several at one place are all shown. */
export function hoverAt(outcome: LintOutcome, position: Position, rules: ReadonlyMap<string, Rule>): Hover | null {
  const hits = outcome.findings.filter((finding) => rangeContains(toLspRange(finding.range), position));
  if (hits.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map((finding) => describeFinding(finding, rules.get(finding.ruleId))).join('\n\n---\n\n') },
    range: intersection(hits.map((finding) => toLspRange(finding.range))),
  };
}

/** Where all the ranges overlap; they all contain the hovered position, so it is never empty of it. */
function intersection(ranges: readonly Range[]): Range {
  return ranges.reduce((a, b) => ({
    start: before(a.start, b.start) ? b.start : a.start,
    end: before(a.end, b.end) ? a.end : b.end,
  }));
}

// ── Keys, labels and values: what the model makes of the text under the cursor ──────────────

type UserRegions = Readonly<Record<string, readonly string[]>>;

/** How a kind of value is written, for hovers and completion documentation. */
const KIND_NOTES: Partial<Record<SchemaKind, string>> = {
  'text-list': 'A list of text (`[a, b]`).',
  money: 'An amount of money: a number, or text such as `USD 20M`, `$20 million`, `RMB 100,000,000`.',
  percent: 'A percentage (`10%`).',
  date: 'A date (`2026-11-02`), a month or a year.',
  duration: 'A period (`6 months`, `180 days`).',
  number: 'A number.',
  boolean: '`true` or `false`.',
  country: 'An ISO 3166-1 country code (`JP`) or a country name.',
  territory: 'ISO country codes and regions, with exclusions: `[JP, KR]`, `[asean]`, `[worldwide, -CN]`.',
  jurisdictions: 'ISO country codes and regional patent offices: `[CN, US, EP, JP]`.',
};

/** A short name for what a field holds, for completion details: "clause", "one of: …", "amount of money". */
export function fieldKindLabel(field: SchemaField): string {
  switch (field.kind) {
    case 'map':
      return 'clause';
    case 'list':
      return 'list of items';
    case 'enum':
      return `one of: ${field.values!.map((entry) => entry.value).join(', ')}`;
    case 'enum-list':
      return `list of: ${field.values!.map((entry) => entry.value).join(', ')}`;
    case 'text-list':
      return 'list of text';
    case 'money':
      return 'amount of money';
    case 'territory':
      return 'countries and regions';
    case 'jurisdictions':
      return 'countries and patent offices';
    default:
      return field.kind;
  }
}

/** What a clause means and what it takes, in Markdown: the body of a key's hover and of its completion item. */
export function fieldMarkdown(field: SchemaField): string {
  const parts = [field.description];
  if (field.values) {
    parts.push(`Allowed values:\n${field.values.map((entry) => `- \`${entry.value}\`${entry.description ? ` — ${entry.description}` : ''}`).join('\n')}`);
  } else if (field.fields || field.itemFields) {
    if (field.fields) parts.push(`Keys: ${field.fields.map((child) => `\`${child.key}\``).join(', ')}`);
    if (field.itemFields) parts.push(`${field.fields ? 'Or a list whose items have' : 'Each item has'}: ${field.itemFields.map((child) => `\`${child.key}\``).join(', ')}`);
  } else if (KIND_NOTES[field.kind]) {
    parts.push(KIND_NOTES[field.kind]!);
  }
  return parts.join('\n\n');
}

interface Located<T> {
  item: T;
  path: string;
  range: EngineRange;
}

function engineContains(range: EngineRange, position: Position): boolean {
  return rangeContains(toLspRange(range), position);
}

function size(range: EngineRange): number {
  return range.end.offset - range.start.offset;
}

/** The narrowest key and the narrowest scalar under the cursor (Markdown entries may share their text with their value). */
function locate(root: MapNode, position: Position): { entry?: Located<Entry>; scalar?: Located<ScalarNode> } {
  let entry: Located<Entry> | undefined;
  let scalar: Located<ScalarNode> | undefined;
  const seen = new Set<ModelNode>();
  const visit = (node: ModelNode, path: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'scalar') {
      if (engineContains(node.range, position) && (!scalar || size(node.range) <= size(scalar.range))) scalar = { item: node, path, range: node.range };
    } else if (node.kind === 'list') {
      node.items.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else {
      for (const child of node.entries) {
        const childPath = path === '' ? child.key : `${path}.${child.key}`;
        if (engineContains(child.keyRange, position) && (!entry || size(child.keyRange) <= size(entry.range))) {
          entry = { item: child, path: childPath, range: child.keyRange };
        }
        visit(child.value, childPath);
      }
    }
  };
  visit(root, '');
  return { entry, scalar };
}

function sourceOf(sheet: Sheet, range: EngineRange): string {
  return sheet.text.slice(range.start.offset, range.end.offset);
}

/** Inline code that survives any backticks in the text. */
function code(text: string): string {
  const flat = text.slice(0, 200).replace(/\s+/g, ' ').trim();
  const clipped = flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
  const fence = '`'.repeat(Math.max(0, ...[...clipped.matchAll(/`+/g)].map((match) => match[0].length)) + 1);
  return fence.length > 1 || clipped.startsWith('`') ? `${fence} ${clipped} ${fence}` : `${fence}${clipped}${fence}`;
}

const ALL_COUNTRIES = Object.keys(COUNTRY_NAMES).length;
const MAX_LISTED_CODES = 40;

/** "10 countries: BN, ID, ..."; a near-worldwide set is told by what it leaves out. */
function describeCodes(codes: readonly string[]): string {
  if (codes.length === 1) return `${countryName(codes[0])} (${codes[0]})`;
  if (codes.length === ALL_COUNTRIES) return `all ${ALL_COUNTRIES} countries`;
  if (codes.length > MAX_LISTED_CODES) {
    const chosen = new Set(codes);
    const missing = Object.keys(COUNTRY_NAMES).filter((code) => !chosen.has(code)).sort();
    if (missing.length <= MAX_LISTED_CODES) return `all ${ALL_COUNTRIES} countries except ${missing.join(', ')} (${codes.length} countries)`;
    return `${codes.length} countries: ${codes.slice(0, MAX_LISTED_CODES).join(', ')} and ${codes.length - MAX_LISTED_CODES} more`;
  }
  return `${codes.length} countries: ${codes.join(', ')}`;
}

/** The field a value belongs to: its own, or for an item of a list of values (`license.territory[0]`), the list's. */
function fieldOfValue(path: string): SchemaField | undefined {
  const own = schemaField(path);
  if (own) return own;
  const list = /\[\d+\]$/.test(path) ? schemaField(path.replace(/\[\d+\]$/, '')) : undefined;
  return list && !list.fields && !list.itemFields ? list : undefined;
}

/** How a value was read, or undefined when the readers make nothing of it worth telling. */
function describeValue(sheet: Sheet, node: ScalarNode, path: string, regions: UserRegions | undefined): string | undefined {
  const value = node.value;
  if (value === null) return undefined;
  const written = code(sourceOf(sheet, node.range) || String(value));
  const field = fieldOfValue(path);
  const kind = field?.kind;

  const money = kind === 'money' || (typeof value === 'string' && readMoney(value)?.currency) ? readMoney(value) : undefined;
  if (money) {
    const stated = money.currency ? undefined : readCurrency(scalarText(getNode(sheet.root, 'financials.currency'))?.trim() ?? '');
    const reading = formatMoney({ amount: money.amount, currency: money.currency ?? stated });
    return `${written} → ${reading}${stated ? ' (currency from `financials.currency`)' : ''}`;
  }
  if (typeof value !== 'string') return undefined;

  const region = readRegion(value, regions);
  if (region) return `${written} → ${describeCodes(region)}`;
  if (kind === 'jurisdictions') {
    const office = value.trim().toUpperCase();
    if (Object.prototype.hasOwnProperty.call(REGIONAL_PATENT_OFFICES, office)) {
      return `${written} → a regional patent office covering ${describeCodes(countriesCoveredBy(office))}`;
    }
  }
  if (kind === 'territory' || kind === 'jurisdictions' || kind === 'country') {
    const reading = expandTerritory([value], regions);
    if (reading.unknown.length === 0 && reading.countries.length > 0) return `${written} → ${describeCodes(reading.countries)}`;
    if (reading.unknown.length === 0 && kind === 'territory') {
      // An exclusion ("-CN", "excluding China") includes nothing by itself: say what it takes out.
      const kept = new Set(expandTerritory(['worldwide', value], regions).countries);
      const excluded = Object.keys(COUNTRY_NAMES).filter((code) => !kept.has(code)).sort();
      if (excluded.length > 0) return `${written} → excludes ${describeCodes(excluded)}`;
    }
  }

  const duration = readDuration(value);
  if (duration) {
    const approximate = duration.unit === 'day' && duration.days === duration.amount ? '' : ` (about ${Math.round(duration.days)} days)`;
    return `${written} → ${formatDuration(duration)}${approximate}`;
  }

  // Prose read as an enum word ("with Licensor's prior written consent" → with-consent).
  if (sheet.format === 'markdown' && field?.values && sourceOf(sheet, node.range).trim() !== value) return `${written} → \`${value}\``;
  return undefined;
}

function describeKey(sheet: Sheet, located: Located<Entry>, field: SchemaField): string {
  const { item: entry, path } = located;
  const label = sourceOf(sheet, entry.keyRange).trim();
  // A Markdown label names the clause in the author's words; say which key it is read as.
  const heading =
    sheet.format === 'markdown' && label !== '' && label !== entry.key && label !== sourceOf(sheet, entry.value.range).trim()
      ? `**${label.replace(/[*_`[\]\\]/g, '\\$&')}** → \`${path}\``
      : `**\`${path}\`**`;
  return `${heading} (${fieldKindLabel(field)})\n\n${fieldMarkdown(field)}`;
}

/**
 * Over a known key or Markdown label: what the clause means and its allowed values. Over a money
 * amount, a region or territory, a duration (or an enum read from prose): how it was read.
 */
export function modelHoverAt(sheet: Sheet, position: Position, regions?: UserRegions): Hover | null {
  const { entry, scalar } = locate(sheet.root, position);
  const parts: string[] = [];
  let range: EngineRange | undefined;
  const reading = scalar && describeValue(sheet, scalar.item, scalar.path, regions);
  if (reading) {
    parts.push(reading);
    range = scalar!.range;
  }
  const field = entry && schemaField(entry.path);
  if (entry && field) {
    parts.push(describeKey(sheet, entry, field));
    range ??= entry.range;
  }
  if (parts.length === 0 || !range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: toLspRange(range) };
}

/** A finding's hover first, then what the model says about the place, in one hover. */
export function combineHovers(finding: Hover | null, model: Hover | null): Hover | null {
  if (!finding || !model) return finding ?? model;
  const text = (hover: Hover) => (typeof hover.contents === 'object' && 'kind' in hover.contents ? hover.contents.value : '');
  return { contents: { kind: MarkupKind.Markdown, value: `${text(finding)}\n\n---\n\n${text(model)}` }, range: finding.range };
}
