import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INSTITUTION, INSTITUTIONS } from '../../server/src/engine/lexicon/institutions';
import { sentenceSaysWhatBinds } from '../../server/src/engine/deal/statements';

describe('institutions lexicon', () => {
  test('names are unique and every entry has examples and near misses', () => {
    assert.equal(new Set(INSTITUTIONS.map((entry) => entry.name)).size, INSTITUTIONS.length);
    for (const entry of INSTITUTIONS) assert.ok(entry.examples.length > 0 && entry.nearMisses.length > 0, entry.name);
  });
  for (const entry of INSTITUTIONS) {
    test(`${entry.name}: each example is read whole in a licensor's name, by the entry and by the lexicon`, () => {
      const own = new RegExp(entry.pattern, 'g');
      for (const example of entry.examples) {
        const name = `The ${example} of Example`;
        assert.deepEqual(
          [...name.matchAll(own)].map((match) => match[0]),
          [example],
          `${entry.name} reads ${example}`,
        );
        assert.match(name, INSTITUTION, example);
      }
    });
    test(`${entry.name}: near misses are not institutions`, () => {
      for (const text of entry.nearMisses) assert.doesNotMatch(text, INSTITUTION, text);
    });
  }
  test('licensors as filed agreements name them', () => {
    for (const name of [
      'The Board of Regents of The University of Texas System',
      'President and Fellows of Harvard College',
      'Wisconsin Alumni Research Foundation',
      'Triad National Security, LLC, operator of Los Alamos National Laboratory',
      'The Scripps Research Institute',
      'National Institutes of Health',
      '中国科学院上海药物研究所',
    ])
      assert.match(name, INSTITUTION, name);
    for (const name of ['Suzhou Qixing Pharma Co., Ltd.', 'Acme Bio Inc.', 'Ligand Pharmaceuticals Incorporated', 'Everest Medicines Limited'])
      assert.doesNotMatch(name, INSTITUTION, name);
  });
});

describe('sentences that say which provisions bind', () => {
  const STATED = [
    'Except for Sections 5 (Confidentiality) and 6 (Governing Law), which are binding, this term sheet is non-binding',
    "This term sheet does not constitute a binding contract (except as expressly provided below concerning 'Publicity' and 'Confidentiality')",
    'Only the sections on Confidentiality, Exclusivity and Governing Law are binding',
    'Sections 8 and 9 shall be binding on the parties upon signature',
    'This term sheet is non-binding, save for the provisions on confidentiality and costs',
  ];
  const NOT_STATED = [
    'This term sheet is non-binding',
    'This term sheet is non-binding and is only a basis for negotiation',
    'Neither party shall be legally bound unless and until a definitive agreement is signed',
    'Neither party shall be legally bound except by a definitive agreement',
    'Licensee shall use diligent efforts to develop the product',
  ];
  for (const sentence of STATED) test(`stated: ${sentence}`, () => assert.ok(sentenceSaysWhatBinds(sentence)));
  for (const sentence of NOT_STATED) test(`not stated: ${sentence}`, () => assert.ok(!sentenceSaysWhatBinds(sentence)));
});
