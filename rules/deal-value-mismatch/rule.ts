import type { ModelNode, Rule } from '../../server/src/engine';
import type { Money } from '../../server/src/engine';
import { isRedacted, readableMoney, readDealValue, type DealValue } from '../../server/src/engine';

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
    fixable: false,
    hasSuggestions: true,
    reads: ['financials.upfront', 'financials.milestones', 'financials.total_deal_value'],
  },
  check(context) {
    const deal = readDealValue(context.deal);
    if (!deal.total) return;
    const unchecked = uncheckedBecause(deal);
    // Said once and quietly: the sheet is not wrong, the sum just cannot be checked.
    if (unchecked && deal.total.money)
      context.report({
        message: `Total deal value cannot be checked: ${unchecked.why}`,
        range: deal.total.node.range,
        severity: 'info',
        related: [unchecked.at],
      });
    // Amounts in several currencies leave nothing to compare: currency-inconsistent reports them.
    if (!deal.comparison || deal.comparison.matches) return;
    const total = deal.total.node;
    const show = (amount: number) => readableMoney({ amount, currency: deal.currency });
    context.report({
      message:
        `Total deal value ${show(deal.comparison.stated)} does not add up: upfront ${show(deal.upfront)} + ` +
        `milestones ${show(deal.milestones)} = ${show(deal.sum)}`,
      range: total.range,
      related: [
        ...(deal.upfrontNode ? [{ range: deal.upfrontNode.range, message: `Upfront ${show(deal.upfront)}` }] : []),
        ...(deal.milestonesEntry ? [{ range: deal.milestonesEntry.keyRange, message: `Milestones add up to ${show(deal.milestones)}` }] : []),
      ],
      suggestions: [
        {
          title: `Set the total deal value to ${show(deal.sum)} (changes the stated total)`,
          edits: context.edit.setValue(total, written({ amount: deal.sum, currency: deal.currency }, total)),
        },
      ],
    });
  },
};

/**
 * Why the stated total cannot be compared with the payments: a milestone paid per something the sheet does
 * not count, or an amount not written as one (redacted, a blank, prose). A blank is placeholder-left's to
 * report, so it is named here only as the reason.
 */
function uncheckedBecause(deal: DealValue): { why: string; at: { range: ModelNode['range']; message: string } } | undefined {
  if (deal.uncounted) {
    const { node, per } = deal.uncounted;
    return { why: `a milestone is paid per ${per} and the sheet does not say how many`, at: { range: node.range, message: `Paid per ${per}` } };
  }
  if (deal.unreadable) {
    const what = deal.unreadable === deal.upfrontNode ? 'the upfront' : 'a milestone';
    const state = isRedacted(deal.unreadable) ? 'redacted' : 'not stated as an amount';
    return { why: `${what} is ${state}`, at: { range: deal.unreadable.range, message: state.charAt(0).toUpperCase() + state.slice(1) } };
  }
  return undefined;
}

/** The corrected total, written the way the original was: a number stays a number. */
function written(money: Money, original: ModelNode): number | string {
  return original.kind === 'scalar' && typeof original.value === 'number' ? money.amount : readableMoney(money);
}
