import { enumValue, isBlank, itemsOf, scalarText, type ModelNode } from '../model';
import { isPlaceholderText, isRedactedText } from './placeholders';
import { isNoneValue as isNone } from '../data-rules';

/** A value that is only a placeholder (`[TBD]`, `[TBD: scope]`, `[●]`, `{{name}}`, `TBD`, `XX`): see isPlaceholderText. */
export function isPlaceholder(node: ModelNode | undefined): boolean {
  const text = scalarText(node);
  return text !== undefined && isPlaceholderText(text);
}

/** A value redacted in whole or in part (`[***]`, `$[***] million`): see isRedactedText. */
export function isRedacted(node: ModelNode | undefined): boolean {
  const text = scalarText(node);
  return text !== undefined && isRedactedText(text);
}

/** Something is written here: not missing, not empty, not `none` / `no` / `false`. */
export function isStated(node: ModelNode | undefined): node is ModelNode {
  return !isBlank(node) && !isNone(node);
}

/** An enum word in the catalog's spelling: `Best in class`, `best_in_class` → `best-in-class`. */
export function normalizeWord(node: ModelNode | undefined): string | undefined {
  const value = enumValue(node);
  return value === undefined ? undefined : value.replace(/[\s_]+/g, '-');
}

const TRUE_WORDS = new Set(['true', 'yes', 'y']);

/** True only for an explicit yes (`true`, `yes`). */
export function isTrue(node: ModelNode | undefined): boolean {
  const value = enumValue(node);
  return value !== undefined && TRUE_WORDS.has(value);
}

/** The scalar texts of a value read as a list (`JP` reads like `[JP]`), placeholders left out. */
export function itemTexts(node: ModelNode | undefined): string[] {
  return itemsOf(node).flatMap((item) => {
    const text = scalarText(item);
    return text === undefined || text.trim() === '' || isPlaceholder(item) ? [] : [text.trim()];
  });
}
