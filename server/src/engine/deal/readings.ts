import { isNoneWord } from '../data-rules';
import { editDistance } from '../edit-distance';
import { findVocabulary } from '../markdown/vocabulary';
import type { ScalarNode } from '../model';
import type { SchemaField, SchemaKind } from '../schema';
import { findDates, findDurations, findMoney, findPercents, findPlaces } from '../values/find-in-prose';
import {
  readCountry,
  readDate,
  readDuration,
  readMoney,
  readPercent,
  readPercentBand,
  readPercentRange,
  readRegion,
  type DateValue,
  type Duration,
  type Money,
  type PercentBand,
} from '../values';
import { isRedactedText, placeholdersIn } from './placeholders';
import { findMoneyInWords, paymentCount, statedScale } from '../values/money-words';

/**
 * One value of the sheet as the deal understands it: read (with what it says), open (a blank left to
 * fill in, which placeholder-left reports), redacted (stated in a filed agreement but not disclosed:
 * no rule reads, fixes or reports it), or unreadable (kept with its text, and reported).
 */
export type Reading<T> = ReadValue<T> | OpenValue | RedactedValue | ProseValue | UnreadableValue;

interface ReadingAt {
  /** The value's model path, list positions written `[0]`: `ip.patents[0].jurisdictions[1]`. */
  path: string;
  node: ScalarNode;
  /** The value as written. */
  text: string;
}

export interface ReadValue<T> extends ReadingAt {
  state: 'read';
  value: T;
}

export interface OpenValue extends ReadingAt {
  state: 'open';
}

/**
 * A sentence at a clause that holds a choice, naming none of its words ("Permitted, with limits to be agreed
 * in the Agreement"): a statement the drafter made on purpose, kept as written rather than called unreadable.
 */
export interface ProseValue extends ReadingAt {
  state: 'prose';
}

export interface RedactedValue extends ReadingAt {
  state: 'redacted';
}

export interface UnreadableValue extends ReadingAt {
  state: 'unreadable';
  kind: SchemaKind;
  /** What a value here looks like: "an amount of money, such as USD 20M". */
  expected: string;
  /** The enum word it misspells, when it is one edit or two away from exactly one. */
  nearest?: string;
}

/** An amount, and whether the sheet gives it as a ceiling ("up to $900 million") or an estimate ("approximately"). */
export interface ReadMoney extends Money {
  qualifier?: 'up-to' | 'approximately';
  /** The same amount as the sheet writes it in words beside the figures ("Ten Million US Dollars (US$10,000,000)"). */
  inWords?: { text: string; money: Money };
  /** How many payments of the amount ("two milestone payments of $7,000 each"): `amount` is their total. */
  payments?: number;
  /** What the amount is paid per when the sheet gives no count ("USD 10M per indication"): `amount` is one payment, the total is unknown. */
  per?: string;
}

/** What each kind of value looks like, for a finding that says what was expected. */
const EXPECTED: Partial<Record<SchemaKind, string>> = {
  money: 'an amount of money, such as USD 20M',
  percent: 'a percentage, such as 8%',
  date: 'a date, such as 2026-03-31 or Q2 2026',
  duration: 'a period, such as 5 years',
  number: 'a number',
  boolean: 'yes or no',
  country: 'a country, as its name or ISO code (CN)',
  territory: 'countries or regions, such as CN, Greater China, or worldwide excluding Greater China',
  jurisdictions: 'countries or patent offices, such as CN, US, EP',
};

function expectedOf(field: SchemaField): string {
  if (field.values) return `one of ${field.values.map((entry) => entry.value).join(', ')}`;
  return EXPECTED[field.kind] ?? 'a value';
}

/** The text of a scalar as written ('' for an empty one). */
export function textOf(node: ScalarNode): string {
  return node.value === null ? '' : String(node.value);
}

