import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CLI, lines, ROOT, runCli, type CliRun, temporaryTree } from './run-cli';

const PITFALLS_YAML = fs.readFileSync(path.join(ROOT, 'examples/pitfalls.termsheet.yaml'), 'utf8');
const PITFALLS_MD = fs.readFileSync(path.join(ROOT, 'examples/pitfalls.termsheet.md'), 'utf8');
const COMPLETE_YAML = fs.readFileSync(path.join(ROOT, 'examples/complete.termsheet.yaml'), 'utf8');

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number }[];
}

const temporary = temporaryTree('termsheet-cli-stdin-');
const folder = temporary.tree;

function json(run: CliRun): JsonFile[] {
  assert.equal(run.stderr, '', 'no stderr');
  return JSON.parse(run.stdout) as JsonFile[];
}

function assertUsageFailure(run: CliRun, message: string): void {
  assert.equal(run.status, 2, `exit code (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  assert.deepEqual(lines(run.stderr), [`termsheet-lint: ${message}`]);
}

/** Applies a unified diff to the files under `cwd` with git, as a user would: `… --fix-dry-run | git apply`. */
function gitApply(diff: string, cwd: string): void {
  const applied = spawnSync('git', ['apply', '-'], { cwd, input: diff, encoding: 'utf8' });
  assert.equal(applied.status, 0, applied.stderr);
}

describe('--stdin-filename NAME -', () => {
  test('lints standard input as the file NAME: its config, its name in the report', () => {
    const base = folder('as-file', { 'deals/.termsheetrc.yaml': 'rules:\n  fto-missing: error\n', 'deals/on-disk.termsheet.yaml': PITFALLS_YAML });
    const piped = json(runCli(['--format', 'json', '--stdin-filename', 'deals/piped.termsheet.yaml', '-'], { cwd: base, input: PITFALLS_YAML }));
    const onDisk = json(runCli(['--format', 'json', 'deals/on-disk.termsheet.yaml'], { cwd: base }));
    assert.deepEqual(
      piped.map((file) => file.filePath),
      ['deals/piped.termsheet.yaml'],
    );
    assert.deepEqual(piped[0].messages, onDisk[0].messages);
    // The config next to NAME applies, though no such file exists.
    assert.equal(piped[0].messages.find((message) => message.ruleId === 'fto-missing')?.severity, 'error');
    assert.ok(!fs.existsSync(path.join(base, 'deals/piped.termsheet.yaml')));
  });

  test('the format follows the name', () => {
    const base = folder('formats', {});
    const asMarkdown = json(runCli(['--format', 'json', '--stdin-filename', 'deal.termsheet.md', '-'], { cwd: base, input: PITFALLS_MD }));
    assert.ok(asMarkdown[0].messages.some((message) => message.ruleId === 'deal-value-mismatch'));
    assert.ok(!asMarkdown[0].messages.some((message) => message.ruleId === 'syntax'));
    const asYaml = runCli(['--format', 'json', '--stdin-filename', 'deal.termsheet.yaml', '-'], { cwd: base, input: PITFALLS_MD });
    assert.deepEqual(
      json(asYaml)[0].messages.map((message) => message.ruleId),
      ['syntax'],
    );
  });

  test('stylish output and the exit code as for a file; a byte-order mark shifts no column', () => {
    const base = folder('stylish', {});
    const clean = runCli(['--stdin-filename', 'clean.termsheet.yaml', '-'], { cwd: base, input: COMPLETE_YAML });
    assert.equal(clean.status, 0, clean.stdout);
    assert.equal(clean.stdout, '');
    const broken = 'termsheet: 1: 2\n';
    const run = runCli(['--stdin-filename', 'sub/broken.termsheet.yaml', '-'], { cwd: base, input: '\ufeff' + broken });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^sub\/broken\.termsheet\.yaml\n {2}1:\d+ +error /);
    const withoutMark = runCli(['--stdin-filename', 'sub/broken.termsheet.yaml', '-'], { cwd: base, input: broken });
    assert.equal(run.stdout, withoutMark.stdout);
  });

  test('empty input is linted as an empty sheet, not an error of the command line', () => {
    const base = folder('empty', { 'empty.termsheet.yaml': '' });
    const run = runCli(['--format', 'json', '--stdin-filename', 'piped.termsheet.yaml', '-'], { cwd: base, input: '' });
    const onDisk = runCli(['--format', 'json', 'empty.termsheet.yaml'], { cwd: base });
    assert.equal(run.status, onDisk.status);
    assert.equal(run.status, 1, 'an empty sheet has no termination clause');
    assert.deepEqual(json(run)[0].messages, json(onDisk)[0].messages);
  });

  test('input over the size limit gets the size finding, as a file would', () => {
    const base = folder('large', { '.termsheetrc.yaml': 'max_file_size_mb: 0.01\n' });
    const run = runCli(['--format', 'json', '--stdin-filename', 'big.termsheet.yaml', '-'], { cwd: base, input: PITFALLS_YAML.repeat(10) });
    assert.equal(run.status, 1);
    assert.deepEqual(
      json(run)[0].messages.map((message) => [message.ruleId, message.message]),
      [['syntax', `File too large to lint: ${(Buffer.byteLength(PITFALLS_YAML.repeat(10)) / 1024 / 1024).toFixed(1)} MB (limit 0.0 MB)`]],
    );
  });

  test('named as a config file, it is validated as one', () => {
    const run = runCli(['--format', 'json', '--stdin-filename', '.termsheetrc.yaml', '-'], { cwd: folder('config', {}), input: 'rules:\n  fto-mising: off\n' });
    assert.equal(run.status, 1);
    assert.deepEqual(json(run), [
      {
        filePath: '.termsheetrc.yaml',
        messages: [
          {
            ruleId: 'config-invalid',
            severity: 'error',
            message: 'Unknown rule "fto-mising" (did you mean fto-missing?)',
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 13,
          },
        ],
      },
    ]);
  });

  test('bad usage is one line and exit 2', () => {
    const base = folder('usage', { 'deal.termsheet.yaml': PITFALLS_YAML });
    assertUsageFailure(
      runCli(['-'], { cwd: base, input: PITFALLS_YAML }),
      "'-' reads standard input: say which file it is with --stdin-filename NAME (e.g. deal.termsheet.yaml), for its format and config",
    );
    assertUsageFailure(
      runCli(['--stdin-filename', 'deal.termsheet.yaml'], { cwd: base }),
      "--stdin-filename names standard input: add '-' to read it (termsheet-lint --stdin-filename NAME -)",
    );
    assertUsageFailure(
      runCli(['--stdin-filename', 'deal.termsheet.yaml', '-', 'deal.termsheet.yaml'], { cwd: base }),
      "'-' (standard input) cannot be linted with other paths: lint it on its own",
    );
    assertUsageFailure(runCli(['--stdin-filename=', '-'], { cwd: base }), "option '--stdin-filename' needs a file name");
  });

  test('a terminal on standard input is said at once, not waited on', () => {
    // `script` (util-linux, in every Debian) runs the command on a pseudo-terminal, as a person typing would.
    const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
    const command = [process.execPath, CLI, '--stdin-filename', 'deal.termsheet.yaml', '-'].map(quote).join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: folder('terminal', {}), encoding: 'utf8', input: '', timeout: 60_000 });
    assert.equal(run.error, undefined);
    assert.equal(run.status, 2, run.stdout);
    assert.equal(
      run.stdout.replace(/\r/g, ''),
      'termsheet-lint: standard input is a terminal: pipe a term sheet into it (termsheet-lint --stdin-filename deal.termsheet.yaml - < deal.termsheet.yaml)\n',
    );
  });

  test('--fix is refused, as ESLint does: there is no file to write; the file named is left alone', () => {
    const base = folder('fix', { 'deal.termsheet.yaml': PITFALLS_YAML });
    assertUsageFailure(
      runCli(['--fix', '--stdin-filename', 'deal.termsheet.yaml', '-'], { cwd: base, input: PITFALLS_YAML }),
      '--fix cannot write to standard input: use --fix-dry-run to print the fixes as a diff',
    );
    assert.equal(fs.readFileSync(path.join(base, 'deal.termsheet.yaml'), 'utf8'), PITFALLS_YAML);
  });
});

describe('--fix-dry-run', () => {
  test('prints what --fix would change as a diff git applies, changes nothing, and exits as --fix would', () => {
    const dry = folder('dry', { 'deals/a.termsheet.yaml': PITFALLS_YAML, 'deals/b.termsheet.md': PITFALLS_MD, 'deals/clean.termsheet.yaml': COMPLETE_YAML });
    const fixed = folder('fixed', {
      'deals/a.termsheet.yaml': PITFALLS_YAML,
      'deals/b.termsheet.md': PITFALLS_MD,
      'deals/clean.termsheet.yaml': COMPLETE_YAML,
    });
    const run = runCli(['--fix-dry-run', 'deals'], { cwd: dry });
    assert.equal(run.stderr, '');
    assert.deepEqual(
      lines(run.stdout).filter((line) => /^(---|\+\+\+) /.test(line)),
      ['--- a/deals/a.termsheet.yaml', '+++ b/deals/a.termsheet.yaml', '--- a/deals/b.termsheet.md', '+++ b/deals/b.termsheet.md'],
    );
    for (const name of ['deals/a.termsheet.yaml', 'deals/b.termsheet.md']) {
      assert.equal(fs.readFileSync(path.join(dry, name), 'utf8'), fs.readFileSync(path.join(fixed, name), 'utf8'), `${name} is unchanged`);
    }
    // The same diff when the files are linted on worker threads.
    assert.equal(runCli(['--fix-dry-run', 'deals'], { cwd: dry, env: { TERMSHEET_LINT_THREADS: '2' } }).stdout, run.stdout);
    const written = runCli(['--fix', 'deals'], { cwd: fixed });
    assert.equal(run.status, written.status);
    gitApply(run.stdout, dry);
    for (const name of ['deals/a.termsheet.yaml', 'deals/b.termsheet.md', 'deals/clean.termsheet.yaml']) {
      assert.equal(fs.readFileSync(path.join(dry, name), 'utf8'), fs.readFileSync(path.join(fixed, name), 'utf8'), `${name}: the diff is what --fix writes`);
    }
    // Nothing left to fix: no diff at all.
    const again = runCli(['--fix-dry-run', 'deals'], { cwd: dry });
    assert.equal(again.stdout, '');
    assert.equal(again.status, written.status);
  });

  test('on standard input, the diff names the file, for git apply there', () => {
    const base = folder('dry-stdin', { 'deal.termsheet.yaml': PITFALLS_YAML });
    const fixed = folder('dry-stdin-fixed', { 'deal.termsheet.yaml': PITFALLS_YAML });
    const run = runCli(['--fix-dry-run', '--stdin-filename', 'deal.termsheet.yaml', '-'], { cwd: base, input: PITFALLS_YAML });
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^--- a\/deal\.termsheet\.yaml\n\+\+\+ b\/deal\.termsheet\.yaml\n@@ /);
    runCli(['--fix', 'deal.termsheet.yaml'], { cwd: fixed });
    gitApply(run.stdout, base);
    assert.equal(fs.readFileSync(path.join(base, 'deal.termsheet.yaml'), 'utf8'), fs.readFileSync(path.join(fixed, 'deal.termsheet.yaml'), 'utf8'));
  });

  test('bad usage: with --fix, or with a format of its own', () => {
    const base = folder('dry-usage', { 'deal.termsheet.yaml': PITFALLS_YAML });
    assertUsageFailure(
      runCli(['--fix', '--fix-dry-run', '.'], { cwd: base }),
      '--fix and --fix-dry-run exclude each other: --fix writes the fixes, --fix-dry-run only prints them',
    );
    assertUsageFailure(runCli(['--fix-dry-run', '--format', 'json', '.'], { cwd: base }), '--fix-dry-run prints a diff, not json: leave out --format');
  });
});
