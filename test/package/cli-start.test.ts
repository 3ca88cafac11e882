/**
 * How the packaged CLI starts: the bin (dist/cli.js) answers --help and --version without loading
 * the program (dist/cli-main.js), a run loads only what it needs, and the program's code cache
 * speeds runs up without ever changing what a run does, whatever state the cache is in.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { cacheFolder } from '../../server/src/startup/code-cache';
import { PARALLEL_THRESHOLD, threadCount } from '../../server/src/cli/workers';
import { CLI, ROOT, runCli, type CliRun } from '../cli/run-cli';

const PROGRAM = path.join(ROOT, 'dist/cli-main.js');
/** The command line compiled by tsc, module by module: what it loads can be seen in `require.cache`. */
const UNBUNDLED = path.join(ROOT, 'out/server/src/cli/main.js');
const EXAMPLES = path.join(ROOT, 'examples');
const YAML_SHEET = path.join(EXAMPLES, 'complete.termsheet.yaml');
const MARKDOWN_SHEET = path.join(EXAMPLES, 'complete.termsheet.md');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-cli-start-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/**
 * Preloaded into a run: at exit, writes the files it read with fs.readFileSync (Node's CommonJS
 * loader reads through it too), the modules in `require.cache` and Node's built-in modules loaded.
 */
const RECORDER = path.join(scratch, 'record-loads.js');
fs.writeFileSync(
  RECORDER,
  `const fs = require('node:fs');
const readFileSync = fs.readFileSync;
const reads = [];
fs.readFileSync = function (file, ...rest) {
  reads.push(String(file));
  return readFileSync.call(this, file, ...rest);
};
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice('NativeModule '.length));
  fs.writeFileSync(process.env.LOADS_RECORD, JSON.stringify({ reads, modules: Object.keys(require.cache), builtins }));
});
`,
);

interface Loads {
  reads: string[];
  modules: string[];
  builtins: string[];
}

