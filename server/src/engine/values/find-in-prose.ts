// Finds values inside prose ("an upfront payment of USD 25 million, payable within 30 days"),
// each with the offsets of the exact characters it was read from. The whole-value readers
// (readMoney, readPercent, readDuration, readDate, readCountry, readRegion) still decide what a
// match means; this file only decides where a candidate starts and ends.

import { readCountry } from './countries';
import { readDate, type DateValue } from './dates';
import { readDuration, type Duration } from './durations';
import { readMoney, type Money } from './money';
import { readPercent } from './percent';
import { normalizeName } from './normalize';
import { readRegion, REGIONS } from './regions';

export interface Found<T> {
  start: number;
  end: number;
  /** The matched characters. */
  text: string;
  value: T;
}

/** Longer prose is cut here: a clause value is a few sentences, and every finder must stay linear. */
export const MAX_PROSE_LENGTH = 20_000;

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const MULTIPLIER = String.raw`(?:thousand|million|billion|mm|mn|bn|k|m|b|万|亿)`;
// Written before the amount. Longest first so "US$" is not read as "$".
const PREFIX = String.raw`(?:U\.S\.\s?\$|US\$|USD\$|HK\$|NT\$|CA\$|AU\$|NZ\$|CN¥|JP¥|C\$|A\$|S\$|R\$|[$€£¥￥₩₹]|人民币|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|HKD|KRW|INR|SGD|AUD|CAD|NZD|TWD|SEK|DKK|NOK|BRL|SAR|AED)(?![A-Za-z]))`;
// Written after the amount.
const SUFFIX = String.raw`(?:(?:U\.?S\.?|united states|hong kong|HK)\s+dollars?|dollars?|euros?|pounds(?:\s+sterling)?|sterling|renminbi|yuan|japanese\s+yen|yen|swiss\s+francs?|(?:korean\s+)?won|元人民币|元|円|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|HKD|KRW|INR|SGD|AUD|CAD)\b)`;

const MONEY_PREFIXED = new RegExp(String.raw`${PREFIX}\s?(${NUMBER})(?:\s?${MULTIPLIER}(?![A-Za-z\d]))?(?:\s+${SUFFIX}(?![\p{L}]))?`, 'giu');
const MONEY_SUFFIXED = new RegExp(String.raw`(?<![\p{L}\d.,/-])(${NUMBER})(?:\s?${MULTIPLIER}(?![A-Za-z\d]))?\s?${SUFFIX}(?![\p{L}])`, 'giu');
// A number with a scale word and no currency ("20 million"): read only where a clause is known to hold money.
const MONEY_BARE = new RegExp(String.raw`(?<![\p{L}\d.,/-])(${NUMBER})\s?(?:thousand|million|billion|mm|mn|bn|m|b|k)(?![\p{L}\d])`, 'giu');
// A long plain number ("25,000,000") in a money clause.
const MONEY_DIGITS = /(?<![\p{L}\d.,/-])\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\d,]*[\p{L}\d])/gu;

export interface FindMoneyOptions {
  /** Also read amounts with no currency ("20 million", "25,000,000"): for clauses that hold money. */
  bare?: boolean;
}

/** Every amount of money in the text, in order. Years, patent and section numbers carry no currency, so they are never read. */
export function findMoney(text: string, options: FindMoneyOptions = {}): Found<Money>[] {
  const patterns = options.bare ? [MONEY_PREFIXED, MONEY_SUFFIXED, MONEY_BARE, MONEY_DIGITS] : [MONEY_PREFIXED, MONEY_SUFFIXED];
  return findAll(cap(text), patterns, (match) => readMoney(normalizeMoneyText(match)));
}

/**
 * Every match of the patterns, in the order of the patterns (an earlier pattern wins where two
 * overlap), that `read` can read; sorted by position.
 */
