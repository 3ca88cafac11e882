import { readableMoney, scalarText, statedCurrency, type Entry, type Rule, type RuleContext } from '../../server/src/engine';

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
    fixable: false,
    hasSuggestions: true,
    reads: ['financials.upfront_refundable', 'financials.upfront_creditable'],
  },
  check(context) {
    for (const { key, word } of FLAGS) {
      const entry = context.get(`financials.${key}`);
      if (!entry || context.deal.flag(`financials.${key}`) !== true) continue;
      context.report({
        message: `${upfrontLabel(context)} is ${word} (${key}: ${quoted(entry)})`,
        range: entry.value.range,
        suggestions: [{ title: `Make the upfront not ${word} (changes a payment term)`, edits: context.edit.setValue(entry.value, false) }],
      });
    }
  },
};

function quoted(entry: Entry): string {
  const text = scalarText(entry.value) ?? '';
  return entry.value.kind === 'scalar' && typeof entry.value.value === 'string' && !/^\w+$/.test(text) ? `"${text}"` : text;
}

/** "Upfront USD 20M" when the amount can be read, else "The upfront". */
function upfrontLabel(context: RuleContext): string {
  const money = context.deal.money('financials.upfront');
  return money ? `Upfront ${readableMoney(money, statedCurrency(context.deal).currency)}` : 'The upfront';
}
