import { findEntry, type Entry, type MapNode, type ModelNode, type Rule } from '../../server/src/engine';
import { knownKeysAt } from '../support/known-keys';
import { nearMiss } from '../support/near-miss';

/** Longer keys are prose or pasted text, not a mistyped clause name. */
const MAX_KEY_LENGTH = 60;

export const rule: Rule = {
  meta: {
    id: 'unknown-key',
    category: 'structure',
    defaultSeverity: 'hint',
    title: 'Clause names are spelled as the linter knows them',
    why:
      'Every check reads clauses by name, so a misspelt `teritory` or `finacials` is a clause no rule sees: the patent, ' +
      'payment and reversion checks stay silent about it. The pitfalls they catch, from patent gaps to the 10 of 149 ' +
      'China out-licensing deals of 2018-2023 that were handed back, are too costly to miss over a typo.',
    goodExample: 'license:\n  territory: [JP, KR]\nfinancials:\n  upfront: 20000000\nnon_compete:\n  scope: TROP2-directed ADCs',
    fixable: true,
  },
  check(context) {
    const seen = new Set<ModelNode>();
    // `pattern` is the parent path as the known-keys table writes it (`ip.patents[]`); `where` is the real one (`ip.patents[0]`).
    const visit = (node: ModelNode, pattern: string, where: string) => {
      if (seen.has(node)) return;
      seen.add(node);
      if (node.kind === 'list') {
        const itemPattern = `${pattern}[]`;
        // Values hold no keys: only maps and lists are walked (this visits every clause of the sheet).
        node.items.forEach((item, index) => item.kind !== 'scalar' && visit(item, itemPattern, `${where}[${index}]`));
      } else if (node.kind === 'map') {
        const renamed = checkKeys(node, pattern, where);
        // Below a misspelt clause, its keys are checked as the clause it was meant to be.
        for (const entry of node.entries) {
          if (entry.value.kind !== 'scalar') visit(entry.value, join(pattern, renamed?.get(entry) ?? entry.key), join(where, entry.key));
        }
      }
    };
    // The keys of a map renamed to what they were meant to be (made only when a map has a misspelt key: most have none).
    const checkKeys = (map: MapNode, pattern: string, where: string): Map<Entry, string> | undefined => {
      const known = knownKeysAt(pattern);
      if (!known) return undefined;
      let renamed: Map<Entry, string> | undefined;
      // Two misspellings of one key cannot both be renamed to it.
      let claimed: Map<string, string> | undefined;
      for (const entry of map.entries) {
        if (known.includes(entry.key) || entry.key.length > MAX_KEY_LENGTH) continue;
        const suggestion = nearMiss(entry.key, known);
        if (!suggestion) continue;
        (renamed ??= new Map()).set(entry, suggestion);
        const exists = findEntry(map, suggestion) !== undefined;
        const rival = (claimed ??= new Map()).get(suggestion);
        if (!rival) claimed.set(suggestion, entry.key);
        const taken = exists || rival !== undefined;
        const note = exists ? ` (${where || 'the sheet'} already has one)` : rival ? ` (so may "${rival}" be)` : '';
        const place = where === '' ? '' : ` in ${where}`;
        context.report({
          message: `Unknown key "${entry.key}"${place}: did you mean "${suggestion}"?${note}`,
          range: entry.keyRange,
          // Renaming onto a key that exists would make a duplicate key: the user has to merge the two.
          fix: taken ? undefined : { title: `Rename "${entry.key}" to "${suggestion}"`, edits: context.edit.renameKey(entry, suggestion) },
        });
      }
      return renamed;
    };
    visit(context.root, '', '');
  },
};

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
