import { findEntry, isBlank, type Entry, type MapNode, type ModelNode } from './model';
import type { Range } from './text';

/** What a `given` path reaches: values that are there, and places where the last key is missing. */
export interface GivenMatch {
  path: string;
  entry?: Entry;
  /** Where a finding about the missing key points: its parent's key. */
  missingAt?: Range;
}

/** One step of a `given` path: a key, then every item of its list (`[*]`), one item (`[2]`) or the value itself. */
interface GivenStep {
  key: string;
  items: 'each' | number | undefined;
}

/**
 * The steps of a `given` path. A list position is written `[0]`, as a finding's path writes it; the
 * dotted form (`ip.patents.0.family`) is read as the same.
 */
function givenSteps(given: string): GivenStep[] {
  return given
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]')
    .split('.')
    .map((step) => {
      const position = /^(.*)\[(\*|\d+)\]$/.exec(step);
      if (!position) return { key: step, items: undefined };
      return { key: position[1], items: position[2] === '*' ? 'each' : Number(position[2]) };
    });
}

/**
 * Resolves a path such as `financials.royalties[*].rate` or `ip.patents[0].jurisdictions` against the
 * model. A missing key yields a match with `missingAt` and no entry, for `required` to report; other
 * checks have nothing to check there. A list position past the end matches nothing.
 */
export function resolveGiven(root: MapNode, given: string, fallback: Range): GivenMatch[] {
  const steps = givenSteps(given);
  let current: Array<{ node: ModelNode; path: string; entry?: Entry }> = [{ node: root, path: '' }];
  const matches: GivenMatch[] = [];
  steps.forEach((step, index) => {
    const last = index === steps.length - 1;
    const next: typeof current = [];
    for (const { node, path, entry: parent } of current) {
      if (node.kind !== 'map') continue;
      const entry = findEntry(node, step.key);
      const stepPath = path ? `${path}.${step.key}` : step.key;
      if (!entry) {
        // Whatever is below a missing key is missing too: `required` reports it at the deepest parent there is.
        const rest = steps.slice(index + 1).map((later) => later.key);
        matches.push({ path: [stepPath, ...rest].join('.'), missingAt: parent?.keyRange ?? fallback });
        continue;
      }
      if (step.items !== undefined) {
        const all = entry.value.kind === 'list' ? entry.value.items : isBlank(entry.value) ? [] : [entry.value];
        const items = step.items === 'each' ? all.map((item, i) => [item, i] as const) : itemAt(all, step.items);
        items.forEach(([item, i]) => {
          const itemEntry: Entry = { key: `${step.key}[${i}]`, keyRange: item.range, value: item };
          if (last) matches.push({ path: `${stepPath}[${i}]`, entry: itemEntry });
          else next.push({ node: item, path: `${stepPath}[${i}]`, entry: itemEntry });
        });
      } else if (last) {
        matches.push({ path: stepPath, entry });
      } else {
        next.push({ node: entry.value, path: stepPath, entry });
      }
    }
    current = next;
  });
  return matches;
}

/** The item at a list position, with its position; none past the end. */
function itemAt(items: readonly ModelNode[], position: number): ReadonlyArray<readonly [ModelNode, number]> {
  return position < items.length ? [[items[position], position]] : [];
}

/** A `given` path is dotted keys, each optionally followed by `[*]` (every item) or a list position (`[0]`). */
export function isValidGiven(given: string): boolean {
  return /^[A-Za-z0-9_-]+(\[(\*|\d+)\])?(\.[A-Za-z0-9_-]+(\[(\*|\d+)\])?)*$/.test(given);
}
