// Finds values inside prose ("an upfront payment of USD 25 million, payable within 30 days"),
// each with the offsets of the exact characters it was read from. The whole-value readers
// (readMoney, readPercent, readDuration, readDate, readCountry, readRegion) still decide what a
// match means; this file only decides where a candidate starts and ends.

import { countryNames, countryOfNormalized } from './countries';
import { readDate, type DateValue } from './dates';
import { readDuration, type Duration } from './durations';
import { readMoney, type Money } from './money';
import { readPercent } from './percent';
import { isWhitespace } from '../text';
import { MAX_NAME_LENGTH, normalizeName } from './normalize';
import { builtInRegionNames, builtInRegionOf, REGIONS } from './regions';
import { EXCLUDING_BEFORE, LIST_CONTINUES, MEMBERS_CLOSE, MEMBERS_GAP, MEMBERS_OPEN, RETAINED_AFTER, phrasePattern } from '../lexicon/territory-phrases';

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

const FOLDABLE_MONEY_TEXT = /\.|dollar|franc|[^\S ]|\s\s/i;

/** readMoney takes one spelling per currency: fold the prose spellings to it. */
function normalizeMoneyText(text: string): string {
  // Most amounts ("USD 25,000,000") have nothing to fold: no dot, no "dollar" or "franc", single plain spaces.
  if (!FOLDABLE_MONEY_TEXT.test(text)) return text;
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
  const source = cap(text);
  // Every DATE form holds a letter, "-" or "/": a number alone ("2042") is looked at for years only.
  if (NUMBERS_ONLY.test(source)) return options.years ? findAll(source, YEARS, readDateMatch) : [];
  return findAll(source, options.years ? DATES_AND_YEARS : DATES, readDateMatch);
}

const NUMBERS_ONLY = /^[\d\s.,;:()%+]*$/;
const YEARS = [YEAR];
const DATES_AND_YEARS = [DATE, YEAR];
const DATES = [DATE];
const readDateMatch = (match: string) => readDate(match.replace(/\s+/g, ' '));

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
const EXCLUSION = phrasePattern(EXCLUDING_BEFORE);
const RETAINED = phrasePattern(RETAINED_AFTER);
const LIST_GAP = phrasePattern([LIST_CONTINUES]);
const DEFINITION_OPEN = phrasePattern([MEMBERS_OPEN]);
const DEFINITION_GAP = phrasePattern([MEMBERS_GAP]);
// "i.e." is not Ireland, nor "e.g." anywhere.
const NOT_PLACES = new Set(['the', 'and', 'or', 'of', 'a', 'an', 'to', 'on', 'by', 'at', 'as', 'is', 'it', 'be', 'do', 'no', 'me', 'am', 'i.e.', 'e.g.']);
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
  const { starts, ends, words } = splitWords(source);
  const found: Found<Place>[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    let place: PlaceName | undefined;
    let width = 0;
    // "the" starts no name: "the Republic of Korea" is ranged on "Republic of Korea".
    if (!(first.length === 3 && first.toLowerCase() === 'the')) {
      let widest = 1;
      while (widest < MAX_PLACE_WORDS && i + widest < words.length && isNameGap(source, ends[i + widest - 1], starts[i + widest])) widest++;
      // A plain word folds to itself in lower case, so only the first word of some longer name can start one.
      if (widest > 1 && isPlainWord(first) && !FIRST_WORDS.has(first.toLowerCase())) widest = 1;
      for (width = widest; width >= 1; width--) {
        place = width === 1 ? lookUpWord(first, options) : lookUpPlace(source.slice(starts[i], ends[i + width - 1]), width, options);
        if (place) break;
      }
    }
    if (!place) {
      i++;
      continue;
    }
    const start = starts[i];
    const end = ends[i + width - 1];
    const code = usAddressPart(source, start, end, place.code);
    if (code)
      found.push({
        start,
        end,
        text: width === 1 ? first : source.slice(start, end),
        value: { code, kind: code === place.code ? place.kind : 'country', excluded: false },
      });
    i += width;
  }
  markExclusions(source, found);
  markRetained(source, found);
  return dropDefinedRegions(source, found);
}

/**
 * A place as a US address writes it: a state code before a ZIP code ("Irvine, CA 92618") is in the US, not
 * Canada; "New Jersey" and "New Mexico" are states, not Jersey or Mexico (undefined: no place at all).
 */
function usAddressPart(source: string, start: number, end: number, code: string): string | undefined {
  if (end - start === 2 && US_ZIP.test(source.slice(end, end + 12))) return 'US';
  if ((code === 'JE' || code === 'MX') && NEW_BEFORE.test(source.slice(Math.max(0, start - 4), start))) return undefined;
  return code;
}

