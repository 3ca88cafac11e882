/**
 * `npm run fuzz`: the long run. Lints 100,000 generated cases (set FUZZ_RUNS to change, FUZZ_SEED
 * to vary the seed) and prints how many ran and how many failed; exits 1 on any failure.
 */
import fc from 'fast-check';
import { caseArbitrary, fixProblems, lintProblems, randomCaseArbitrary, type Case } from './corpus';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261125);
/** One case in this many also has its fixes checked (each fix costs a lint). */
const fixEvery = Number(process.env.FUZZ_FIX_EVERY ?? 20);

let cases = 0;
let failures = 0;
const failed: { case: Case; problems: string[] }[] = [];
const started = Date.now();
const arbitrary = fc.oneof({ weight: 4, arbitrary: caseArbitrary }, { weight: 1, arbitrary: randomCaseArbitrary });

/** Cases are drawn in batches, each from its own seed, so memory stays flat and the run is reproducible. */
const BATCH = 1000;
let batch: Case[] = [];
for (let i = 0; i < runs; i++) {
  if (i % BATCH === 0) batch = fc.sample(arbitrary, { seed: seed + i / BATCH, numRuns: Math.min(BATCH, runs - i) });
  const value = batch[i % BATCH];
  cases++;
  const problems = lintProblems(value.text, value.format);
  if (problems.length === 0 && i % fixEvery === 0) problems.push(...fixProblems(value.text, value.format, 5));
  if (problems.length > 0) {
    failures++;
    if (failed.length < 20) failed.push({ case: value, problems });
  }
  if ((i + 1) % 10_000 === 0) console.error(`… ${i + 1} cases, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

for (const { case: value, problems } of failed) {
  console.log(`FAIL ${value.seed} [${value.mutations.join(', ')}] as ${value.format}: ${problems.slice(0, 3).join('; ')}`);
  console.log(`  text: ${JSON.stringify(value.text.length > 300 ? value.text.slice(0, 300) + '…' : value.text)}`);
}
console.log(`fuzz: ${cases} cases, ${failures} failures (seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = failures > 0 ? 1 : 0;
