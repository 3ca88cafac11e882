import { test } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import * as values from '../../server/src/engine/values';

test('index re-exports every reader', () => {
  const expected = [
    'COUNTRY_NAMES',
    'REGIONS',
    'countryName',
    'expandTerritory',
    'formatBand',
    'formatDate',
    'formatDuration',
    'formatMoney',
    'formatMoneyShort',
    'monthsBetween',
    'readCountry',
    'readDate',
    'readDuration',
    'readMoney',
    'readPercent',
    'readPercentBand',
    'readPercentRange',
    'readRegion',
  ];
  deepStrictEqual(
    Object.keys(values)
      .filter((k) => k !== '__esModule')
      .sort(),
    expected,
  );
});
