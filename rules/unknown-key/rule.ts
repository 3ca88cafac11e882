import { clauseNamedBy, findEntry, isShared, pathOf, type Entry, type ListNode, type MapNode, type ModelNode, type Rule } from '../../server/src/engine';
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
    // Only a shared node (a YAML alias) can be reached twice, so only those are remembered.
    const seen = new Set<ModelNode>();
    const firstVisit = (node: ModelNode): boolean => {
      if (!isShared(node)) return true;
      if (seen.has(node)) return false;
      seen.add(node);
      return true;
    };
    // The keys and list positions from the root to the map being checked: its path is written out only for a report.
    const steps: Array<string | number> = [];
    // `pattern` is the path of what is visited as the known-keys table writes it (`ip.patents[]`, not `ip.patents[0]`).
    // Values hold no keys: only maps and lists are walked (this visits every clause of the sheet).
    const visitMap = (map: MapNode, pattern: string) => {
      const renamed = checkKeys(map, pattern);
      // Below a misspelt clause, its keys are checked as the clause it was meant to be.
      for (const entry of map.entries) {
        const value = entry.value;
        if (value.kind === 'scalar' || (value.kind === 'list' && holdsOnlyValues(value)) || !firstVisit(value)) continue;
        steps.push(entry.key);
        visitClauses(value, join(pattern, renamed?.get(entry) ?? entry.key));
        steps.pop();
      }
    };
    const visitList = (list: ListNode, pattern: string) => {
      // Written out at the first item that is not a value: most lists hold only values.
      let itemPattern: string | undefined;
      list.items.forEach((item, index) => {
        if (item.kind === 'scalar' || !firstVisit(item)) return;
        steps.push(index);
        visitClauses(item, (itemPattern ??= `${pattern}[]`));
        steps.pop();
      });
    };
    const visitClauses = (node: MapNode | ListNode, pattern: string) => (node.kind === 'map' ? visitMap(node, pattern) : visitList(node, pattern));
    // The keys of a map renamed to what they were meant to be (made only when a map has a misspelt key: most have none).
    const checkKeys = (map: MapNode, pattern: string): Map<Entry, string> | undefined => {
      const known = knownKeysAt(pattern);
      if (!known) return undefined;
      let renamed: Map<Entry, string> | undefined;
      // Two misspellings of one key cannot both be renamed to it.
      let claimed: Map<string, string> | undefined;
      for (const entry of map.entries) {
        if (known.includes(entry.key) || entry.key.length > MAX_KEY_LENGTH) continue;
        // A key in words the model knows as a label ("upfront_payment", "royalty"): the clause those words name.
        const named = clauseNamedBy(entry.key, pattern);
        const namedClause = named !== undefined && !KEPT_TEXT.has(keyOf(named)) ? named : undefined;
        const namedHere = namedClause !== undefined && parentOf(namedClause) === pattern ? keyOf(namedClause) : undefined;
        // A top-level key that is the name of a clause of another part ("licensor" is parties.licensor): said, not
        // moved. Deeper down, a key of the user's own ("field" of a patent family) is not a mistake, nor is a key
        // that is only a label of a clause with another name ("funding" at the top is no research_funding).
        if (namedClause !== undefined && namedHere === undefined && pattern === '' && keyOf(namedClause) === entry.key) {
          context.report({ message: `Unknown key "${entry.key}": did you mean ${namedClause}?`, range: entry.keyRange });
          continue;
        }
        const suggestion = namedHere ?? nearMiss(entry.key, known);
        if (!suggestion || suggestion === entry.key) continue;
        (renamed ??= new Map()).set(entry, suggestion);
        const exists = findEntry(map, suggestion) !== undefined;
        const rival = (claimed ??= new Map<string, string>()).get(suggestion);
        if (!rival) claimed.set(suggestion, entry.key);
        const taken = exists || rival !== undefined;
        const where = pathOf(steps);
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
    visitMap(context.root, '');
  },
};

/** A list of values only (countries, indications): most lists, passed over without writing their path. */
function holdsOnlyValues(list: ListNode): boolean {
  for (const item of list.items) if (item.kind !== 'scalar') return false;
  return true;
}

/** The keys a reader keeps prose under, which no one writes for a clause. */
const KEPT_TEXT: ReadonlySet<string> = new Set(['summary', 'other_text']);

/** `financials.upfront` → `upfront`. */
function keyOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** `financials.upfront` → `financials`; a top-level clause's parent is ''. */
function parentOf(path: string): string {
  return path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
