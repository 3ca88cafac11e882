import { formatMoneyShort, licenseeType, readClassification, readMoney, scalarText, type Money, type Rule } from '../../server/src/engine';

const DEFAULT_MAX = 'USD 50M';

export const rule: Rule = {
  meta: {
    id: 'counterparty-expectation',
    category: 'asset',
    defaultSeverity: 'info',
    title: 'A me-too asset is priced and placed for what it is',
    why:
      'Me-too assets do sell, but price follows intrinsic quality: an MNC buyer or a large upfront for a me-too is ' +
      'usually an illusion that costs months. In 2023, 60% of counterparties to China out-licensing were mid-size ' +
      'pharma or biotech, and a wider net brings more of them to the table.',
    goodExample: 'parties:\n  licensee:\n    type: regional-pharma\nasset:\n  classification: me-too\nfinancials:\n  upfront: USD 10M',
    fixable: false,
    reads: ['asset.classification', 'parties.licensee.type', 'financials.upfront'],
    options: {
      max_me_too_upfront: {
        type: 'money',
        default: DEFAULT_MAX,
        description: 'An upfront above this for a me-too asset is reported.',
      },
    },
  },
  check(context) {
    if (readClassification(context.deal) !== 'me-too') return;
    if (licenseeType(context.deal) === 'mnc') {
      context.report({
        message: 'A me-too asset offered to an MNC (parties.licensee.type): most counterparties (60% in 2023) are mid-size pharma or biotech',
        range: context.node('parties.licensee.type')!.range,
      });
    }
    const upfrontNode = context.node('financials.upfront');
    const upfront = withCurrency(context.deal.money('financials.upfront'), scalarText(context.node('financials.currency')));
    const max = readMoney(context.options.max_me_too_upfront) ?? readMoney(DEFAULT_MAX)!;
    if (!upfront || !upfrontNode) return;
    // Amounts in different currencies are not compared: the linter does not guess exchange rates.
    if (upfront.currency && max.currency && upfront.currency !== max.currency) return;
    if (upfront.amount <= max.amount) return;
    context.report({
      message: `Upfront ${formatMoneyShort(upfront)} for a me-too asset is above ${formatMoneyShort(max)}: price follows the asset's intrinsic quality`,
      range: upfrontNode.range,
    });
  },
};

/** The sheet's `financials.currency` applies to amounts written without one. */
function withCurrency(money: Money | undefined, currency: string | undefined): Money | undefined {
  if (!money || money.currency) return money;
  const code = currency === undefined ? undefined : readMoney(`${currency.trim()} 1`)?.currency;
  return code ? { ...money, currency: code } : money;
}