/** Runs `node --require RECORDER script ...args` and returns the run and what it loaded. */
function recordLoads(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun & Loads {
  const record = path.join(scratch, `loads-${process.hrtime.bigint()}.json`);
  const clean: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DEBUG', 'NODE_TEST_CONTEXT', 'NODE_OPTIONS', 'TERMSHEET_LINT_THREADS']) delete clean[name];
  const cache = path.join(scratch, 'recorded-runs-cache');
  const run = spawnSync(process.execPath, ['--require', RECORDER, script, ...args], {
    cwd: EXAMPLES,
    env: { ...clean, XDG_CACHE_HOME: cache, LOADS_RECORD: record, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  const loads = JSON.parse(fs.readFileSync(record, 'utf8')) as Loads;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ...loads };
}

/** Runs the program itself, not through the bin. */
function runProgram(args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, [PROGRAM, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const outcome = (run: CliRun) => ({ status: run.status, stdout: run.stdout, stderr: run.stderr });

describe('--help and --version', () => {
  for (const args of [
    ['--version'],
    ['-v'],
    ['--help'],
    ['-h'],
    ['--version', '--help'],
    ['-v', '-h', '-v'],
    ['--version', '--quiet'],
    ['--help', '--format', 'xml'],
  ]) {
    test(`${args.join(' ')}: the bin answers as the program does`, () => {
      assert.deepEqual(outcome(runCli(args)), outcome(runProgram(args)));
    });
  }

  for (const args of [['--version'], ['--help'], ['-h', '-v']]) {
    test(`${args.join(' ')} alone does not load the program`, () => {
      const run = recordLoads(CLI, args);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.reads.includes(CLI), 'the recorder sees the bin read');
      assert.ok(!run.reads.includes(PROGRAM) && !run.modules.includes(PROGRAM), JSON.stringify(run.reads));
    });
  }
});

describe('a run loads only what it needs', () => {
  test('the recorder sees a run load its modules', () => {
    const run = recordLoads(UNBUNDLED, [MARKDOWN_SHEET]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(
      run.modules.some((file) => file.includes(`${path.sep}markdown-it${path.sep}`)),
      'a Markdown sheet needs markdown-it',
    );
    assert.ok(run.builtins.includes('fs'), JSON.stringify(run.builtins));
  });

  test('a YAML sheet: no Markdown parser, no RE2, no diff library, no Word reader, no LSP stack, no rule pages', () => {
    const run = recordLoads(UNBUNDLED, [YAML_SHEET]);
    assert.equal(run.status, 0, run.stderr);
    for (const name of ['markdown-it', 're2js', 'diff', 'fflate', 'saxes', 'vscode-languageserver', 'vscode-jsonrpc']) {
      assert.ok(!run.modules.some((file) => file.includes(`${path.sep}${name}${path.sep}`)), `${name} in ${JSON.stringify(run.modules)}`);
    }
    assert.deepEqual(
      run.reads.filter((file) => /README\.md$/i.test(file)),
      [],
    );
  });

  test('--fix-dry-run loads the diff library', () => {
    const run = recordLoads(UNBUNDLED, ['--fix-dry-run', path.join(EXAMPLES, 'pitfalls.termsheet.yaml')]);
    assert.match(run.stdout, /^--- a\//);
    assert.ok(
      run.modules.some((file) => file.includes(`${path.sep}diff${path.sep}`)),
      JSON.stringify(run.modules),
    );
  });

  test('custom pattern rules load RE2', () => {
    const folder = fs.mkdtempSync(path.join(scratch, 'pattern-'));
    fs.copyFileSync(YAML_SHEET, path.join(folder, 'deal.termsheet.yaml'));
    fs.writeFileSync(path.join(folder, '.termsheetrc.yaml'), 'custom:\n  - id: acme/law\n    given: governing_law\n    check: {pattern: "^New York$"}\n');
    const run = recordLoads(UNBUNDLED, [path.join(folder, 'deal.termsheet.yaml')]);
    assert.ok(
      run.modules.some((file) => file.includes(`${path.sep}re2js${path.sep}`)),
      JSON.stringify(run.modules),
    );
  });

  test('a few files start no worker thread, and the bin loads no thread machinery for them', () => {
    const run = recordLoads(CLI, [YAML_SHEET, path.join(EXAMPLES, 'pitfalls.termsheet.yaml')]);
    assert.equal(run.status, 1, run.stderr);
    assert.ok(!run.builtins.includes('worker_threads'), JSON.stringify(run.builtins));
    const threaded = recordLoads(CLI, [YAML_SHEET, path.join(EXAMPLES, 'pitfalls.termsheet.yaml')], { TERMSHEET_LINT_THREADS: '2' });
    assert.equal(threaded.stdout, run.stdout);
    assert.ok(threaded.builtins.includes('worker_threads'), 'threads load it');
  });
});

describe('the code cache', () => {
  const ARGS = ['--format', 'json', YAML_SHEET, path.join(EXAMPLES, 'pitfalls.termsheet.yaml')];
  /** A file where the cache folder would be: no cache can be read or made. */
  const noFolder = path.join(scratch, 'not-a-folder');
  fs.writeFileSync(noFolder, '');
  const uncached = outcome(runCli(ARGS, { env: { XDG_CACHE_HOME: noFolder } }));

  function cacheHome(): { home: string; folder: string; files: () => string[] } {
    const home = fs.mkdtempSync(path.join(scratch, 'cache-'));
    const folder = path.join(home, 'termsheet-lint');
    return { home, folder, files: () => (fs.existsSync(folder) ? fs.readdirSync(folder) : []) };
  }

  test('runs without a usable cache folder, as with a cache', () => {
    assert.equal(uncached.status, 1, uncached.stderr);
    assert.equal(uncached.stderr, '');
    assert.ok(JSON.parse(uncached.stdout).length === 2);
  });

  test('the first run writes one cache file, which the next run uses as it is', () => {
    const { home, folder, files } = cacheHome();
    assert.deepEqual(outcome(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })), uncached);
    assert.equal(files().length, 1, JSON.stringify(files()));
    const [cache] = files();
    assert.match(cache, /^cli-.*\.v8cache$/);
    const written = fs.statSync(path.join(folder, cache));
    assert.ok(written.size > 100_000, `${written.size} bytes`);

    assert.deepEqual(outcome(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })), uncached);
    const after = fs.statSync(path.join(folder, cache));
    // A cache V8 rejected would be written again, as a new file renamed into place.
    assert.deepEqual([after.ino, after.mtimeMs], [written.ino, written.mtimeMs]);
    assert.deepEqual(files(), [cache]);
  });

  const damages: Array<[string, (data: Buffer) => Buffer]> = [
    [
      'with bytes changed inside',
      (data) => {
        const damaged = Buffer.from(data);
        for (let i = 2000; i < damaged.length; i += 997) damaged[i] ^= 0x5a;
        return damaged;
      },
    ],
    ['cut short', (data) => data.subarray(0, data.length >> 1)],
    ['that is empty', () => Buffer.alloc(0)],
    ['that is no cache at all', () => Buffer.from('{"not": "a code cache"}\n')],
  ];
  for (const [damage, make] of damages) {
    test(`a cache ${damage} changes nothing in the run, and is replaced`, () => {
      const { home, folder, files } = cacheHome();
      runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
      const [cache] = files();
      const file = path.join(folder, cache);
      const good = fs.readFileSync(file);
      fs.writeFileSync(file, make(good));
      assert.deepEqual(outcome(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })), uncached);
      assert.deepEqual(files(), [cache]);
      const rewritten = fs.readFileSync(file);
      assert.ok(rewritten.length > 100_000 && !rewritten.equals(make(good)), 'written again whole');
    });
  }

  test('a cache others could have written is not used, and is replaced', () => {
    const { home, folder, files } = cacheHome();
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    const file = path.join(folder, files()[0]);
    fs.chmodSync(file, 0o666);
    const before = fs.statSync(file);
    assert.deepEqual(outcome(runCli(ARGS, { env: { XDG_CACHE_HOME: home } })), uncached);
    const after = fs.statSync(file);
    assert.notEqual(after.ino, before.ino, 'written again');
    assert.equal(after.mode & 0o077, 0, 'for the user alone');
  });

  test('NODE_DISABLE_COMPILE_CACHE turns the cache off', () => {
    const { home, files } = cacheHome();
    assert.deepEqual(outcome(runCli(ARGS, { env: { XDG_CACHE_HOME: home, NODE_DISABLE_COMPILE_CACHE: '1' } })), uncached);
    assert.deepEqual(files(), []);
  });

  test('a run that fails on its arguments writes no cache', () => {
    const { home, files } = cacheHome();
    const run = runCli(['--max-warnings', 'x', YAML_SHEET], { env: { XDG_CACHE_HOME: home } });
    assert.equal(run.status, 2);
    assert.deepEqual(files(), []);
  });

  test('a new cache replaces those of other builds and Node versions', () => {
    const { home, folder, files } = cacheHome();
    fs.mkdirSync(folder);
    const stale = ['cli-0123456789abcdef-1-node18.0.0-x64.v8cache', 'cli-fedcba9876543210-2-node20.0.0-arm64.v8cache'];
    for (const name of stale) fs.writeFileSync(path.join(folder, name), 'old');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not ours');
    runCli(ARGS, { env: { XDG_CACHE_HOME: home } });
    assert.equal(files().filter((name) => name.endsWith('.v8cache')).length, 1, JSON.stringify(files()));
    for (const name of stale) assert.ok(!files().includes(name), name);
    assert.ok(files().includes('notes.txt'), 'other files are left alone');
  });

  test('worker threads start through the bin and lint as one thread does', () => {
    const { home } = cacheHome();
    const folder = fs.mkdtempSync(path.join(scratch, 'many-'));
    for (let i = 0; i < 6; i++)
      fs.copyFileSync(path.join(EXAMPLES, i % 2 ? 'pitfalls.termsheet.yaml' : 'complete.termsheet.yaml'), path.join(folder, `deal-${i}.termsheet.yaml`));
    const single = runCli(['--format', 'json', '.'], { cwd: folder, env: { XDG_CACHE_HOME: home, TERMSHEET_LINT_THREADS: '1' } });
    const threaded = runCli(['--format', 'json', '.'], { cwd: folder, env: { XDG_CACHE_HOME: home, TERMSHEET_LINT_THREADS: '3' } });
    assert.equal(threaded.status, 1, threaded.stderr);
    assert.deepEqual(outcome(threaded), outcome(single));
  });
});

