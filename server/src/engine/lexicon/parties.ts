/**
 * How drafters say where a party is from when they name no country: the legal form of its name
 * ("Kabushiki Kaisha", "AB"), or a place that belongs to one country ("Jiangsu Province", "Shijiazhuang",
 * "England and Wales"). Each form lists the countries that use it: only a form used in one country
 * says which, the others ("Inc.", "GmbH", "Co., Ltd.") are kept so that they are known and named, not
 * guessed from.
 */

export interface LegalForm {
  name: string;
  /** A regular expression source, without flags, matched case-sensitively after the party's name. */
  pattern: string;
  /** The countries whose companies are written with it (ISO codes); one only when the form says where. */
  countries: readonly string[];
  /** Names of companies of the form. */
  examples: readonly string[];
  /** Names the form must not be read in. */
  nearMisses: readonly string[];
}

/** Spaces or none, as drafters write "Co.,Ltd." and "Co., Ltd.". */
const SP = String.raw`\s*`;
/** The form ends the name, or a comma, bracket or "the" follows it. */
const END = String.raw`(?=\s*(?:[,;()"“”]|$|\.(?:\s|$)|\s+(?:and|the|a|an|of|with|which|acting|having)\s))`;
/** Comes after a word of the name, or, in Chinese, Japanese and Korean, right after its last character. */
const AFTER_NAME = String.raw`(?<=[\p{L}\p{N})]\s*,?\s)`;
const AFTER_CJK_NAME = String.raw`(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]\s?)`;

const form = (name: string, pattern: string, countries: readonly string[], examples: readonly string[], nearMisses: readonly string[]): LegalForm => ({
  name,
  pattern: `${/^[\x20-\x7e]/.test(examples[0].slice(-1)) ? AFTER_NAME : AFTER_CJK_NAME}(?:${pattern})${END}`,
  countries,
  examples,
  nearMisses,
});

export const LEGAL_FORMS: readonly LegalForm[] = [
  form(
    'kabushiki-kaisha',
    String.raw`K\.${SP}K\.|KK|Kabushiki${SP}Kaisha`,
    ['JP'],
    ['Kyoto Shinyaku K.K.', 'Hoshino Kabushiki Kaisha', 'Daimon KK'],
    ['KK Wind Solutions', 'Kabushiki'],
  ),
  form('swedish-ab', String.raw`AB(?:${SP}\(publ\))?`, ['SE'], ['Lindqvist Pharma AB', 'Nordvik Bio AB (publ)'], ['AB testing', 'Alpha AB-12 antibody']),
  form('finnish-oy', String.raw`Oyj?`, ['FI'], ['Turku Biotech Oy', 'Helsinki Pharma Oyj'], ['Oyster Bay Labs']),
  form('danish-aps', String.raw`ApS`, ['DK'], ['Aarhus Enzymes ApS'], ['ApSA']),
  form('italian-spa', String.raw`S\.p\.A\.?|SpA`, ['IT'], ['Milano Farmaceutici S.p.A.', 'Torino Bio SpA'], ['Spa treatment']),
  form('australian-pty', String.raw`Pty\.?${SP}(?:Ltd|Limited)\.?`, ['AU'], ['Melbourne Biologics Pty Ltd', 'Perth Cell Pty. Ltd.'], ['Pty']),
  form('malaysian-sdn-bhd', String.raw`Sdn\.?${SP}Bhd\.?`, ['MY'], ['Penang Pharma Sdn Bhd', 'Klang Bio Sdn. Bhd.'], ['Bhd']),
  form('singapore-pte', String.raw`Pte\.?${SP}(?:Ltd|Limited)\.?`, ['SG'], ['Lion City Therapeutics Pte. Ltd.', 'Jurong Bio Pte Ltd'], ['Pte']),
  form('chinese-youxian-gongsi', String.raw`(?:股份)?有限(?:责任)?公司`, ['CN'], ['苏州启星医药有限公司', '恒博药业股份有限公司'], ['有限']),
  form('japanese-kabushiki-gaisha', String.raw`株式会社`, ['JP'], ['京都新薬株式会社'], ['株式']),
  form('korean-jusik-hoesa', String.raw`주식회사`, ['KR'], ['한빛바이오 주식회사'], ['주식']),
  form('polish-sp-zoo', String.raw`Sp\.${SP}z${SP}o\.${SP}o\.`, ['PL'], ['Krakow Biotech Sp. z o.o.'], ['Sp. zoo']),
  form('hungarian-kft-zrt', String.raw`Kft\.|Zrt\.|Nyrt\.`, ['HU'], ['Pannon Pharma Kft.', 'Duna Bio Zrt.'], ['Kft']),
  // Forms used in several countries: known, and never a country by themselves.
  form('czech-slovak-as-sro', String.raw`a\.${SP}s\.|s\.${SP}r\.${SP}o\.`, ['CZ', 'SK'], ['Ostrava Biologics a.s.', 'Brno Lab s.r.o.'], ['as such']),
  form('spanish-sl', String.raw`S\.L\.U?\.?`, ['ES', 'AD'], ['Biotecnica Iberia S.L.'], ['SLE']),
  form('french-sas-sarl', String.raw`S\.A\.S\.?|SAS|SARL|S\.à${SP}r\.l\.`, ['FR', 'LU', 'BE', 'MA', 'CH'], ['Lyon Vaccins SAS', 'Rhône Bio SARL'], ['SASB']),
  form('ltda', String.raw`Ltda\.?`, ['BR', 'PT', 'CO', 'CL'], ['Campinas Farma Ltda.'], ['Ltdx']),
  form(
    'co-ltd',
    String.raw`Co\.,?${SP}Ltd\.?|Company${SP}Limited`,
    ['CN', 'JP', 'KR', 'TW', 'TH', 'HK'],
    ['Hengbo Pharmaceutical Co., Ltd.', 'Zhaolin Lab Co.,Ltd.'],
    ['Co-Lead'],
  ),
  form(
    'inc',
    String.raw`Inc\.?|Incorporated|Corp\.?|Corporation`,
    ['US', 'CA', 'PH'],
    ['Alder Creek Therapeutics, Inc.', 'Elevara Oncology Inc'],
    ['Incoming', 'Incorporated in England'],
  ),
  form('llc', String.raw`LLC|L\.L\.C\.`, ['US'], ['Deerfield Kinase Pharmaceuticals, LLC'], ['LLCs']),
  form('gmbh', String.raw`GmbH(?:${SP}&${SP}Co\.${SP}KG)?`, ['DE', 'AT', 'CH'], ['Rheinland Bio GmbH', 'Baiyun Shenzhou Switzerland GmbH'], ['GmbHs']),
  form('ag', String.raw`AG`, ['DE', 'CH', 'AT'], ['Rheinbasel Pharma AG'], ['AGM']),
  form(
    'sa',
    String.raw`S\.A\.?|SA`,
    ['FR', 'ES', 'BE', 'CH', 'LU', 'PT', 'BR', 'AR', 'MX', 'PL'],
    ['Laboratorios Sur S.A.', 'Genève Bio SA'],
    ['SAE reporting'],
  ),
  form('bv-nv', String.raw`B\.V\.?|N\.V\.?|BV|NV`, ['NL', 'BE'], ['Leiden Bio B.V.', 'Gent Pharma NV'], ['BVD']),
  form('plc', String.raw`plc|PLC|p\.l\.c\.`, ['GB', 'IE'], ['Albion Respiratory plc'], ['PLCs']),
  form(
    'limited',
    String.raw`Ltd\.?|Limited`,
    ['GB', 'HK', 'IE', 'IN', 'NZ', 'IL'],
    ['Albion Respiratory Ltd', 'Guoxin International (HK) Limited'],
    ['Limited liability'],
  ),
];

