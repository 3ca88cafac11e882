/**
 * Hostile sizes through the command line, each in a child process of its own: every one ends with
 * a clear result in bounded time, and its peak memory (resident set, measured in the child) stays
 * under a bound. A heap cap makes a runaway allocation fail the run instead of swapping.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI } from '../cli/run-cli';

const ROOT = join(__dirname, '..', '..', '..');
const PRELOAD = join(ROOT, 'test', 'fuzz', 'peak-memory.cjs');
const HEAP_CAP_MB = 384;
const PEAK_BOUND_MB = 512;
/** Loose: a whole node process, bundle loading included, on a shared machine. */
const TIME_BOUND_MS = 30_000;
const MB = 1024 * 1024;

interface Hostile {
  name: string;
  file: string;
  write(path: string): void;
  /** The message the file's first finding must have. */
  finding: RegExp;
}

function aliasBomb(): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  return `termsheet: 1\n${levels.join('\n')}\nparties: *j\n`;
}

const fiveMegabyteYaml = 'termsheet: 1\nnotes:\n' + '  - a line of notes about the deal, kept long\n'.repeat(120_000);

const HOSTILE: Hostile[] = [
  {
    name: 'a 5 MB YAML file',
    file: 'big.termsheet.yaml',
    write: (path) => writeFileSync(path, fiveMegabyteYaml),
    finding: /^File too large to lint: 5\.3 MB \(limit 4\.0 MB\)$/,
  },
  {
    name: 'a 5 MB Markdown file',
    file: 'big.termsheet.md',
    write: (path) => writeFileSync(path, '| Item | Description |\n|---|---|\n' + '| Licensor | Qilin Biosciences |\n'.repeat(160_000)),
    finding: /^File too large to lint: 5\.0 MB \(limit 4\.0 MB\)$/,
  },
  {
    // Sparse: no disk space is used, and the command line never reads it.
    name: 'a 2 GB file',
    file: 'huge.termsheet.yaml',
    write: (path) => {
      closeSync(openSync(path, 'w'));
      truncateSync(path, 2048 * MB);
    },
    finding: /^File too large to lint: 2048\.0 MB \(limit 4\.0 MB\)$/,
  },
  {
    name: 'a 5 MB YAML file under max_file_size_mb: 8',
    file: 'raised/big.termsheet.yaml',
    write: (path) => {
      writeFileSync(join(path, '..', '.termsheetrc.yaml'), 'max_file_size_mb: 8\n');
      writeFileSync(path, fiveMegabyteYaml);
    },
    finding: /^No legal counsel is named/,
  },
  {
    name: 'a 100,000-line YAML file',
    file: 'lines.termsheet.yaml',
    write: (path) => writeFileSync(path, 'termsheet: 1\n' + Array.from({ length: 100_000 }, (_, i) => `k${i}: v${i}`).join('\n') + '\n'),
    finding: /^No legal counsel is named/,
  },
  {
    // The heaviest Markdown the default limit lets in: markdown-it's tokens for 127,000 table rows.
    name: 'a Markdown table just under the 4 MB limit',
    file: 'table.termsheet.md',
    write: (path) => writeFileSync(path, '| Item | Description |\n|---|---|\n' + '| Licensor | Qilin Biosciences |\n'.repeat(Math.floor((4 * MB) / 33) - 10)),
    finding: /^No legal counsel is named/,
  },
  {
    name: '10,000-deep YAML flow nesting',
    file: 'deep-flow.termsheet.yaml',
    write: (path) => writeFileSync(path, `termsheet: 1\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`),
    finding: /too deep to read$/,
  },
  {
    name: '10,000-deep YAML block sequences',
    file: 'deep-seq.termsheet.yaml',
    write: (path) => writeFileSync(path, `termsheet: 1\nx: ${'- '.repeat(10_000)}leaf\n`),
    finding: /./,
  },
  {
    name: '10,000-deep Markdown block quotes',
    file: 'deep-quote.termsheet.md',
    write: (path) => writeFileSync(path, `# T\n\n${'> '.repeat(10_000)}deep\n`),
    finding: /./,
  },
  {
    name: '10,000-deep Markdown lists',
    file: 'deep-list.termsheet.md',
    write: (path) => writeFileSync(path, `# T\n\n${'- '.repeat(10_000)}x\n`),
    finding: /./,
  },
  { name: 'a billion-laughs alias bomb', file: 'laughs.termsheet.yaml', write: (path) => writeFileSync(path, aliasBomb()), finding: /./ },
  {
    name: 'the alias bomb in Markdown front matter',
    file: 'laughs.termsheet.md',
    write: (path) => writeFileSync(path, `---\n${aliasBomb()}---\n\n# T\n`),
    finding: /./,
  },
];

let dir: string;
const peaks: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'termsheet-hostile-memory-'));
  mkdirSync(join(dir, 'raised'));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
  // The figures, for the record of a run.
  console.log(`peak memory of the command line: ${peaks.join('; ')}`);
});

describe('hostile sizes: bounded time and bounded memory, in a child process each', () => {
  for (const hostile of HOSTILE) {
    test(hostile.name, () => {
      const path = join(dir, hostile.file);
      hostile.write(path);
      const report = join(dir, 'peak.txt');
      rmSync(report, { force: true });
      const env: NodeJS.ProcessEnv = { ...process.env, PEAK_MEMORY_FILE: report };
      for (const name of ['NODE_OPTIONS', 'NODE_TEST_CONTEXT', 'DEBUG', 'TERMSHEET_LINT_THREADS']) delete env[name];
      const started = performance.now();
      const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, '--require', PRELOAD, CLI, '--format', 'json', hostile.file], {
        cwd: dir,
        env,
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 64 * MB,
      });
      const elapsed = performance.now() - started;
      assert.equal(run.signal, null, `killed by ${run.signal}: ${run.stderr.slice(-1000)}`);
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr.slice(-1000)}`);
      const [result] = JSON.parse(run.stdout) as { messages: { message: string }[] }[];
      assert.ok(result.messages.length > 0, 'a finding');
      assert.match(result.messages[0].message, hostile.finding);
      const peakMb = Number(readFileSync(report, 'utf8')) / 1024;
      peaks.push(`${hostile.name} ${peakMb.toFixed(0)} MB in ${(elapsed / 1000).toFixed(1)} s`);
      assert.ok(peakMb < PEAK_BOUND_MB, `peak ${peakMb.toFixed(0)} MB`);
      assert.ok(elapsed < TIME_BOUND_MS, `${(elapsed / 1000).toFixed(1)} s`);
    });
  }
});
