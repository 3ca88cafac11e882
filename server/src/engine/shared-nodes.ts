import type { ModelNode } from './model';

/**
 * Nodes that stand at more than one place in a model: a YAML alias shares its anchor's node rather
 * than copying it, and nothing else does. Walks that must visit each node once track only these,
 * so a sheet with no aliases is walked without a set of every node.
 */
const SHARED = new WeakSet<ModelNode>();
/** Until a sheet with an alias is read, no node needs looking up at all. */
let anyShared = false;

export function markShared(node: ModelNode): void {
  SHARED.add(node);
  anyShared = true;
}

export function isShared(node: ModelNode): boolean {
  return anyShared && SHARED.has(node);
}
