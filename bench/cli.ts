/**
 * c. The CLI over many files against the linters users know: termsheet-lint on generated Markdown
 * sheets against markdownlint-cli2 on the same files, and on generated YAML sheets against
 * Spectral with a comparable small ruleset (bench/spectral-ruleset.yaml). Each tool runs as one
 * command over the whole folder, as a user would run it; wall time and peak resident memory (the
 * maximum resident set size /usr/bin/time reports) are the median of the rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { megabytes, now, quantile, times, type Row } from './measure';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLES = path.join(ROOT, 'examples');
const TIME = '/usr/bin/time';

export interface CliOptions {
  files: number;
  rounds: number;
}

interface Tool {
  name: string;
  args: (folder: string) => string[];
}

const OURS: Tool = { name: 'termsheet-lint', args: (folder) => [path.join(ROOT, 'dist', 'cli.js'), folder] };
const MARKDOWNLINT: Tool = {
  name: 'markdownlint-cli2',
  args: (folder) => [path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), `${folder}/**/*.md`],
};
const SPECTRAL: Tool = {
  name: 'Spectral',
  args: (folder) => [
    path.join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js'),
    'lint',
    `${folder}/*.yaml`,
    '--ruleset',
    path.join(ROOT, 'bench', 'spectral-ruleset.yaml'),
  ],
};

/** The YAML examples the generated YAML sheets are made from, in turn. */
export const YAML_EXAMPLES = ['complete.termsheet.yaml', 'pitfalls.termsheet.yaml', 'early-stage.termsheet.yaml', 'outline.termsheet.yaml'];

export function cliRows(options: CliOptions): Row[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'termsheet-bench-cli-'));
  try {
    const markdown = path.join(folder, 'markdown');
    const yaml = path.join(folder, 'yaml');
    writeSheets(markdown, ['complete.termsheet.md', 'pitfalls.termsheet.md'], options.files);
    writeSheets(yaml, YAML_EXAMPLES, options.files);
    return [
      ...compare(`c. ${options.files} Markdown sheets`, markdown, MARKDOWNLINT, options.rounds),
      ...compare(`c. ${options.files} YAML sheets`, yaml, SPECTRAL, options.rounds),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `count` sheets made from the examples, each a little different (its own asset code, dates and amounts). */
export function writeSheets(folder: string, examples: readonly string[], count: number): void {
  mkdirSync(folder, { recursive: true });
  const texts = examples.map((name) => readFileSync(path.join(EXAMPLES, name), 'utf8'));
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length]
      .replace(/\b(HX|QL)-(\d+)/g, (_, prefix: string, number: string) => `${prefix}-${Number(number) + i}`)
      .replace(/\b2026-(\d\d)-(\d\d)\b/g, (_, month: string, day: string) => `${2026 + (i % 4)}-${month}-${day}`)
      .replace(/USD (\d+),000,000/g, (_, millions: string) => `USD ${Number(millions) + (i % 7)},000,000`);
    const extension = path.extname(examples[i % examples.length]);
    writeFileSync(path.join(folder, `deal-${String(i).padStart(4, '0')}.termsheet${extension}`), text);
  }
}

function compare(name: string, folder: string, peer: Tool, rounds: number): Row[] {
  const ours: Run[] = [];
  const theirs: Run[] = [];
  // The tools take turns, so a change in the machine's load falls on both alike.
  for (let round = 0; round < rounds; round++) {
    ours.push(run(OURS, folder));
    theirs.push(run(peer, folder));
  }
  const wall = (runs: Run[]) =>
    quantile(
      runs.map((r) => r.wallMs),
      0.5,
    );
  const rss = (runs: Run[]) =>
    quantile(
      runs.map((r) => r.maxRssKb ?? NaN),
      0.5,
    );
  const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const memory = (value: number) => (Number.isNaN(value) ? 'n/a' : megabytes(value));
  return [
    {
      name: `${name}, wall time`,
      ours: `termsheet-lint ${seconds(wall(ours))}`,
      reference: `${peer.name} ${seconds(wall(theirs))}`,
      result: times(wall(ours) / wall(theirs)),
      target: '< 1× (faster)',
      met: wall(ours) < wall(theirs),
    },
    {
      name: `${name}, peak memory`,
      ours: `termsheet-lint ${memory(rss(ours))}`,
      reference: `${peer.name} ${memory(rss(theirs))}`,
      result: Number.isNaN(rss(ours) / rss(theirs)) ? 'n/a' : times(rss(ours) / rss(theirs)),
      target: '(reported)',
    },
  ];
}

interface Run {
  wallMs: number;
  /** Undefined where /usr/bin/time is missing. */
  maxRssKb?: number;
}

/** Runs a tool over the folder (output discarded) and measures it; finding problems is expected, failing to run is not. */
function run(tool: Tool, folder: string): Run {
  const measured = existsSync(TIME);
  const report = path.join(folder, '..', `time-${process.pid}.txt`);
  const command = measured ? TIME : process.execPath;
  const args = measured ? ['-f', '%M', '-o', report, process.execPath, ...tool.args(folder)] : tool.args(folder);
  const started = now();
  const result = spawnSync(command, args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = now() - started;
  if (result.error) throw result.error;
  // Exit 1 means "problems found" for all three tools; anything else is a failure to run.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${tool.name} exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  if (!measured) return { wallMs };
  const maxRssKb = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
  return { wallMs, maxRssKb: Number.isFinite(maxRssKb) ? maxRssKb : undefined };
}
