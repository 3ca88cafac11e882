import { test } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import { formatMoney, formatMoneyShort, readMoney, type Money } from '../../server/src/engine/values/money';

const READS: ReadonlyArray<[unknown, Money]> = [
  // numbers and numeric strings
  [20000000, { amount: 20000000 }],
  [0, { amount: 0 }],
  [-0, { amount: 0 }],
  [1.5, { amount: 1.5 }],
  ['20000000', { amount: 20000000 }],
  ['20,000,000', { amount: 20000000 }],
  ['20,000,000.50', { amount: 20000000.5 }],
  ['  20,000,000  ', { amount: 20000000 }],
  ['2043', { amount: 2043 }], // a whole value that happens to look like a year: rules decide
  ['3.1', { amount: 3.1 }],
  // ISO codes and multipliers
  ['USD 20M', { amount: 20000000, currency: 'USD' }],
  ['USD 20 million', { amount: 20000000, currency: 'USD' }],
  ['USD20M', { amount: 20000000, currency: 'USD' }],
  ['usd 20m', { amount: 20000000, currency: 'USD' }],
  ['USD 20 mn', { amount: 20000000, currency: 'USD' }],
  ['USD 20MM', { amount: 20000000, currency: 'USD' }],
  ['USD 0.5B', { amount: 500000000, currency: 'USD' }],
  ['USD 1.1bn', { amount: 1100000000, currency: 'USD' }],
  ['USD 2 Billion', { amount: 2000000000, currency: 'USD' }],
  ['EUR 5m', { amount: 5000000, currency: 'EUR' }],
  ['EUR 500 thousand', { amount: 500000, currency: 'EUR' }],
  ['CHF 12,500,000', { amount: 12500000, currency: 'CHF' }],
  ['KRW 10B', { amount: 10000000000, currency: 'KRW' }],
  ['HKD 8M', { amount: 8000000, currency: 'HKD' }],
  ['JPY 1,000,000', { amount: 1000000, currency: 'JPY' }],
  ['20M USD', { amount: 20000000, currency: 'USD' }],
  ['5 MMK', { amount: 5, currency: 'MMK' }], // "MM" + "K" is the kyat, not million-thousand
  ['5k', { amount: 5000 }],
  ['5K', { amount: 5000 }],
  // symbols and local spellings
  ['$20 million', { amount: 20000000, currency: 'USD' }],
  ['$20M', { amount: 20000000, currency: 'USD' }],
  ['$ 20M', { amount: 20000000, currency: 'USD' }],
  ['US$ 1.5 billion', { amount: 1500000000, currency: 'USD' }],
  ['US$1.5bn', { amount: 1500000000, currency: 'USD' }],
  ['U.S.$5M', { amount: 5000000, currency: 'USD' }],
  ['HK$ 10M', { amount: 10000000, currency: 'HKD' }],
  ['€5m', { amount: 5000000, currency: 'EUR' }],
  ['£3 million', { amount: 3000000, currency: 'GBP' }],
  ['RMB 100,000,000', { amount: 100000000, currency: 'CNY' }],
  ['CNY 50M', { amount: 50000000, currency: 'CNY' }],
  ['¥5m', { amount: 5000000, currency: 'CNY' }], // bare ¥ is CNY here (Chinese licensors)
  ['500万元', { amount: 5000000, currency: 'CNY' }],
  ['人民币1亿元', { amount: 100000000, currency: 'CNY' }],
  ['100万円', { amount: 1000000, currency: 'JPY' }],
  ['20 million US dollars', { amount: 20000000, currency: 'USD' }],
  ['20 million U.S. dollars', { amount: 20000000, currency: 'USD' }],
  ['3 million euros', { amount: 3000000, currency: 'EUR' }],
  ['$20 million USD', { amount: 20000000, currency: 'USD' }], // same currency twice is fine
];

const REJECTS: ReadonlyArray<[string, unknown]> = [
  ['empty string', ''],
  ['blank string', '   '],
  ['patent number', 'WO2023/123456'],
  ['section number', '3.1.2'],
  ['phase', 'Phase 2'],
  ['extra words', 'USD 20M (non-refundable)'],
  ['trailing dot', 'USD 20M.'],
  ['upon signing', 'USD 20M upon signing'],
  ['prose', 'twenty million dollars'],
  ['negative number', -5],
  ['negative string', '-5'],
  ['negative with currency', 'USD -5M'],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['too big', '9'.repeat(400)],
  ['boolean', true],
  ['null', null],
  ['undefined', undefined],
  ['object', { amount: 5 }],
  ['array', [5]],
  ['bigint', BigInt(5)],
  ['unknown currency code', 'ABC 5M'],
  ['conflicting currencies', '$20 million EUR'],
  ['bad grouping', '20,0000'],
  ['Indian grouping', '1,00,000'],
  ['European decimal', '20.000.000'],
  ['leading decimal point', '$.5M'],
  ['percent', '5%'],
  ['no digits', 'USD'],
  ['multiplier only', 'USD M'],
  ['6m months-like garbage', '6 months'],
  ['garbage', '!!@@##'],
  ['long string', 'USD 1'.repeat(20000)],
  ['long digits', '1'.repeat(100000)],
];

test('readMoney reads whole money values', () => {
  for (const [input, expected] of READS) {
    deepStrictEqual(readMoney(input), expected, `readMoney(${JSON.stringify(input)})`);
  }
});

for (const [name, input] of REJECTS) {
  test(`readMoney rejects ${name}`, () => {
    deepStrictEqual(readMoney(input), undefined);
  });
}

test('readMoney on a prototype-less object does not throw', () => {
  deepStrictEqual(readMoney(Object.create(null)), undefined);
});

const FORMAT: ReadonlyArray<[Money, string]> = [
  [{ amount: 20000000, currency: 'USD' }, 'USD 20,000,000'],
  [{ amount: 20000000 }, '20,000,000'],
  [{ amount: 1234.5, currency: 'EUR' }, 'EUR 1,234.5'],
  [{ amount: 999 }, '999'],
  [{ amount: 1000 }, '1,000'],
  [{ amount: 0, currency: 'GBP' }, 'GBP 0'],
  [{ amount: 100000000, currency: 'CNY' }, 'CNY 100,000,000'],
];

test('formatMoney', () => {
  for (const [money, expected] of FORMAT) deepStrictEqual(formatMoney(money), expected, JSON.stringify(money));
});

const SHORT: ReadonlyArray<[Money, string]> = [
  [{ amount: 20000000, currency: 'USD' }, 'USD 20M'],
  [{ amount: 1500000000, currency: 'USD' }, 'USD 1.5B'],
  [{ amount: 500000, currency: 'EUR' }, 'EUR 500K'],
  [{ amount: 90000000, currency: 'USD' }, 'USD 90M'],
  [{ amount: 1000000000 }, '1B'],
  [{ amount: 1234567 }, '1.23M'],
  [{ amount: 950000000, currency: 'USD' }, 'USD 950M'],
  [{ amount: 999999999, currency: 'USD' }, 'USD 1B'],
  [{ amount: 999 }, '999'],
  [{ amount: 0 }, '0'],
  [{ amount: 1.5 }, '1.5'],
  [{ amount: 2500 }, '2.5K'],
];

test('formatMoneyShort', () => {
  for (const [money, expected] of SHORT) deepStrictEqual(formatMoneyShort(money), expected, JSON.stringify(money));
});

test('read then format round-trips', () => {
  const money = readMoney('US$1.5bn');
  deepStrictEqual(money && formatMoneyShort(money), 'USD 1.5B');
  deepStrictEqual(money && formatMoney(money), 'USD 1,500,000,000');
});
