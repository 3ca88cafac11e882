import { isBlank, type ModelNode, type Rule } from '../../server/src/engine';
import { readMoney, type Money } from '../../server/src/engine/values';
import { milestoneEntries, readableMoney, statedCurrency } from '../support/money';

/** Sums are compared to the cent; amounts are whole currency units in practice. */
export const TOLERANCE = 0.5;

export const rule: Rule = {
  meta: {
    id: 'deal-value-mismatch',
    category: 'economics',
    defaultSeverity: 'error',
    title: 'The total deal value is the upfront plus all milestones',
    why:
      'The headline figure is what boards and press releases quote, and what the other side will hold you to. When ' +
      'the total does not equal upfront plus milestones, one of the numbers is wrong, and the mistake is found in ' +
      'diligence, not in drafting.',
    goodExample:
      'financials:\n  upfront: 20000000\n  milestones:\n    development: [{event: Phase 3 start, amount: 15000000}]\n' +
      '    regulatory: [{event: JP approval, amount: 30000000}]\n    commercial: [{event: annual net sales > 100M, amount: 25000000}]\n' +
      '  total_deal_value: 90000000',
    fixable: true,
  },
  check(context) {
    const total = context.get('financials.total_deal_value');
    if (!total || isBlank(total.value)) return;
    const read = (node: ModelNode | undefined) => (node?.kind === 'scalar' ? readMoney(node.value) : undefined);
    const totalMoney = read(total.value);
    const upfrontNode = context.node('financials.upfront');
    const upfront = isBlank(upfrontNode) ? { amount: 0 } : read(upfrontNode);
    const milestones = milestoneEntries(context.node('financials.milestones')).map((milestone) => read(milestone.amount));
    // An amount that cannot be read (a placeholder, prose) leaves nothing to compare: other rules report it.
    if (!totalMoney || !upfront || milestones.some((money) => !money)) return;
    const amounts = [totalMoney, upfront, ...(milestones as Money[])];
    // Sums across currencies mean nothing; currency-inconsistent reports them.
    const currencies = new Set(amounts.flatMap((money) => money.currency ?? []));
    if (currencies.size > 1) return;
    const unit = [...currencies][0] ?? statedCurrency(context).currency;

    const milestoneSum = (milestones as Money[]).reduce((sum, money) => sum + money.amount, 0);
    const sum = upfront.amount + milestoneSum;
    if (Math.abs(sum - totalMoney.amount) < TOLERANCE) return;

    const show = (amount: number) => readableMoney({ amount, currency: unit });
    const milestonesEntry = context.get('financials.milestones');
    context.report({
      message:
        `Total deal value ${show(totalMoney.amount)} does not add up: upfront ${show(upfront.amount)} + ` +
        `milestones ${show(milestoneSum)} = ${show(sum)}`,
      range: total.value.range,
      related: [
        ...(upfrontNode && !isBlank(upfrontNode) ? [{ range: upfrontNode.range, message: `Upfront ${show(upfront.amount)}` }] : []),
        ...(milestonesEntry ? [{ range: milestonesEntry.keyRange, message: `Milestones add up to ${show(milestoneSum)}` }] : []),
      ],
      fix: { title: `Set the total deal value to ${show(sum)}`, edits: context.edit.setValue(total.value, written({ amount: sum, currency: unit }, total.value)) },
    });
  },
};

/** The corrected total, written the way the original was: a number stays a number. */
function written(money: Money, original: ModelNode): number | string {
  return original.kind === 'scalar' && typeof original.value === 'number' ? money.amount : readableMoney(money);
}
