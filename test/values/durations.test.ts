import { test } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import { formatDuration, readDuration, type Duration } from '../../server/src/engine/values/durations';

const READS: ReadonlyArray<[string, Duration]> = [
  ['180 days', { amount: 180, unit: 'day', days: 180 }],
  ['1 day', { amount: 1, unit: 'day', days: 1 }],
  ['30d', { amount: 30, unit: 'day', days: 30 }],
  ['30 calendar days', { amount: 30, unit: 'day', days: 30 }],
  ['90 business days', { amount: 90, unit: 'day', days: 126 }],
  ['10 working days', { amount: 10, unit: 'day', days: 14 }],
  ['2 weeks', { amount: 2, unit: 'week', days: 14 }],
  ['6 months', { amount: 6, unit: 'month', days: 182.625 }],
  ['6 Months', { amount: 6, unit: 'month', days: 182.625 }],
  ['  6 months  ', { amount: 6, unit: 'month', days: 182.625 }],
  ['six months', { amount: 6, unit: 'month', days: 182.625 }],
  ['six (6) months', { amount: 6, unit: 'month', days: 182.625 }],
  ['Six (6) Months', { amount: 6, unit: 'month', days: 182.625 }],
  ['six(6) months', { amount: 6, unit: 'month', days: 182.625 }],
  ['six (7) months', { amount: 7, unit: 'month', days: 213.0625 }], // the digit wins
  ['6 (six) months', { amount: 6, unit: 'month', days: 182.625 }],
  ['twelve (12) months', { amount: 12, unit: 'month', days: 365.25 }],
  ['eighteen months', { amount: 18, unit: 'month', days: 547.875 }],
  ['twenty-four (24) months', { amount: 24, unit: 'month', days: 730.5 }],
  ['twenty four months', { amount: 24, unit: 'month', days: 730.5 }],
  ['ninety (90) days', { amount: 90, unit: 'day', days: 90 }],
  ['sixty days', { amount: 60, unit: 'day', days: 60 }],
  ['12 mo', { amount: 12, unit: 'month', days: 365.25 }],
  ['12mo', { amount: 12, unit: 'month', days: 365.25 }],
  ['2 years', { amount: 2, unit: 'year', days: 730.5 }],
  ['two (2) years', { amount: 2, unit: 'year', days: 730.5 }],
  ['1 yr', { amount: 1, unit: 'year', days: 365.25 }],
  ['1.5 years', { amount: 1.5, unit: 'year', days: 547.875 }],
  ['one year', { amount: 1, unit: 'year', days: 365.25 }],
  ['Six (6)-month', { amount: 6, unit: 'month', days: 182.625 }],
];

const REJECTS: ReadonlyArray<[string, unknown]> = [
  ['6m (could be money)', '6m'],
  ['6 m', '6 m'],
  ['bare number', 180],
  ['bare numeric string', '180'],
  ['no amount', 'days'],
  ['term of the agreement', 'term of the agreement'],
  ['unknown unit', '6 fortnights'],
  ['negative', '-5 days'],
  ['extra words', '6 months after signing'],
  ['unknown number word', 'seventeen days'],
  ['empty', ''],
  ['blank', '   '],
  ['money', 'USD 20M'],
  ['date', '2026-11-02'],
  ['section number', '3.1.2'],
  ['patent number', 'WO2023/123456'],
  ['unclosed parenthesis', 'six (6 months'],
  ['null', null],
  ['object', { amount: 6, unit: 'month' }],
  ['long string', '6 months '.repeat(12000)],
  ['long parentheses', 'six ' + '('.repeat(100000) + ' months'],
];

test('readDuration reads periods', () => {
  for (const [input, expected] of READS) {
    deepStrictEqual(readDuration(input), expected, `readDuration(${JSON.stringify(input)})`);
  }
});

for (const [name, input] of REJECTS) {
  test(`readDuration rejects ${name}`, () => {
    deepStrictEqual(readDuration(input), undefined);
  });
}

const FORMAT: ReadonlyArray<[Duration, string]> = [
  [{ amount: 180, unit: 'day', days: 180 }, '180 days'],
  [{ amount: 6, unit: 'month', days: 182.625 }, '6 months'],
  [{ amount: 1, unit: 'year', days: 365.25 }, '1 year'],
  [{ amount: 1, unit: 'week', days: 7 }, '1 week'],
  [{ amount: 1.5, unit: 'year', days: 547.875 }, '1.5 years'],
];

test('formatDuration', () => {
  for (const [d, expected] of FORMAT) deepStrictEqual(formatDuration(d), expected);
});

test('formatDuration(readDuration(x)) normalises', () => {
  deepStrictEqual(formatDuration(readDuration('six (6) months') as Duration), '6 months');
  deepStrictEqual(formatDuration(readDuration('1 yr') as Duration), '1 year');
});
