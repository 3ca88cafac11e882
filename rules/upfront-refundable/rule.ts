import { isBlank, readableMoney, readMoney, scalarText, statedCurrency, type Entry, type Rule, type RuleContext } from '../../server/src/engine';
import { isNone } from '../support/values';

/** How a sheet says the upfront stays with the licensor, besides the general "no" words. */
const KEPT = /^(?:non|not)[\s-]*(?:refundable|creditable)$/i;

const FLAGS = [
  { key: 'upfront_refundable', word: 'refundable' },
  { key: 'upfront_creditable', word: 'creditable' },
] as const;

export const rule: Rule = {
  meta: {
    id: 'upfront-refundable',
    category: 'economics',
    defaultSeverity: 'warning',
    title: 'The upfront is neither refundable nor creditable',
    why:
      "The upfront is the only money a licensor is sure to see: across China's out-licensing deals in H1 2023 it was " +
      'USD 1.1B of USD 13.1B announced. A refundable upfront, or one creditable against later milestones or ' +
      'royalties, turns that certainty into a loan and shrinks the headline value the deal is judged on.',
    goodExample: 'financials:\n  upfront: 20000000\n  upfront_refundable: false',
    fixable: true,
  },
  check(context) {
    for (const { key, word } of FLAGS) {
      const entry = context.get(`financials.${key}`);
      if (!entry || !saysYes(entry)) continue;
      context.report({
        message: `${upfrontLabel(context)} is ${word} (${key}: ${quoted(entry)})`,
        range: entry.value.range,
        fix: { title: `Set ${key} to false`, edits: context.edit.setValue(entry.value, false) },
      });
    }
  },
};

/** True, yes, or any statement of a refund or credit, conditional ones included: a partial refund is a refund. */
function saysYes(entry: Entry): boolean {
  const value = entry.value;
  if (value.kind !== 'scalar' || isBlank(value) || isNone(value)) return false;
  if (typeof value.value === 'number') return value.value !== 0;
  return !KEPT.test(String(value.value).trim());
}

function quoted(entry: Entry): string {
  const text = scalarText(entry.value) ?? '';
  return entry.value.kind === 'scalar' && typeof entry.value.value === 'string' && !/^\w+$/.test(text) ? `"${text}"` : text;
}

/** "Upfront USD 20M" when the amount can be read, else "The upfront". */
function upfrontLabel(context: RuleContext): string {
  const node = context.node('financials.upfront');
  const money = node?.kind === 'scalar' ? readMoney(node.value) : undefined;
  return money ? `Upfront ${readableMoney(money, statedCurrency(context).currency)}` : 'The upfront';
}
