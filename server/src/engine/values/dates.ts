// Reads dates as term sheets write them: full dates, months, years, quarters and halves
// (patent expiry "2043", a milestone "Q1 2027" or "first quarter of 2027", an effective date
// "2 November 2026" or "2026年11月2日").

export interface DateValue {
  year: number;
  /** 1-12 */
  month?: number;
  day?: number;
  /** A quarter or a half of the year, whose first month `month` is: the date is only that precise. */
  span?: 'quarter' | 'half';
}

// Years outside this range are patent numbers, amounts or typos, not dates in a deal.
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const MAX_LENGTH = 64;
const DAYS_PER_MONTH = 30.4375; // 365.25 / 12

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

// Each pattern is anchored and its parts use disjoint character classes, so matching is linear.
const YEAR = /^(\d{4})$/;
const ISO_MONTH = /^(\d{4})[-/](\d{2})$/;
const ISO_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i; // November 2, 2026
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i; // 2 November 2026
const MONTH_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/i; // Nov 2026
const QUARTER_YEAR = /^([qh])([1-4])\s*(?:[-/]|\s+of)?\s*(\d{4})$/i; // Q1 2027, H2 2027, Q1 of 2027
const YEAR_QUARTER = /^(\d{4})\s*[-/]?\s*([qh])([1-4])$/i; // 2027 Q1, 2027-Q1
const NUMBER_QUARTER_YEAR = /^([1-4])([qh])\s*[-/]?\s*(\d{4})$/i; // 1Q 2027, 2H 2027
const DAY_OF_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+of\s+([a-z]+)\.?,?\s+(\d{4})$/i; // 5th of March 2023
// "the first quarter of 2027", "second half 2027", "Q1 of 2027"
const WORDS_QUARTER_YEAR = /^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\s*(?:of\s+|,\s*)?(\d{4})$/i;
// 2027年3月5日, 2027年3月, 2027年 (号 for 日 in speech-like drafts)
const CJK_DATE = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?$/;
// 2027年第一季度, 2027年Q1, 2027年上半年 / 下半年
const CJK_QUARTER = /^(\d{4})\s*年\s*(?:第([一二三四1-4])季度|[Qq]([1-4])|([上下])半年)$/;

/**
 * Reads a date, a month or a year. Quarters and halves read as their first month
 * ("Q1 2027" → {2027, 1}, "H2 2027" → {2027, 7}). A JS Date (as YAML parsers produce)
 * is read in UTC, because YAML dates are UTC midnight and local time would shift them.
 * Impossible dates ("2026-02-30") → undefined.
 */
export function readDate(value: unknown): DateValue | undefined {
  try {
    if (value instanceof Date) {
      const t = value.getTime();
      if (!Number.isFinite(t)) return undefined;
      return make(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    }
    if (typeof value === 'number') return Number.isInteger(value) ? make(value) : undefined;
    if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
    return readDateText(value.trim());
  } catch {
    // Hostile text must not stop a lint: read as nothing, the value is reported by unreadable-value, not skipped.
    return undefined;
  }
}

function readDateText(text: string): DateValue | undefined {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) return make(+m[1]);
  if ((m = ISO_MONTH.exec(text))) return make(+m[1], +m[2]);
  if ((m = ISO_DATE.exec(text))) return make(+m[1], +m[2], +m[3]);
  // Before the day-month forms, which would take "4th quarter 2023" for a month called "quarter".
  if ((m = WORDS_QUARTER_YEAR.exec(text))) return period(+m[3], m[2][0], ORDINALS[m[1].toLowerCase()]);
  if ((m = MONTH_DAY_YEAR.exec(text))) return make(+m[3], monthNumber(m[1]), +m[2]);
  if ((m = DAY_MONTH_YEAR.exec(text))) return make(+m[3], monthNumber(m[2]), +m[1]);
  if ((m = MONTH_YEAR.exec(text))) return make(+m[2], monthNumber(m[1]));
  if ((m = QUARTER_YEAR.exec(text))) return period(+m[3], m[1], +m[2]);
  if ((m = YEAR_QUARTER.exec(text))) return period(+m[1], m[2], +m[3]);
  if ((m = NUMBER_QUARTER_YEAR.exec(text))) return period(+m[3], m[2], +m[1]);
  if ((m = DAY_OF_MONTH_YEAR.exec(text))) return make(+m[3], monthNumber(m[2]), +m[1]);
  if ((m = CJK_DATE.exec(text))) return make(+m[1], m[2] === undefined ? undefined : +m[2], m[3] === undefined ? undefined : +m[3]);
  if ((m = CJK_QUARTER.exec(text))) {
    if (m[4]) return period(+m[1], 'h', m[4] === '上' ? 1 : 2);
    return period(+m[1], 'q', CJK_NUMBERS[m[2] ?? ''] ?? +(m[2] ?? m[3]));
  }
  return undefined;
}

const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const CJK_NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

function monthNumber(name: string): number {
  return MONTHS.get(name.toLowerCase()) ?? 0; // 0 fails validation in make()
}

function period(year: number, kind: string, index: number): DateValue | undefined {
  const quarter = kind.toLowerCase() === 'q';
  if (!quarter && index > 2) return undefined;
  const date = make(year, quarter ? (index - 1) * 3 + 1 : (index - 1) * 6 + 1);
  return date && { ...date, span: quarter ? 'quarter' : 'half' };
}

function make(year: number, month?: number, day?: number): DateValue | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (month === undefined) return { year };
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return { year, month };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Months from `from` to `to` (negative when `to` is earlier). With full dates on both sides
 * it is days / 30.4375; otherwise whole months, a missing month or day counting as 1.
 */
export function monthsBetween(from: DateValue, to: DateValue): number {
  try {
    if (from.month !== undefined && from.day !== undefined && to.month !== undefined && to.day !== undefined) {
      const days = (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000;
      return days / DAYS_PER_MONTH;
    }
    return (to.year - from.year) * 12 + ((to.month ?? 1) - (from.month ?? 1));
  } catch {
    return NaN;
  }
}

/** "2026-11-02", "2026-11", "2026-Q4", "2026-H2" or "2043". */
export function formatDate(d: DateValue): string {
  try {
    const year = String(d.year).padStart(4, '0');
    if (d.month === undefined) return year;
    if (d.span === 'quarter') return `${year}-Q${Math.floor((d.month - 1) / 3) + 1}`;
    if (d.span === 'half') return `${year}-H${d.month <= 6 ? 1 : 2}`;
    const month = String(d.month).padStart(2, '0');
    if (d.day === undefined) return `${year}-${month}`;
    return `${year}-${month}-${String(d.day).padStart(2, '0')}`;
  } catch {
    return '';
  }
}
