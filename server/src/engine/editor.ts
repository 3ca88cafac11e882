import type { Entry, ModelNode, Sheet } from './model';
import type { Range, TextEdit } from './text';
import type * as MarkdownEditing from './markdown/editor';
import { YamlEditor } from './yaml-editor';

/**
 * What a fix may ask for, in terms of the model. Each format writes it in its own syntax and
 * style, so rules describe the change and never the text. An empty result means the change cannot
 * be made safely here, and the fix is not offered.
 */
export interface SheetEditor {
  /** Add `key: value` to the clause at `parentPath`, creating missing parents ('' is the top level). */
  insertEntry(parentPath: string, key: string, value: unknown): TextEdit[];
  /**
   * Replace a value. `sentence`: the new value said as a whole sentence, for a format whose prose may hold
   * the value inside a sentence of its own ("The Licensee alone decides the local trial designs"): that
   * sentence is replaced by it, so the prose stays English.
   */
  setValue(node: ModelNode, value: unknown, sentence?: string): TextEdit[];
  /** Add items to a list (a single value becomes a list), with an optional note for the reader. */
  appendToList(node: ModelNode, items: readonly unknown[], note?: string): TextEdit[];
  renameKey(entry: Entry, newKey: string): TextEdit[];
  /** A directive, in the format's comment syntax, that waives `ruleId` for the finding at `range`. */
  disableRule(range: Range, ruleId: string): TextEdit[];
}

export const NO_EDITS: SheetEditor = {
  insertEntry: () => [],
  setValue: () => [],
  appendToList: () => [],
  renameKey: () => [],
  disableRule: () => [],
};

/** `checkInsertions`: a Markdown insertion is read back before it is offered (see `MarkdownEditor`). */
export function editorFor(sheet: Sheet, checkInsertions = true): SheetEditor {
  if (sheet.format === 'yaml') return new YamlEditor(sheet);
  // Loaded with the first Markdown sheet, as the Markdown reader is (see readSheet).
  if (sheet.format === 'markdown') return new (require('./markdown/editor') as typeof MarkdownEditing).MarkdownEditor(sheet, checkInsertions);
  return NO_EDITS;
}
