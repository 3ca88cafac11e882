import { BLANK } from '../lexicon/blanks';
import { REDACTION } from '../lexicon/redactions';
import type { Found } from './find-in-prose';

/** Any blank of the lexicon (lexicon/blanks.ts): `[TBD]`, `[DATE]`, `$[___]`, `X%`, `{{licensee}}`, a bare TBD or XX. */
export const PLACEHOLDER = BLANK;

/** Any redaction of the lexicon (lexicon/redactions.ts): `[***]`, `[*]`, `[REDACTED]`. */
export { REDACTION };

/**
 * What every blank or redaction holds: a bracket, a brace, an underscore, an asterisk, `TB`, `XX`, two
 * exclamation marks, a percent sign after a letter (`X%`, `W%–Z%`), or x after a currency sign or before
 * "per cent". A text without one is passed over at a glance: "9% of Net Sales" is, as most royalty terms are.
 */
const MARK = /[[{<_*]|TB|XX|!!|[A-Za-z]\s?%|[$€£¥]\s?[Xx]|[Xx]\s+per/;

/** The placeholders in a text, as `text.match(PLACEHOLDER)` gives them (null for none); most values are passed over at a glance. */
export function placeholdersIn(text: string): RegExpMatchArray | null {
  return MARK.test(text) ? text.match(PLACEHOLDER) : null;
}

/** The redactions in a text (null for none). */
export function redactionsIn(text: string): RegExpMatchArray | null {
  return text.includes('[') || text.includes('*') ? text.match(REDACTION) : null;
}

/**
 * False when `text` between the offsets cannot hold a blank or a redaction (see MARK): a look at the
 * characters in place, for readers that ask of every value.
 */
export function mayHoldPlaceholder(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */ || code === 123 /* { */ || code === 60 /* < */ || code === 95 /* _ */ || code === 42 /* * */) return true;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    // "X%", "X %": a percent sign after a letter.
    if (isAsciiLetter(code) && (next === 37 /* % */ || (next === 32 && i + 2 < end && text.charCodeAt(i + 2) === 37))) return true;
    if ((code === 84 /* T */ && next === 66) /* B */ || (code === 88 /* X */ && next === 88) || (code === 33 /* ! */ && next === 33)) return true;
    // "$X", "$ X" and "x percent": an x after a currency sign, or before a word.
    if (isCurrencySign(code) && (isX(next) || (next === 32 /* space */ && isX(i + 2 < end ? text.charCodeAt(i + 2) : 0)))) return true;
    if (isX(code) && next === 32) return true;
  }
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isX(code: number): boolean {
  return code === 88 /* X */ || code === 120; /* x */
}

function isCurrencySign(code: number): boolean {
  return code === 36 /* $ */ || code === 8364 /* € */ || code === 163 /* £ */ || code === 165; /* ¥ */
}

/** Each placeholder with its offsets in the text. */
export function findPlaceholders(text: string): Found<string>[] {
  return MARK.test(text) ? found(text, PLACEHOLDER) : [];
}

/** Each redaction with its offsets in the text (a text with no bracket or asterisk holds none). */
export function findRedactions(text: string): Found<string>[] {
  return text.includes('[') || text.includes('*') ? found(text, REDACTION) : [];
}

/** Each blank and each redaction with its offsets: what a reader keeps as written rather than read as a value. */
export function findMarks(text: string): Found<string>[] {
  if (!MARK.test(text)) return [];
  return [...found(text, PLACEHOLDER), ...found(text, REDACTION)].sort((a, b) => a.start - b.start);
}

function found(text: string, pattern: RegExp): Found<string>[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], value: m[0] }));
}
