// Named territories (regions) expanded to ISO 3166-1 alpha-2 codes, and a reader for a
// licence territory written as a list of regions, countries and exclusions.

import { COUNTRY_NAMES, readCountry } from './countries';
import { MAX_NAME_LENGTH, normalizeName } from './normalize';
import { REGIONAL_PATENT_OFFICES } from '../patent-offices';

const ALL_CODES: readonly string[] = Object.keys(COUNTRY_NAMES).sort();

const GREATER_CHINA = ['CN', 'HK', 'MO', 'TW'];
// The ten ASEAN member states.
const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
const MIDDLE_EAST = ['AE', 'BH', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'];
// The 27 member states of the European Union (since the UK left on 2020-01-31).
const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
const EEA = [...EU, 'IS', 'LI', 'NO'];
// UN M49 "Africa": the 54 African states plus Western Sahara and the dependent
// territories M49 files under Africa (IO, RE, SH, TF, YT).
const AFRICA = [
  'DZ',
  'AO',
  'BJ',
  'BW',
  'BF',
  'BI',
  'CV',
  'CM',
  'CF',
  'TD',
  'KM',
  'CD',
  'CG',
  'CI',
  'DJ',
  'EG',
  'GQ',
  'ER',
  'SZ',
  'ET',
  'GA',
  'GM',
  'GH',
  'GN',
  'GW',
  'KE',
  'LS',
  'LR',
  'LY',
  'MG',
  'MW',
  'ML',
  'MR',
  'MU',
  'MA',
  'MZ',
  'NA',
  'NE',
  'NG',
  'RW',
  'ST',
  'SN',
  'SC',
  'SL',
  'SO',
  'ZA',
  'SS',
  'SD',
  'TZ',
  'TG',
  'TN',
  'UG',
  'ZM',
  'ZW',
  'EH',
  'IO',
  'RE',
  'SH',
  'TF',
  'YT',
];
// UN M49 "Northern Africa"; sub-Saharan Africa is M49's Africa minus these.
const NORTHERN_AFRICA = ['DZ', 'EG', 'EH', 'LY', 'MA', 'SD', 'TN'];

// States outside the PCT, where a national filing is needed: Argentina, Uruguay, Paraguay, Bolivia and
// Venezuela in South America; Taiwan; Pakistan, Bangladesh, Nepal, Bhutan, Myanmar and Afghanistan in
// South Asia; Ethiopia, Eritrea, Somalia and South Sudan in Africa.
const NOT_PCT = ['AR', 'UY', 'PY', 'BO', 'VE', 'TW', 'PK', 'BD', 'NP', 'BT', 'MM', 'AF', 'ET', 'ER', 'SO', 'SS'];

function without(base: readonly string[], removed: readonly string[]): string[] {
  const drop = new Set(removed);
  return base.filter((code) => !drop.has(code));
}

function region(codes: readonly string[]): readonly string[] {
  return Object.freeze([...new Set(codes)].sort());
}

/**
 * Built-in regions, id (kebab-case) → ISO codes (sorted). Definitions are commercial
 * conventions, not law: a deal's own definition (user regions from the config file)
 * always wins over these.
 */
export const REGIONS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  worldwide: region(ALL_CODES),
  'ex-china': region(without(ALL_CODES, ['CN'])),
  'ex-greater-china': region(without(ALL_CODES, GREATER_CHINA)),
  'greater-china': region(GREATER_CHINA),
  asean: region(ASEAN),
  // Geographic Southeast Asia: ASEAN plus Timor-Leste.
  'southeast-asia': region([...ASEAN, 'TL']),
  'middle-east': region(MIDDLE_EAST),
  // Gulf Cooperation Council.
  gcc: region(['AE', 'BH', 'KW', 'OM', 'QA', 'SA']),
  // Middle East plus the Maghreb (DZ LY MA TN) and Sudan.
  mena: region([...MIDDLE_EAST, 'DZ', 'LY', 'MA', 'TN', 'SD']),
  eu: region(EU),
  eea: region(EEA),
  // Geographic Europe: EEA, UK, Switzerland, the Crown Dependencies, Åland, Svalbard and
  // the other European states. Türkiye and the Caucasus (GE AM AZ) are left out: licensing
  // deals usually place them in Middle East / CIS territories.
  europe: region([...EEA, 'GB', 'CH', 'GG', 'IM', 'JE', 'AX', 'SJ', 'AL', 'AD', 'BA', 'BY', 'FO', 'GI', 'ME', 'MK', 'MD', 'MC', 'RS', 'RU', 'SM', 'UA', 'VA']),
  // The largest European markets, as pricing and launch plans name them: EU4, and EU5 with the UK.
  eu4: region(['DE', 'ES', 'FR', 'IT']),
  eu5: region(['DE', 'ES', 'FR', 'GB', 'IT']),
  nordics: region(['DK', 'FI', 'IS', 'NO', 'SE']),
  dach: region(['DE', 'AT', 'CH']),
  benelux: region(['BE', 'NL', 'LU']),
  // Commercial usage in licensing: the US and Canada (Mexico goes with Latin America).
  'north-america': region(['US', 'CA']),
  // Latin America: Mexico, the seven Central American states, the twelve South American
  // states, and the Spanish/Portuguese-speaking Caribbean (CU DO PR). Excludes the
  // English/Dutch/French-speaking Caribbean and overseas territories (GF, FK).
  latam: region(['MX', 'BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA', 'AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE', 'CU', 'DO', 'PR']),
  // Asia-Pacific: East Asia (Greater China, JP, KR, KP, MN), Southeast Asia (ASEAN + TL),
  // South Asia without Afghanistan (IN PK BD LK NP BT MV), and Oceania's sovereign states
  // (AU NZ PG FJ SB VU WS TO KI TV NR PW FM MH). Central Asia and dependent territories
  // (Guam, New Caledonia, ...) are not included.
  apac: region([
    ...GREATER_CHINA,
    'JP',
    'KR',
    'KP',
    'MN',
    ...ASEAN,
    'TL',
    'IN',
    'PK',
    'BD',
    'LK',
    'NP',
    'BT',
    'MV',
    'AU',
    'NZ',
    'PG',
    'FJ',
    'SB',
    'VU',
    'WS',
    'TO',
    'KI',
    'TV',
    'NR',
    'PW',
    'FM',
    'MH',
  ]),
  'japan-korea': region(['JP', 'KR']),
  anz: region(['AU', 'NZ']),
  // Commonwealth of Independent States: the nine full members plus associate Turkmenistan.
  // Ukraine and Georgia, which have left, are not included.
  cis: region(['AM', 'AZ', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ', 'TM']),
  africa: region(AFRICA),
  'sub-saharan-africa': region(without(AFRICA, NORTHERN_AFRICA)),
  // The 24 markets of the MSCI Emerging Markets Index (2024 classification). Chosen because
  // it is published and widely cited; note it includes KR and TW, and not RU or AR.
  'emerging-markets': region([
    'BR',
    'CL',
    'CN',
    'CO',
    'CZ',
    'EG',
    'GR',
    'HU',
    'IN',
    'ID',
    'KR',
    'KW',
    'MY',
    'MX',
    'PE',
    'PH',
    'PL',
    'QA',
    'SA',
    'ZA',
    'TW',
    'TH',
    'TR',
    'AE',
  ]),
  // The original five BRICS economies, the meaning the acronym carries in deal drafting;
  // the bloc's 2024-25 enlargement is not reflected.
  brics: region(['BR', 'RU', 'IN', 'CN', 'ZA']),
  // The 39 contracting states of the European Patent Convention: "the member states of the EPC".
  'epc-states': region(REGIONAL_PATENT_OFFICES.EP),
  // The contracting states of the Patent Cooperation Treaty: every country but those that have not
  // joined it (the well-known ones, where a family needs a direct filing) and territories with no patent
  // office of their own that a member's patent does not reach.
  'pct-states': region(without(ALL_CODES, NOT_PCT)),
});

/** Names people write for the built-in regions (ids themselves are always accepted). */
const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  worldwide: [
    'global',
    'world',
    'the world',
    'whole world',
    'entire world',
    'all countries',
    'world wide',
    '全球',
    // "Rest of world" is the world less what the sheet names as excluded or retained beside it.
    'rest of world',
    'rest of the world',
    'row',
  ],
  'ex-china': ['worldwide ex china', 'worldwide excluding china', 'global ex china'],
  'ex-greater-china': ['worldwide ex greater china', 'worldwide excluding greater china', 'global ex greater china'],
  'greater-china': ['greater china', '大中华区', '大中华'],
  asean: ['association of southeast asian nations'],
  'southeast-asia': ['southeast asia', 'south east asia', 'south-east asia'],
  'middle-east': ['middle east'],
  gcc: ['gulf cooperation council', 'gulf cooperation council countries'],
  mena: ['middle east and north africa', 'middle east north africa'],
  eu: ['european union', 'eu27', 'eu 27', 'eu member states', '欧盟'],
  eea: ['european economic area'],
  eu4: ['eu 4', 'big four european markets', 'big 4 european markets'],
  eu5: ['eu 5', 'big five european markets', 'big 5 european markets', 'five major european markets'],
  europe: ['europe'],
  nordics: ['nordic countries', 'nordic', 'nordic region'],
  dach: ['d a ch'],
  benelux: ['benelux countries'],
  'north-america': ['north america'],
  latam: ['latin america', 'latin america and the caribbean'],
  apac: ['asia pacific', 'asia pacific region'],
  'japan-korea': ['japan and korea', 'japan and south korea', 'japan korea'],
  anz: ['australia and new zealand', 'australia new zealand'],
  cis: ['commonwealth of independent states'],
  africa: ['africa'],
  'sub-saharan-africa': ['sub saharan africa', 'subsaharan africa'],
  'emerging-markets': ['emerging markets', 'msci emerging markets'],
  brics: ['brics countries'],
  'epc-states': [
    'member states of the european patent convention',
    'contracting states of the european patent convention',
    'european patent convention member states',
    'european patent convention states',
    'epc member states',
    'epc contracting states',
    'epc states',
    'epc countries',
  ],
  'pct-states': [
    'pct contracting states',
    'pct contracting state',
    'pct member states',
    'pct states',
    'pct countries',
    'contracting states of the patent cooperation treaty',
    'patent cooperation treaty contracting states',
  ],
};

