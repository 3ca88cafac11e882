import { test } from 'node:test';
import { deepStrictEqual, ok } from 'node:assert/strict';
import { COUNTRY_NAMES, countryName, readCountry } from '../../server/src/engine/values/countries';

const READS: ReadonlyArray<[string, string]> = [
  ['JP', 'JP'],
  ['jp', 'JP'],
  [' JP ', 'JP'],
  ['Japan', 'JP'],
  ['japan', 'JP'],
  ['JAPAN', 'JP'],
  ['Republic of Korea', 'KR'],
  ['Korea', 'KR'],
  ['South Korea', 'KR'],
  ['Korea, Republic of', 'KR'],
  ['North Korea', 'KP'],
  ['UK', 'GB'],
  ['U.K.', 'GB'],
  ['United Kingdom', 'GB'],
  ['Great Britain', 'GB'],
  ['GB', 'GB'],
  ['USA', 'US'],
  ['U.S.A.', 'US'],
  ['U.S.', 'US'],
  ['US', 'US'],
  ['United States', 'US'],
  ['United States of America', 'US'],
  ['China', 'CN'],
  ['Mainland China', 'CN'],
  ['PRC', 'CN'],
  ["People's Republic of China", 'CN'],
  ['中国', 'CN'],
  ['美国', 'US'],
  ['日本', 'JP'],
  ['德国', 'DE'],
  ['印度', 'IN'],
  ['新加坡', 'SG'],
  ['沙特阿拉伯', 'SA'],
  ['Hong Kong', 'HK'],
  ['Hong Kong SAR', 'HK'],
  ['Macau', 'MO'],
  ['Macao', 'MO'],
  ['Taiwan', 'TW'],
  ['The Netherlands', 'NL'],
  ['Holland', 'NL'],
  ["Côte d'Ivoire", 'CI'],
  ["Cote d'Ivoire", 'CI'],
  ['Ivory Coast', 'CI'],
  ['Guinea-Bissau', 'GW'],
  ['guinea bissau', 'GW'],
  ['Bosnia & Herzegovina', 'BA'],
  ['Turkey', 'TR'],
  ['Türkiye', 'TR'],
  ['Czech Republic', 'CZ'],
  ['Russian Federation', 'RU'],
  ['Viet Nam', 'VN'],
  ['UAE', 'AE'],
  ['St. Kitts and Nevis', 'KN'],
  ['India', 'IN'],
  ['in', 'IN'],
];

const REJECTS: ReadonlyArray<[string, unknown]> = [
  ['empty', ''],
  ['blank', '   '],
  ['unassigned code', 'ZZ'],
  ['Kosovo code (not ISO-assigned)', 'XK'],
  ['EU is a region, not a country', 'EU'],
  ['ambiguous Congo', 'Congo'],
  ['region name', 'Greater China'],
  ['garbage', 'asdf qwer'],
  ['prototype key constructor', 'constructor'],
  ['prototype key __proto__', '__proto__'],
  ['prototype key toString', 'toString'],
  ['number', 81],
  ['null', null],
  ['object', { code: 'JP' }],
  ['section number', '3.1'],
  ['patent number', 'WO2023/123456'],
  ['long string', 'Japan'.repeat(20000)],
];

test('readCountry reads codes, names and aliases', () => {
  for (const [input, expected] of READS) {
    deepStrictEqual(readCountry(input), expected, `readCountry(${JSON.stringify(input)})`);
  }
});

for (const [name, input] of REJECTS) {
  test(`readCountry rejects ${name}`, () => {
    deepStrictEqual(readCountry(input), undefined);
  });
}

test('COUNTRY_NAMES holds the 249 ISO 3166-1 alpha-2 codes', () => {
  const codes = Object.keys(COUNTRY_NAMES);
  deepStrictEqual(codes.length, 249);
  for (const code of codes) ok(/^[A-Z]{2}$/.test(code), code);
  deepStrictEqual(COUNTRY_NAMES.CN, 'China');
  deepStrictEqual(COUNTRY_NAMES.KR, 'South Korea');
  deepStrictEqual(COUNTRY_NAMES.TW, 'Taiwan');
  deepStrictEqual(COUNTRY_NAMES.HK, 'Hong Kong');
  deepStrictEqual(COUNTRY_NAMES.GB, 'United Kingdom');
});

test('every country name reads back to its own code', () => {
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) {
    deepStrictEqual(readCountry(name), code, name);
    deepStrictEqual(readCountry(code), code, code);
  }
});

const NAMES: ReadonlyArray<[string, string]> = [
  ['JP', 'Japan'],
  ['jp', 'Japan'],
  ['GB', 'United Kingdom'],
  ['KR', 'South Korea'],
  ['ZZ', 'ZZ'],
  ['constructor', 'constructor'],
  ['', ''],
];

test('countryName', () => {
  for (const [code, expected] of NAMES) deepStrictEqual(countryName(code), expected, code);
});
