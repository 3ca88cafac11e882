import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver';
import { parse as parseYaml } from 'yaml';
import {
  applyEdits,
  byMarketSize,
  dealOf,
  editorFor,
  exampleValue,
  findEntry,
  getEntry,
  getNode,
  isRedacted,
  licensedTerritory,
  patentFamilies,
  readCurrency,
  readSheet,
  scalarText,
  schemaField,
  splitPath,
  uncoveredCountries,
  type Deal,
  type Entry,
  type Finding,
  type MapNode,
  type ModelNode,
  type Range as EngineRange,
  type Rule,
  type RuleMeta,
  type ScalarNode,
  type SchemaField,
  type SchemaKind,
  type Sheet,
  type SheetFormat,
} from '../engine';
import { labelFor, layoutOf, resolveLabel, type MarkdownLayout, type Placement } from '../engine/markdown';
import { countriesCoveredBy, REGIONAL_PATENT_OFFICES } from '../engine/patent-offices';
import { COUNTRY_NAMES, countryName, formatBand, formatDuration, formatMoney } from '../engine/values';
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

/**
 * A finding explained: its rule's title, why it matters, a good clause and the rule's page. Not its
 * message: editors show that with the diagnostic, just above the hover (VS Code) or in their own
 * display of diagnostics (Neovim, Emacs), so the hover would only say it twice.
 */
export function describeFinding(finding: Finding, rule: Rule | undefined, sheet?: Sheet): string {
  if (!rule) return `**${finding.ruleId}** (${finding.severity})`;
  const { meta } = rule;
  const parts = [`**${meta.title}** (\`${meta.id}\`, ${finding.severity})`, meta.why];
  const example = findingExample(finding, meta, sheet);
  if (example) parts.push(fenced(example.format, example.text));
  // Custom rules (`acme/…`) have no page here; their `why` already names their docs.
  if (!meta.id.includes('/')) parts.push(`[Rule documentation](${ruleDocHref(meta.id)})`);
  return parts.join('\n\n');
}

/** The findings under the cursor, explained; several at one place are all shown. */
export function hoverAt(outcome: LintOutcome, position: Position, rules: ReadonlyMap<string, Rule>): Hover | null {
  const hits = outcome.findings.filter((finding) => rangeContains(toLspRange(finding.range), position));
  if (hits.length === 0) return null;
  const sheet = outcome.sheet();
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map((finding) => describeFinding(finding, rules.get(finding.ruleId), sheet)).join('\n\n---\n\n') },
    range: intersection(hits.map((finding) => toLspRange(finding.range))),
  };
}

// ── A finding's example: the clause at hand, written as the sheet writes clauses ───────────────

interface Example {
  format: SheetFormat;
  text: string;
}

/**
 * What a good clause looks like, for a finding, written as the sheet writes clauses: the rule's own
 * example where it shows the finding's clause (or the finding is about no clause), else the model's
 * example of that clause (schema.ts), or of the clause it is part of; each the other's fallback. A
 * list item's clause is its list's. In YAML the rule's example is shown as written, comments and all;
 * in Markdown it is written as the sheet writes clauses, with the labels the Markdown reader knows.
 * Custom rules give no example and get none: the model's could break their own check.
 */
export function findingExample(finding: Finding, meta: RuleMeta, sheet: Sheet | undefined): Example | undefined {
  if (meta.goodExample.trim() === '') return undefined;
  const clause = finding.path?.replace(/\[\d+\].*$/, '') || undefined;
  const rulesClauses = clausesOf(meta.goodExample);
  const placement = sheet?.format === 'markdown' ? placementFor(sheet, clause) : undefined;
  const format: SheetFormat = sheet?.format === 'markdown' && placement?.style !== 'front-matter' ? 'markdown' : 'yaml';

  const rulesExample = (): Example | undefined => {
    const own = meta.exampleClausesApart && clause !== undefined && rulesClauses ? valueAt(rulesClauses, clause) : undefined;
    if (own !== undefined) return writtenExample(format, placement, [[clause!, own]]);
    if (format === 'yaml') return { format, text: meta.goodExample };
    if (meta.markdownExample) return { format, text: meta.markdownExample };
    return rulesClauses && writtenExample(format, placement, Object.entries(rulesClauses));
  };
  const clauseExample = (): Example | undefined => {
    const keys = clause === undefined ? [] : splitPath(clause);
    for (let depth = keys.length; depth > 0; depth--) {
      const path = keys.slice(0, depth).join('.');
      const value = exampleValue(path, format === 'markdown');
      const example = value === undefined ? undefined : writtenExample(format, placement, [[path, value]], (part) => exampleValue(part));
      if (example) return example;
    }
    return undefined;
  };
  const rulesFirst = clause === undefined || (rulesClauses !== undefined && valueAt(rulesClauses, clause) !== undefined);
  return rulesFirst ? (rulesExample() ?? clauseExample()) : (clauseExample() ?? rulesExample());
}

