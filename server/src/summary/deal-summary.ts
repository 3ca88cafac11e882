import { posix } from 'node:path';
import {
  asMap,
  byMarketSize,
  DEFAULT_MAX_FILE_BYTES,
  DIMENSIONS,
  findEntry,
  formatOf,
  isBlank,
  isPlaceholder,
  isStated,
  itemsOf,
  itemTexts,
  licensedTerritory,
  MILESTONE_GROUPS,
  milestoneEntries,
  patentFamilies,
  uncoveredCountries,
  readableMoney,
  readDealValue,
  dealOf,
  readSheet,
  scalarText,
  schemaField,
  statedCurrency,
  type Config,
  type Deal,
  type Finding,
  type LicensedTerritory,
  type ModelNode,
  type Sheet,
} from '../engine';
import { countryName, formatBand } from '../engine/values';
import type { DealSummary, Dimension, MilestoneKind } from '../lsp/protocol';

/** Up to this many countries, the territory is named country by country; beyond, as the sheet writes it. */
const MAX_NAMED_COUNTRIES = 8;

const MILESTONE_KINDS: readonly MilestoneKind[] = [...MILESTONE_GROUPS, 'other'];

/** The five dimensions of a differentiated asset, in the round table's words (new, fast, good, more, comprehensive): the schema's captions. */
const DIMENSION_LABELS = Object.fromEntries(
  DIMENSIONS.map((dimension) => [dimension, schemaField(`asset.differentiation.${dimension}`)?.caption ?? dimension]),
) as Record<Dimension, string>;

/** The five pitfall tips of the round table and the rules that check each. */
export const PITFALL_TIPS: readonly { tip: number; title: string; ruleIds: readonly string[] }[] = [
  { tip: 1, title: 'Keep control over registration in a regional licence', ruleIds: ['regional-registration-control', 'regional-data-sharing'] },
  {
    tip: 2,
    title: 'Patents cover the territory, India included, and freedom to operate is checked',
    ruleIds: ['patent-coverage-gap', 'patent-india-gap', 'fto-missing'],
  },
  {
    tip: 3,
    title: 'A non-compete with a concrete scope, a duration and a remedy',
    ruleIds: ['non-compete-missing', 'non-compete-vague', 'non-compete-no-remedy'],
  },
  {
    tip: 4,
    title: 'A dignified breakup: termination with rights, data and filings handed back',
    ruleIds: ['termination-missing', 'reversion-missing', 'reversion-incomplete'],
  },
  {
    tip: 5,
    title: 'Three parties at the table: a tax advisor, legal counsel and the right entities',
    ruleIds: ['advisor-tax-missing', 'advisor-legal-missing', 'payee-entity-missing'],
  },
];

/**
 * What the Show Deal Summary panel shows for one sheet: its payments, coverage, differentiation
 * and pitfall checklist. Values are read with the readers the rules use, so the summary and the
 * findings never disagree on what an amount or a territory is; `findings` are the sheet's lint
 * findings (after directives), which decide the checklist.
 */
export function dealSummary(uri: string, sheet: Sheet, findings: readonly Finding[], config: Config = {}): DealSummary {
  const deal = dealOf(sheet, config.regions);
  const territory = licensedTerritory(deal);
  const currency = summaryCurrency(deal);
  return {
    uri,
    title: sheetTitle(uri, deal.node('title'), deal.node('asset.name')),
    parties: {
      ...named('licensor', deal.node('parties.licensor.name')),
      ...named('licensee', deal.node('parties.licensee.name')),
    },
    currency,
    payments: payments(deal, currency),
    royalties: royalties(deal, deal.node('financials.royalties'), currency),
    coverage: coverage(deal, territory, patentFamilies(deal)),
    differentiation: differentiation(deal.node('asset.differentiation')),
    ...differentiationProse(deal.node('asset.differentiation')),
    pitfalls: PITFALL_TIPS.map(({ tip, title, ruleIds }) => {
      const behind = findings.filter((finding) => ruleIds.includes(finding.ruleId));
      return {
        tip,
        title,
        status: behind.length === 0 ? 'ok' : 'attention',
        findings: behind.map((finding) => ({ ruleId: finding.ruleId, message: finding.message, line: finding.range.start.line })),
        ruleIds: [...ruleIds],
      };
    }),
    counts: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      infos: findings.filter((finding) => finding.severity === 'info').length,
    },
  };
}

