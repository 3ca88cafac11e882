import { PLACEHOLDER, placeholdersIn, redactionsIn } from '../values/placeholders';

export { PLACEHOLDER, placeholdersIn, redactionsIn };

const PLACEHOLDER_ONLY = new RegExp(`^\\s*(?:${PLACEHOLDER.source})\\s*$`);

/**
 * A value that is only a placeholder. Rules that ask whether something is stated treat a placeholder
 * as stated: placeholder-left owns it, and reports it until it is filled in, so the same gap is not
 * reported twice.
 */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_ONLY.test(text);
}

/**
 * A value a filed agreement redacts, in whole or in part (`[***]`, `$[***] million`): stated, not
 * disclosed. No rule reads it as a value, fixes it or reports it missing, vague or unreadable.
 */
export function isRedactedText(text: string): boolean {
  return redactionsIn(text) !== null;
}
