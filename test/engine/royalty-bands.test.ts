import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BAND_BASES } from '../../server/src/engine/lexicon/royalty-bands';
import { formatBand, readPercentBand } from '../../server/src/engine/values';

describe('royalty bands in words', () => {
  for (const base of BAND_BASES) {
    test(`${base.pattern}: every example reads inside its band`, () => {
      for (const example of base.examples) {
        const band = readPercentBand(`tiered royalties in the ${example}`);
        assert.ok(band, example);
        assert.ok(band.low >= base.whole[0] && band.high <= base.whole[1], `${example}: ${formatBand(band)}`);
      }
    });
  }

  const table: Array<[string, string | undefined]> = [
    ['high single digits', '7–9%'],
    ['low double-digit royalties', '10–13%'],
    ['mid-teens', '14–16%'],
    ['Mid-teens on Net Sales', '14–16%'],
    ['Low-Double-Digit royalties', '10–13%'],
    ['low-to-high teens', '10–19%'],
    ['tiered royalties from high single digits to low double digits', '7–13%'],
    ['single-digit royalties', '1–9%'],
    ['low twenties', '20–23%'],
    // Words that name no band.
    ['a digital health app in its teenage years', undefined],
    ['ten percent', undefined],
  ];
  for (const [text, expected] of table) {
    test(`"${text}" → ${expected ?? 'no band'}`, () => {
      const band = readPercentBand(text);
      assert.equal(band && formatBand(band), expected);
    });
  }
});
