import { isShared } from './shared-nodes';
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

/** A comment written as a directive under a name no directive has (`termsheet-disabel`): it waives nothing. */
export interface UnknownDirective {
  /** The name as written, prefix included: `termsheet-disable-line`. */
  name: string;
  nameRange: Range;
  /** The known directive nearest to it: `termsheet-disable-next-line`. */
  suggestion: string;
  /** The whole comment. */
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
  unknownDirectives: UnknownDirective[];
}

/** A path into the model: `license.territory`, `financials.milestones.development`. */
export type ModelPath = string;

export function splitPath(path: ModelPath): readonly string[] {
  if (path === '') return [];
  // Rules ask for the same few dozen clause paths on every lint: each is split once.
  let keys = SPLIT_PATHS.get(path);
  if (!keys) {
    keys = Object.freeze(path.split('.'));
    if (SPLIT_PATHS.size >= MAX_SPLIT_PATHS) SPLIT_PATHS.clear();
    SPLIT_PATHS.set(path, keys);
  }
  return keys;
}

const SPLIT_PATHS = new Map<ModelPath, readonly string[]>();
const MAX_SPLIT_PATHS = 2_000;

export function findEntry(map: MapNode, key: string): Entry | undefined {
  const entries = map.entries;
  if (entries.length < INDEXED_FROM) return entries.find((entry) => entry.key === key);
  // A wide map (thousands of clauses at one level) is looked up through an index of its first entry per key,
  // built on first use. Maps are not changed once read; an index whose array has changed is built again.
  let index = KEY_INDEXES.get(map);
  if (!index || index.entries !== entries || index.length !== entries.length) {
    const byKey = new Map<string, Entry>();
    for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
    index = { entries, length: entries.length, byKey };
    KEY_INDEXES.set(map, index);
  }
  return index.byKey.get(key);
}

/** Below this many entries a scan is as quick as an index. */
const INDEXED_FROM = 32;
const KEY_INDEXES = new WeakMap<MapNode, { entries: readonly Entry[]; length: number; byKey: Map<string, Entry> }>();

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
  visitScalars(root, (node, path) => visit(node, path()));
}

/**
 * `forEachScalar` for visitors that need the path of only a few scalars: `path()` writes it out
 * when called (during the visit), which saves making a string for every value of the sheet.
 */
export function visitScalars(root: ModelNode, visit: (node: ScalarNode, path: () => string) => void): void {
  // Only a shared node can be reached twice (see shared-nodes.ts): only those are remembered.
  const seen = new Set<ModelNode>();
  // Stacks in step: each node, its depth and its step from its parent (a key, or a list position).
  const nodes: ModelNode[] = [root];
  const depths: number[] = [0];
  const steps: Array<string | number> = [''];
  // The steps from the root to the node being visited: a path is written out only when asked for.
  const current: Array<string | number> = [];
  let length = 0;
  const path = () => pathOf(current, length);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    const step = steps.pop()!;
    if (isShared(node)) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (depth > 0) current[depth - 1] = step;
    length = depth;
    if (node.kind === 'scalar') {
      visit(node, path);
      continue;
    }
    if (node.kind === 'list') {
      for (let i = node.items.length - 1; i >= 0; i--) {
        nodes.push(node.items[i]);
        depths.push(depth + 1);
        steps.push(i);
      }
    } else {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        nodes.push(node.entries[i].value);
        depths.push(depth + 1);
        steps.push(node.entries[i].key);
      }
    }
  }
}

/** The model path that keys and list positions (the first `length` of `steps`) lead to from the root: `financials.milestones[0].amount`. */
export function pathOf(steps: ReadonlyArray<string | number>, length = steps.length): string {
  let path = '';
  for (let i = 0; i < length; i++) path = join(path, steps[i]);
  return path;
}

/** `financials` + `milestones` → `financials.milestones`; a list position → `milestones[0]`; nothing before a top-level key. */
function join(parent: string, step: string | number): string {
  return typeof step === 'number' ? `${parent}[${step}]` : parent ? `${parent}.${step}` : step;
}
