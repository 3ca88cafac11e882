import { financialAmounts, readableMoney, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'amount-words-mismatch',
    category: 'economics',
    defaultSeverity: 'error',
    title: 'An amount written in words and in figures says the same in both',
    why:
      'Heads of terms write large sums twice, "Ten Million US Dollars (US$10,000,000)", so that a slip in one is caught. ' +
      'When the two disagree the sheet states two prices, and which one binds becomes a question for the lawyers ' +
      'after signing, when the upfront is due.',
    goodExample: 'financials:\n  upfront: Ten Million US Dollars (US$10,000,000)',
    fixable: false,
    reads: ['financials'],
  },
  check(context) {
    for (const { node, money } of financialAmounts(context.deal)) {
      const words = money.inWords;
      if (!words) continue;
      const sameCurrency = !words.money.currency || !money.currency || words.money.currency === money.currency;
      if (sameCurrency && words.money.amount === money.amount / (money.payments ?? 1)) continue;
      const figures = readableMoney({ amount: money.amount / (money.payments ?? 1), currency: money.currency });
      context.report({
        message: `"${words.text}" is ${readableMoney(words.money, money.currency)} in words, but the figures say ${figures}`,
        range: node.range,
      });
    }
  },
};
