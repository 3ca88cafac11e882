import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDate } from '../../server/src/engine/values/dates';
import { findDates, findDurations, findMoney, findPercents, findPlaces } from '../../server/src/engine/values/find-in-prose';

/** [prose, expected matches as "text=value"] — an empty list means nothing may be read. */
type Row = readonly [string, readonly string[]];

const MONEY: readonly Row[] = [
  ['an upfront payment of USD 20 million', ['USD 20 million=USD 20000000']],
  ['$20M on signing', ['$20M=USD 20000000']],
  ['up to US$ 1.5 billion in total', ['US$ 1.5 billion=USD 1500000000']],
  ['RMB 100,000,000 payable in two instalments', ['RMB 100,000,000=CNY 100000000']],
  ['20 million US dollars', ['20 million US dollars=USD 20000000']],
  ['EUR 5m within 30 days', ['EUR 5m=EUR 5000000']],
  ['€3.5 million', ['€3.5 million=EUR 3500000']],
  ['£2m', ['£2m=GBP 2000000']],
  ['JPY 500 million', ['JPY 500 million=JPY 500000000']],
  ['USD20M', ['USD20M=USD 20000000']],
  ['USD 25,000,000 (twenty-five million US dollars)', ['USD 25,000,000=USD 25000000']],
  ['25,000,000 USD', ['25,000,000 USD=USD 25000000']],
  ['$500K', ['$500K=USD 500000']],
  ['USD 1.1bn', ['USD 1.1bn=USD 1100000000']],
  ['a fee of U.S. $150,000', ['U.S. $150,000=USD 150000']],
  ['HK$ 8 million', ['HK$ 8 million=HKD 8000000']],
  ['CHF 2 million', ['CHF 2 million=CHF 2000000']],
  ['10 million euros', ['10 million euros=EUR 10000000']],
  ['500万元', ['500万元=CNY 5000000']],
  ['USD 5M on Phase 3 start and USD 12M on approval', ['USD 5M=USD 5000000', 'USD 12M=USD 12000000']],
  // Must not be read as money.
  ['signed in 2026', []],
  ['patent WO2022/118877 and US 11,502,337 B2', []],
  ['as set out in Section 3.2', []],
  ['a Phase 2 trial in 96 patients', []],
  ['9% of Net Sales', []],
  ['180 days after signing', []],
  ['CLDN18.2 x CD3', []],
];

const BARE_MONEY: readonly Row[] = [
  ['20 million', ['20 million=20000000']],
  ['25,000,000', ['25,000,000=25000000']],
  ['2026', []],
];

const PERCENT: readonly Row[] = [
  ['9% of Net Sales', ['9%=9']],
  ['12.5 % of net revenue', ['12.5 %=12.5']],
  ['ten percent (10 percent)', ['10 percent=10']],
  ['8 per cent', ['8 per cent=8']],
  ['10% of Net Sales up to $100 million, 14% above', ['10%=10', '14%=14']],
  ['Phase 2', []],
  ['Section 10', []],
];

const DURATION: readonly Row[] = [
  ["on 180 days' notice", ['180 days=180']],
  ['six (6) months of transition assistance', ['six (6) months=182.625']],
  ['a 90-day cure period', ['90-day=90']],
  ['5 years from the effective date', ['5 years=1826.25']],
  ['within thirty (30) days', ['thirty (30) days=30']],
  ['90 business days', ['90 business days=126']],
  ['twelve months', ['twelve months=365.25']],
  ['expires 2043', []],
  ['Phase 3', []],
  ['USD 6M', []],
];

const DATES: readonly Row[] = [
  ['signed on 2026-10-14', ['2026-10-14=2026-10-14']],
  ['14 October 2026', ['14 October 2026=2026-10-14']],
  ['October 14, 2026', ['October 14, 2026=2026-10-14']],
  ['first patient in Q1 2027', ['Q1 2027=2027-01']],
  ['by March 2026', ['March 2026=2026-03']],
  ['a meeting in 2026-04', ['2026-04=2026-04']],
  ['WO2022/118877', []],
  ['USD 2026 million', []],
];

