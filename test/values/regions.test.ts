import { test } from 'node:test';
import { deepStrictEqual, ok } from 'node:assert/strict';
import { COUNTRY_NAMES } from '../../server/src/engine/values/countries';
import { REGIONS, expandTerritory, readRegion, type TerritoryReading } from '../../server/src/engine/values/regions';

const ALL = Object.keys(COUNTRY_NAMES).sort();
const allBut = (...codes: string[]): string[] => ALL.filter((c) => !codes.includes(c));

test('every region member is a known country code, sorted and unique', () => {
  for (const [id, members] of Object.entries(REGIONS)) {
    ok(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id), `kebab-case id ${id}`);
    ok(members.length > 0, `${id} is not empty`);
    for (const code of members) ok(Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, code), `${id}: ${code}`);
    deepStrictEqual([...members], [...new Set(members)].sort(), `${id} sorted and unique`);
  }
});

const SIZES: ReadonlyArray<[string, number]> = [
  ['worldwide', 249],
  ['ex-china', 248],
  ['ex-greater-china', 245],
  ['greater-china', 4],
  ['asean', 10],
  ['southeast-asia', 11],
  ['middle-east', 16],
  ['gcc', 6],
  ['mena', 21],
  ['eu', 27],
  ['eea', 30],
  ['eu4', 4],
  ['eu5', 5],
  ['nordics', 5],
  ['dach', 3],
  ['benelux', 3],
  ['north-america', 2],
  ['japan-korea', 2],
  ['anz', 2],
  ['brics', 5],
  ['emerging-markets', 24],
  ['epc-states', 39],
  ['pct-states', 233],
];

test('region sizes', () => {
  for (const [id, size] of SIZES) deepStrictEqual(REGIONS[id].length, size, id);
});

const MEMBERS: ReadonlyArray<[string, readonly string[]]> = [
  ['asean', ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'VN']],
  ['greater-china', ['CN', 'HK', 'MO', 'TW']],
  ['gcc', ['AE', 'BH', 'KW', 'OM', 'QA', 'SA']],
  ['dach', ['AT', 'CH', 'DE']],
  ['benelux', ['BE', 'LU', 'NL']],
  ['nordics', ['DK', 'FI', 'IS', 'NO', 'SE']],
  ['eu4', ['DE', 'ES', 'FR', 'IT']],
  ['eu5', ['DE', 'ES', 'FR', 'GB', 'IT']],
  ['north-america', ['CA', 'US']],
  ['anz', ['AU', 'NZ']],
  ['japan-korea', ['JP', 'KR']],
  ['brics', ['BR', 'CN', 'IN', 'RU', 'ZA']],
  ['worldwide', ALL],
  ['ex-china', allBut('CN')],
  ['ex-greater-china', allBut('CN', 'HK', 'MO', 'TW')],
];

test('region members', () => {
  for (const [id, members] of MEMBERS) deepStrictEqual([...REGIONS[id]], members, id);
});

test('region relationships', () => {
  ok(REGIONS['pct-states'].includes('US') && REGIONS['pct-states'].includes('SA') && !REGIONS['pct-states'].includes('AR'), 'Argentina is outside the PCT');
  for (const code of ['DE', 'TR', 'CH', 'GB', 'NO']) ok(REGIONS['epc-states'].includes(code), `EPC: ${code}`);
  const has = (id: string, code: string): boolean => REGIONS[id].includes(code);
  const subset = (a: string, b: string): void => {
    for (const code of REGIONS[a]) ok(has(b, code), `${a} ⊆ ${b}: ${code}`);
  };
  subset('asean', 'southeast-asia');
  subset('gcc', 'middle-east');
  subset('middle-east', 'mena');
  subset('eu', 'eea');
  subset('eea', 'europe');
  subset('sub-saharan-africa', 'africa');
  subset('southeast-asia', 'apac');
  subset('greater-china', 'apac');
  ok(!has('eu', 'GB'), 'UK is not in the EU');
  ok(has('europe', 'GB') && has('europe', 'CH'), 'UK and Switzerland are in Europe');
  ok(has('emerging-markets', 'CN') && has('emerging-markets', 'IN') && has('emerging-markets', 'BR'));
  ok(has('latam', 'MX') && has('latam', 'BR') && !has('latam', 'US'));
  ok(!has('sub-saharan-africa', 'EG') && has('sub-saharan-africa', 'NG'));
  ok(has('cis', 'RU') && !has('cis', 'UA'));
});