const US_ZIP = /^\s+\d{5}(?:-\d{4})?(?!\d)/;
const NEW_BEFORE = /New\s$/;

/**
 * The words of the text, in arrays kept between calls (this runs on every cell and line of a
 * sheet, and is never re-entered): valid until the next call.
 */
const WORDS = { starts: [] as number[], ends: [] as number[], words: [] as string[] };

function splitWords(source: string): typeof WORDS {
  WORDS.starts.length = 0;
  WORDS.ends.length = 0;
  WORDS.words.length = 0;
  if (ASCII.test(source)) {
    // WORD by hand, for the usual ASCII text: a letter or digit, then letters, digits, dots and apostrophes.
    for (let k = 0; k < source.length; k++) {
      if (!isAsciiLetterOrDigit(source.charCodeAt(k))) continue;
      const start = k;
      while (k + 1 < source.length && isAsciiWordPart(source.charCodeAt(k + 1))) k++;
      addWord(start, source.slice(start, k + 1));
    }
  } else {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(source); m; m = WORD.exec(source)) addWord(m.index, m[0]);
  }
  return WORDS;
}

function addWord(start: number, word: string): void {
  // A trailing dot ends a sentence, except in an abbreviation such as "U.S.A.".
  if (word.endsWith('.') && !ABBREVIATION_END.test(word)) word = word.replace(TRAILING_DOTS, '');
  WORDS.starts.push(start);
  WORDS.ends.push(start + word.length);
  WORDS.words.push(word);
}

/** Only spaces, hyphens and "&" between two words, which may then stand in one name ("Guinea-Bissau", "Trinidad & Tobago"). */
function isNameGap(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = source.charCodeAt(k);
    if (code !== 45 /* - */ && code !== 38 /* & */ && !isWhitespace(code)) return false;
  }
  return true;
}

/** Only separators between two places: the part of LIST_GAP without words, so no EXCLUSION word either. */
function isSeparatorsOnly(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = source.charCodeAt(k);
    // , ; / & ( )
    if (code !== 44 && code !== 59 && code !== 47 && code !== 38 && code !== 40 && code !== 41 && !isWhitespace(code)) return false;
  }
  return true;
}

// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
const ASCII = /^[\x00-\x7f]*$/;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiWordPart(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 46 /* . */ || code === 39; /* ' */
}

const ABBREVIATION_END = /\.\p{L}\.$/u;
const TRAILING_DOTS = /\.+$/;

type PlaceName = Omit<Place, 'excluded'>;

/** ASCII letters and digits only (`/^[A-Za-z0-9]+$/`), tested without a regular expression: it runs on every word. */
function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    if (!isAsciiLetterOrDigit(word.charCodeAt(k))) return false;
  }
  return true;
}

/**
 * Two or three ASCII letters with a lower-case one among them: short codes are read only as written
 * in capitals ("IN" is India, "in" a preposition).
 */
function isCodeInLowerCase(phrase: string): boolean {
  if (phrase.length < 2 || phrase.length > 3) return false;
  let lower = false;
  for (let k = 0; k < phrase.length; k++) {
    const code = phrase.charCodeAt(k);
    if (code >= 97 && code <= 122) lower = true;
    else if (code < 65 || code > 90) return false;
  }
  return lower;
}

/** The first word of every place name of more than one word, as `normalizeName` folds it. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...builtInRegionNames(), ...countryNames()].filter((name) => name.includes(' ')).map((name) => name.slice(0, name.indexOf(' '))),
);

/**
 * What one word names, remembered across calls: prose and lists repeat the same few words ("CN",
 * "and", "Japan"), and the look-up is a pure function of the word. The tables are bounded.
 */
const WORD_PLACES = new Map<string, PlaceName | null>();
const WORD_PLACES_WITH_OFFICES = new Map<string, PlaceName | null>();
const MAX_REMEMBERED_WORDS = 10_000;
const MAX_REMEMBERED_WORD_LENGTH = 40;

function lookUpWord(word: string, options: FindPlacesOptions): PlaceName | undefined {
  const remembered = options.offices ? WORD_PLACES_WITH_OFFICES : WORD_PLACES;
  let place = remembered.get(word);
  if (place === undefined) {
    place = lookUpPlace(word, 1, options) ?? null;
    if (word.length <= MAX_REMEMBERED_WORD_LENGTH) {
      if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
      remembered.set(word, place);
    }
  }
  return place ?? undefined;
}