const PLACES: readonly Row[] = [
  ['Japan and South Korea', ['Japan and South Korea=region:japan-korea']],
  ['Japan and the Republic of Korea', ['Japan=country:JP', 'Republic of Korea=country:KR']],
  ['Greater China', ['Greater China=region:greater-china']],
  ['Southeast Asia', ['Southeast Asia=region:southeast-asia']],
  ['worldwide excluding China', ['worldwide excluding China=region:ex-china']],
  ['Worldwide excluding China, Hong Kong and Macau', ['Worldwide excluding China=region:ex-china', '-Hong Kong=country:HK', '-Macau=country:MO']],
  ['all countries other than Japan and Korea', ['all countries=region:worldwide', '-Japan and Korea=region:japan-korea']],
  ['all countries except the PRC', ['all countries=region:worldwide', '-PRC=country:CN']],
  ['the ASEAN member states, India and the GCC states', ['ASEAN=region:asean', 'India=country:IN', 'GCC=region:gcc']],
  ['JP, KR', ['JP=country:JP', 'KR=country:KR']],
  ['the United States of America', ['United States of America=country:US']],
  ['ex-China', ['ex-China=region:ex-china']],
  ['the European Union', ['European Union=region:eu']],
  ['Saudi Arabia, the United Arab Emirates and Egypt', ['Saudi Arabia=country:SA', 'United Arab Emirates=country:AE', 'Egypt=country:EG']],
  ['Guinea-Bissau', ['Guinea-Bissau=country:GW']],
  // Every exclusion of a list is kept, and a bracket after an excluded place continues the list.
  [
    'worldwide, excluding Mainland China, Hong Kong, Macao, Taiwan, USA, Canada, Europe, Japan, Russia',
    [
      'worldwide=region:worldwide',
      '-Mainland China=country:CN',
      '-Hong Kong=country:HK',
      '-Macao=country:MO',
      '-Taiwan=country:TW',
      '-USA=country:US',
      '-Canada=country:CA',
      '-Europe=region:europe',
      '-Japan=country:JP',
      '-Russia=country:RU',
    ],
  ],
  [
    "the world except for the People's Republic of China (including Hong Kong and Macau), Taiwan and Japan",
    [
      'world=region:worldwide',
      "-People's Republic of China=country:CN",
      '-Hong Kong=country:HK',
      '-Macau=country:MO',
      '-Taiwan=country:TW',
      '-Japan=country:JP',
    ],
  ],
  // Rights the licensor keeps narrow the territory, written before or after the places.
  [
    'worldwide. The Licensor retains all rights in Greater China and Japan, where it develops the product itself',
    ['worldwide=region:worldwide', '-Greater China=region:greater-china', '-Japan=country:JP'],
  ],
  ['Licensor will retain all rights to the Product in China', ['-China=country:CN']],
  [
    'Mainland China and Taiwan, which the Licensor retains, and the rest of the world',
    ['-Mainland China=country:CN', '-Taiwan=country:TW', 'rest of the world=region:worldwide'],
  ],
  ['worldwide other than the Retained Territory (Greater China)', ['worldwide=region:worldwide', '-Greater China=region:greater-china']],
  ['ROW (ex-US)', ['ROW=region:worldwide', '-US=country:US']],
  ['ex-US', ['-US=country:US']],
  // A bracket listing members is what the region means.
  ['Europe (EU27, UK, Switzerland, Norway)', ['EU27=region:eu', 'UK=country:GB', 'Switzerland=country:CH', 'Norway=country:NO']],
  ['Europe (i.e. the EU, Switzerland and Norway)', ['EU=region:eu', 'Switzerland=country:CH', 'Norway=country:NO']],
  ['Europe (excluding Russia)', ['Europe=region:europe', '-Russia=country:RU']],
  [
    'United States and the member states of the European Patent Convention',
    ['United States=country:US', 'member states of the European Patent Convention=region:epc-states'],
  ],
  // Lower-case two-letter words are prose, not codes.
  ['in it as is', []],
  ['Licensee shall use commercially reasonable efforts', []],
];

