/**
 * `npm run bench`: where the project stands against its parse floor and its peers, in one run, as
 * one table (see bench/RESULTS.md). `--smoke` runs every section with tiny counts, to keep the
 * benchmark working (the test suite does); its timings mean nothing.
 *
 *   a. engine vs parse floor (YAML and Markdown, 300 and 3,000 lines, with the growth factor)
 *   b. keystroke to diagnostics in the real server over stdio
 *   c. the CLI over 1,000 sheets against markdownlint-cli2 and Spectral
 *   d. server memory with 200 open documents
 */
import { cpus, totalmem } from 'node:os';
import { RULES } from '../rules';
import { cliRows, type CliOptions } from './cli';
import { engineRows, type EngineOptions } from './engine';
import { keystrokeRows, type KeystrokeOptions } from './keystroke';
import { formatTable, type Row } from './measure';
import { memoryRows, type MemoryOptions } from './memory';

export interface BenchOptions {
  engine: EngineOptions;
  keystroke: KeystrokeOptions;
  cli: CliOptions;
  memory: MemoryOptions;
}

export const FULL: BenchOptions = {
  engine: { small: 300, large: 3000, iterations: Number(process.env.BENCH_ITERATIONS ?? 200), warmUp: { runs: 30, ms: 2000 } },
  keystroke: { lines: 300, edits: 200, debouncedEdits: 20 },
  cli: { files: 1000, rounds: 3 },
  memory: { documents: 200, lines: 300 },
};

export const SMOKE: BenchOptions = {
  engine: { small: 300, large: 3000, iterations: 2, warmUp: { runs: 1, ms: 0 } },
  keystroke: { lines: 300, edits: 4, debouncedEdits: 1 },
  cli: { files: 6, rounds: 1 },
  memory: { documents: 4, lines: 300 },
};

export async function runBench(options: BenchOptions, progress: (section: string) => void = () => undefined): Promise<Row[]> {
  progress('a. engine vs parse floor');
  const rows = engineRows(options.engine);
  progress('b. keystroke to diagnostics');
  rows.push(...(await keystrokeRows(options.keystroke)));
  progress('c. CLI against peers');
  rows.push(...cliRows(options.cli));
  progress('d. server memory');
  rows.push(...(await memoryRows(options.memory)));
  return rows;
}

export function machine(): string {
  const processors = cpus();
  return `${processors.length} × ${processors[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}, ${RULES.length} rules`;
}

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const options = smoke ? SMOKE : FULL;
  const rows = await runBench(options, (section) => process.stderr.write(`${section}…\n`));
  console.log(`${smoke ? 'SMOKE RUN (tiny counts; timings mean nothing) — ' : ''}${machine()}; ${new Date().toISOString().slice(0, 10)}`);
  console.log(
    `a: medians of ${options.engine.iterations} runs after a warm-up of ${options.engine.warmUp.runs} runs and ${options.engine.warmUp.ms / 1000} s at least, lint and parse taking turns; ` +
      `b: ${options.keystroke.edits} edits; c: median of ${options.cli.rounds} rounds over ${options.cli.files} files; d: ${options.memory.documents} documents`,
  );
  console.log(formatTable(rows));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