const READ_REGION: ReadonlyArray<[string, readonly string[] | undefined]> = [
  ['greater-china', ['CN', 'HK', 'MO', 'TW']],
  ['Greater China', ['CN', 'HK', 'MO', 'TW']],
  ['GREATER CHINA', ['CN', 'HK', 'MO', 'TW']],
  ['greater_china', ['CN', 'HK', 'MO', 'TW']],
  ['Southeast Asia', REGIONS['southeast-asia']],
  ['South-East Asia', REGIONS['southeast-asia']],
  ['Middle East', REGIONS['middle-east']],
  ['EU', REGIONS.eu],
  ['European Union', REGIONS.eu],
  ['Latin America', REGIONS.latam],
  ['Asia-Pacific', REGIONS.apac],
  ['global', ALL],
  ['World', ALL],
  ['Worldwide', ALL],
  ['ex-China', allBut('CN')],
  ['Japan', undefined], // a country, not a region
  ['Rest of World', ALL],
  ['ROW', ALL],
  ['member states of the European Patent Convention', REGIONS['epc-states']],
  ['PCT contracting states', REGIONS['pct-states']],
  ['', undefined],
  ['constructor', undefined],
  ['__proto__', undefined],
  ['x'.repeat(100000), undefined],
];

test('readRegion', () => {
  for (const [name, expected] of READ_REGION) {
    deepStrictEqual(readRegion(name), expected === undefined ? undefined : [...expected], name.slice(0, 40));
  }
});

const reading = (countries: string[], regions: string[] = [], unknown: string[] = [], worldwide = false): TerritoryReading => ({
  countries,
  unknown,
  regions,
  worldwide,
});

const TERRITORIES: ReadonlyArray<[string, readonly unknown[], TerritoryReading]> = [
  ['countries and a region', ['JP', 'Korea', 'Greater China'], reading(['CN', 'HK', 'JP', 'KR', 'MO', 'TW'], ['greater-china'])],
  ['worldwide', ['worldwide'], reading(ALL, ['worldwide'], [], true)],
  ['global', ['Global'], reading(ALL, ['worldwide'], [], true)],
  ['worldwide minus CN', ['worldwide', '-CN'], reading(allBut('CN'), ['worldwide'])],
  ['exclusion first', ['-CN', 'worldwide'], reading(allBut('CN'), ['worldwide'])],
  ['excluding China', ['worldwide', 'excluding China'], reading(allBut('CN'), ['worldwide'])],
  ['ex Japan', ['worldwide', 'ex Japan'], reading(allBut('JP'), ['worldwide'])],
  ['ex-Japan', ['worldwide', 'ex-Japan'], reading(allBut('JP'), ['worldwide'])],
  ['except list', ['worldwide', 'except China and Hong Kong'], reading(allBut('CN', 'HK'), ['worldwide'])],
  ['en dash', ['worldwide', '\u2013 US'], reading(allBut('US'), ['worldwide'])],
  ['excluding a region', ['Worldwide', 'excluding Greater China'], reading(allBut('CN', 'HK', 'MO', 'TW'), ['worldwide', 'greater-china'])],
  ['ex-china is a region', ['ex-China'], reading(allBut('CN'), ['ex-china'])],
  ['named ex-china form', ['Worldwide excluding China'], reading(allBut('CN'), ['ex-china'])],
  ['infix exclusion', ['Worldwide excluding Japan'], reading(allBut('JP'), ['worldwide'])],
  ['infix exclusion list', ['Worldwide ex-Japan, Korea & Taiwan'], reading(allBut('JP', 'KR', 'TW'), ['worldwide'])],
  [
    'infix exclusion of a region',
    ['Asia-Pacific other than Greater China'],
    reading(
      REGIONS.apac.filter((c) => !['CN', 'HK', 'MO', 'TW'].includes(c)),
      ['apac', 'greater-china'],
    ),
  ],
  [
    'parenthesised infix',
    ['Europe (except Russia)'],
    reading(
      REGIONS.europe.filter((c) => c !== 'RU'),
      ['europe'],
    ),
  ],
  ['excluding everything included', ['JP', '-Japan'], reading([])],
  ['duplicates', ['JP', 'Japan', 'jp'], reading(['JP'])],
  ['regions together', ['DACH', 'Benelux'], reading(['AT', 'BE', 'CH', 'DE', 'LU', 'NL'], ['dach', 'benelux'])],
  ['worldwide spelled out again', ['worldwide', 'Japan'], reading(ALL, ['worldwide'], [], true)],
  ['unknown items', ['JP', 'Narnia', '', 42, null, '-Atlantis'], reading(['JP'], [], ['Narnia', '', '42', 'null', '-Atlantis'])],
  ['unknown in a list', ['worldwide', 'except China and Narnia'], reading(ALL, ['worldwide'], ['except China and Narnia'], true)],
  ['bare dash', ['JP', '-'], reading(['JP'], [], ['-'])],
  ['empty list', [], reading([])],
  ['Kosovo is not a country code', ['XK'], reading([], [], ['XK'])],
  // A flow list written as one sentence: every place after the exclusion is excluded, not only the first.
  [
    'an exclusion continued by the items after it',
    ['worldwide excluding Mainland China', 'Hong Kong', 'Macao', 'Taiwan', 'USA', 'Europe'],
    reading(
      ALL.filter((c) => !['CN', 'HK', 'MO', 'TW', 'US'].includes(c) && !REGIONS.europe.includes(c)),
      ['worldwide', 'europe'],
    ),
  ],
  ['an ex- region continued by the items after it', ['ex-China', 'Hong Kong', 'Macau'], reading(allBut('CN', 'HK', 'MO'), ['ex-china'])],
  ['a place beyond what is included is added, not excluded', ['Japan', '-Japan', 'Korea'], reading(['KR'])],
];