function money(text: string, bare = false): string[] {
  return findMoney(text, { bare }).map((f) => `${f.text}=${f.value.currency ? `${f.value.currency} ` : ''}${f.value.amount}`);
}

function table(name: string, rows: readonly Row[], read: (text: string) => string[]): void {
  describe(name, () => {
    for (const [text, expected] of rows) {
      test(expected.length === 0 ? `reads nothing in "${text}"` : `"${text}"`, () => assert.deepEqual(read(text), expected));
    }
  });
}

table('findMoney', MONEY, (text) => money(text));
table('findMoney with bare amounts', BARE_MONEY, (text) => money(text, true));
table('findPercents', PERCENT, (text) => findPercents(text).map((f) => `${f.text}=${f.value}`));
table('findDurations', DURATION, (text) => findDurations(text).map((f) => `${f.text}=${f.value.days}`));
table('findDates', DATES, (text) => findDates(text).map((f) => `${f.text}=${formatDate(f.value)}`));
table('findPlaces', PLACES, (text) => findPlaces(text).map((f) => `${f.value.excluded ? '-' : ''}${f.text}=${f.value.kind}:${f.value.code}`));

describe('finders', () => {
  test('offsets are the exact characters matched', () => {
    const text = 'Licensee pays USD 25 million (the "Upfront") within 30 days; royalties are 9% of Net Sales in Japan.';
    for (const found of [...findMoney(text), ...findDurations(text), ...findPercents(text), ...findPlaces(text)]) {
      assert.equal(text.slice(found.start, found.end), found.text);
    }
  });

  test('year-only dates are read only when asked', () => {
    assert.deepEqual(
      findDates('expiring 2042').map((f) => f.text),
      [],
    );
    assert.deepEqual(
      findDates('expiring 2042', { years: true }).map((f) => f.text),
      ['2042'],
    );
  });

  test('a US address: a state code before a ZIP code is the US; New Jersey is not Jersey', () => {
    const codes = (text: string) => findPlaces(text).map((place) => place.value.code);
    assert.deepEqual(codes('San Diego, CA 92121'), ['US']);
    assert.deepEqual(codes('Bethesda, MD 20814-1234, USA'), ['US', 'US']);
    assert.deepEqual(codes('Princeton, New Jersey'), []);
    assert.deepEqual(codes('Toronto, CA'), ['CA']);
    assert.deepEqual(codes('Mexico City, Mexico'), ['MX', 'MX']);
  });

  test('patent offices are places only for jurisdictions', () => {
    assert.deepEqual(
      findPlaces('CN, US, EP and JP').map((f) => f.text),
      ['CN', 'US', 'JP'],
    );
    assert.deepEqual(
      findPlaces('CN, US, EP and JP', { offices: true }).map((f) => f.text),
      ['CN', 'US', 'EP', 'JP'],
    );
  });

  test('the number of phrasings in these tables', () => {
    const count = MONEY.length + BARE_MONEY.length + PERCENT.length + DURATION.length + DATES.length + PLACES.length;
    assert.ok(count >= 60, `only ${count} phrasings`);
  });

  test('long and hostile prose stays fast', () => {
    const hostile = `${'1,'.repeat(20_000)}${'$'.repeat(10_000)}${'Japan and '.repeat(5_000)}`;
    const start = Date.now();
    findMoney(hostile, { bare: true });
    findPlaces(hostile);
    findDurations(hostile);
    findDates(hostile, { years: true });
    findPercents(hostile);
    assert.ok(Date.now() - start < 2000);
  });
});
