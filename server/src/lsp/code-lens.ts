import type { CodeLens } from 'vscode-languageserver';
import { dealOf, getEntry, readableMoney, readDealValue, type DealValue, type Sheet } from '../engine';
import { toLspRange } from './convert';

/**
 * A lens carries its text in its command's title; a lens without a command is "unresolved" and
 * shows nothing. These lenses only inform, so their command id is empty: VS Code then shows the
 * title as plain text, not as a link.
 */
const NO_COMMAND = '';

/**
 * Lenses over `financials`: what the upfront and the milestones add up to, and whether that is the
 * stated `total_deal_value`. The sums are the deal-value-mismatch rule's own, so the lens and the
 * diagnostic never disagree. None for a sheet that did not parse: its model is only half read.
 */
export function dealValueLenses(sheet: Sheet): CodeLens[] {
  const financials = getEntry(sheet.root, 'financials');
  if (!financials || sheet.problems.length > 0) return [];
  const deal = readDealValue(dealOf(sheet));
  if (!deal.hasPayments && !deal.total) return [];
  const range = toLspRange(financials.keyRange);
  return [computedTitle(deal), comparisonTitle(deal)].map((title) => ({ range, command: { title, command: NO_COMMAND } }));
}

/** "upfront USD 20M + milestones USD 70M = USD 90M". */
function computedTitle(deal: DealValue): string {
  if (deal.unreadable) {
    const what = deal.unreadable === deal.upfrontNode ? 'the upfront' : 'a milestone amount';
    return `deal value: ${what} on line ${deal.unreadable.range.start.line + 1} is not an amount`;
  }
  if (deal.uncounted)
    return `deal value: the milestone on line ${deal.uncounted.node.range.start.line + 1} is paid per ${deal.uncounted.per}, how many times is not stated`;
  if (deal.paymentCurrencies.length > 1) return `deal value: the payments are in ${deal.paymentCurrencies.join(' and ')}, no single sum`;
  const show = (amount: number) => readableMoney({ amount, currency: paymentCurrency(deal) });
  return `upfront ${show(deal.upfront)} + milestones ${show(deal.milestones)} = ${show(deal.sum)}`;
}

/** "matches total_deal_value", or by how much the stated total differs. */
function comparisonTitle(deal: DealValue): string {
  const total = deal.total;
  if (!total) return 'no total_deal_value stated';
  if (!total.money) return 'total_deal_value is not an amount';
  const show = (amount: number) => readableMoney({ amount, currency: deal.currency ?? total.money?.currency ?? paymentCurrency(deal) });
  if (deal.comparison) {
    const { stated, difference, matches } = deal.comparison;
    return matches ? 'matches total_deal_value' : `total_deal_value says ${show(stated)}: differs by ${show(Math.abs(difference))}`;
  }
  if (deal.unreadable || deal.uncounted || deal.paymentCurrencies.length > 1) return `total_deal_value says ${readableMoney(total.money)}`;
  // The payments name one currency and the total another.
  return `total_deal_value is in ${total.money.currency}, the payments in ${deal.paymentCurrencies[0]}`;
}

function paymentCurrency(deal: DealValue): string | undefined {
  return deal.paymentCurrencies[0] ?? deal.currency;
}
