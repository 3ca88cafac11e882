import { test } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import { formatDate, monthsBetween, readDate, type DateValue } from '../../server/src/engine/values/dates';

const READS: ReadonlyArray<[unknown, DateValue]> = [
  ['2026-11-02', { year: 2026, month: 11, day: 2 }],
  [' 2026-11-02 ', { year: 2026, month: 11, day: 2 }],
  ['2026/11/02', { year: 2026, month: 11, day: 2 }],
  ['2026-11', { year: 2026, month: 11 }],
  ['2043', { year: 2043 }],
  [2043, { year: 2043 }],
  [1900, { year: 1900 }],
  [2200, { year: 2200 }],
  ['November 2, 2026', { year: 2026, month: 11, day: 2 }],
  ['Nov 2, 2026', { year: 2026, month: 11, day: 2 }],
  ['Nov. 2, 2026', { year: 2026, month: 11, day: 2 }],
  ['November 2nd, 2026', { year: 2026, month: 11, day: 2 }],
  ['november 2 2026', { year: 2026, month: 11, day: 2 }],
  ['2 November 2026', { year: 2026, month: 11, day: 2 }],
  ['2nd November 2026', { year: 2026, month: 11, day: 2 }],
  ['02 Nov 2026', { year: 2026, month: 11, day: 2 }],
  ['Nov 2026', { year: 2026, month: 11 }],
  ['November 2026', { year: 2026, month: 11 }],
  ['Sept 2026', { year: 2026, month: 9 }],
  ['May 2030', { year: 2030, month: 5 }],
  ['Q1 2027', { year: 2027, month: 1, span: 'quarter' }],
  ['Q2 2027', { year: 2027, month: 4, span: 'quarter' }],
  ['q3 2027', { year: 2027, month: 7, span: 'quarter' }],
  ['Q4-2027', { year: 2027, month: 10, span: 'quarter' }],
  ['2027 Q4', { year: 2027, month: 10, span: 'quarter' }],
  ['Q1 of 2023', { year: 2023, month: 1, span: 'quarter' }],
  ['1Q 2023', { year: 2023, month: 1, span: 'quarter' }],
  ['first quarter of 2023', { year: 2023, month: 1, span: 'quarter' }],
  ['the third quarter of 2023', { year: 2023, month: 7, span: 'quarter' }],
  ['4th quarter 2023', { year: 2023, month: 10, span: 'quarter' }],
  ['H2 2027', { year: 2027, month: 7, span: 'half' }],
  ['H2 2024', { year: 2024, month: 7, span: 'half' }],
  ['2H 2024', { year: 2024, month: 7, span: 'half' }],
  ['second half of 2024', { year: 2024, month: 7, span: 'half' }],
  ['First Half 2024', { year: 2024, month: 1, span: 'half' }],
  ['March 5th, 2023', { year: 2023, month: 3, day: 5 }],
  ['5th of March 2023', { year: 2023, month: 3, day: 5 }],
  ['2023年3月5日', { year: 2023, month: 3, day: 5 }],
  ['2023年3月5号', { year: 2023, month: 3, day: 5 }],
  ['2023 年 3 月 5 日', { year: 2023, month: 3, day: 5 }],
  ['2023年3月', { year: 2023, month: 3 }],
  ['2023年', { year: 2023 }],
  ['2023年第一季度', { year: 2023, month: 1, span: 'quarter' }],
  ['2023年Q4', { year: 2023, month: 10, span: 'quarter' }],
  ['2024年下半年', { year: 2024, month: 7, span: 'half' }],
  ['2028-02-29', { year: 2028, month: 2, day: 29 }], // leap year
  ['2000-02-29', { year: 2000, month: 2, day: 29 }], // divisible by 400
  [new Date(Date.UTC(2026, 10, 2)), { year: 2026, month: 11, day: 2 }],
];

const REJECTS: ReadonlyArray<[string, unknown]> = [
  ['Feb 30', '2026-02-30'],
  ['Feb 29 in a common year', '2027-02-29'],
  ['Feb 29 in 2100', '2100-02-29'],
  ['month 13', '2026-13'],
  ['month 0', '2026-00-10'],
  ['day 32', 'January 32, 2026'],
  ['April 31', '31 April 2026'],
  ['unknown month name', 'Smarch 2026'],
  ['Q5', 'Q5 2027'],
  ['H3', 'H3 2027'],
  ['a fifth quarter', 'fifth quarter of 2023'],
  ['a third half', 'third half of 2024'],
  ['3H', '3H 2024'],
  ['month 13 in Chinese', '2023年13月'],
  ['February 30 in Chinese', '2023年2月30日'],
  ['a blank', '[DATE]'],
  ['a blank in Chinese', '2023年[●]月'],
  ['a quarter with no year', 'first quarter'],
  ['year too early', '1899'],
  ['year too late', 2201],
  ['fractional year', 2043.5],
  ['five-digit year', '20430'],
  ['invalid Date', new Date(NaN)],
  ['empty', ''],
  ['garbage', 'soon'],
  ['prose', 'end of 2027'],
  ['patent number', 'WO2023/123456'],
  ['section number', '3.1.2'],
  ['phase', 'Phase 2'],
  ['money', 'USD 20M'],
  ['boolean', true],
  ['null', null],
  ['object', { year: 2026 }],
  ['long string', '2026-11-02'.repeat(10000)],
  ['long spaces', 'Nov' + ' '.repeat(100000) + '2026'],
];

test('readDate reads dates, months, years and quarters', () => {
  for (const [input, expected] of READS) {
    deepStrictEqual(readDate(input), expected, `readDate(${String(input)})`);
  }
});

for (const [name, input] of REJECTS) {
  test(`readDate rejects ${name}`, () => {
    deepStrictEqual(readDate(input), undefined);
  });
}

const BETWEEN: ReadonlyArray<[DateValue, DateValue, number]> = [
  [{ year: 2026 }, { year: 2043 }, 204],
  [{ year: 2026, month: 11 }, { year: 2027, month: 2 }, 3],
  [{ year: 2027, month: 2 }, { year: 2026, month: 11 }, -3],
  [{ year: 2026, month: 11, day: 2 }, { year: 2027 }, 2], // day ignored unless both have days
  [{ year: 2026, month: 1, day: 1 }, { year: 2027, month: 1, day: 1 }, 365 / 30.4375],
  [{ year: 2028, month: 1, day: 1 }, { year: 2028, month: 3, day: 1 }, 60 / 30.4375],
  [{ year: 2026, month: 11, day: 2 }, { year: 2026, month: 11, day: 2 }, 0],
];

test('monthsBetween', () => {
  for (const [from, to, expected] of BETWEEN) {
    deepStrictEqual(monthsBetween(from, to), expected, `${formatDate(from)} → ${formatDate(to)}`);
  }
});

const FORMAT: ReadonlyArray<[DateValue, string]> = [
  [{ year: 2026, month: 11, day: 2 }, '2026-11-02'],
  [{ year: 2026, month: 11 }, '2026-11'],
  [{ year: 2043 }, '2043'],
  [{ year: 2027, month: 1 }, '2027-01'],
  [{ year: 2027, month: 4, span: 'quarter' }, '2027-Q2'],
  [{ year: 2027, month: 7, span: 'half' }, '2027-H2'],
];

test('formatDate', () => {
  for (const [d, expected] of FORMAT) deepStrictEqual(formatDate(d), expected);
});

test('formatDate(readDate(x)) round-trips ISO text', () => {
  for (const text of ['2026-11-02', '2026-11', '2043', '2027-Q2', '2027-H2']) deepStrictEqual(formatDate(readDate(text) as DateValue), text);
});