const REGION_INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const id of Object.keys(REGIONS)) {
    index.set(normalizeName(id), id);
    for (const name of REGION_NAMES[id] ?? []) index.set(normalizeName(name), id);
  }
  return index;
})();

/** The built-in region id a name already folded by `normalizeName` names, for callers that fold once and look up often. */
export function builtInRegionOf(normalized: string): string | undefined {
  return REGION_INDEX.get(normalized);
}

/** Every name of a built-in region, folded by `normalizeName`. */
export function builtInRegionNames(): Iterable<string> {
  return REGION_INDEX.keys();
}

export interface TerritoryReading {
  countries: string[];
  unknown: string[];
  regions: string[];
  worldwide: boolean;
}

type UserRegions = Readonly<Record<string, readonly string[]>>;

interface Resolved {
  codes: readonly string[];
  region?: string;
}

// Nesting deeper than this is a config mistake, not a territory; it also bounds work.
const MAX_DEPTH = 64;

/**
 * One reading of a territory, sharing the user-region table and a cache of expanded user
 * regions so heavily shared nesting stays linear.
 */
class TerritoryResolver {
  private readonly userKeys = new Map<string, string>();
  private readonly cache = new Map<string, readonly string[]>();
  private readonly visiting = new Set<string>();

  constructor(private readonly user: UserRegions | undefined) {
    if (user !== null && typeof user === 'object') {
      for (const key of Object.keys(user)) {
        if (!Array.isArray(user[key])) continue;
        // Exact keys win; a normalised key lets "Our Territory" match "our-territory".
        if (!this.userKeys.has(key)) this.userKeys.set(key, key);
        const norm = normalizeName(key);
        if (norm !== '' && !this.userKeys.has(norm)) this.userKeys.set(norm, key);
      }
    }
  }

