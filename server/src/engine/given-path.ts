import { findEntry, isBlank, type Entry, type MapNode, type ModelNode } from './model';
import type { Range } from './text';

/** What a `given` path reaches: values that are there, and places where the last key is missing. */
export interface GivenMatch {
  path: string;
  entry?: Entry;
  /** Where a finding about the missing key points: its parent's key. */
  missingAt?: Range;
}

/**
 * Resolves a path such as `financials.royalties[*].rate` against the model. A missing key yields a
 * match with `missingAt` and no entry, for `required` to report; other checks have nothing to check there.
 */
export function resolveGiven(root: MapNode, given: string, fallback: Range): GivenMatch[] {
  const steps = given.split('.').map((step) => ({ key: step.replace(/\[\*\]$/, ''), each: step.endsWith('[*]') }));
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
      if (step.each) {
        const items = entry.value.kind === 'list' ? entry.value.items : isBlank(entry.value) ? [] : [entry.value];
        items.forEach((item, i) => {
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

/** A `given` path is dotted keys, each optionally followed by `[*]`. */
export function isValidGiven(given: string): boolean {
  return /^[A-Za-z0-9_-]+(\[\*\])?(\.[A-Za-z0-9_-]+(\[\*\])?)*$/.test(given);
}
