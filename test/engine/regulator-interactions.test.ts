import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dealOf, hasRegulatorOutsideChina, readInteractions, readSheet, regulatorInteractionsInProse } from '../../server/src/engine';
import { INTERACTIONS } from '../../server/src/engine/lexicon/regulators';

describe('regulator interactions lexicon', () => {
  test('names are unique and every entry has examples and near misses', () => {
    assert.equal(new Set(INTERACTIONS.map((entry) => entry.name)).size, INTERACTIONS.length);
    for (const entry of INTERACTIONS) assert.ok(entry.examples.length > 0 && entry.nearMisses.length > 0, entry.name);
  });
  for (const entry of INTERACTIONS) {
    test(`${entry.name}: each example is read whole, its near misses not at all`, () => {
      const own = new RegExp(`^(?:${entry.pattern})$`, 'i');
      for (const example of entry.examples) assert.match(example, own);
      for (const text of entry.nearMisses) assert.doesNotMatch(text, new RegExp(entry.pattern, 'i'));
    });
  }
});

/** "FDA:rarity-designation" for each interaction a sentence states. */
const read = (sentence: string) => readInteractions(sentence).map(({ regulator, entry }) => `${regulator.name}:${entry.name}`);

describe('a regulator interaction read from a sentence', () => {
  test('an application accepted, a designation granted, a meeting held, an approval', () => {
    assert.deepEqual(read('The NMPA accepted the IND in March 2026.'), ['NMPA:application-accepted']);
    assert.deepEqual(read('The clinical trial application was cleared by the MHRA.'), ['MHRA:application-accepted']);
    assert.deepEqual(read('The FDA accepted the IND for the HSA fusion protein.'), ['FDA:application-accepted']);
    assert.deepEqual(read('Orphan drug designation was granted by the FDA in 2025.'), ['FDA:rarity-designation']);
    assert.deepEqual(read('The asset received Breakthrough Therapy designation from the FDA.'), ['FDA:expedited-designation']);
    assert.deepEqual(read('A pre-IND meeting was held with the FDA.'), ['FDA:meeting']);
    assert.deepEqual(read('AK-112 is approved in China for EGFR-mutant NSCLC.'), ['NMPA:approval']);
  });

  test('a designation or approval still to come, denied, or with no regulator named is none', () => {
    assert.deepEqual(read('USD 10 million upon Breakthrough Therapy designation granted by the FDA.'), []);
    assert.deepEqual(read('The Licensee will seek orphan drug designation from the FDA.'), []);
    assert.deepEqual(read('The Licensor has applied to the FDA for Breakthrough Therapy designation.'), []);
    assert.deepEqual(read('The Licensor has not met with the FDA.'), []);
    assert.deepEqual(read('The IND was accepted.'), []);
    assert.deepEqual(read('Milestone on approval in Japan.'), []);
  });
});

describe('a regulator outside China', () => {
  const deal = (text: string) => dealOf(readSheet(`# Sheet\n\n**Asset.** HX-9, in Phase 2 in China. ${text}\n`, 'markdown')!);

  test('an FDA designation on clinical evidence counts; an orphan designation or an NMPA acceptance does not', () => {
    assert.ok(hasRegulatorOutsideChina(deal('The FDA granted Breakthrough Therapy designation in 2026.')));
    assert.ok(!hasRegulatorOutsideChina(deal('The FDA granted orphan drug designation in 2026.')));
    assert.ok(!hasRegulatorOutsideChina(deal('The NMPA accepted the IND.')));
    assert.equal(regulatorInteractionsInProse(deal('The NMPA accepted the IND.'))[0]?.regulator.country, 'CN');
  });

  test('in the clause, an orphan designation alone is no data review either', () => {
    const yaml = (items: string) => dealOf(readSheet(`asset:\n  data:\n    regulator_interactions: [${items}]\n`, 'yaml')!);
    assert.ok(!hasRegulatorOutsideChina(yaml('FDA orphan drug designation 2025')));
    assert.ok(hasRegulatorOutsideChina(yaml('FDA orphan drug designation 2025, FDA Type B meeting 2026')));
  });
});