/**
 * A reading of `node` at `path`: open when it holds a blank ("[TBD], non-refundable", "[5-10%] of Net
 * Sales": the term is still to be filled in, which placeholder-left reports), redacted when it holds a
 * redaction, else what `read` makes of it, else unreadable as `field`.
 */
export function readScalar<T>(node: ScalarNode, path: string, field: SchemaField, read: (node: ScalarNode, text: string) => T | undefined): Reading<T> {
  const text = textOf(node);
  if (placeholdersIn(text)) return { state: 'open', path, node, text };
  if (isRedactedText(text)) return { state: 'redacted', path, node, text };
  const value = read(node, text);
  if (value !== undefined) return { state: 'read', path, node, text, value };
  if (field.values && SENTENCE.test(text)) return { state: 'prose', path, node, text };
  const nearest = field.values
    ? nearestWord(
        text,
        field.values.map((entry) => entry.value),
      )
    : undefined;
  return { state: 'unreadable', path, node, text, kind: field.kind, expected: expectedOf(field), ...(nearest && { nearest }) };
}

// ── Readers, one per kind: the whole value first, then the value inside prose ──────────────────────

const UP_TO = /\b(?:up\s+to|not\s+(?:to\s+)?exceed(?:ing)?|a\s+maximum\s+of|at\s+most|capped\s+at)\s*$/i;
const ABOUT = /(?:\b(?:approximately|approx\.?|about|around|roughly|some|c\.|ca\.)|~|≈)\s*$/i;

/**
 * An amount, whole or in prose. `lead` is the source text just before the value: where a reader took the
 * amount out of its sentence ("up to $900 million" in Markdown), the words that qualify it are there.
 */
export function readMoneyValue(node: ScalarNode, text: string, lead = '', trail = ''): ReadMoney | undefined {
  // A redacted amount, rate or period ("$[***] million", "[***]%") is not read as one: the figure is not disclosed.
  if (isRedactedText(text)) return undefined;
  const whole = readMoney(node.value);
  // An amount in prose: in figures that name a currency, in words ("Ten Million US Dollars"), else bare figures ("20 million").
  const figures = whole ? { start: 0, end: text.length, value: whole } : findMoney(text)[0];
  // Words just before figures taken out of their sentence ("Ten Million US Dollars (" + "US$10,000,000") are the same amount's.
  const words = (NAMES_CURRENCY.test(text) ? findMoneyInWords(text)[0] : undefined) ?? (figures?.start === 0 ? wordsEndingAt(lead) : undefined);
  const found = figures ?? words ?? findMoney(text, { bare: true })[0];
  if (!found) return undefined;
  const before = found.start > 0 ? text.slice(0, found.start) : lead;
  const money: ReadMoney = withQualifier(found.value, before);
  if (figures && words && (words.end < 0 || Math.abs(figures.start - words.end) <= 3)) money.inWords = { text: words.text, money: words.value };
  const after = found.end < text.length ? text.slice(found.end) : trail;
  // Figures with a scale word of their own ("USD 20 million") are not scaled again.
  if (!/\d\s*(?:k|m|b|mm|mn|bn|thousand|million|billion|万|亿)(?![\p{L}])/iu.test(text.slice(Math.max(0, found.start), Math.max(0, found.end))))
    money.amount *= statedScale(after);
  const count = paymentCount(before, after);
  if (count && 'times' in count) {
    money.payments = count.times;
    money.amount *= count.times;
  } else if (count) money.per = count.per;
  return money;
}

