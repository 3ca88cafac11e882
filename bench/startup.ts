/**
 * e. The CLI's start, as whole processes: what an editor plugin or a pre-commit hook pays on every
 * save. `node dist/cli.js <one sheet>` against `node -e 0` (Node's own start), and the CLI on many
 * YAML sheets against a Node process that only reads and parses the same files with yaml's
 * `parseDocument`. The commands take turns, so a change in the machine's load falls on all alike;
 * the rows give the medians, their ratio and the middle half of the runs.
 *
 * The CLI runs as users run it, with its code cache (kept in a temporary folder here, filled by a run
 * before the timed ones). A third row reports a run that cannot keep a cache at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { YAML_EXAMPLES, writeSheets } from './cli';
import { now, quantile, times, type Row } from './measure';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const PARSE_FILES = path.join(__dirname, 'parse-files.js');

const TARGET = { one: 1.5, many: 2 } as const;

export interface StartupOptions {
  /** How many sheets the second row lints. */
  files: number;
  /** Turns of the one-sheet row and of the many-sheet row. */
  rounds: number;
  manyRounds: number;
}

interface Command {
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}

export function startupRows(options: StartupOptions): Row[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'termsheet-bench-startup-'));
  try {
    const sheets = path.join(folder, 'sheets');
    writeSheets(sheets, YAML_EXAMPLES, options.files);
    const one = path.join(sheets, 'deal-0000.termsheet.yaml');
    const cached: NodeJS.ProcessEnv = { XDG_CACHE_HOME: path.join(folder, 'cache') };
    // A file where the cache folder would be: no cache can be made, and every run compiles.
    const uncacheable = path.join(folder, 'not-a-folder');
    writeFileSync(uncacheable, '');
    const uncached: NodeJS.ProcessEnv = { XDG_CACHE_HOME: uncacheable };

    run({ args: [CLI, one], env: cached }); // Fills the cache, as any first run does.
    const nodeAlone: Command = { args: ['-e', '0'] };
    const [cli, floor, cold] = takeTurns([{ args: [CLI, one], env: cached }, nodeAlone, { args: [CLI, one], env: uncached }], options.rounds);
    const [many, parse] = takeTurns([{ args: [CLI, sheets], env: cached }, { args: [PARSE_FILES, sheets] }], options.manyRounds);
    return [
      compare('e. one YAML sheet, whole process', `termsheet-lint ${spread(cli)}`, `node -e 0 ${spread(floor)}`, cli, floor, TARGET.one),
      compare('e. one YAML sheet, no code cache', `termsheet-lint ${spread(cold)}`, `node -e 0 ${spread(floor)}`, cold, floor),
      compare(`e. ${options.files} YAML sheets, whole process`, `termsheet-lint ${spread(many)}`, `yaml parse only ${spread(parse)}`, many, parse, TARGET.many),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function compare(name: string, ours: string, reference: string, oursMs: readonly number[], referenceMs: readonly number[], target?: number): Row {
  const ratio = quantile(oursMs, 0.5) / quantile(referenceMs, 0.5);
  return {
    name,
    ours,
    reference,
    result: times(ratio),
    target: target === undefined ? '(reported)' : `≤ ${target}×`,
    met: target === undefined ? undefined : ratio <= target,
  };
}

/** The wall times in milliseconds of each command over `rounds` turns, the commands in turn. */
function takeTurns(commands: readonly Command[], rounds: number): number[][] {
  const samples = commands.map((): number[] => []);
  for (let round = 0; round < rounds; round++) commands.forEach((command, k) => samples[k].push(run(command)));
  return samples;
}

/** Runs `node` with the arguments, output to pipes as an editor plugin reads it, and returns its wall time. */
function run(command: Command): number {
  const env: NodeJS.ProcessEnv = { ...process.env, ...command.env };
  for (const name of ['NODE_OPTIONS', 'DEBUG', 'TERMSHEET_LINT_THREADS']) delete env[name];
  const started = now();
  const result = spawnSync(process.execPath, command.args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = now() - started;
  if (result.error) throw result.error;
  // The sheets have findings: 1 is the CLI's "problems found"; anything else is a failure to run.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`node ${command.args.join(' ').slice(0, 200)} exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  return wallMs;
}

/** The median and the middle half of the runs: "95.1 ms (92.0–99.4)", "1.12 s (1.08–1.19)". */
function spread(samples: readonly number[]): string {
  const [low, median, high] = [0.25, 0.5, 0.75].map((share) => quantile(samples, share));
  const format = median < 1000 ? (value: number) => value.toFixed(1) : (value: number) => (value / 1000).toFixed(2);
  return `${format(median)} ${median < 1000 ? 'ms' : 's'} (${format(low)}–${format(high)})`;
}
