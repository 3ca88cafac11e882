// Reads periods as contracts write them: "180 days", "six (6) months", "2 years",
// "90 business days". A unit is required: a bare number could mean anything.

export interface Duration {
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
  /** Approximate length in days (month = 30.4375, year = 365.25, business day = 7/5). */
  days: number;
}

const MAX_LENGTH = 64;

// The number words that actually appear in contract periods; rarer ones are written in digits.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['eighteen', 18],
  ['twenty', 20],
  ['twenty four', 24],
  ['thirty', 30],
  ['thirty six', 36],
  ['forty five', 45],
  ['sixty', 60],
  ['ninety', 90],
]);

interface UnitInfo {
  unit: Duration['unit'];
  // Days per unit as a fraction, so 90 business days is exactly 126, not 126.00000000000001.
  daysTimes: number;
  per: number;
}

const DAY: UnitInfo = { unit: 'day', daysTimes: 1, per: 1 };
// Business days are counted as calendar days * 7/5 (five working days per week).
const BUSINESS_DAY: UnitInfo = { unit: 'day', daysTimes: 7, per: 5 };
const WEEK: UnitInfo = { unit: 'week', daysTimes: 7, per: 1 };
const MONTH: UnitInfo = { unit: 'month', daysTimes: 30.4375, per: 1 };
const YEAR: UnitInfo = { unit: 'year', daysTimes: 365.25, per: 1 };

// "m" alone is deliberately missing: "6m" is as likely six million as six months.
const UNITS: ReadonlyMap<string, UnitInfo> = new Map([
  ['d', DAY],
  ['day', DAY],
  ['days', DAY],
  ['calendar day', DAY],
  ['calendar days', DAY],
  ['business day', BUSINESS_DAY],
  ['business days', BUSINESS_DAY],
  ['working day', BUSINESS_DAY],
  ['working days', BUSINESS_DAY],
  ['w', WEEK],
  ['wk', WEEK],
  ['wks', WEEK],
  ['week', WEEK],
  ['weeks', WEEK],
  ['mo', MONTH],
  ['mos', MONTH],
  ['mth', MONTH],
  ['mths', MONTH],
  ['month', MONTH],
  ['months', MONTH],
  ['calendar month', MONTH],
  ['calendar months', MONTH],
  ['y', YEAR],
  ['yr', YEAR],
  ['yrs', YEAR],
  ['year', YEAR],
  ['years', YEAR],
  ['calendar year', YEAR],
  ['calendar years', YEAR],
]);

const DIGITS = /^\d+(?:\.\d+)?$/;

/**
 * "180 days" → {180, day, 180}; "six (6) months" → {6, month, 182.625} (the digit wins
 * over the word); "90 business days" → {90, day, 126}. Undefined for bare numbers,
 * unknown units and anything else.
 */
export function readDuration(value: unknown): Duration | undefined {
  try {
    if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
    return readTokens(tokenize(value));
  } catch {
    // Hostile text must not stop a lint: read as nothing, the value is reported by unreadable-value, not skipped.
    return undefined;
  }
}

/** "Six (6)-month" → ["six", "(", "6", ")", "month"]; "30d" → ["30", "d"]. */
function tokenize(text: string): string[] {
  const s = text
    .toLowerCase()
    // Hyphens inside words ("twenty-four", "six (6)-month") only; a leading "-5" stays negative.
    .replace(/(?<=[a-z0-9)])-(?=[a-z(])/g, ' ')
    .replace(/[()]/g, ' $& ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .trim();
  return s === '' ? [] : s.split(/\s+/);
}

function readTokens(tokens: string[]): Duration | undefined {
  let i = 0;
  let amount: number | undefined;
  if (tokens.length > 0 && DIGITS.test(tokens[0])) {
    amount = Number(tokens[0]);
    i = 1;
    // "6 (six) months": skip the word, the digit already says it.
    const word = parenthesised(tokens, i);
    if (word && wordValue(word.inner) !== undefined) i = word.next;
  } else {
    for (const width of [2, 1]) {
      const value = NUMBER_WORDS.get(tokens.slice(0, width).join(' '));
      if (value !== undefined && tokens.length >= width) {
        amount = value;
        i = width;
        break;
      }
    }
    if (amount === undefined) return undefined;
    // "six (6) months": the digit is what the parties signed up to.
    const digit = parenthesised(tokens, i);
    if (digit && digit.inner.length === 1 && DIGITS.test(digit.inner[0])) {
      amount = Number(digit.inner[0]);
      i = digit.next;
    }
  }
  const unit = UNITS.get(tokens.slice(i).join(' '));
  if (unit === undefined || amount === undefined || !Number.isFinite(amount)) return undefined;
  return { amount, unit: unit.unit, days: (amount * unit.daysTimes) / unit.per };
}

function parenthesised(tokens: string[], i: number): { inner: string[]; next: number } | undefined {
  if (tokens[i] !== '(') return undefined;
  const close = tokens.indexOf(')', i + 1);
  // Two words at most: "(twenty four)".
  if (close < 0 || close - i - 1 < 1 || close - i - 1 > 2) return undefined;
  return { inner: tokens.slice(i + 1, close), next: close + 1 };
}

function wordValue(words: string[]): number | undefined {
  return NUMBER_WORDS.get(words.join(' '));
}

/** "180 days", "6 months", "1 year". */
export function formatDuration(d: Duration): string {
  try {
    return `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`;
  } catch {
    return '';
  }
}
