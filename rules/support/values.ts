import { enumValue, type ModelNode } from '../../server/src/engine';

/** Words with which a sheet says a clause deliberately has nothing in it. */
const NONE_WORDS = new Set(['none', 'no', 'false', 'n/a', 'na', 'nil', 'not applicable']);

export function isNone(node: ModelNode | undefined): boolean {
  const value = enumValue(node);
  return value !== undefined && NONE_WORDS.has(value);
}
