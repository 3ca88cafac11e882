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
