import { readMoney, type Money } from './money';

/** Amounts written in words, as heads of terms state them beside the figures ("Ten Million US Dollars (US$10,000,000)"). */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const NUMBER_WORD = String.raw`(?:${[...Object.keys(UNITS).filter((word) => word !== 'a'), 'hundred', ...Object.keys(SCALES)].join('|')})`;
const CURRENCY_WORDS = String.raw`(?:(?:U\.?S\.?|United\s+States|Hong\s+Kong|HK)\s+dollars?|dollars?|euros?|pounds(?:\s+sterling)?|renminbi|yuan|swiss\s+francs?|japanese\s+yen|yen)`;
/** A run of number words (with "and", hyphens, a leading "a") ending in a currency: "Thirty-Five Million US Dollars". */
const MONEY_IN_WORDS = new RegExp(String.raw`\b(?:a\s+)?${NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+)${NUMBER_WORD})*\s+${CURRENCY_WORDS}\b`, 'giu');

export interface MoneyInWords {
  start: number;
  end: number;
  text: string;
  value: Money;
}

/** "one hundred fifty thousand" → 150000; undefined for words that make no number. */
function numberFromWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue;
    if (Object.hasOwn(UNITS, word)) {
      current += UNITS[word];
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (Object.hasOwn(SCALES, word)) {
      total += (current || 1) * SCALES[word];
      current = 0;
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

/** Every amount written in words in the text, in order. */
export function findMoneyInWords(text: string): MoneyInWords[] {
  const found: MoneyInWords[] = [];
  MONEY_IN_WORDS.lastIndex = 0;
  for (let m = MONEY_IN_WORDS.exec(text); m; m = MONEY_IN_WORDS.exec(text)) {
    const currencyAt = m[0].search(new RegExp(String.raw`\s${CURRENCY_WORDS}$`, 'iu'));
    const amount = numberFromWords(m[0].slice(0, currencyAt));
    const currency = readMoney(
      `1 ${m[0]
        .slice(currencyAt + 1)
        .replace(/\./g, '')
        .replace(/\s+/g, ' ')}`,
    )?.currency;
    if (amount !== undefined && amount > 0)
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: { amount, ...(currency && { currency }) } });
  }
  return found;
}

// ── How many times an amount is paid ──────────────────────────────────────────────────────────

/** A count written in figures or words, two to twenty: "five", "3". */
function countOf(word: string): number | undefined {
  const count = /^\d+$/.test(word) ? Number(word) : UNITS[word.toLowerCase()];
  return count !== undefined && count >= 2 && count <= 20 ? count : undefined;
}

const COUNT_WORD = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/** "two milestone payments of", "3 installments of", "two development milestones of": equal payments, each of the amount that follows. */
const PAYMENTS_OF = new RegExp(String.raw`\b${COUNT_WORD}\s+(?:[a-z-]+\s+){0,2}?(?:payments?|instal+ments?|tranches?|milestones?)\s+of\s+$`, 'i');
/** After the amount: "each", closing the count written before it. */
const EACH = /^\s*each\b/i;
// A count of periods ("for 10 years") says how long, not how many times.
const COUNTED = String.raw`(?:the\s+)?(?:first\s+|next\s+|largest\s+)?${COUNT_WORD}\b(?!\s*(?:years?|months?|weeks?|days?|quarters?|%|per\s*cent|percent)\b)`;
/**
 * What an amount is paid per, with the count of them: "per first approval in each of the five largest markets",
 * "for each of the first three indications", "each, for up to three indications".
 */
const PER_EACH_OF = new RegExp(
  String.raw`^\s*,?\s*(?:(?:per|for\s+each|for\s+every|on\s+each)\s+[^;.()]{0,60}?,?\s+(?:in|for|on|of)\s+(?:each\s+of\s+|up\s+to\s+|all\s+)?|(?:in|for|on)\s+each\s+of\s+|each\s*,?\s*(?:in|for)\s+(?:each\s+of\s+|up\s+to\s+)?)${COUNTED}`,
  'i',
);
/** "× 3", "x 3" right after the amount. */
const TIMES = /^\s*[x×]\s*(\d{1,2})\b/i;
/** Paid per something counted nowhere: "per indication", "for each approved product", "per market". */
const PER_UNIT =
  /^\s*(?:,\s*)?(?:per|for\s+each|for\s+every|on\s+each|in\s+each)\s+(?:(?:first|new|additional|subsequent|approved|licensed|major)\s+)*(indications?|markets?|countr(?:y|ies)|products?|approvals?|territor(?:y|ies)|jurisdictions?|compounds?|targets?|programs?|programmes?)\b/i;
/** Repeats in time are not repeats of a milestone: "per year", "a year" state a rate, and royalty thresholds say it. */
const PER_TIME = /^\s*(?:per|a|each|every)\s+(?:year|annum|quarter|month|calendar\s+year)\b/i;

export type PaymentCount = { times: number } | { per: string };

/**
 * How many times an amount is paid, from the words around it: a count ("two payments of USD 7M each",
 * "USD 1M per approval in each of the five largest markets", "USD 5M × 3"), or the unit it is paid per
 * when the sheet gives no count ("USD 10M per indication"). Undefined for an amount paid once.
 */
export function paymentCount(before: string, after: string): PaymentCount | undefined {
  if (PER_TIME.test(after)) return undefined;
  const written = before.includes(' of') ? PAYMENTS_OF.exec(before) : null;
  if (written && EACH.test(after)) {
    const times = countOf(written[1]);
    if (times) return { times };
  }
  const per = PER_EACH_OF.exec(after) ?? TIMES.exec(after);
  const times = per ? countOf(per[1]) : undefined;
  if (times) return { times };
  const unit = PER_UNIT.exec(after);
  return unit ? { per: unit[1].toLowerCase() } : undefined;
}

// ── Amounts stated in thousands ───────────────────────────────────────────────────────────────

/** "(in thousands)", "(in thousands of U.S. dollars)", "(000s)", "in millions" right after the figures. */
const SCALE_STATED = /^\s*\(?\s*(?:in\s+(thousands|millions)\b(?:\s+of\s+[\p{L}. ]{2,30}?)?|(?:US\$|\$|USD\s*)?[’']?(000)[’']?s)\s*\)?/iu;

/**
 * What figures written before `after` are to be multiplied by, as a filed statement's table says of its
 * amounts: "$15,000 (in thousands)" is USD 15 million. 1 when nothing is stated.
 */
export function statedScale(after: string): number {
  const stated = SCALE_STATED.exec(after);
  if (!stated) return 1;
  return stated[1]?.toLowerCase() === 'millions' ? 1e6 : 1e3;
}
