import { isBlank, readableMoney, statedCurrency, type Rule } from '../../server/src/engine';
import { formatNumber, percentOption } from '../support/options';

export const rule: Rule = {
  meta: {
    id: 'upfront-share-low',
    category: 'economics',
    defaultSeverity: 'info',
    title: 'The upfront is a meaningful share of the total deal value',
    why:
      'Milestones are contingent and most are never paid; the upfront is the money the licensor can count on. In ' +
      "H1 2023, China's out-licensing deals paid USD 1.1B upfront against USD 13.1B in announced value, about 8%. " +
      'A share far below that makes the headline number mostly hope, and is worth a second look before it is agreed.',
    goodExample: 'financials:\n  upfront: 20000000\n  total_deal_value: 200000000',
    fixable: false,
    reads: ['financials.upfront', 'financials.total_deal_value'],
    options: {
      min_upfront_share: { type: 'percent', default: '5%', description: 'The lowest upfront, as a share of the total deal value, that passes.' },
    },
  },
  check(context) {
    const upfront = context.get('financials.upfront');
    const total = context.get('financials.total_deal_value');
    // No upfront stated is a different finding (a missing term), not a low one.
    if (!upfront || !total || isBlank(upfront.value) || upfront.value.kind !== 'scalar' || total.value.kind !== 'scalar') return;
    const upfrontMoney = context.deal.money('financials.upfront');
    const totalMoney = context.deal.money('financials.total_deal_value');
    if (!upfrontMoney || !totalMoney || totalMoney.amount <= 0) return;
    // A share across currencies means nothing; currency-inconsistent reports them.
    if (upfrontMoney.currency && totalMoney.currency && upfrontMoney.currency !== totalMoney.currency) return;

    const minimum = percentOption(context, rule, 'min_upfront_share');
    const share = (upfrontMoney.amount / totalMoney.amount) * 100;
    if (share >= minimum) return;
    const unit = upfrontMoney.currency ?? totalMoney.currency ?? statedCurrency(context.deal).currency;
    const totalText = readableMoney(totalMoney, unit);
    context.report({
      message:
        `Upfront ${readableMoney(upfrontMoney, unit)} is ${formatShare(share, minimum)} of the total deal value ${totalText}, ` +
        `below ${formatNumber(minimum, 2)}%`,
      range: upfront.value.range,
      related: [{ range: total.value.range, message: `Total deal value ${totalText}` }],
    });
  },
};

/** "2.5%", "0.25%"; "under 0.01%" rather than 0; "just under 5%" where rounding would reach the minimum. */
function formatShare(share: number, minimum: number): string {
  if (share > 0 && share < 0.01) return 'under 0.01%';
  for (const decimals of share < 1 ? [2] : [1, 2]) {
    const text = formatNumber(share, decimals);
    if (Number(text) < minimum) return `${text}%`;
  }
  return `just under ${formatNumber(minimum, 2)}%`;
}
