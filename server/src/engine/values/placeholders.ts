import type { Found } from './find-in-prose';

/**
 * `[TBD]`, `[TBD: scope]`, `[●]`, `[ ]`, `[xx]`, `{{licensee}}`, a bare TBD/TBC/TBA, or XX standing in for
 * a figure (but not a code name such as TBD-101). Each alternative is bounded by a literal on both sides, so matching stays linear.
 */
export const PLACEHOLDER = /\[(?:\s*(?:TBD|TBC|TBA|tbd|tbc|[●•]|[xX]+|_+)\s*(?:[:\-–][^\]\n]*)?| +)\]|\{\{[^{}\n]*\}\}|\b(?:TB[DCA]|XX+)\b(?!-\w)/g;

/** What every placeholder holds: `[`, `{`, `TB` or `XX`. */
const PLACEHOLDER_MARK = /[[{]|TB|XX/;

/** The placeholders in a text, as `text.match(PLACEHOLDER)` gives them (null for none); most values are passed over at a glance. */
export function placeholdersIn(text: string): RegExpMatchArray | null {
  return PLACEHOLDER_MARK.test(text) ? text.match(PLACEHOLDER) : null;
}

/**
 * False when `text` between the offsets cannot hold a placeholder (no `[`, `{`, `TB` or `XX`): a
 * look at the characters in place, for readers that ask of every value.
 */
export function mayHoldPlaceholder(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */ || code === 123 /* { */) return true;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if ((code === 84 /* T */ && next === 66) /* B */ || (code === 88 /* X */ && next === 88)) return true;
  }
  return false;
}

/** Each placeholder with its offsets in the text. */
export function findPlaceholders(text: string): Found<string>[] {
  if (!PLACEHOLDER_MARK.test(text)) return [];
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], value: m[0] }));
}