  /** A region (user first, then built-in) or a country. */
  resolve(term: string, regionsOnly = false): Resolved | undefined {
    if (term.length > MAX_NAME_LENGTH) return undefined;
    const trimmed = term.trim();
    const norm = normalizeName(trimmed);
    const userKey = this.userKeys.get(trimmed) ?? this.userKeys.get(norm);
    // A user region being expanded falls through to the built-in meaning of its name,
    // so `europe: [europe, -RU]` works and A -> B -> A cycles terminate.
    if (userKey !== undefined && !this.visiting.has(userKey) && this.visiting.size < MAX_DEPTH) {
      return { codes: this.expandUser(userKey), region: userKey };
    }
    const id = REGION_INDEX.get(norm);
    if (id !== undefined) return { codes: REGIONS[id], region: id };
    if (regionsOnly) return undefined;
    const code = readCountry(trimmed);
    return code === undefined ? undefined : { codes: [code] };
  }

  private expandUser(key: string): readonly string[] {
    const cached = this.cache.get(key);
    if (cached) return cached;
    this.visiting.add(key);
    const members = (this.user as UserRegions)[key];
    // Unknown members of a user region are ignored here: they belong to the config file,
    // not to the document being linted.
    const codes = this.expand(Array.isArray(members) ? members : []).countries;
    this.visiting.delete(key);
    this.cache.set(key, codes);
    return codes;
  }

