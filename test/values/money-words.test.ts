import { test } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import { paymentCount, statedScale, type PaymentCount } from '../../server/src/engine/values/money-words';

/** The words before an amount, the words after it, and how many times it is paid. */
const COUNTS: ReadonlyArray<[string, string, PaymentCount | undefined]> = [
  ['two payments of ', ' each', { times: 2 }],
  ['3 installments of ', ' each, on signing and on the first two anniversaries', { times: 3 }],
  ['including two development milestones of ', ' each paid in 2020', { times: 2 }],
  ['', ' per first approval in each of the five largest markets', { times: 5 }],
  ['', ' for each of the first three indications', { times: 3 }],
  ['', ' in each of 4 markets', { times: 4 }],
  ['', ' each, for up to three indications', { times: 3 }],
  ['', ' per indication, for up to two indications', { times: 2 }],
  ['', ' × 3', { times: 3 }],
  ['', ' per indication', { per: 'indication' }],
  ['', ' for each approved product', { per: 'product' }],
  ['', ' per country of first commercial sale', { per: 'country' }],
  // Paid once: a count without "each", a period, a date, a rate in time.
  ['two payments of ', ' in total', undefined],
  ['', ' per indication for 10 years', { per: 'indication' }],
  ['', ' on 3 March 2026', undefined],
  ['', ' in 2020', undefined],
  ['', ' per year for five years', undefined],
  ['', ' a year', undefined],
  ['', ' on first approval', undefined],
  ['', '', undefined],
];

test('how many times an amount is paid, from the words around it', () => {
  for (const [before, after, expected] of COUNTS) deepStrictEqual(paymentCount(before, after), expected, `${before}X${after}`);
});

test('figures stated in thousands or millions, as filed statements write them', () => {
  const SCALES: ReadonlyArray<[string, number]> = [
    [' (in thousands)', 1e3],
    [' (in thousands of U.S. dollars)', 1e3],
    [' in thousands', 1e3],
    [' (in millions)', 1e6],
    [" ($000's)", 1e3],
    [' (000s)', 1e3],
    ['', 1],
    [', in three instalments', 1],
    [' thousands of patients', 1],
  ];
  for (const [after, scale] of SCALES) deepStrictEqual(statedScale(after), scale, after);
});
