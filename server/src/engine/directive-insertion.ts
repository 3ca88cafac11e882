import type { Sheet } from './model';
import { applyEdits, type TextEdit } from './text';

/**
 * A directive edit is offered only when the sheet reads back with the same clauses and exactly the
 * expected number of new directives: a comment line inside a block scalar or between table rows
 * would change what the sheet says.
 */
export function keepsSheet(sheet: Sheet, edits: TextEdit[], read: (text: string) => Sheet, added: number): TextEdit[] {
  const after = read(applyEdits(sheet.text, edits));
  const sameClauses = JSON.stringify(after.root.entries.map((entry) => entry.key)) === JSON.stringify(sheet.root.entries.map((entry) => entry.key));
  return after.problems.length === 0 && sameClauses && after.directives.length === sheet.directives.length + added ? edits : [];
}

/** The leading blanks of a line, so a comment sits at the indentation of what it waives. */
export function indentationOf(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}