/** A place that is in one country, named in a party's address or description. */
export interface PartyPlace {
  name: string;
  country: string;
}

const place =
  (country: string) =>
  (...names: string[]): PartyPlace[] =>
    names.map((name) => ({ name, country }));

const CHINA = place('CN');

/**
 * China's provinces, autonomous regions and municipalities, and the cities its licensors are in (a
 * prefecture seat or a biotech park), as written in English; a Chinese licensor's address often names
 * only these. Hong Kong, Macau and Taiwan are countries of their own in the model, not here.
 */
export const PARTY_PLACES: readonly PartyPlace[] = [
  ...CHINA(
    'Anhui',
    'Fujian',
    'Gansu',
    'Guangdong',
    'Guangxi',
    'Guizhou',
    'Hainan',
    'Hebei',
    'Heilongjiang',
    'Henan',
    'Hubei',
    'Hunan',
    'Inner Mongolia',
    'Jiangsu',
    'Jiangxi',
    'Jilin',
    'Liaoning',
    'Ningxia',
    'Qinghai',
    'Shaanxi',
    'Shandong',
    'Shanxi',
    'Sichuan',
    'Xinjiang',
    'Tibet',
    'Yunnan',
    'Zhejiang',
    'Beijing',
    'Shanghai',
    'Tianjin',
    'Chongqing',
  ),
  ...CHINA(
    'Changchun',
    'Changsha',
    'Changzhou',
    'Chengdu',
    'Dalian',
    'Dongguan',
    'Foshan',
    'Fuzhou',
    'Guangzhou',
    'Haikou',
    'Hangzhou',
    'Harbin',
    'Hefei',
    'Jinan',
    'Kunming',
    'Lianyungang',
    'Nanchang',
    'Nanjing',
    'Nanning',
    'Ningbo',
    'Qingdao',
    'Shenyang',
    'Shenzhen',
    'Shijiazhuang',
    'Suzhou',
    'Taizhou',
    'Tonghua',
    'Wuhan',
    'Wuxi',
    'Xiamen',
    "Xi'an",
    'Zhengzhou',
    'Zhuhai',
    'Zhangjiang',
  ),
  // The nations of the United Kingdom, and its jurisdictions as companies are incorporated in them.
  ...place('GB')('England and Wales', 'England', 'Scotland', 'Wales', 'Northern Ireland'),
  // The states a US company is incorporated or based in ("a Delaware corporation", "Cambridge, Massachusetts").
  // Georgia is left out: it is a country too, and a country written out is read as one.
  ...place('US')(
    'Alabama',
    'Alaska',
    'Arizona',
    'Arkansas',
    'California',
    'Colorado',
    'Connecticut',
    'Delaware',
    'District of Columbia',
    'Florida',
    'Hawaii',
    'Idaho',
    'Illinois',
    'Indiana',
    'Iowa',
    'Kansas',
    'Kentucky',
    'Louisiana',
    'Maine',
    'Maryland',
    'Massachusetts',
    'Michigan',
    'Minnesota',
    'Mississippi',
    'Missouri',
    'Montana',
    'Nebraska',
    'Nevada',
    'New Hampshire',
    'New Jersey',
    'New Mexico',
    'New York',
    'North Carolina',
    'North Dakota',
    'Ohio',
    'Oklahoma',
    'Oregon',
    'Pennsylvania',
    'Rhode Island',
    'South Carolina',
    'South Dakota',
    'Tennessee',
    'Texas',
    'Utah',
    'Vermont',
    'Virginia',
    'Washington',
    'West Virginia',
    'Wisconsin',
    'Wyoming',
  ),
];

