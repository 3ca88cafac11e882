import { schemaKeysAt, schemaKeyTable } from '../../server/src/engine';

/**
 * The keys of the canonical term-sheet model per parent path, as the schema (engine/schema.ts)
 * describes them. A parent path is the model path of a mapping with list items written as `[]`:
 * `ip.patents[]` is any patent family. '' is the top level.
 */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = schemaKeyTable();

/** The known keys of the mapping at `parentPath` (`[]` for list items), or undefined where the model says nothing. */
export function knownKeysAt(parentPath: string): readonly string[] | undefined {
  return schemaKeysAt(parentPath);
}