  expand(items: readonly unknown[]): TerritoryReading {
    const reading: TerritoryReading = { countries: [], unknown: [], regions: [], worldwide: false };
    const included = new Set<string>();
    const excluded = new Set<string>();
    const regions = new Set<string>();
    // "[worldwide excluding China, Hong Kong, Macau]": after an exclusion, a place the territory already
    // holds adds nothing, so it continues the exclusion.
    let excluding = false;
    for (const item of items) {
      const read = this.readItem(item, included, excluded, regions, excluding);
      if (!read) reading.unknown.push(describe(item));
      excluding = read === 'excludes';
    }
    reading.countries = [...included].filter((code) => !excluded.has(code)).sort();
    reading.regions = [...regions];
    reading.worldwide = reading.countries.length === ALL_CODES.length;
    return reading;
  }

  /** Reads one item into the sets: whether it includes or excludes places, or undefined when it is not understood. */
  private readItem(
    item: unknown,
    included: Set<string>,
    excluded: Set<string>,
    regions: Set<string>,
    afterExclusion: boolean,
  ): 'includes' | 'excludes' | undefined {
    if (typeof item !== 'string' || item.length > MAX_NAME_LENGTH) return undefined;
    // A leading dash must be checked first: name matching ignores punctuation, so "-CN"
    // would otherwise read as CN itself.
    const dashed = DASH_PREFIX.exec(item);
    const whole = dashed ? undefined : this.resolve(item);
    if (whole) {
      const continuesExclusion = afterExclusion && whole.codes.length < included.size && whole.codes.every((code) => included.has(code));
      add(continuesExclusion ? excluded : included, whole, regions);
      // A region that names its exclusion ("ex-China") is followed by more of it as well.
      return continuesExclusion || whole.region?.startsWith('ex-') ? 'excludes' : 'includes';
    }
    // "-CN", "ex Japan", "excluding Greater China", "except China and Hong Kong".
    // Word prefixes come after the whole-item look-up so "ex-China" stays a region.
    const prefix = dashed ?? EXCLUSION_PREFIX.exec(item);
    if (prefix) {
      const parts = this.resolveList(item.slice(prefix[0].length));
      if (!parts) return undefined;
      for (const part of parts) add(excluded, part, regions);
      return 'excludes';
    }
    // "Worldwide excluding China", "Europe (except Russia)"
    const infix = EXCLUSION_INFIX.exec(item);
    if (infix && infix.index > 0) {
      const base = this.resolve(item.slice(0, infix.index));
      const parts = this.resolveList(item.slice(infix.index + infix[0].length).replace(/\)\s*$/, ''));
      if (!base || !parts) return undefined;
      add(included, base, regions);
      for (const part of parts) add(excluded, part, regions);
      return 'excludes';
    }
    return undefined;
  }

  /** "China", "China and Hong Kong", "CN, HK & MO": every piece must resolve. */
  private resolveList(text: string): Resolved[] | undefined {
    const whole = this.resolve(text);
    if (whole) return [whole];
    const out: Resolved[] = [];
    for (const piece of text.split(LIST_SEPARATOR)) {
      if (piece.trim() === '') continue;
      const resolved = this.resolve(piece);
      if (!resolved) return undefined;
      out.push(resolved);
    }
    return out.length > 0 ? out : undefined;
  }
}

