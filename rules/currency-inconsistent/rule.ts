import type { RelatedLocation, Rule } from '../../server/src/engine';
import { financialAmounts, listCodes, readableMoney, statedCurrency, type FoundAmount } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'currency-inconsistent',
    category: 'economics',
    defaultSeverity: 'warning',
    title: 'All amounts are in one stated currency',
    why:
      "A cross-border licence moves money between a licensor's and a licensee's currencies, and the term sheet has " +
      'to say which one every payment is in. H1 2023 China out-licensing came to USD 13.1B in deal value; a milestone ' +
      'written in RMB beside an upfront in USD, or a bare 20000000, is a sum that each side can convert its own way.',
    goodExample: 'financials:\n  currency: USD\n  upfront: 20000000\n  total_deal_value: 90000000',
    fixable: false,
    reads: ['financials'],
  },
  check(context) {
    const stated = statedCurrency(context.deal);
    const amounts = financialAmounts(context.deal);
    const named = amounts.filter((amount) => amount.money.currency);

    if (named.length === 0) {
      const bare = amounts.filter((amount) => amount.atAmountKey);
      // A currency clause that cannot be read (a placeholder) still shows the question was asked.
      if (bare.length === 0 || stated.node) return;
      context.report({
        message: `No currency for the amounts (${paths(bare)}): no financials.currency, and no amount names one`,
        range: context.missingRange('financials.currency'),
      });
      return;
    }

    const main = stated.currency ?? mostUsed(named);
    if (!main) return;
    const inMain = named.filter((amount) => amount.money.currency === main);
    const against = stated.currency ? `financials.currency is ${main}` : `${paths(inMain)} ${inMain.length > 1 ? 'are' : 'is'} in ${main}`;
    const related: RelatedLocation[] =
      stated.currency && stated.node
        ? [{ range: stated.node.range, message: `The sheet's currency: ${main}` }]
        : inMain.slice(0, 1).map((amount) => ({ range: amount.node.range, message: `${amount.path}: ${readableMoney(amount.money)}` }));
    for (const amount of named) {
      if (amount.money.currency === main) continue;
      context.report({
        message: `${amount.path} is in ${amount.money.currency} (${readableMoney(amount.money)}), but ${against}`,
        range: amount.node.range,
        related,
      });
    }
  },
};

/** The currency most amounts name; on a tie, the one named first. */
function mostUsed(amounts: readonly FoundAmount[]): string | undefined {
  const counts = new Map<string, number>();
  for (const amount of amounts) counts.set(amount.money.currency!, (counts.get(amount.money.currency!) ?? 0) + 1);
  let best: string | undefined;
  for (const [currency, count] of counts) if (best === undefined || count > counts.get(best)!) best = currency;
  return best;
}

function paths(amounts: readonly FoundAmount[]): string {
  return listCodes(
    amounts.map((amount) => amount.path),
    3,
  );
}
