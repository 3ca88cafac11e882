import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXCLUDING_BEFORE, LIST_CONTINUES, MEMBERS_GAP, MEMBERS_OPEN, RETAINED_AFTER, phrasePattern } from '../../server/src/engine/lexicon/territory-phrases';
import type { LexiconEntry } from '../../server/src/engine/lexicon/lexicon';
import { OFFICE_BY_REGION_NAME } from '../../server/src/engine/lexicon/patent-jurisdictions';
import { countriesCoveredBy } from '../../server/src/engine/patent-offices';
import { normalizeName } from '../../server/src/engine/values/normalize';

/** Each entry reads its examples (the gap between two places) and leaves its near misses alone, alone and in its list. */
function testPhrases(name: string, entries: readonly LexiconEntry[]): void {
  describe(name, () => {
    const whole = phrasePattern(entries);
    for (const entry of entries) {
      test(`${entry.name}: reads its examples`, () => {
        const own = new RegExp(entry.pattern, 'i');
        for (const example of entry.examples) {
          assert.match(example, own, `${entry.name} reads "${example}"`);
          assert.match(example, whole, `the list reads "${example}"`);
        }
      });
      test(`${entry.name}: leaves its near misses alone`, () => {
        for (const text of entry.nearMisses) assert.doesNotMatch(text, whole, `"${text}"`);
      });
    }
  });
}

testPhrases('words before an excluded or retained place', EXCLUDING_BEFORE);
testPhrases('words after a retained place', RETAINED_AFTER);
testPhrases('words that continue a list of places', [LIST_CONTINUES]);
testPhrases('a bracket that defines a region by its members', [MEMBERS_OPEN]);
testPhrases('words between the members of a bracket', [MEMBERS_GAP]);

describe('region names that mean a patent office in a list of jurisdictions', () => {
  test('each is folded as names are, and names a regional office', () => {
    for (const [name, office] of OFFICE_BY_REGION_NAME) {
      assert.equal(normalizeName(name), name);
      assert.ok(countriesCoveredBy(office).length > 1, `${name} → ${office}`);
    }
  });
});