function sheetTitle(uri: string, title: ModelNode | undefined, assetName: ModelNode | undefined): string {
  const text = (node: ModelNode | undefined) => (isStated(node) && !isPlaceholder(node) ? scalarText(node)?.trim() || undefined : undefined);
  return text(title) ?? text(assetName) ?? fileName(uri);
}

function named<K extends string>(key: K, node: ModelNode | undefined): Partial<Record<K, string>> {
  const text = isStated(node) ? scalarText(node)?.trim() : undefined;
  return text ? ({ [key]: text } as Partial<Record<K, string>>) : {};
}

function fileName(uri: string): string {
  try {
    return posix.basename(decodeURIComponent(new URL(uri).pathname)) || uri;
  } catch {
    return posix.basename(uri) || uri;
  }
}

/** The stated currency; else the one the headline amounts are written in; else USD. */
function summaryCurrency(deal: Deal): string {
  const stated = statedCurrency(deal).currency;
  if (stated) return stated;
  const headline = [
    deal.node('financials.upfront'),
    deal.node('financials.total_deal_value'),
    ...milestoneEntries(deal.node('financials.milestones')).map((entry) => entry.amount),
  ];
  for (const node of headline) {
    const currency = deal.moneyOf(node)?.currency;
    if (currency) return currency;
  }
  return 'USD';
}

/** An amount in the summary's currency; null when absent, unreadable (a placeholder, prose) or in another currency. */
function amountIn(deal: Deal, node: ModelNode | undefined, currency: string): number | null {
  if (node?.kind !== 'scalar' || isBlank(node)) return null;
  const money = deal.moneyOf(node);
  if (!money || (money.currency !== undefined && money.currency !== currency)) return null;
  return money.amount;
}

function payments(deal: Deal, currency: string): DealSummary['payments'] {
  const upfrontNode = deal.node('financials.upfront');
  const milestonesNode = deal.node('financials.milestones');
  const upfront = amountIn(deal, upfrontNode, currency);
  const entries = milestoneEntries(milestonesNode);
  const milestones = entries.map((entry) => ({
    kind: milestoneKind(entry.group),
    event: sentenceCase(scalarText(entry.event)?.trim() ?? ''),
    amount: amountIn(deal, entry.amount, currency),
  }));
  const milestoneTotals = MILESTONE_KINDS.flatMap((kind) => {
    const ofKind = milestones.filter((milestone) => milestone.kind === kind);
    return ofKind.length === 0 ? [] : [{ kind, total: ofKind.reduce((sum, milestone) => sum + (milestone.amount ?? 0), 0) }];
  });
  const computedTotal = (upfront ?? 0) + milestoneTotals.reduce((sum, entry) => sum + entry.total, 0);
  const statedTotal = amountIn(deal, deal.node('financials.total_deal_value'), currency);
  // The same comparison as deal-value-mismatch and the deal-value lens, so the three never disagree.
  const comparison = readDealValue(deal).comparison;
  const totalMatches = statedTotal === null || !comparison ? null : comparison.matches;
  return { upfront, milestones, milestoneTotals, computedTotal, statedTotal, totalMatches };
}

function milestoneKind(group: string | undefined): MilestoneKind {
  return MILESTONE_GROUPS.find((kind) => kind === group) ?? 'other';
}