describe('many files', () => {
  const SHEETS = 60;
  /** `SHEETS` sheets, one folder each, and config files that cannot be read in the folders named. */
  function folders(brokenConfigs: readonly number[]): string {
    const base = fs.mkdtempSync(path.join(scratch, 'folders-'));
    for (let index = 0; index < SHEETS; index++) {
      const folder = path.join(base, `f${String(index).padStart(2, '0')}`);
      fs.mkdirSync(folder);
      fs.copyFileSync(YAML_SHEET, path.join(folder, 'deal.termsheet.yaml'));
      if (brokenConfigs.includes(index)) fs.writeFileSync(path.join(folder, '.termsheetrc.yaml'), 'rules: [unclosed\n');
    }
    return base;
  }
  const runIn = (cwd: string, threads: string) => outcome(runCli(['--format', 'json'], { cwd, env: { TERMSHEET_LINT_THREADS: threads } }));

  /** Preloaded (in the workers too, which report nothing): counts the worker threads a run starts. */
  const COUNTER = path.join(scratch, 'count-workers.js');
  fs.writeFileSync(
    COUNTER,
    `const threads = require('node:worker_threads');
let started = 0;
const Worker = threads.Worker;
threads.Worker = class extends Worker {
  constructor(...args) {
    super(...args);
    started++;
  }
};
if (threads.isMainThread) process.on('exit', () => process.stderr.write('workers started: ' + started + '\\n'));
`,
  );

  test('the main thread lints a share: N threads are the main one and N - 1 workers', () => {
    const base = folders([]);
    for (const [threads, workers] of [
      ['2', 1],
      ['4', 3],
    ] as const) {
      const run = spawnSync(process.execPath, ['--require', COUNTER, CLI, '--format', 'json'], {
        cwd: base,
        env: { ...process.env, TERMSHEET_LINT_THREADS: threads },
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stderr, `workers started: ${workers}\n`);
      assert.equal(run.stdout, runIn(base, '1').stdout);
    }
  });

  test('one thread per core other work leaves free, none beside the main one for a few files', () => {
    const many = PARALLEL_THRESHOLD + 1;
    assert.equal(threadCount(PARALLEL_THRESHOLD, {}, { cores: 8, load: 0 }), 1);
    assert.equal(threadCount(many, {}, { cores: 2, load: 0.2 }), 2);
    assert.equal(threadCount(many, {}, { cores: 2, load: 1.7 }), 1, 'a busy core is not one more thread');
    assert.equal(threadCount(many, {}, { cores: 2, load: 9 }), 1);
    assert.equal(threadCount(many, {}, { cores: 16, load: 3 }), 8, 'eight at the most');
    assert.equal(threadCount(many, { TERMSHEET_LINT_THREADS: '3' }, { cores: 2, load: 9 }), 3, 'as many as asked for');
  });

  test("a failure in the main thread's share wins over later ones, and ends the run", () => {
    const base = folders([5, 50]);
    const single = runIn(base, '1');
    assert.equal(single.status, 2);
    assert.match(single.stderr, /^termsheet-lint: .*f05/);
    assert.deepEqual(runIn(base, '4'), single);
  });
});

describe('cacheFolder', () => {
  test('$XDG_CACHE_HOME when it is an absolute path', () => {
    assert.equal(cacheFolder({ XDG_CACHE_HOME: '/var/cache/me' }, 'linux'), path.join('/var/cache/me', 'termsheet-lint'));
    assert.equal(cacheFolder({ XDG_CACHE_HOME: '/var/cache/me' }, 'darwin'), path.join('/var/cache/me', 'termsheet-lint'));
  });

  test("else the platform's per-user cache folder", () => {
    const home = os.homedir();
    assert.equal(cacheFolder({ XDG_CACHE_HOME: 'relative/cache' }, 'linux'), path.join(home, '.cache', 'termsheet-lint'));
    assert.equal(cacheFolder({}, 'linux'), path.join(home, '.cache', 'termsheet-lint'));
    assert.equal(cacheFolder({}, 'darwin'), path.join(home, 'Library', 'Caches', 'termsheet-lint'));
    assert.equal(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' }, 'win32'), 'C:\\Users\\me\\AppData\\Local\\termsheet-lint\\Cache');
  });
});
