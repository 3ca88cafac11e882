/**
 * A property test of `--fix` (the engine's `fixAll`): the complete YAML example with keys misspelt (a letter
 * dropped, as a typist does) and trailing comments at any column. Fixed seed and bounded runs, as the other
 * property tests here.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { fixAll, lintText } from '../../server/src/engine';
import { RULES } from '../../rules';
import { dealReadings, trailingCommentColumn } from '../support/deal-readings';

const FILE = 'complete.termsheet.yaml';
const COMPLETE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', FILE), 'utf8');
const LINES = COMPLETE.split('\n');
/** Lines of the example that are a key and a scalar value, with no comment yet: `  country: CN`. */
const KEYED = LINES.flatMap((line, index) => (/^ *[a-z_]{6,}: [^#[{|>]+$/.test(line) ? [index] : []));

interface Mutation {
  line: number;
  /** Where a letter of the key is dropped (inside it, never its first or last), or -1 for none. */
  drop: number;
  /** Spaces before a trailing comment, or 0 for none. */
  gap: number;
}

/** The example with each mutation's comment added; with `misspell`, its letter dropped too. */
function written(mutations: readonly Mutation[], misspell: boolean): string {
  const lines = [...LINES];
  for (const { line, drop, gap } of mutations) {
    let text = lines[line];
    if (misspell && drop >= 0) {
      const start = text.length - text.trimStart().length;
      text = text.slice(0, start + drop) + text.slice(start + drop + 1);
    }
    lines[line] = gap > 0 ? `${text}${' '.repeat(gap)}# note` : text;
  }
  return lines.join('\n');
}

const mutations = fc.uniqueArray(
  fc.record({ line: fc.constantFrom(...KEYED), drop: fc.oneof(fc.constant(-1), fc.integer({ min: 2, max: 4 })), gap: fc.integer({ min: 0, max: 6 }) }),
  { minLength: 1, maxLength: 4, selector: (mutation) => mutation.line },
);

test('fixAll on misspelt keys and trailing comments: the deal as written, no blank, comments at their column, a second run changes nothing', () => {
  assert.ok(KEYED.length > 20, 'the example has keyed lines to mutate');
  fc.assert(
    fc.property(mutations, (chosen) => {
      const mutated = written(chosen, true);
      const intended = written(chosen, false);
      const fixed = fixAll(mutated, { rules: RULES, fileName: FILE }).text;
      // What the fixes read is what the drafter wrote: every typed value read before is read alike, and any
      // value read only now is the one the sheet meant, under the key it meant.
      const before = dealReadings(mutated, FILE);
      const after = dealReadings(fixed, FILE);
      const meant = dealReadings(intended, FILE);
      for (const [key, value] of after) assert.equal(value, before.get(key) ?? meant.get(key), key);
      for (const [key, value] of before) assert.equal(after.get(key), value, key);
      assert.equal(fixed.split('[TBD]').length, mutated.split('[TBD]').length, 'no blank added');
      const fixedLines = fixed.split('\n');
      mutated.split('\n').forEach((line, index) => {
        const column = trailingCommentColumn(line);
        // A comment one space after a key that grows back moves with it: YAML needs that one space.
        if (column !== undefined && !/\S #/.test(line)) assert.equal(trailingCommentColumn(fixedLines[index]), column, `line ${index + 1}: ${line}`);
      });
      assert.equal(fixAll(fixed, { rules: RULES, fileName: FILE }).text, fixed);
      assert.ok(lintText(fixed, { rules: RULES, fileName: FILE }).sheet?.problems.length === 0);
    }),
    { seed: 20261207, numRuns: 60 },
  );
});