/** Markdown tables and YAML lists capitalise events differently; the panel shows them one way. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function royalties(deal: Deal, node: ModelNode | undefined, currency: string): DealSummary['royalties'] {
  const tiers = itemsOf(node);
  return tiers.map((tier, index) => {
    const map = asMap(tier);
    const bound = (key: string) => {
      const value = map && findEntry(map, key)?.value;
      const money = deal.moneyOf(value);
      return money && readableMoney(money, currency);
    };
    const [above, upTo] = [bound('above'), bound('up_to')];
    const label =
      above && upTo
        ? `Above ${above} up to ${upTo}`
        : above
          ? `Above ${above}`
          : upTo
            ? `Up to ${upTo}`
            : tiers.length === 1
              ? 'All net sales'
              : `Tier ${index + 1}`;
    const rateNode = map ? findEntry(map, 'rate')?.value : tier;
    const rate = rateNode?.kind === 'scalar' ? deal.percentOf(rateNode) : undefined;
    if (typeof rate === 'object') return { label, rate: rate.high, band: `${rate.words} (${formatBand(rate)})` };
    return { label, rate: typeof rate === 'number' ? rate : null };
  });
}

function coverage(deal: Deal, territory: LicensedTerritory | undefined, families: ReturnType<typeof patentFamilies>): DealSummary['coverage'] {
  const worldwide = territory?.reading.worldwide ?? false;
  const countries = territory && !worldwide ? byMarketSize(territory.reading.countries) : [];
  const rows = countries.map((country) => ({
    country,
    countryName: countryName(country),
    coveredBy: families.filter((family) => family.countries.has(country)).map((family) => family.name),
  }));
  return {
    territoryLabel: territoryLabel(deal, territory, countries),
    countries,
    worldwide,
    families: families.map((family) => family.name),
    rows,
    // A worldwide territory has no table of countries, but its gaps are listed in full, largest markets first.
    gaps:
      worldwide && territory
        ? byMarketSize(uncoveredCountries(deal, territory.reading.countries))
        : rows.filter((row) => row.coveredBy.length === 0).map((row) => row.country),
  };
}

/**
 * A few countries are named ("Japan, South Korea", however the sheet spells them); a larger
 * territory is shown as written, with country codes spelt out ("asean, India, gcc").
 */
function territoryLabel(deal: Deal, territory: LicensedTerritory | undefined, countries: readonly string[]): string {
  if (!territory) return '';
  if (territory.reading.worldwide) return 'Worldwide';
  if (countries.length > 0 && countries.length <= MAX_NAMED_COUNTRIES && territory.reading.unknown.length === 0) return countries.map(countryName).join(', ');
  return itemTexts(territory.entry.value)
    .map((text) => {
      const code = deal.countryNamed(text);
      return code ? countryName(code) : text;
    })
    .join(', ');
}

function differentiation(node: ModelNode | undefined): DealSummary['differentiation'] {
  const map = asMap(node);
  return DIMENSIONS.map((dimension) => {
    const value = map && findEntry(map, dimension)?.value;
    const text = itemTexts(value).join('; ') || undefined;
    // A placeholder is written but says nothing yet: not stated, though its text is shown.
    const stated = isStated(value) && !isPlaceholder(value) && text !== undefined;
    return { dimension, label: DIMENSION_LABELS[dimension], stated, ...(value && !isBlank(value) ? { text: text ?? scalarText(value) ?? '' } : {}) };
  });
}

/** Differentiation argued in prose cannot be split into dimensions; the panel quotes it. */
function differentiationProse(node: ModelNode | undefined): { differentiationProse?: string } {
  const text = node?.kind === 'scalar' && isStated(node) && !isPlaceholder(node) ? scalarText(node)?.trim() : undefined;
  return text ? { differentiationProse: text } : {};
}

/**
 * The summary of a term sheet's text, with the findings linted from that same text; null when the
 * text is not read at all (too large or binary, as for the linter).
 */
export function dealSummaryOfText(uri: string, fileName: string, text: string, findings: readonly Finding[], config: Config = {}): DealSummary | null {
  if (Buffer.byteLength(text, 'utf8') > DEFAULT_MAX_FILE_BYTES || text.includes('\u0000')) return null;
  const sheet = readSheet(text, formatOf(fileName));
  return sheet ? dealSummary(uri, sheet, findings, config) : null;
}
