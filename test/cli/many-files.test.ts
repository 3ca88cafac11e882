import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { SHEET } from '../support/sheets';
import { FIXTURES, lines, runCli, temporaryTree } from './run-cli';

const temporary = temporaryTree('termsheet-cli-many-');
const tree = temporary.tree;

describe('globs as paths', () => {
  let base: string;
  before(() => {
    base = tree('globs', {
      'deals/2025/a.termsheet.yaml': SHEET,
      'deals/2026/q1/b.termsheet.yaml': SHEET,
      'deals/2026/notes.yaml': 'not: a term sheet\n',
      'deals/node_modules/c.termsheet.yaml': SHEET,
      'deals/archive/old.termsheet.yaml': SHEET,
      'other/d.termsheet.yaml': SHEET,
      '.termsheetrc.yaml': 'ignore: [deals/archive]\n',
    });
  });

  const paths = (args: string[]) => {
    const run = runCli(['--format', 'json', ...args], { cwd: base });
    assert.equal(run.stderr, '');
    return (JSON.parse(run.stdout) as { filePath: string }[]).map((file) => file.filePath);
  };

  test('a glob takes the files it matches, in path order, minus node_modules and ignored folders', () => {
    assert.deepEqual(paths(['deals/**/*.termsheet.yaml']), ['deals/2025/a.termsheet.yaml', 'deals/2026/q1/b.termsheet.yaml']);
  });

  test('globs mix with plain paths, without duplicates', () => {
    assert.deepEqual(paths(['other', '**/a.termsheet.yaml', 'deals/2025/a.termsheet.yaml']), ['deals/2025/a.termsheet.yaml', 'other/d.termsheet.yaml']);
  });

  test('a file a glob matches is linted whatever its name', () => {
    assert.deepEqual(paths(['deals/2026/*.yaml']), ['deals/2026/notes.yaml']);
  });

  test('a glob that matches nothing: exit 2 with one line naming it', () => {
    for (const glob of ['deals/**/*.termsheet.yml', 'nowhere/*.yaml']) {
      const run = runCli([glob], { cwd: base });
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.deepEqual(lines(run.stderr), [`termsheet-lint: no files match ${glob}`]);
    }
  });
});

describe('many files on worker threads', () => {
  let base: string;
  before(() => {
    // 120 files in nested folders: variants with different findings, a broken one, configs and an ignored folder.
    const files: Record<string, string> = {
      '.termsheetrc.yaml': 'rules:\n  fto-missing: error\nignore: [skipped]\n',
      'region-2/.termsheetrc.yaml': 'rules:\n  fto-missing: off\n  unknown-keyy: warning\n',
      'skipped/x.termsheet.yaml': SHEET,
    };
    for (let index = 0; index < 120; index++) {
      const folder = `region-${index % 4}/batch-${Math.floor(index / 10)}`;
      const variant =
        index === 57
          ? fs.readFileSync(path.join(FIXTURES, 'syntax/broken.termsheet.yaml'), 'utf8')
          : index % 3 === 0
            ? SHEET.replace('Beta Pharma', '[TBD]')
            : index % 3 === 1
              ? `${SHEET}termination:\n  for_convenience: true\n`
              : SHEET;
      files[`${folder}/deal-${String(index).padStart(3, '0')}.termsheet.yaml`] = variant;
    }
    base = tree('many', files);
  });

  for (const format of ['json', 'sarif', 'stylish']) {
    test(`${format}: the same output on one thread and on several`, () => {
      const single = runCli(['--format', format], { cwd: base, env: { TERMSHEET_LINT_THREADS: '1' } });
      const parallel = runCli(['--format', format], { cwd: base, env: { TERMSHEET_LINT_THREADS: '3' } });
      const automatic = runCli(['--format', format], { cwd: base });
      assert.equal(single.status, 1, single.stderr);
      assert.equal(single.stderr, single.stderr.includes('too many') ? single.stderr : '');
      for (const other of [parallel, automatic]) {
        assert.equal(other.status, single.status);
        assert.equal(other.stderr, single.stderr, 'no progress on a stderr that is not a terminal');
        assert.equal(other.stdout, single.stdout);
      }
      if (format === 'json') {
        const files = JSON.parse(single.stdout) as { filePath: string }[];
        assert.equal(files.filter((file) => file.filePath.endsWith('.termsheet.yaml')).length, 120);
        assert.ok(!files.some((file) => file.filePath.startsWith('skipped/')));
      }
    });
  }

  test('a failure in a worker is one line on stderr, the one the first failing file gives', () => {
    const broken = tree('many-broken-config', {
      ...Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`f${String(index).padStart(2, '0')}/deal.termsheet.yaml`, SHEET])),
      'f40/.termsheetrc.yaml': 'rules: [unclosed\n',
      'f50/.termsheetrc.yaml': 'rules: {unclosed\n',
    });
    const single = runCli(['--format', 'json'], { cwd: broken, env: { TERMSHEET_LINT_THREADS: '1' } });
    const parallel = runCli(['--format', 'json'], { cwd: broken, env: { TERMSHEET_LINT_THREADS: '4' } });
    assert.equal(single.status, 2);
    assert.equal(lines(single.stderr).length, 1, single.stderr);
    assert.match(single.stderr, /f40/);
    assert.deepEqual(parallel, single);
  });
});
