/**
 * Property tests of the engine on generated and mutated documents (seeded from `examples/` and the
 * Markdown fixtures). Fixed seed and bounded runs, so CI is reproducible; `npm run fuzz` runs 100,000.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { caseArbitrary, checkFindings, fixProblems, lint, lintProblems, randomCaseArbitrary, SEEDS, type Case } from './corpus';

const SEED = 20261125;
const describeCase = (value: Case) => `${value.seed} [${value.mutations.join(', ')}] as ${value.format}: ${JSON.stringify(value.text.slice(0, 400))}`;

function holds(arbitrary: fc.Arbitrary<Case>, numRuns: number, check: (value: Case) => string[]): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      const problems = check(value);
      if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${describeCase(value)}`);
    }),
    { seed: SEED, numRuns, endOnFailure: false },
  );
}

test('the seed documents are all there and satisfy the invariants', () => {
  assert.ok(SEEDS.length >= 14);
  for (const seed of SEEDS) assert.deepEqual(checkFindings(seed.text, lint(seed.text, seed.format).findings), [], seed.name);
});

test('lintText never throws, and its findings lie in the document, ordered, with messages: mutated seeds', () => {
  holds(caseArbitrary, 2000, (value) => lintProblems(value.text, value.format));
});

test('the same on random text built from YAML and Markdown fragments', () => {
  holds(randomCaseArbitrary, 1000, (value) => lintProblems(value.text, value.format));
});

test('every fix on the seed documents keeps the sheet readable and every comment, and removes its finding', () => {
  for (const seed of SEEDS) assert.deepEqual(fixProblems(seed.text, seed.format), [], seed.name);
});

test('every fix on mutated documents keeps the sheet readable and every comment; fixAll is idempotent', () => {
  holds(caseArbitrary, 150, (value) => fixProblems(value.text, value.format, 6));
});
