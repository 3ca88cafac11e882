/**
 * `npm run bench`: where the project stands against its parse floor and its peers, in one run, as
 * one table (see bench/RESULTS.md). `--smoke` runs every section with tiny counts, to keep the
 * benchmark working (the test suite does); its timings mean nothing. `--section e` (or `ae`, …)
 * runs only the sections named: `npm run bench -- --section e`.
 *
 *   a. engine vs parse floor (YAML and Markdown, 300 and 3,000 lines, with the growth factor)
 *   b. keystroke to diagnostics in the real server over stdio
 *   c. the CLI over 1,000 sheets against markdownlint-cli2 and Spectral
 *   d. server memory with 200 open documents
 *   e. the CLI's start: one sheet against `node -e 0`, 600 sheets against parsing them alone
 *   f. a 20-page Word term sheet: the lint against its conversion to text alone
 */
import { cpus, totalmem } from 'node:os';
import { RULES } from '../rules';
import { cliRows, type CliOptions } from './cli';
import { engineRows, type EngineOptions } from './engine';
import { keystrokeRows, type KeystrokeOptions } from './keystroke';
import { formatTable, type Row } from './measure';
import { memoryRows, type MemoryOptions } from './memory';
import { startupRows, type StartupOptions } from './startup';
import { wordRows, type WordOptions } from './word';

export interface BenchOptions {
  engine: EngineOptions;
  keystroke: KeystrokeOptions;
  cli: CliOptions;
  memory: MemoryOptions;
  startup: StartupOptions;
  word: WordOptions;
}

export const FULL: BenchOptions = {
  engine: { small: 300, large: 3000, iterations: Number(process.env.BENCH_ITERATIONS ?? 200), warmUp: { runs: 30, ms: 2000 }, processes: 5 },
  keystroke: { lines: 300, edits: 200, debouncedEdits: 20 },
  cli: { files: 1000, rounds: 3 },
  memory: { documents: 200, lines: 300 },
  startup: { files: 600, rounds: 40, manyRounds: 10 },
  word: { pages: 20, iterations: 60, warmUp: { runs: 10, ms: 2000 } },
};

export const SMOKE: BenchOptions = {
  engine: { small: 300, large: 3000, iterations: 2, warmUp: { runs: 1, ms: 0 }, processes: 2 },
  keystroke: { lines: 300, edits: 4, debouncedEdits: 1 },
  cli: { files: 6, rounds: 1 },
  memory: { documents: 4, lines: 300 },
  startup: { files: 6, rounds: 1, manyRounds: 1 },
  word: { pages: 20, iterations: 1, warmUp: { runs: 0, ms: 0 } },
};

interface Section {
  title: string;
  rows: (options: BenchOptions) => Row[] | Promise<Row[]>;
  /** How the section measures, for the line above the table. */
  method: (options: BenchOptions) => string;
}

/** The sections by letter, in table order. */
const SECTIONS: Record<string, Section> = {
  a: {
    title: 'engine vs parse floor',
    rows: (options) => engineRows(options.engine),
    method: ({ engine }) =>
      `medians of ${engine.iterations} runs after a warm-up of ${engine.warmUp.runs} runs and ${engine.warmUp.ms / 1000} s at least, lint and parse taking turns, ` +
      `in ${engine.processes} fresh processes per format: the median over them (lowest–highest)`,
  },
  b: { title: 'keystroke to diagnostics', rows: (options) => keystrokeRows(options.keystroke), method: ({ keystroke }) => `${keystroke.edits} edits` },
  c: { title: 'CLI against peers', rows: (options) => cliRows(options.cli), method: ({ cli }) => `median of ${cli.rounds} rounds over ${cli.files} files` },
  d: { title: 'server memory', rows: (options) => memoryRows(options.memory), method: ({ memory }) => `${memory.documents} documents` },
  e: {
    title: 'CLI start-up',
    rows: (options) => startupRows(options.startup),
    method: ({ startup }) => `medians (middle half) of ${startup.rounds} turns, ${startup.manyRounds} over ${startup.files} files`,
  },
  f: {
    title: 'Word term sheet',
    rows: (options) => wordRows(options.word),
    method: ({ word }) =>
      `medians of ${word.iterations} runs after a warm-up of ${word.warmUp.runs} runs and ${word.warmUp.ms / 1000} s at least, lint and conversion taking turns`,
  },
};
const ALL_SECTIONS = Object.keys(SECTIONS).join('');

export async function runBench(options: BenchOptions, progress: (section: string) => void = () => undefined, sections = ALL_SECTIONS): Promise<Row[]> {
  const rows: Row[] = [];
  for (const letter of sections) {
    progress(`${letter}. ${SECTIONS[letter].title}`);
    rows.push(...(await SECTIONS[letter].rows(options)));
  }
  return rows;
}

/** The letters `--section` names, in table order; every section without it. */
export function sectionsOf(argv: readonly string[]): string {
  const at = argv.indexOf('--section');
  if (at < 0) return ALL_SECTIONS;
  const letters = argv[at + 1] ?? '';
  if (!/^[a-z]+$/.test(letters) || [...letters].some((letter) => !(letter in SECTIONS))) {
    throw new Error(`--section takes letters of ${ALL_SECTIONS}, not '${letters}'`);
  }
  return [...ALL_SECTIONS].filter((letter) => letters.includes(letter)).join('');
}

export function machine(): string {
  const processors = cpus();
  return `${processors.length} × ${processors[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, node ${process.version}, ${RULES.length} rules`;
}

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const options = smoke ? SMOKE : FULL;
  const sections = sectionsOf(process.argv);
  const rows = await runBench(options, (section) => process.stderr.write(`${section}…\n`), sections);
  console.log(`${smoke ? 'SMOKE RUN (tiny counts; timings mean nothing) — ' : ''}${machine()}; ${new Date().toISOString().slice(0, 10)}`);
  console.log([...sections].map((letter) => `${letter}: ${SECTIONS[letter].method(options)}`).join('; '));
  console.log(formatTable(rows));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
