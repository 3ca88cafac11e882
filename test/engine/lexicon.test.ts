import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BLANK, BLANKS } from '../../server/src/engine/lexicon/blanks';
import type { LexiconEntry } from '../../server/src/engine/lexicon/lexicon';
import { REDACTION, REDACTIONS } from '../../server/src/engine/lexicon/redactions';
import { findMarks, mayHoldPlaceholder } from '../../server/src/engine/values/placeholders';

/** Every match of a lexicon's pattern in a text. */
function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0]);
}

function testLexicon(name: string, entries: readonly LexiconEntry[], whole: RegExp, other: RegExp): void {
  describe(name, () => {
    test('names are unique and every entry has examples and near misses', () => {
      assert.equal(new Set(entries.map((entry) => entry.name)).size, entries.length);
      for (const entry of entries) assert.ok(entry.examples.length > 0 && entry.nearMisses.length > 0, entry.name);
    });
    for (const entry of entries) {
      test(`${entry.name}: each example is one whole match, of the entry and of the lexicon, and of nothing else`, () => {
        const own = new RegExp(`^(?:${entry.pattern})$`);
        for (const example of entry.examples) {
          assert.match(example, own, `${entry.name} reads ${example}`);
          assert.deepEqual(matches(whole, `a ${example}\nb`), [example], `the lexicon finds ${example} whole`);
          assert.deepEqual(matches(other, example), [], `${example} is not also a ${other === BLANK ? 'blank' : 'redaction'}`);
        }
      });
      test(`${entry.name}: near misses are not found by the lexicon`, () => {
        for (const text of entry.nearMisses) assert.deepEqual(matches(whole, text), [], text);
      });
    }
  });
}

testLexicon('blanks', BLANKS, BLANK, REDACTION);
testLexicon('redactions', REDACTIONS, REDACTION, BLANK);

describe('real text is not a blank', () => {
  // Precision first: a linter that reports real text as a blank is switched off.
  const REAL = [
    'Phase X of the programme',
    'an XXL cohort, TBD-101, $X-ray imaging',
    'Licensee may sublicense to [Licensee] affiliates',
    'first line<br>second line, <sup>1</sup>, <https://example.com>',
    'a royalty of 8% on sales below $100M, <5% above',
    'ref [1], [2025], (1-3)',
    'def __init__(self): snake_case_name',
    '**Upfront:** USD 20M',
  ];
  for (const text of REAL) test(text, () => assert.deepEqual(matches(BLANK, text), []));
});

describe('the quick look before the lexicons', () => {
  // Readers pass over text that cannot hold a blank or a redaction before running the lexicons' patterns.
  test('lets every example of both lexicons through, in place and as a text', () => {
    for (const entry of [...BLANKS, ...REDACTIONS]) {
      for (const example of entry.examples) {
        const text = `Fee: ${example} payable`;
        assert.ok(mayHoldPlaceholder(text, 0, text.length), `${entry.name}: ${example}`);
        assert.ok(findMarks(text).length > 0, `${entry.name}: ${example}`);
      }
    }
  });
  test('passes over percentages, amounts and words with no mark in them', () => {
    for (const text of ['9% of annual Net Sales up to USD 150,000,000 and 13% above', 'Total: $120 million', 'Phase 2, CN, US, EP']) {
      assert.equal(mayHoldPlaceholder(text, 0, text.length), false, text);
    }
  });
});
