/**
 * A smoke run of `npm run bench` (tiny counts): every section still runs and prints its rows.
 * Timings are not checked here; the full run and its table are in bench/RESULTS.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const BENCH = path.join(ROOT, 'out', 'bench', 'bench.js');

const benchFolders = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('termsheet-bench-')));

/** A smoke run of the benchmark with `args`, and the cells of its table's rows. */
function smokeRun(args: readonly string[], timeoutMs: number) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NODE_TEST_CONTEXT', 'NODE_OPTIONS']) delete env[name];
  const run = spawnSync(process.execPath, [BENCH, '--smoke', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: timeoutMs });
  const rows = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| benchmark '))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  return { ...run, rows };
}

test('the benchmark prints one table with every row, and leaves no generated files behind', { timeout: 180_000 }, () => {
  const before = benchFolders();
  const run = smokeRun([], 170_000);
  assert.equal(run.status, 0, run.stderr);

  const { rows } = run;
  const named = (pattern: RegExp) => rows.filter(([name]) => pattern.test(name));
  const expected: Array<[RegExp, number]> = [
    [/^a\. YAML, \d+ lines \(\d+ KB\)$/, 2],
    [/^a\. YAML, \d+ lines: read, then rules$/, 1],
    [/^a\. YAML growth, \d+ \/ \d+ lines$/, 1],
    [/^a\. YAML growth, \d+ \/ \d+ lines: yaml's lexer alone$/, 1],
    [/^a\. Markdown, \d+ lines \(\d+ KB\)$/, 2],
    [/^a\. Markdown, \d+ lines: read, then rules$/, 1],
    [/^a\. Markdown growth, \d+ \/ \d+ lines$/, 1],
    [/^a\. Markdown heads of terms in prose, \d+ lines \(.+\.termsheet\.md\)$/, 1],
    [/^b\. Markdown keystroke, \d+ lines, debounce 0$/, 2],
    [/^b\. Markdown keystroke, default debounce$/, 1],
    [/^b\. Markdown draft \(\d+ findings\) keystroke, \d+ lines, debounce 0$/, 2],
    [/^b\. YAML keystroke, \d+ lines, debounce 0$/, 2],
    [/^c\. \d+ Markdown sheets, wall time$/, 1],
    [/^c\. \d+ Markdown sheets, peak memory$/, 1],
    [/^c\. \d+ YAML sheets, wall time$/, 1],
    [/^c\. \d+ YAML sheets, peak memory$/, 1],
    [/^d\. server, \d+ open documents \(\d+ lines\)$/, 1],
    [/^e\. one YAML sheet, whole process$/, 1],
    [/^e\. one YAML sheet, no code cache$/, 1],
    [/^e\. \d+ YAML sheets, whole process$/, 1],
    [/^f\. Word term sheet, \d+ pages \(\d+ KB \.docx, \d+ KB text\)$/, 1],
  ];
  for (const [pattern, count] of expected) assert.equal(named(pattern).length, count, `rows matching ${pattern} in:\n${run.stdout}`);
  assert.equal(
    rows.length,
    expected.reduce((sum, [, count]) => sum + count, 0),
    run.stdout,
  );

  for (const [name, ours, , result, target, met] of rows) {
    // Peak memory needs /usr/bin/time; without it the row says n/a.
    const figure = /peak memory/.test(name) ? /\d|n\/a/ : /\d/;
    assert.match(ours, figure, `${name}: what was measured`);
    assert.match(result, figure, `${name}: its result`);
    assert.notEqual(target, '', `${name}: its target`);
    assert.ok(['', 'yes', 'NO'].includes(met), `${name}: met is "${met}"`);
  }
  // The keystroke rows compare with the server's own default debounce.
  assert.match(named(/default debounce/)[0][3], /^debounce \d+ ms \+ work$/);
  // Section a measures each format in several fresh processes: each ratio is their median, with its spread.
  for (const [name, , , result] of named(/^a\. (YAML|Markdown), \d+ lines \(/)) assert.match(result, /^\d+\.\d+× \(\d+\.\d+×–\d+\.\d+×\)$/, name);
  // The YAML growth is held to the parse's own growth on the same sheets, and the row says so.
  const [[, yamlGrowth, parseGrowth, growthResult, growthTarget]] = named(/^a\. YAML growth, \d+ \/ \d+ lines$/);
  assert.match(yamlGrowth, /^lint \d+\.\d+× \(/);
  assert.match(parseGrowth, /^parse \d+\.\d+× \(/);
  assert.match(growthResult, /^\d+\.\d+× \(.*\) the parse's$/);
  assert.equal(growthTarget, 'lint ≤ 1.05 × parse growth');
  // The lint of the smaller sheets is split into reading and rules.
  for (const [, ours] of named(/: read, then rules$/)) assert.match(ours, /^read \d+\.\d+ ms \+ rules \d+\.\d+ ms$/);
  // The start-up rows time whole processes and give the middle half of the runs beside the median.
  for (const [name, ours, reference] of named(/^e\./)) {
    for (const cell of [ours, reference]) assert.match(cell, /^[\w -]+ \d+\.\d+ m?s \(\d+\.\d+–\d+\.\d+\)$/, `${name}: ${cell}`);
  }

  const left = [...benchFolders()].filter((name) => !before.has(name));
  assert.deepEqual(left, [], 'generated files are removed');
});

test('--section runs only the sections named', { timeout: 120_000 }, () => {
  const run = smokeRun(['--section', 'e'], 110_000);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.rows.length, 3, run.stdout);
  assert.ok(
    run.rows.every(([name]) => name.startsWith('e. ')),
    run.stdout,
  );
  assert.match(run.stdout, /^e: medians[^;]*$/m, "the method line is the section's alone");

  const unknown = smokeRun(['--section', 'x'], 30_000);
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /--section takes letters of abcdef, not 'x'/);
});
