// Shared text normalisation for name look-ups (countries, regions).
// Internal helper: not part of the public value-reader API.

/** Longest text we try to interpret as a name; anything longer is prose, not a name. */
export const MAX_NAME_LENGTH = 200;

/**
 * Folds a name to a look-up key: accents dropped ("Côte" = "Cote"), case folded,
 * "&" read as "and", dots and apostrophes removed so "U.S.A." = "USA" and
 * "Cote d'Ivoire" = "Cote dIvoire", every other run of punctuation/space becomes one
 * space, and a leading "the" is dropped ("The Netherlands"). Letters of any script are
 * kept so CJK names still match. Linear in the input length.
 */
export function normalizeName(text: string): string {
  // Plain words of ASCII letters and digits fold by case alone (most codes and names).
  if (PLAIN_WORDS.test(text)) {
    const lower = text.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/&/g, ' and ').replace(/[.'\u2019`]/g, '');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Own-property check, so keys like "constructor" or "__proto__" never resolve. */
export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
