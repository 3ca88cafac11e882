/**
 * Property test: a Word document damaged anywhere (bytes overwritten, cut short) is linted without
 * throwing, and one it cannot read gets exactly one finding saying why. Fixed seed, bounded runs.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { lintDocx } from '../../server/src/engine/docx';
import { RULES } from '../../rules';
import { markdownToDocx } from '../support/docx';

const SEED = 24;
const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'corpus');
const DOCUMENT = markdownToDocx(fs.readFileSync(path.join(CORPUS, 'tto-assembled-startup-licence.termsheet.md'), 'utf8'));

/** Some bytes overwritten at random places, and maybe the file cut short. */
const damaged = fc
  .record({
    writes: fc.array(fc.record({ at: fc.nat({ max: DOCUMENT.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    cut: fc.option(fc.nat({ max: DOCUMENT.length }), { nil: undefined }),
  })
  .map(({ writes, cut }) => {
    const bytes = Uint8Array.from(DOCUMENT);
    for (const { at, bytes: written } of writes) bytes.set(written.subarray(0, bytes.length - at), at);
    return cut === undefined ? bytes : bytes.subarray(0, cut);
  });

test('a damaged Word document never makes the lint throw; an unreadable one gets one finding', () => {
  const outcomes = { unreadable: 0, read: 0 };
  fc.assert(
    fc.property(damaged, (bytes) => {
      const result = lintDocx(bytes, { rules: RULES, fileName: 'damaged.termsheet.docx' });
      outcomes[result.text === '' ? 'unreadable' : 'read']++;
      if (result.text === '') {
        assert.equal(result.findings.length, 1);
        assert.equal(result.findings[0].ruleId, 'syntax');
        assert.match(result.findings[0].message, /^This (Word document|file) /);
      }
    }),
    { seed: SEED, numRuns: 150 },
  );
  // Both ways out are taken: damage the reader notices, and damage that leaves the text readable.
  assert.ok(outcomes.unreadable > 0 && outcomes.read > 0, JSON.stringify(outcomes));
});