function findAll<T>(source: string, patterns: readonly RegExp[], read: (match: string) => T | undefined): Found<T>[] {
  const found: Found<T>[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const value = read(m[0]);
      if (value) found.push({ start, end, text: m[0], value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** readMoney takes one spelling per currency: fold the prose spellings to it. */
function normalizeMoneyText(text: string): string {
  return text
    .replace(/U\.S\.\s?\$/i, 'US$')
    .replace(/\bu\.?s\.?\s+dollars?/i, 'US dollars')
    .replace(/\bunited states\s+dollar\b/i, 'United States dollars')
    .replace(/\bhong kong\s+dollar\b/i, 'Hong Kong dollars')
    .replace(/\bHK\s+dollars?/i, 'HK dollars')
    .replace(/\bswiss\s+franc\b/i, 'Swiss francs')
    .replace(/\s+/g, ' ');
}

const PERCENT = /(?<![\p{L}\d.])(\d+(?:\.\d+)?|\.\d+)\s?(%|percent\b|per\s?cent\b)/giu;

/** Every percentage ("9%", "12.5 %", "ten percent (10%)" reads the 10%). */
export function findPercents(text: string): Found<number>[] {
  const source = cap(text);
  const found: Found<number>[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(source); m; m = PERCENT.exec(source)) {
    const value = readPercent(m[0].replace(/\s+/g, ' '));
    if (value !== undefined) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return found;
}

const NUMBER_WORD = String.raw`(?:twenty[- ]four|thirty[- ]six|forty[- ]five|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety)`;
const DURATION_UNIT = String.raw`(?:(?:business|working|calendar)\s+days?|calendar\s+(?:months?|years?)|days?|weeks?|months?|years?|yrs?|mos?)`;
const DURATION = new RegExp(
  String.raw`(?<![\p{L}\d.,/-])(?:\d+(?:\.\d+)?|${NUMBER_WORD})(?:\s*\((?:\d+|${NUMBER_WORD})\))?[\s-]*${DURATION_UNIT}(?![\p{L}\d])`,
  'giu',
);

/** Every period ("180 days", "six (6) months", "90-day", "5 years"). */
export function findDurations(text: string): Found<Duration>[] {
  const source = cap(text);
  const found: Found<Duration>[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(source); m; m = DURATION.exec(source)) {
    // readDuration wants plural units; "90-day notice" is 90 days.
    const value = readDuration(m[0].replace(/\b(day|week|month|year)$/i, '$1s'));
    if (value) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
  }
  return found;
}

const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE = new RegExp(
  [
    String.raw`\d{4}[-/]\d{2}[-/]\d{2}`,
    String.raw`\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+\d{4}`,
    String.raw`${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`${MONTH_NAME},?\s+\d{4}`,
    String.raw`[QH][1-4]\s*[-/]?\s*\d{4}`,
    String.raw`\d{4}[-/]\d{2}(?![\d/-])`,
  ]
    .map((alternative) => `(?<![\\p{L}\\d/.-])(?:${alternative})(?![\\p{L}\\d])`)
    .join('|'),
  'giu',
);
const YEAR = /(?<![\p{L}\d/.,-])(?:19|20|21)\d{2}(?![\p{L}\d/,]|\.\d)/gu;

export interface FindDateOptions {
  /** Also read a bare year ("expires 2042"): for clauses that hold a date. */
  years?: boolean;
}

/** Every date, month or quarter; bare years only when asked (a bare number is a date only where a date is expected). */
export function findDates(text: string, options: FindDateOptions = {}): Found<DateValue>[] {
  return findAll(cap(text), options.years ? [DATE, YEAR] : [DATE], (match) => readDate(match.replace(/\s+/g, ' ')));
}

export interface Place {
  /** An ISO code for a country, or a region id ("greater-china", "ex-china"). */
  code: string;
  kind: 'country' | 'region';
  /** True when the text excludes it ("worldwide excluding China": China). */
  excluded: boolean;
}

/** Longest place name looked up, in words ("South Georgia and the South Sandwich Islands"). */
const MAX_PLACE_WORDS = 7;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu;
// Between the words of one name only spaces, hyphens and "&" may stand ("Guinea-Bissau", "Trinidad & Tobago").
const NAME_GAP = /^[\s\-&]*$/;
const EXCLUSION = /(?:excluding|except(?:\s+for)?|excl\.?|ex\.?|other\s+than|not\s+including|but\s+not|outside(?:\s+of)?|save|less|without|minus)[\s-]*(?:the\s+)?$/i;
const LIST_GAP = /^(?:\s|,|;|\/|&|\band\b|\bor\b|\bthe\b|\(|\))*$/i;
// Short capitalised codes are read only as written in capitals: "IN" is India, "in" is a preposition.
const CODE_LIKE = /^[A-Za-z]{2,3}$/;
const NOT_PLACES = new Set(['the', 'and', 'or', 'of', 'a', 'an', 'to', 'on', 'by', 'at', 'as', 'is', 'it', 'be', 'do', 'no', 'me', 'am']);
// Patent offices count as jurisdictions where patents are listed.
const OFFICES = new Set(['EP', 'EA', 'GC', 'WO', 'PCT', 'EPO', 'EPC']);

export interface FindPlacesOptions {
  /** Also read patent-office codes (EP, EA, GC, WO, PCT) as places, as patent jurisdictions list them. */
  offices?: boolean;
}

/**
 * Every country and region named in the text, longest name first ("Republic of Korea" is one
 * place, "Japan and South Korea" the built-in region), with exclusions marked: in "worldwide
 * excluding China and Hong Kong" China and Hong Kong are excluded.
 */
export function findPlaces(text: string, options: FindPlacesOptions = {}): Found<Place>[] {
  const source = cap(text);
  const words: Array<{ start: number; end: number; text: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    // A trailing dot ends a sentence, except in an abbreviation such as "U.S.A.".
    let word = m[0];
    if (word.endsWith('.') && !/\.\p{L}\.$/u.test(word)) word = word.replace(/\.+$/, '');
    words.push({ start: m.index, end: m.index + word.length, text: word });
  }
  const found: Found<Place>[] = [];
  let i = 0;
  while (i < words.length) {
    let matched: { width: number; place: Omit<Place, 'excluded'> } | undefined;
    // "the" starts no name: "the Republic of Korea" is ranged on "Republic of Korea".
    const startsWithThe = words[i].text.toLowerCase() === 'the';
    for (let width = Math.min(MAX_PLACE_WORDS, words.length - i); width >= 1 && !matched && !startsWithThe; width--) {
      const last = words[i + width - 1];
      let joinable = true;
      for (let k = i + 1; k < i + width && joinable; k++) joinable = NAME_GAP.test(source.slice(words[k - 1].end, words[k].start));
      if (!joinable) continue;
      const phrase = source.slice(words[i].start, last.end);
      const place = lookUpPlace(phrase, width, options);
      if (place) matched = { width, place };
    }
    if (!matched) {
      i++;
      continue;
    }
    const start = words[i].start;
    const end = words[i + matched.width - 1].end;
    found.push({ start, end, text: source.slice(start, end), value: { ...matched.place, excluded: false } });
    i += matched.width;
  }
  markExclusions(source, found);
  return found;
}

function lookUpPlace(phrase: string, width: number, options: FindPlacesOptions): Omit<Place, 'excluded'> | undefined {
  if (width === 1) {
    if (NOT_PLACES.has(phrase.toLowerCase())) return undefined;
    if (CODE_LIKE.test(phrase) && phrase !== phrase.toUpperCase()) return undefined;
    if (options.offices && OFFICES.has(phrase)) return { code: phrase === 'EPO' || phrase === 'EPC' ? 'EP' : phrase, kind: 'country' };
  }
  const region = readRegionName(phrase);
  if (region) return { code: region, kind: 'region' };
  const country = readCountry(phrase);
  return country ? { code: country, kind: 'country' } : undefined;
}

/** The id of the built-in region a phrase names ("Greater China" → "greater-china"). */
function readRegionName(phrase: string): string | undefined {
  const codes = readRegion(phrase);
  if (!codes) return undefined;
  return REGION_BY_CODES.get([...codes].sort().join(',')) ?? normalizeName(phrase).replace(/ /g, '-');
}

const REGION_BY_CODES: ReadonlyMap<string, string> = new Map(Object.entries(REGIONS).map(([id, codes]) => [[...codes].sort().join(','), id]));

/** Marks places introduced by an exclusion word, and those listed right after them. */
function markExclusions(source: string, found: Found<Place>[]): void {
  let excluding = false;
  let previousEnd = 0;
  for (const place of found) {
    const gap = source.slice(previousEnd, place.start);
    if (EXCLUSION.test(gap)) excluding = true;
    else if (!LIST_GAP.test(gap)) excluding = false;
    // A region that already names its exclusion ("ex-China") is not itself excluded.
    const selfExcluding = place.value.kind === 'region' && place.value.code.startsWith('ex-');
    place.value.excluded = excluding && !selfExcluding;
    // "Worldwide excluding China, Hong Kong and Macau": the places listed after it are excluded too.
    if (selfExcluding && /\b(?:excl\w*|except|other than|outside|ex)\b/i.test(place.text)) excluding = true;
    previousEnd = place.end;
  }
}

function cap(text: string): string {
  return typeof text !== 'string' ? '' : text.length > MAX_PROSE_LENGTH ? text.slice(0, MAX_PROSE_LENGTH) : text;
}