const DASH_PREFIX = /^\s*[-\u2013\u2014]\s*/;
const EXCLUSION_PREFIX = /^\s*(?:excluding|except(?: for)?|excl\.?|ex\.?|without|other than|not including)(?:\s|-)\s*/i;
const EXCLUSION_INFIX = /\s*\(?\s*\b(?:excluding|except(?: for)?|excl\.?|ex\.?|other than|not including|but not)(?:\s|-)\s*/i;
const LIST_SEPARATOR = /,|;|\/|&|\band\b/i;

function add(target: Set<string>, resolved: Resolved, regions: Set<string>): void {
  for (const code of resolved.codes) target.add(code);
  if (resolved.region !== undefined) regions.add(resolved.region);
}

/** Original text of an unrecognised item; never throws, even for odd objects. */
function describe(item: unknown): string {
  if (typeof item === 'string') return item;
  try {
    return String(item);
  } catch {
    // An item whose own toString throws is named by its type.
    return Object.prototype.toString.call(item);
  }
}

/**
 * Expands a region id or name ("greater-china", "Greater China", "EU") to its sorted ISO
 * codes. User regions (from the config file) are consulted first and may nest other
 * regions and exclusions. Countries are not regions: readRegion("Japan") is undefined.
 */
export function readRegion(name: string, userRegions?: UserRegions): readonly string[] | undefined {
  try {
    if (typeof name !== 'string') return undefined;
    const resolved = new TerritoryResolver(userRegions).resolve(name, true);
    return resolved ? [...resolved.codes] : undefined;
  } catch {
    // Hostile items (a cycle of user regions) must not stop a lint: unread, they are reported by unreadable-value.
    return undefined;
  }
}

/**
 * Reads a territory list. Each item is a region, a country, an exclusion ("-CN",
 * "excluding China") or "<region> excluding <list>". Exclusions apply after all
 * inclusions, whatever the order. `worldwide` is true only when the result is every
 * country; `regions` lists region ids recognised (top-level only); `unknown` holds the
 * original text of items not understood.
 */
export function expandTerritory(items: readonly unknown[], userRegions?: UserRegions): TerritoryReading {
  try {
    if (!Array.isArray(items)) return { countries: [], unknown: [], regions: [], worldwide: false };
    return new TerritoryResolver(userRegions).expand(items);
  } catch {
    // Hostile items (a cycle of user regions) must not stop a lint: unread, they are reported by unreadable-value.
    return { countries: [], unknown: [], regions: [], worldwide: false };
  }
}