/**
 * A company described by its country's adjective ("a Swiss company", "a Japanese corporation"): the
 * countries whose companies license and buy drugs, each adjective once.
 */
export const PARTY_NATIONALITIES: ReadonlyArray<{ adjective: string; country: string }> = [
  ['American', 'US'],
  ['Australian', 'AU'],
  ['Austrian', 'AT'],
  ['Belgian', 'BE'],
  ['Brazilian', 'BR'],
  ['British', 'GB'],
  ['Canadian', 'CA'],
  ['Chinese', 'CN'],
  ['Danish', 'DK'],
  ['Dutch', 'NL'],
  ['Emirati', 'AE'],
  ['English', 'GB'],
  ['Finnish', 'FI'],
  ['French', 'FR'],
  ['German', 'DE'],
  ['Indian', 'IN'],
  ['Indonesian', 'ID'],
  ['Irish', 'IE'],
  ['Israeli', 'IL'],
  ['Italian', 'IT'],
  ['Japanese', 'JP'],
  ['Korean', 'KR'],
  ['Malaysian', 'MY'],
  ['Mexican', 'MX'],
  ['Norwegian', 'NO'],
  ['Polish', 'PL'],
  ['Russian', 'RU'],
  ['Saudi', 'SA'],
  ['Singaporean', 'SG'],
  ['South Korean', 'KR'],
  ['Spanish', 'ES'],
  ['Swedish', 'SE'],
  ['Swiss', 'CH'],
  ['Taiwanese', 'TW'],
  ['Thai', 'TH'],
  ['Turkish', 'TR'],
  ['Vietnamese', 'VN'],
].map(([adjective, country]) => ({ adjective, country }));

/** What follows the adjective: the kind of company ("a Swiss stock corporation", "a Korean limited liability company"). */
export const COMPANY_NOUN = String.raw`(?:(?:limited(?:\s+liability)?|public(?:\s+limited)?|private(?:\s+limited)?|joint[- ]stock|stock|exempted)\s+)?(?:company|corporation|entity|partnership)\b`;

/**
 * Every legal form, each in its own group (in the order of LEGAL_FORMS), so the one matched is known. Forms
 * that follow a name the same way share one look-behind and one look-ahead: tried at every position of a
 * party's words, thirty look-behinds cost seven times one.
 */
export const LEGAL_FORM = new RegExp(sharingLookarounds(LEGAL_FORMS.map((entry) => entry.pattern)), 'u');

function sharingLookarounds(patterns: readonly string[]): string {
  const runs: Array<{ after: string; bodies: string[] }> = [];
  for (const pattern of patterns) {
    const after = [AFTER_NAME, AFTER_CJK_NAME].find((prefix) => pattern.startsWith(prefix))!;
    const body = `(${pattern.slice(after.length, pattern.length - END.length)})`;
    const last = runs.at(-1);
    if (last?.after === after) last.bodies.push(body);
    else runs.push({ after, bodies: [body] });
  }
  return runs.map(({ after, bodies }) => `${after}(?:${bodies.join('|')})${END}`).join('|');
}

/**
 * Defined terms that say a party's role when the sheet names its parties in prose without "Licensor" and
 * "Licensee" ("Acme Bio, Inc. ("Company")"): a university's licensee is "the Company" in most templates.
 */
export const ROLE_TERMS: Readonly<Record<'licensor' | 'licensee', readonly string[]>> = {
  licensor: ['Licensor', 'University', 'Institute', 'Institution', 'College', 'Hospital', 'Foundation', 'Laboratory'],
  licensee: ['Licensee', 'Company', 'Startup', 'Buyer', 'Purchaser'],
};