for (const [name, items, expected] of TERRITORIES) {
  test(`expandTerritory: ${name}`, () => {
    deepStrictEqual(expandTerritory(items), expected);
  });
}

test('expandTerritory does not throw on odd input', () => {
  deepStrictEqual(expandTerritory([Object.create(null)]), reading([], [], ['[object Object]']));
  deepStrictEqual(expandTerritory(undefined as unknown as unknown[]), reading([]));
  deepStrictEqual(expandTerritory(['x'.repeat(100000)]), reading([], [], ['x'.repeat(100000)]));
  deepStrictEqual(expandTerritory(['-' + ' '.repeat(100000)]).countries, []);
});

const USER = {
  'partner-asia': ['japan-korea', 'Taiwan', 'SG'],
  'our-territory': ['partner-asia', 'ANZ'],
  europe: ['europe', '-RU', '-BY'], // redefines a built-in name in terms of itself
  'loop-a': ['loop-b', 'JP'],
  'loop-b': ['loop-a', 'KR'],
  self: ['self', 'CN'],
  'not-a-list': 'JP' as unknown as string[],
  'ww-ex-us': ['worldwide', '-US'],
};

test('user regions nest and shadow built-ins', () => {
  deepStrictEqual(readRegion('partner-asia', USER), ['JP', 'KR', 'SG', 'TW']);
  deepStrictEqual(readRegion('our-territory', USER), ['AU', 'JP', 'KR', 'NZ', 'SG', 'TW']);
  deepStrictEqual(readRegion('Our Territory', USER), ['AU', 'JP', 'KR', 'NZ', 'SG', 'TW']);
  deepStrictEqual(
    readRegion('europe', USER),
    REGIONS.europe.filter((c) => c !== 'RU' && c !== 'BY'),
  );
  deepStrictEqual(readRegion('ww-ex-us', USER), allBut('US'));
  deepStrictEqual(readRegion('not-a-list', USER), undefined);
  deepStrictEqual(expandTerritory(['our-territory', 'excluding Korea'], USER), reading(['AU', 'JP', 'NZ', 'SG', 'TW'], ['our-territory']));
  deepStrictEqual(expandTerritory(['ww-ex-us'], USER), reading(allBut('US'), ['ww-ex-us']));
});

test('user region cycles terminate', () => {
  deepStrictEqual(readRegion('loop-a', USER), ['JP', 'KR']);
  deepStrictEqual(readRegion('loop-b', USER), ['JP', 'KR']);
  deepStrictEqual(readRegion('self', USER), ['CN']);
  deepStrictEqual(expandTerritory(['loop-a', 'self'], USER), reading(['CN', 'JP', 'KR'], ['loop-a', 'self']));
});

test('deeply shared user regions stay fast', () => {
  // Each level lists the previous one twice: 2^40 paths without memoisation.
  const deep: Record<string, string[]> = { r0: ['JP'] };
  for (let i = 1; i <= 40; i++) deep[`r${i}`] = [`r${i - 1}`, `r${i - 1}`, 'KR'];
  deepStrictEqual(readRegion('r40', deep), ['JP', 'KR']);
});

test('hostile user region tables do not throw', () => {
  const throwing = Object.defineProperty({}, 'bad', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  }) as Record<string, string[]>;
  deepStrictEqual(readRegion('bad', throwing), undefined);
  deepStrictEqual(expandTerritory(['JP'], null as unknown as Record<string, string[]>), reading(['JP']));
});

test('no region name shadows a country: each country code and name expands to itself', () => {
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) {
    deepStrictEqual(expandTerritory([code]), reading([code]), code);
    deepStrictEqual(expandTerritory([name]), reading([code]), name);
  }
});