/** A rule's YAML example read as clauses; undefined when it is not a mapping. */
function clausesOf(yaml: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parseYaml(yaml);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function valueAt(clauses: Record<string, unknown>, path: string): unknown {
  let value: unknown = clauses;
  for (const key of splitPath(path)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Clauses that stand for any clause in a seed sheet: two, in case the example is one of them. */
const SEED_CLAUSES = [
  { key: 'governing_law', label: 'Governing Law', value: 'Hong Kong' },
  { key: 'confidentiality', label: 'Confidentiality', value: 'Mutual, 5 years' },
] as const;

/**
 * The clauses as the sheet's own editor writes them into a sheet of one other clause written the
 * chosen way (a table row, a `**Label:** value` line, a list item, a heading with prose; YAML in
 * YAML), so the example reads as the sheet would write it. Each clause is written on its own, so
 * none is placed by another's label, and must read back as `meant(path)`: the value itself, or the
 * model's example where the value is that example in prose.
 */
function writtenExample(
  format: SheetFormat,
  placement: Placement | undefined,
  clauses: ReadonlyArray<readonly [string, unknown]>,
  meant: (path: string, value: unknown) => unknown = (_path, value) => value,
): Example | undefined {
  const sections = format === 'markdown' && (!placement || placement.style === 'heading');
  const parts = format === 'markdown' && !sections ? clauses.flatMap(([path, value]) => labelledParts(path, value)) : clauses;
  const written = parts.map(([path, value]) => writtenClause(format, placement, path, value, meant(path, value)));
  // All or nothing: an example with a part left out would show less than the rule asks for.
  return written.length === 0 || written.includes('') ? undefined : { format, text: written.join(sections ? '\n\n' : '\n') };
}

/**
 * What the editor adds to a seed sheet for one clause (the seed has no line end, so all of it comes
 * after), or '' when that does not read back as `meant`: what prose cannot hold is not shown.
 */
function writtenClause(format: SheetFormat, placement: Placement | undefined, path: string, value: unknown, meant: unknown): string {
  const keys = splitPath(path);
  const seed =
    format === 'yaml'
      ? ''
      : markdownSeed(
          placement,
          SEED_CLAUSES.find((clause) => clause.key !== keys[0])!,
        );
  const sheet = readSheet(seed, format);
  const edits = sheet ? editorFor(sheet).insertEntry(keys.slice(0, -1).join('.'), keys.at(-1)!, value) : [];
  if (edits.length === 0) return '';
  const text = applyEdits(seed, edits);
  const readBack = readSheet(text, format);
  if (!readBack || readBack.problems.length > 0 || !readsAs(getNode(readBack.root, path), meant)) return '';
  return text
    .slice(seed.length)
    .replace(/^(?:[ \t]*\r?\n)+/, '')
    .trimEnd();
}

/**
 * Whether a clause read back holds the value written, as loosely as prose writes it: `Yes` is true,
 * `me better` is me-better, a number may come back as text and one country as a list of one.
 */
function readsAs(node: ModelNode | undefined, value: unknown): boolean {
  if (!node) return false;
  if (Array.isArray(value)) {
    if (node.kind !== 'list') return value.length === 1 && readsAs(node, value[0]);
    return node.items.length === value.length && value.every((item, index) => readsAs(node.items[index], item));
  }
  if (typeof value === 'object' && value !== null) {
    return node.kind === 'map' && Object.entries(value).every(([key, inner]) => readsAs(findEntry(node, key)?.value, inner));
  }
  if (node.kind === 'list') return node.items.length === 1 && readsAs(node.items[0], value);
  return node.kind === 'scalar' && looseWords(node.value) === looseWords(value);
}

function looseWords(value: unknown): string {
  return String(value)
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');
}

/**
 * A clause of clauses as its parts, each on a row or line of its own under its own label, as tables
 * and labelled lines write them (`| Tax Advisor | … |`); whole where a part has no label of its own
 * that reads back outside its clause (the reversion's `Rights`), under the clause's label.
 */
function labelledParts(path: string, value: unknown): Array<readonly [string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[path, value]];
  const parts = Object.entries(value).map(([key, inner]) => [`${path}.${key}`, inner] as const);
  if (parts.length === 0 || !parts.every(([part]) => resolveLabel(labelFor(part), '')?.path === part)) return [[path, value]];
  return parts.flatMap(([part, inner]) => labelledParts(part, inner));
}

function markdownSeed(placement: Placement | undefined, clause: { label: string; value: string }): string {
  const lead = (bold: boolean) => (bold ? `**${clause.label}:**` : `${clause.label}:`);
  switch (placement?.style) {
    case 'row':
      return `| Term | Details |\n| --- | --- |\n| ${clause.label} | ${clause.value} |`;
    case 'line':
      return `${lead(placement.bold)} ${clause.value}`;
    case 'item':
      return `- ${lead(placement.bold)} ${clause.value}`;
    case 'heading':
      return `${'#'.repeat(placement.heading.level)} ${clause.label}\n\n${clause.value}`;
    default:
      return `## ${clause.label}\n\n${clause.value}`;
  }
}

/**
 * How a Markdown sheet writes the clause at `path`: as the clause itself is written; else as its
 * siblings are, or the clause around it, nearest first; else as most of the sheet's clauses are.
 * `front-matter` when that is where they are (the example is then YAML).
 */
function placementFor(sheet: Sheet, path: string | undefined): Placement | undefined {
  const layout = layoutOf(sheet);
  if (!layout) return undefined;
  const keys = path === undefined ? [] : splitPath(path);
  for (let depth = keys.length; depth > 0; depth--) {
    const entry = getEntry(sheet.root, keys.slice(0, depth).join('.'));
    if (!entry) continue;
    const own = writtenPlacement(layout, entry);
    if (depth === keys.length && own) return own;
    if (depth < keys.length) {
      const siblings = entry.value.kind === 'map' ? entry.value.entries.map((child) => writtenPlacement(layout, child)) : [];
      const chosen = mostCommon(siblings) ?? own;
      if (chosen) return chosen;
    }
  }
  // The title is the document's heading, not a clause: it says nothing of how clauses are written.
  return mostCommon(sheet.root.entries.filter((entry) => entry.key !== 'title').flatMap((entry) => placementsOf(layout, entry)));
}

function writtenPlacement(layout: MarkdownLayout, entry: Entry): Placement | undefined {
  const placement = layout.placements.get(entry);
  return placement && placement.style !== 'synthetic' ? placement : undefined;
}

/** A clause's own placement, or for one read from its parts only, theirs. */
function placementsOf(layout: MarkdownLayout, entry: Entry): Placement[] {
  const own = writtenPlacement(layout, entry);
  if (own) return [own];
  return entry.value.kind === 'map' ? entry.value.entries.flatMap((child) => placementsOf(layout, child)) : [];
}

/** The last placement of the style most of them have (ties: the style met first). */
function mostCommon(placements: ReadonlyArray<Placement | undefined>): Placement | undefined {
  const byStyle = new Map<string, Placement[]>();
  for (const placement of placements) {
    if (!placement) continue;
    const group = byStyle.get(placement.style);
    if (group) group.push(placement);
    else byStyle.set(placement.style, [placement]);
  }
  let best: Placement[] | undefined;
  for (const group of byStyle.values()) if (!best || group.length > best.length) best = group;
  return best?.at(-1);
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
    if (field.itemFields)
      parts.push(`${field.fields ? 'Or a list whose items have' : 'Each item has'}: ${field.itemFields.map((child) => `\`${child.key}\``).join(', ')}`);
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
    const missing = Object.keys(COUNTRY_NAMES)
      .filter((code) => !chosen.has(code))
      .sort();
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

const REDACTED_NOTE = 'redacted in the filed agreement: stated, not disclosed';

/** How a value was read, or undefined when the readers make nothing of it worth telling. */
function describeValue(sheet: Sheet, node: ScalarNode, path: string, regions: UserRegions | undefined): string | undefined {
  const value = node.value;
  if (value === null) return undefined;
  const written = code(sourceOf(sheet, node.range) || String(value));
  if (isRedacted(node)) return `${written} → ${REDACTED_NOTE}`;
  const field = fieldOfValue(path);
  const kind = field?.kind;

  const deal = dealOf(sheet, regions);
  const money = kind === 'money' ? deal.moneyOf(node) : deal.namedAmountOf(node);
  if (money) {
    const stated = money.currency ? undefined : readCurrency(scalarText(getNode(sheet.root, 'financials.currency'))?.trim() ?? '');
    const reading = formatMoney({ amount: money.amount, currency: money.currency ?? stated });
    return `${written} → ${reading}${stated ? ' (currency from `financials.currency`)' : ''}`;
  }
  if (typeof value !== 'string') return undefined;
  // A royalty tier may be written as its rate alone (`royalties: mid-teens`), as the rule reads it.
  if (kind === 'percent' || /^financials\.royalties(?:\[\d+\])?$/.test(path)) {
    const rate = deal.percentOf(node);
    if (typeof rate === 'object') return `${written} → a royalty band of ${formatBand(rate)}`;
  }

  const region = deal.regionNamed(value);
  if (region) return `${written} → ${describeCodes(region)}${coverageGapNote(deal, path)}`;
  if (kind === 'jurisdictions') {
    const office = value.trim().toUpperCase();
    if (Object.prototype.hasOwnProperty.call(REGIONAL_PATENT_OFFICES, office)) {
      return `${written} → a regional patent office covering ${describeCodes(countriesCoveredBy(office))}`;
    }
  }
  if (kind === 'territory' || kind === 'jurisdictions' || kind === 'country') {
    const reading = deal.territoryOfWords([value]);
    if (reading.unknown.length === 0 && reading.countries.length > 0) return `${written} → ${describeCodes(reading.countries)}${coverageGapNote(deal, path)}`;
    if (reading.unknown.length === 0 && kind === 'territory') {
      // An exclusion ("-CN", "excluding China") includes nothing by itself: say what it takes out.
      const kept = new Set(deal.territoryOfWords(['worldwide', value]).countries);
      const excluded = Object.keys(COUNTRY_NAMES)
        .filter((code) => !kept.has(code))
        .sort();
      if (excluded.length > 0) return `${written} → excludes ${describeCodes(excluded)}`;
    }
  }

  const duration = deal.periodOf(node);
  if (duration) {
    const approximate = duration.unit === 'day' && duration.days === duration.amount ? '' : ` (about ${Math.round(duration.days)} days)`;
    return `${written} → ${formatDuration(duration)}${approximate}`;
  }

  // Prose read as an enum word ("with Licensor's prior written consent" → with-consent).
  if (sheet.format === 'markdown' && field?.values && sourceOf(sheet, node.range).trim() !== value) return `${written} → \`${value}\``;
  return undefined;
}

/**
 * On the licensed territory: every country of it no patent family covers, in full and in market
 * order (the diagnostic names only the largest markets and counts the rest).
 */
function coverageGapNote(deal: Deal, path: string): string {
  if (!path.startsWith('license.territory')) return '';
  const territory = licensedTerritory(deal);
  if (!territory || patentFamilies(deal).length === 0) return '';
  const gaps = byMarketSize(uncoveredCountries(deal, territory.reading.countries));
  return gaps.length === 0 ? '' : `\n\nNo patent family covers ${gaps.length} of its countries: ${gaps.join(', ')}`;
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
    range = scalar.range;
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