function lookUpPlace(phrase: string, width: number, options: FindPlacesOptions): PlaceName | undefined {
  if (width === 1) {
    // In a list of jurisdictions, "IT" in capitals is Italy, not the word "it".
    if (NOT_PLACES.has(phrase.toLowerCase()) && !(options.offices && phrase === 'IT')) return undefined;
    if (isCodeInLowerCase(phrase)) return undefined;
    if (options.offices && OFFICES.has(phrase)) return countryPlace(phrase === 'EPO' || phrase === 'EPC' ? 'EP' : phrase);
  }
  if (phrase.length > MAX_NAME_LENGTH) return undefined;
  // Folded once for both look-ups: a region first, then a country (as readRegion and readCountry would read it).
  const name = normalizeName(phrase);
  const region = builtInRegionOf(name);
  if (region !== undefined) return { code: regionIdOf(region, name), kind: 'region' };
  const country = countryOfNormalized(name);
  return country ? countryPlace(country) : undefined;
}

/** One shared, unchanging name per country code: callers copy what they keep. */
const COUNTRY_PLACES = new Map<string, PlaceName>();

function countryPlace(code: string): PlaceName {
  let place = COUNTRY_PLACES.get(code);
  if (!place) COUNTRY_PLACES.set(code, (place = { code, kind: 'country' }));
  return place;
}

/** The id a region name reads as: the built-in region with the same countries, else the name itself ("Greater China" → "greater-china"). */
function regionIdOf(region: string, name: string): string {
  return REGION_BY_CODES.get([...REGIONS[region]].sort().join(',')) ?? name.replace(/ /g, '-');
}

const REGION_BY_CODES: ReadonlyMap<string, string> = new Map(Object.entries(REGIONS).map(([id, codes]) => [[...codes].sort().join(','), id]));

/** Marks places introduced by an exclusion word, and those listed right after them. */
function markExclusions(source: string, found: Found<Place>[]): void {
  let excluding = false;
  let previousEnd = 0;
  for (const place of found) {
    // A gap of separators only ("CN, US") names no exclusion and continues a list, as most gaps do.
    if (!isSeparatorsOnly(source, previousEnd, place.start)) {
      const gap = source.slice(previousEnd, place.start);
      if (EXCLUSION.test(gap)) excluding = true;
      else if (!LIST_GAP.test(gap)) excluding = false;
    }
    // A region that already names its exclusion ("ex-China") is not itself excluded.
    const selfExcluding = place.value.kind === 'region' && place.value.code.startsWith('ex-');
    place.value.excluded = excluding && !selfExcluding;
    // "Worldwide excluding China, Hong Kong and Macau": the places listed after it are excluded too.
    if (selfExcluding && /\b(?:excl\w*|except|other than|outside|ex)\b/i.test(place.text)) excluding = true;
    previousEnd = place.end;
  }
}

/**
 * Marks the places a clause after them gives to the licensor ("China, Hong Kong and Macau, which the
 * Licensor retains"): the last place before the clause and those listed with it.
 */
function markRetained(source: string, found: Found<Place>[]): void {
  for (let i = 0; i < found.length; i++) {
    const after = source.slice(found[i].end, i + 1 < found.length ? found[i + 1].start : source.length);
    if (!RETAINED.test(after)) continue;
    for (let k = i; k >= 0; k--) {
      found[k].value.excluded = true;
      if (k === 0 || !LIST_GAP.test(source.slice(found[k - 1].end, found[k].start))) break;
    }
  }
}

/**
 * A region followed by the members it means, in brackets ("Europe (EU27, UK, Switzerland, Norway)"),
 * is those members, not the region's usual countries: the region is left out and its members stay.
 */
function dropDefinedRegions(source: string, found: Found<Place>[]): Found<Place>[] {
  const dropped = new Set<number>();
  for (let i = 0; i + 1 < found.length; i++) {
    if (found[i].value.kind !== 'region' || !DEFINITION_OPEN.test(source.slice(found[i].end, found[i + 1].start))) continue;
    let last = i + 1;
    while (last + 1 < found.length && DEFINITION_GAP.test(source.slice(found[last].end, found[last + 1].start))) last++;
    if (MEMBERS_CLOSE.test(source.slice(found[last].end))) dropped.add(i);
  }
  return dropped.size === 0 ? found : found.filter((_, index) => !dropped.has(index));
}

function cap(text: string): string {
  return typeof text !== 'string' ? '' : text.length > MAX_PROSE_LENGTH ? text.slice(0, MAX_PROSE_LENGTH) : text;
}
