import { getEntry, getNode, isBlank, type Entry, type ModelNode } from '../model';
import { type Money } from '../values';
import type { Deal } from './deal';
import { milestoneEntries, statedCurrency } from './money';

/** Sums are compared to the cent; amounts are whole currency units in practice. */
const TOLERANCE = 0.5;

/**
 * How a sheet's headline figure adds up: the upfront plus every milestone, against the stated
 * `total_deal_value`. Shared by the deal-value-mismatch rule and the editor's deal-value lens, so
 * the two never disagree about a sum.
 */
export interface DealValue {
  /** The `financials.upfront` value, when the sheet states one. */
  upfrontNode?: ModelNode;
  /** The `financials.milestones` clause, when the sheet has one. */
  milestonesEntry?: Entry;
  /** True when there is an upfront or a milestone to add up. */
  hasPayments: boolean;
  /** The first upfront or milestone amount that cannot be read (a placeholder, prose): nothing adds up while there is one. */
  unreadable?: ModelNode;
  /** The first milestone paid per something the sheet does not count ("USD 10M per indication"): nothing adds up while there is one. */
  uncounted?: { node: ModelNode; per: string };
  /** 0 when no upfront is stated. */
  upfront: number;
  milestones: number;
  sum: number;
  /** The currencies the upfront and the milestones name, in the order met. */
  paymentCurrencies: string[];
  /** The stated total, when non-blank; `money` when it reads as an amount. */
  total?: { node: ModelNode; money?: Money };
  /** The deal's one currency: the one every amount names, else the `financials.currency` clause; undefined when the amounts name several. */
  currency?: string;
  /** The stated total against the sum, when both are readable and in one currency. */
  comparison?: { stated: number; difference: number; matches: boolean };
}

export function readDealValue(sheetDeal: Deal): DealValue {
  const root = sheetDeal.root;
  const read = (node: ModelNode | undefined) => sheetDeal.moneyOf(node);
  const upfrontNode = getNode(root, 'financials.upfront');
  const milestonesEntry = getEntry(root, 'financials.milestones');
  const upfrontStated = !isBlank(upfrontNode);
  const milestoneNodes = milestoneAmounts(milestonesEntry?.value);

  let unreadable: ModelNode | undefined;
  const upfront = upfrontStated ? read(upfrontNode) : { amount: 0 };
  if (!upfront) unreadable = upfrontNode;
  const milestones: Money[] = [];
  let uncounted: DealValue['uncounted'];
  for (const node of milestoneNodes) {
    const money = read(node);
    if (money) milestones.push(money);
    else unreadable ??= node;
    if (money?.per) uncounted ??= { node, per: money.per };
  }
  const paymentCurrencies = distinct([upfront, ...milestones].flatMap((money) => money?.currency ?? []));

  const totalNode = getNode(root, 'financials.total_deal_value');
  const total = totalNode && !isBlank(totalNode) ? { node: totalNode, money: read(totalNode) } : undefined;
  // Sums across currencies mean nothing; currency-inconsistent reports them.
  const currencies = distinct([...paymentCurrencies, ...(total?.money?.currency ? [total.money.currency] : [])]);
  const currency = currencies.length > 1 ? undefined : (currencies[0] ?? statedCurrency(sheetDeal).currency);

  const milestoneSum = milestones.reduce((sum, money) => sum + money.amount, 0);
  const upfrontAmount = upfront?.amount ?? 0;
  const sum = upfrontAmount + milestoneSum;
  const deal: DealValue = {
    upfrontNode: upfrontStated ? upfrontNode : undefined,
    milestonesEntry,
    hasPayments: upfrontStated || milestoneNodes.length > 0,
    unreadable,
    ...(uncounted && { uncounted }),
    upfront: upfrontAmount,
    milestones: milestoneSum,
    sum,
    paymentCurrencies,
    total,
    currency,
  };
  if (total?.money && !unreadable && !uncounted && currencies.length <= 1) {
    const difference = total.money.amount - sum;
    deal.comparison = { stated: total.money.amount, difference, matches: Math.abs(difference) < TOLERANCE };
  }
  return deal;
}

/** Every milestone amount node, whether milestones are grouped by kind, listed flat, or given as one sum. */
export function milestoneAmounts(milestones: ModelNode | undefined): ModelNode[] {
  return milestoneEntries(milestones).map((entry) => entry.amount);
}

/**
 * The sum of some milestones (a kind's list, or all of them), with the one currency they name;
 * undefined when there are none, one cannot be read, or they name several currencies.
 */
export function milestoneSum(milestones: ModelNode | undefined, deal: Deal): Money | undefined {
  const amounts = milestoneAmounts(milestones).map((node) => deal.moneyOf(node));
  if (amounts.length === 0 || amounts.some((money) => !money)) return undefined;
  const currencies = distinct(amounts.flatMap((money) => money?.currency ?? []));
  if (currencies.length > 1) return undefined;
  return { amount: amounts.reduce((sum, money) => sum + (money?.amount ?? 0), 0), currency: currencies[0] };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
