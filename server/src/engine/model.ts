import type { LineIndex, Range } from './text';

/**
 * The canonical model: one tree, built from YAML or Markdown, in which every clause keeps the
 * range of its key and of its value. Rules read only this; they never see the source format.
 */
export type ModelNode = MapNode | ListNode | ScalarNode;

export interface MapNode {
  kind: 'map';
  entries: Entry[];
  range: Range;
}

export interface ListNode {
  kind: 'list';
  items: ModelNode[];
  range: Range;
}

export type ScalarValue = string | number | boolean | null;

export interface ScalarNode {
  kind: 'scalar';
  value: ScalarValue;
  range: Range;
}

/** A clause: a key and its value. */
export interface Entry {
  key: string;
  keyRange: Range;
  value: ModelNode;
}

/** A problem that stopped the source from being read (reported by the `syntax` rule). */
export interface ParseProblem {
  message: string;
  range: Range;
}

/** A lint directive found in a comment (`termsheet-disable-next-line id`). */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  ruleIds: string[];
  reason?: string;
  range: Range;
}

export type SheetFormat = 'yaml' | 'markdown';

export interface Sheet {
  /** Known to the adapters and the editor, never consulted by rules. */
  format: SheetFormat;
  text: string;
  lines: LineIndex;
  /** The top-level clauses; an empty map when the source has none. */
  root: MapNode;
  problems: ParseProblem[];
  directives: Directive[];
}

/** A path into the model: `license.territory`, `financials.milestones.development`. */
export type ModelPath = string;

export function splitPath(path: ModelPath): string[] {
  return path === '' ? [] : path.split('.');
}

export function findEntry(map: MapNode, key: string): Entry | undefined {
  return map.entries.find((entry) => entry.key === key);
}

/** The clause at `path`, or undefined when any step is missing or not a map. */
export function getEntry(root: MapNode, path: ModelPath): Entry | undefined {
  let map: MapNode | undefined = root;
  let entry: Entry | undefined;
  for (const key of splitPath(path)) {
    if (!map) return undefined;
    entry = findEntry(map, key);
    if (!entry) return undefined;
    map = entry.value.kind === 'map' ? entry.value : undefined;
  }
  return entry;
}

export function getNode(root: MapNode, path: ModelPath): ModelNode | undefined {
  return path === '' ? root : getEntry(root, path)?.value;
}

/** The deepest clause that exists along `path` (for pointing at the parent of something missing). */
export function deepestEntry(root: MapNode, path: ModelPath): Entry | undefined {
  let map: MapNode | undefined = root;
  let deepest: Entry | undefined;
  for (const key of splitPath(path)) {
    const entry: Entry | undefined = map && findEntry(map, key);
    if (!entry) break;
    deepest = entry;
    map = entry.value.kind === 'map' ? entry.value : undefined;
  }
  return deepest;
}

export function asMap(node: ModelNode | undefined): MapNode | undefined {
  return node?.kind === 'map' ? node : undefined;
}

export function asList(node: ModelNode | undefined): ListNode | undefined {
  return node?.kind === 'list' ? node : undefined;
}

export function asScalar(node: ModelNode | undefined): ScalarNode | undefined {
  return node?.kind === 'scalar' ? node : undefined;
}

/** The items of a list, or the node itself as a one-item list (so `territory: JP` reads like `[JP]`). */
export function itemsOf(node: ModelNode | undefined): ModelNode[] {
  if (!node) return [];
  if (node.kind === 'list') return node.items;
  return isBlank(node) ? [] : [node];
}

/** True for a missing value, an empty string, an empty list or an empty map. */
export function isBlank(node: ModelNode | undefined): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'scalar':
      return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
    case 'list':
      return node.items.length === 0;
    case 'map':
      return node.entries.length === 0;
  }
}

/** The scalar's value as text ('' for null), or undefined for a list or map. */
export function scalarText(node: ModelNode | undefined): string | undefined {
  if (node?.kind !== 'scalar') return undefined;
  return node.value === null ? '' : String(node.value);
}

/** Lower-cased, trimmed text of a scalar, for comparing enum words. */
export function enumValue(node: ModelNode | undefined): string | undefined {
  const text = scalarText(node);
  return text === undefined ? undefined : text.trim().toLowerCase();
}

/**
 * Visits every scalar with its path. Shared nodes (YAML aliases) are visited once, so an alias
 * bomb costs no more than its source text.
 */
export function forEachScalar(root: ModelNode, visit: (node: ScalarNode, path: string) => void): void {
  const seen = new Set<ModelNode>();
  const stack: Array<{ node: ModelNode; path: string }> = [{ node: root, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'scalar') {
      visit(node, path);
    } else if (node.kind === 'list') {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: `${path}[${i}]` });
    } else {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i];
        stack.push({ node: entry.value, path: path ? `${path}.${entry.key}` : entry.key });
      }
    }
  }
}
