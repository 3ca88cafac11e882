import { getNode, isBlank, itemsOf, scalarText, visitScalars, type ModelNode, type ScalarNode } from '../model';
import type { Deal } from './deal';
import type { ReadMoney } from './readings';
import { formatMoney, formatMoneyShort, readMoney, type Money } from '../values';

/**
 * Keys whose value is an amount of money wherever they sit under `financials`. Not `equity`: a bare
 * number there may be a stake as well as a sum, so it counts only when it names a currency.
 */
const AMOUNT_KEYS = new Set(['upfront', 'total_deal_value', 'amount', 'up_to', 'above']);
/** Keys under `financials.milestones` that describe a milestone rather than price it. */
const MILESTONE_TEXT_KEYS = new Set(['event', 'description', 'trigger', 'name', 'note', 'notes']);

export interface StatedCurrency {
  /** The `financials.currency` value, when the sheet has a non-blank one. */
  node?: ModelNode;
  /** Its ISO code, when it is one currency that can be read ("USD", "US dollars", "RMB"). */
  currency?: string;
}

/** Read once per lint: several rules ask for it. */
export function statedCurrency(deal: Deal): StatedCurrency {
  return deal.remember('stated-currency', () => readStatedCurrency(deal.node('financials.currency')));
}

function readStatedCurrency(node: ModelNode | undefined): StatedCurrency {
  if (!node || isBlank(node)) return {};
  const text = scalarText(node)?.trim();
  return { node, currency: text ? readCurrency(text) : undefined };
}

/** A currency named on its own: "USD", "$", "RMB", "US dollars", "euros". */
export function readCurrency(text: string): string | undefined {
  return readMoney(`${text} 1`)?.currency ?? readMoney(`1 ${text}`)?.currency;
}

export interface FoundAmount {
  node: ScalarNode;
  /** Model path with list indexes: `financials.milestones.development[0].amount`. */
  path: string;
  money: ReadMoney;
  /** True at a place the model prices something (upfront, a milestone amount, a royalty threshold, ...). */
  atAmountKey: boolean;
}

/**
 * Every value under `financials` that reads as money: at the model's amount keys (numbers count),
 * and anywhere else when it names a currency ("option_fee: EUR 2M"), in document order.
 */
export function financialAmounts(deal: Deal): readonly FoundAmount[] {
  // Read once per lint: several rules ask for every amount.
  return deal.remember('financial-amounts', () => readFinancialAmounts(deal));
}

function readFinancialAmounts(deal: Deal): FoundAmount[] {
  const financials = getNode(deal.root, 'financials');
  if (!financials || financials.kind !== 'map') return [];
  const found: FoundAmount[] = [];
  visitScalars(financials, (node, relative) => {
    if (typeof node.value !== 'number' && typeof node.value !== 'string') return;
    // Most values (events, notes) do not read as money: their path is never written out.
    const whole = readMoney(node.value);
    if (!whole && (typeof node.value !== 'string' || !/\d/.test(node.value))) return;
    const path = `financials.${relative()}`;
    // Where the model prices something, the amount is as the deal reads it: in prose too ("Ten Million US Dollars (US$10,000,000)").
    const atAmountKey = isAmountPath(path);
    const money = atAmountKey ? deal.moneyOf(node) : whole;
    if (!money) return;
    if (!atAmountKey && !money.currency) return;
    found.push({ node, path, money, atAmountKey });
  });
  return found;
}

/** True for a model path under `financials` (with list indexes) at which the model prices something. */
export function isAmountPath(path: string): boolean {
  // Read in place rather than split: this runs for every amount of the sheet.
  const last = path.slice(path.lastIndexOf('.') + 1);
  const firstDot = path.indexOf('.');
  // The second segment starts with `milestones` (which holds no dot).
  const inMilestones = firstDot >= 0 && path.startsWith('milestones', firstDot + 1);
  // A bare item of a list: only milestones are listed as plain amounts.
  if (last.endsWith(']'))
    return (
      inMilestones &&
      !path
        .split('.')
        .slice(2)
        .some((segment) => MILESTONE_TEXT_KEYS.has(segment.replace(/\[\d+\]$/, '')))
    );
  if (AMOUNT_KEYS.has(last)) return true;
  return inMilestones && !MILESTONE_TEXT_KEYS.has(last);
}

/** "USD 90M" when that is exact, else every digit, so a message never rounds away what it reports. */
export function readableMoney(money: Money, fallbackCurrency?: string): string {
  const withUnit = { amount: money.amount, currency: money.currency ?? fallbackCurrency };
  const short = formatMoneyShort(withUnit);
  return readMoney(short)?.amount === withUnit.amount ? short : formatMoney(withUnit);
}

/** Keys naming what triggers a milestone, most specific first. */
const MILESTONE_EVENT_KEYS = ['event', 'trigger', 'description', 'name'];

export interface MilestoneEntry {
  /** The key it is grouped under (`development`, `regulatory`, `commercial`, …); undefined when listed flat or given as one sum. */
  group?: string;
  /** What triggers it, when the milestone says. */
  event?: ModelNode;
  /** Its amount (the milestone itself when it is a bare amount, or a mapping with no `amount`). */
  amount: ModelNode;
}

/** Every milestone, whether milestones are grouped by kind, listed flat, or given as one sum. */
export function milestoneEntries(milestones: ModelNode | undefined): MilestoneEntry[] {
  if (!milestones || isBlank(milestones)) return [];
  if (milestones.kind === 'scalar') return [{ amount: milestones }];
  const lists =
    milestones.kind === 'map' ? milestones.entries.map((entry) => ({ group: entry.key, list: entry.value })) : [{ group: undefined, list: milestones }];
  return lists.flatMap(({ group, list }) =>
    itemsOf(list).map((item): MilestoneEntry => {
      if (item.kind !== 'map') return { group, amount: item };
      const valueOf = (key: string) => item.entries.find((entry) => entry.key === key)?.value;
      const event = MILESTONE_EVENT_KEYS.map(valueOf).find((node) => node !== undefined);
      return { group, event, amount: valueOf('amount') ?? item };
    }),
  );
}