/** An amount in words that ends the lead, bar an opening bracket; its offsets are negative, before the value. */
function wordsEndingAt(lead: string): { start: number; end: number; text: string; value: Money } | undefined {
  if (!NAMES_CURRENCY.test(lead)) return undefined;
  const last = findMoneyInWords(lead).at(-1);
  if (!last || !/^\s*\(?\s*$/.test(lead.slice(last.end))) return undefined;
  return { ...last, start: last.start - lead.length, end: last.end - lead.length - 1 };
}

function withQualifier(money: Money, before: string): ReadMoney {
  const qualifier = UP_TO.test(before) ? 'up-to' : ABOUT.test(before) ? 'approximately' : undefined;
  return qualifier ? { ...money, qualifier } : money;
}

/** A currency named in words: what every amount in words ends with, checked before the words are looked for. */
const NAMES_CURRENCY = /dollar|euro|pound|sterling|renminbi|yuan|franc|yen/i;

/**
 * A rate: a percentage, or a band ("high single digits", "10–15%", "up to 20%"), or a statement that the
 * royalty is tiered with its rates given elsewhere ("Tiered royalties on Net Sales"), kept as written.
 */
export function readPercentValue(node: ScalarNode, text: string): number | PercentBand | string | undefined {
  if (isRedactedText(text)) return undefined;
  const whole = readPercent(node.value);
  if (whole !== undefined) return whole;
  const band = readPercentBand(text);
  if (band) return band;
  const percents = findPercents(text);
  return readPercentRange(text, percents) ?? percents[0]?.value ?? (/\btiered\b/i.test(text) ? text : undefined);
}

export function readDateValue(node: ScalarNode, text: string): DateValue | undefined {
  return readDate(node.value) ?? findDates(text, { years: true })[0]?.value;
}

export function readDurationValue(node: ScalarNode, text: string): Duration | undefined {
  if (isRedactedText(text)) return undefined;
  return readDuration(node.value) ?? findDurations(text)[0]?.value;
}

/**
 * A period, or a statement that one is given without its length ("reasonable transition assistance"):
 * only a value with a number that is not a period ("6 mnths") cannot be read.
 */
export function readPeriodOrStatement(node: ScalarNode, text: string): Duration | string | undefined {
  return readDurationValue(node, text) ?? (/\d/.test(text) ? undefined : text);
}

/** A number, or the first number in prose; a `_days` clause also reads a period ("three months" → 90). */
export function readNumberValue(node: ScalarNode, text: string, path: string): number | undefined {
  if (typeof node.value === 'number') return Number.isFinite(node.value) ? node.value : undefined;
  if (path.endsWith('_days')) {
    const period = readDurationValue(node, text);
    if (period) return Math.round(period.days);
  }
  const digits = /(?<![\p{L}\d.])\d+(?:\.\d+)?/u.exec(text);
  if (digits) return Number(digits[0]);
  // A trial phase in Roman numerals: "Phase II", "IIb".
  const roman = /^(?:phase\s*)?(i{1,3}|iv)[ab]?$/i.exec(text.trim());
  return roman ? roman[1].length + (roman[1].toLowerCase() === 'iv' ? 2 : 0) : undefined;
}

const YES = /^(?:yes|y|true|✓|✔|☑|x)\b/i;
const NO = /^(?:no|n|false|none|n\/a|nil|-|—)(?:\b|$)/i;
const NEGATED = /\bnon[\s-]?(?:refundable|creditable)\b|\bnot\b|\bno\b|\bnone\b|\bwithout\b/i;
/** Words that leave the question open: the value says neither yes nor no. */
const UNDECIDED = /^(?:maybe|perhaps|possibly|unclear|unknown|undecided|open|\?+)(?:\b|$)|\bto be (?:discussed|decided|agreed|determined|confirmed)\b/i;

/** Yes or no: the words, a negation in prose ("non-refundable"), or a clause that states something at all (as prose does). */
export function readBooleanValue(node: ScalarNode, text: string): boolean | undefined {
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'number') return node.value !== 0;
  const trimmed = text.trim();
  if (trimmed === '' || UNDECIDED.test(trimmed)) return undefined;
  return yesOrNo(trimmed) ?? true;
}

