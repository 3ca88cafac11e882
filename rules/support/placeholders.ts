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

const PLACEHOLDER_ONLY = new RegExp(`^\\s*(?:${PLACEHOLDER.source})\\s*$`);

/**
 * A value that is only a placeholder. Rules that ask whether something is stated treat a placeholder
 * as stated: placeholder-left owns it, and reports it until it is filled in, so the same gap is not
 * reported twice.
 */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_ONLY.test(text);
}
