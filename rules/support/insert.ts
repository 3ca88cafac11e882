import { findEntry, type MapNode, type RuleContext, type TextEdit } from '../../server/src/engine';

/**
 * Edits that give several keys of one clause a value: empty keys are filled, absent keys are added at the
 * end. Fills come first, because an empty last key's value and the end of the clause are the same point,
 * and edits at one point apply in the order given.
 */
export function setKeys(context: RuleContext, parentPath: string, map: MapNode | undefined, values: ReadonlyArray<readonly [string, unknown]>): TextEdit[] {
  const present = values.filter(([key]) => map && findEntry(map, key));
  const absent = values.filter(([key]) => !map || !findEntry(map, key));
  return [...present, ...absent].flatMap(([key, value]) => context.edit.insertEntry(parentPath, key, value));
}