/** Yes or no as the words say it: "yes", "✓"; "no", "n/a", or a negation ("non-refundable", "without"). */
export function yesOrNo(text: string): boolean | undefined {
  if (YES.test(text)) return true;
  if (NO.test(text) || NEGATED.test(text)) return false;
  return undefined;
}

/** An enum word: the value itself in any spelling (`Licensee alone`, `licensee_alone`), else the vocabulary's words in prose. */
export function readEnumValue(field: SchemaField, text: string): string | undefined {
  const spelled = enumSpelling(text);
  const bySpelling = enumSpellings(field);
  const exact = bySpelling.get(spelled);
  if (exact !== undefined) return exact;
  if (isNoneSpelling(spelled) && bySpelling.get('none') === 'none') return 'none';
  return field.vocabulary ? findVocabulary(field.vocabulary, text)[0]?.value : undefined;
}

/** Every enum word of a value that may name several ("confidentiality and governing law"). */
export function readEnumValues(field: SchemaField, text: string): string[] | undefined {
  // "None", "not binding": a list of none of them; "all provisions": every one.
  if (isNoneSpelling(enumSpelling(text)) || /\bnon[\s-]?binding\b|\bnot binding\b/i.test(text)) return [];
  if (/^\s*all\b/i.test(text)) return (field.values ?? []).map((entry) => entry.value);
  const one = readEnumValue(field, text);
  const all = field.vocabulary ? findVocabulary(field.vocabulary, text).map((match) => match.value) : [];
  const words = [...new Set(one && !all.includes(one) ? [one, ...all] : all)];
  return words.length > 0 ? words : undefined;
}

/** Four words or more: a sentence, not a slip of one word. */
const SENTENCE = /\S+(?:\s+\S+){3,}/;

/** Each enum field's values by their spelling (the first value of a spelling), made when the field is first read. */
const SPELLINGS = new WeakMap<SchemaField, ReadonlyMap<string, string>>();

function enumSpellings(field: SchemaField): ReadonlyMap<string, string> {
  let bySpelling = SPELLINGS.get(field);
  if (!bySpelling) {
    const table = new Map<string, string>();
    for (const { value } of field.values ?? []) if (!table.has(enumSpelling(value))) table.set(enumSpelling(value), value);
    SPELLINGS.set(field, (bySpelling = table));
  }
  return bySpelling;
}

/** Words that say a clause is deliberately empty, read as an enum's `none`. */
function isNoneSpelling(spelled: string): boolean {
  return isNoneWord(spelled.replace(/-/g, ' '));
}

function enumSpelling(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The one word `text` is a slip of (a letter or two off), if exactly one is that near. */
function nearestWord(text: string, words: readonly string[]): string | undefined {
  const spelled = enumSpelling(text);
  if (spelled.length < 3) return undefined;
  const max = spelled.length < 6 ? 1 : 2;
  const near = words.filter((word) => editDistance(spelled, enumSpelling(word), max) <= max);
  return near.length === 1 ? near[0] : undefined;
}

export function readCountryValue(text: string): string | undefined {
  return readCountry(text) ?? findPlaces(text).find((place) => place.value.kind === 'country')?.value.code;
}

/**
 * The territory words of one item, as the territory reader takes them: the item itself when it is a
 * country, a region or an exclusion, else the places named in it ("Greater China (PRC, Hong Kong,
 * Macau, Taiwan)", "worldwide excluding Greater China"), an excluded one marked with `-`.
 */
export function territoryWords(text: string, regions: Readonly<Record<string, readonly string[]>>, offices: boolean): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (readCountry(trimmed) || readRegion(trimmed.replace(/^-\s*/, ''), regions)) return [trimmed];
  const places = findPlaces(trimmed, { offices });
  if (places.length === 0) return offices && /^(?:EP|EA|GC|WO|PCT|EPO|EPC)$/i.test(trimmed) ? [trimmed] : undefined;
  return places.map((place) => (place.value.excluded && !offices ? `-${place.text}` : place.text));
}
