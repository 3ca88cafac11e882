import {
  formatBand,
  isBlank,
  isRedactedText,
  itemsOf,
  placeholdersIn,
  readableMoney,
  scalarText,
  statedCurrency,
  type ModelNode,
  type Money,
  type PercentBand,
  type Rule,
  type RuleContext,
  type ScalarNode,
} from '../../server/src/engine';
import { formatNumber, percentOption } from '../support/options';

interface Bound {
  key: 'up_to' | 'above';
  node: ScalarNode;
  money: Money;
}

interface Tier {
  label: string;
  node: ModelNode;
  lower?: Bound;
  upper?: Bound;
}

export const rule: Rule = {
  meta: {
    id: 'royalty-tiers-unordered',
    category: 'economics',
    defaultSeverity: 'warning',
    title: 'Royalty tiers rise in order and state real rates',
    why:
      'Royalties are where a licensor earns once milestones run out, and tiers are read literally: thresholds that ' +
      'do not rise, or a rate that is not a number, leave the rate on some sales open to argument. With only ' +
      'USD 1.1B of USD 13.1B in H1 2023 China out-licensing value paid upfront, the back end has to be unambiguous.',
    goodExample:
      'financials:\n  royalties:\n    - {up_to: 100000000, rate: 10%}\n    - {above: 100000000, up_to: 250000000, rate: 12%}\n    - {above: 250000000, rate: 14%}',
    fixable: false,
    reads: ['financials.royalties'],
    options: {
      max_royalty_rate: { type: 'percent', default: '50%', description: 'The highest royalty rate taken as intended; above it, a rate is likely a typo.' },
    },
  },
  check(context) {
    const royalties = context.get('financials.royalties');
    if (!royalties || isBlank(royalties.value)) return;
    const listed = royalties.value.kind === 'list';
    const maxRate = percentOption(context, rule, 'max_royalty_rate');
    const currency = statedCurrency(context.deal).currency;
    const show = (bound: Bound) => `${bound.key} ${readableMoney(bound.money, currency)}`;

    const tiers: Tier[] = [];
    itemsOf(royalties.value).forEach((node, index) => {
      const label = listed ? `Royalty tier ${index + 1}` : 'Royalty';
      tiers.push({ label, node, lower: bound(context, node, 'above'), upper: bound(context, node, 'up_to') });

      // A tier is a mapping with a rate, or a rate on its own.
      const rateEntry = node.kind === 'map' ? node.entries.find((entry) => entry.key === 'rate') : undefined;
      const rate = node.kind === 'map' ? rateEntry?.value : node;
      if (!rate || isBlank(rate)) {
        context.report({ message: `${label} states no rate`, range: rateEntry?.keyRange ?? node.range });
        return;
      }
      const text = scalarText(rate);
      // A rate still "[TBD]" or "X%" is placeholder-left's to report, not a wrong rate; a redacted one ("[***]%") is not disclosed.
      if (text !== undefined && (placeholdersIn(text) || isRedactedText(text))) return;
      // A tier's rate is read with the deal; one it cannot read is reported as unreadable, naming this check.
      const reading = rateEntry ? context.deal.reading(`financials.royalties${listed ? `[${index}]` : ''}.rate`) : undefined;
      if (reading?.state === 'unreadable') return;
      const stated =
        reading?.state === 'read' ? (reading.value as number | PercentBand | string) : rate.kind === 'scalar' ? context.deal.percentOf(rate) : undefined;
      // "Tiered royalties on Net Sales": the tiers' rates are given elsewhere.
      if (typeof stated === 'string') return;
      // A band in words ("high single digits") is a rate as deals state it; its bottom is what must stay under the ceiling.
      const percent = typeof stated === 'object' ? stated.low : stated;
      if (percent === undefined) {
        const what = text === undefined ? `is a ${rate.kind === 'list' ? 'list' : 'mapping'},` : `"${text}" is`;
        context.report({ message: `${label} rate ${what} not a percentage`, range: rate.range });
      } else if (percent > maxRate) {
        const shown = typeof stated === 'object' ? formatBand(stated) : `${formatNumber(percent, 2)}%`;
        context.report({ message: `${label} rate ${shown} is above ${formatNumber(maxRate, 2)}%`, range: rate.range });
      }
    });

    let previous: { tier: Tier; bound: Bound } | undefined;
    for (const tier of tiers) {
      if (tier.lower && tier.upper && comparable(tier.lower, tier.upper) && tier.lower.money.amount >= tier.upper.money.amount) {
        context.report({
          message: `${tier.label}: ${show(tier.lower)} is not below ${show(tier.upper)}`,
          range: tier.upper.node.range,
          related: [{ range: tier.lower.node.range, message: `${tier.label} starts ${show(tier.lower)}` }],
        });
      }
      const start = tier.lower ?? tier.upper;
      if (start && previous && comparable(previous.bound, start)) {
        // "up_to X" then "above X" is the same threshold closing one tier and opening the next.
        const touching = previous.bound.key === 'up_to' && start.key === 'above';
        const before = previous.bound.money.amount;
        if (start.money.amount < before || (start.money.amount === before && !touching)) {
          context.report({
            message: `${tier.label} (${show(start)}) does not come after ${previous.tier.label.replace('Royalty ', '')} (${show(previous.bound)}): thresholds must increase`,
            range: start.node.range,
            related: [{ range: previous.bound.node.range, message: `${previous.tier.label} ends ${show(previous.bound)}` }],
          });
        }
      }
      const end = tier.upper ?? tier.lower;
      if (end) previous = { tier, bound: end };
    }
  },
};

function bound(context: RuleContext, tier: ModelNode, key: Bound['key']): Bound | undefined {
  if (tier.kind !== 'map') return undefined;
  const node = tier.entries.find((entry) => entry.key === key)?.value;
  if (node?.kind !== 'scalar') return undefined;
  const money = context.deal.moneyOf(node);
  return money ? { key, node, money } : undefined;
}

/** Thresholds in two named currencies cannot be ordered; currency-inconsistent reports them. */
function comparable(a: Bound, b: Bound): boolean {
  return !a.money.currency || !b.money.currency || a.money.currency === b.money.currency;
}
