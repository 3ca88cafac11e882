// Reads a clause value that is, as a whole, an amount of money ("USD 20M", "$20 million",
// "RMB 100,000,000", 20000000). Money inside prose is a different reader's job, so any
// extra word makes the value unreadable here.

export interface Money {
  amount: number;
  /** ISO 4217 code; absent when the text names no currency. */
  currency?: string;
}

// Active ISO 4217 codes, accepted before or after the amount ("USD 20M", "20M USD").
const ISO_4217 = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN ' +
    'BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD ' +
    'FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY ' +
    'KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP ' +
    'MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR ' +
    'RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT ' +
    'TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ' +
    'ZMW ZWG'
  ).split(' '),
);

// Symbols and non-ISO spellings written before the amount; keys are upper-cased with
// whitespace removed. Bare "¥" reads as CNY, not JPY: the term sheets this linter sees
// come mostly from Chinese licensors, and Japanese drafts write "JPY" or "円".
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['USD$', 'USD'],
  ['HK$', 'HKD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['S$', 'SGD'],
  ['NT$', 'TWD'],
  ['R$', 'BRL'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['JP¥', 'JPY'],
]);

// Currency names and symbols written after the amount ("20 million US dollars", "500万元");
// keys are lower-cased with dots removed and whitespace collapsed. Bare "dollars" reads as
// USD for the same reason "$" does.
const SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['us dollar', 'USD'],
  ['us dollars', 'USD'],
  ['united states dollars', 'USD'],
  ['us$', 'USD'],
  ['€', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['£', 'GBP'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['rmb', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['元人民币', 'CNY'],
  ['円', 'JPY'],
  ['yen', 'JPY'],
  ['japanese yen', 'JPY'],
  ['swiss franc', 'CHF'],
  ['swiss francs', 'CHF'],
  ['won', 'KRW'],
  ['korean won', 'KRW'],
  ['hong kong dollar', 'HKD'],
  ['hong kong dollars', 'HKD'],
  ['hk dollars', 'HKD'],
  ['hk$', 'HKD'],
]);

// Power of ten per multiplier word. 万/亿 because Chinese drafts write "500万元", "1亿元".
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 3],
  ['thousand', 3],
  ['m', 6],
  ['mm', 6],
  ['mn', 6],
  ['million', 6],
  ['b', 9],
  ['bn', 9],
  ['billion', 9],
  ['万', 4],
  ['亿', 8],
]);

// A money value longer than this is prose; the cap also keeps every step cheap.
const MAX_LENGTH = 100;

// Digits with optional well-formed thousands separators, then an optional fraction.
const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
// Longest words first so "million" is not read as "m" + "illion".
const MULTIPLIER = /(thousand|million|billion|mm|mn|bn|k|m|b|万|亿)(?![a-z])/iy;

export function readMoney(value: unknown): Money | undefined {
  try {
    if (typeof value === 'number') {
      return Number.isFinite(value) && value >= 0 ? { amount: value + 0 } : undefined; // +0 folds -0
    }
    if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
    return readMoneyText(value.trim());
  } catch {
    // Hostile text must not stop a lint: read as nothing, the value is reported by unreadable-value, not skipped.
    return undefined;
  }
}

function readMoneyText(text: string): Money | undefined {
  const firstDigit = text.search(/\d/);
  if (firstDigit < 0) return undefined;

  const prefix = text.slice(0, firstDigit).replace(/\s+/g, '').toUpperCase();
  let currency: string | undefined;
  if (prefix !== '') {
    currency = ISO_4217.has(prefix) ? prefix : PREFIXES.get(prefix);
    if (currency === undefined) return undefined;
  }

  NUMBER.lastIndex = firstDigit;
  const num = NUMBER.exec(text);
  if (!num) return undefined;
  let pos = NUMBER.lastIndex;

  let exponent = 0;
  const afterNumber = skipSpaces(text, pos);
  MULTIPLIER.lastIndex = afterNumber;
  const mult = MULTIPLIER.exec(text);
  if (mult) {
    exponent = MULTIPLIERS.get(mult[1].toLowerCase()) ?? 0;
    pos = MULTIPLIER.lastIndex;
  }

  const rest = text.slice(pos).trim();
  if (rest !== '') {
    const key = rest.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
    const suffix = ISO_4217.has(key.toUpperCase()) ? key.toUpperCase() : SUFFIXES.get(key);
    if (suffix === undefined) return undefined;
    // "$20 million USD" is fine; "$20 million EUR" contradicts itself.
    if (currency !== undefined && currency !== suffix) return undefined;
    currency = suffix;
  }

  // Build the decimal string and let Number() scale it, so "1.1bn" is exactly 1100000000
  // rather than 1.1 * 1e9 with float noise.
  const digits = num[1].replace(/,/g, '') + (num[2] !== undefined ? '.' + num[2] : '');
  const amount = Number(`${digits}e${exponent}`);
  if (!Number.isFinite(amount)) return undefined;
  return currency === undefined ? { amount } : { amount, currency };
}

function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos;
}

/** "USD 20,000,000"; without a currency just "20,000,000". */
export function formatMoney(money: Money): string {
  try {
    return withCurrency(money, groupThousands(money.amount));
  } catch {
    return '';
  }
}

/** "USD 20M", "USD 1.5B", "EUR 500K": at most two decimals, trailing zeros dropped. */
export function formatMoneyShort(money: Money): string {
  try {
    const amount = money.amount;
    if (!Number.isFinite(amount)) return withCurrency(money, String(amount));
    const sign = amount < 0 ? '-' : '';
    const abs = Math.abs(amount);
    let i = SHORT_UNITS.length - 1;
    while (i > 0 && abs < SHORT_UNITS[i][0]) i--;
    // Rounding can reach the next unit: 999,999,999 is "1B", not "1000M".
    if (i < SHORT_UNITS.length - 1 && round2(abs / SHORT_UNITS[i][0]) >= 1000) i++;
    const [size, unit] = SHORT_UNITS[i];
    return withCurrency(money, sign + String(round2(abs / size)) + unit);
  } catch {
    return '';
  }
}

const SHORT_UNITS: ReadonlyArray<readonly [number, string]> = [
  [1, ''],
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
];

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function withCurrency(money: Money, amount: string): string {
  return typeof money.currency === 'string' && money.currency !== '' ? `${money.currency} ${amount}` : amount;
}

function groupThousands(amount: number): string {
  const text = String(amount);
  // Exponent notation (tiny or astronomically large amounts) has no sensible grouping.
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return (negative ? '-' : '') + grouped + (fraction !== undefined ? '.' + fraction : '');
}
