/**
 * A lexicon entry: one way drafters write something that is not a value (a blank left to fill in, a
 * redaction), as a pattern with the examples that define it and the near misses it must leave alone.
 * Patterns are written without flags and without `\b` (ASCII word boundaries are spelled out as
 * lookarounds), so the editor grammar can use the same source (Oniguruma's `\b` is Unicode-aware).
 */
export interface LexiconEntry {
  name: string;
  /** What the entry stands for, for the rule pages. */
  description: string;
  /** A regular expression source, without flags. */
  pattern: string;
  /** Texts whose whole is one match. */
  examples: readonly string[];
  /** Texts in which nothing of this entry is found: real text that looks close. */
  nearMisses: readonly string[];
}

/** Not preceded / not followed by an ASCII word character: `\b` at a word's start or end, as JavaScript reads it. */
export const WORD_START = '(?<![A-Za-z0-9_])';
export const WORD_END = '(?![A-Za-z0-9_])';

/** One pattern finding any entry of a lexicon; at one position the first entry listed wins. */
export function lexiconPattern(entries: readonly LexiconEntry[]): RegExp {
  return new RegExp(entries.map((entry) => entry.pattern).join('|'), 'g');
}

/** A word in the cases drafters write it: `name` → `[Nn]ame|NAME`. */
export function anyCase(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`;
}
