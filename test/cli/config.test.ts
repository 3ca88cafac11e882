import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { lines, ROOT, runCli, type CliRun, temporaryTree } from './run-cli';
import { SHEET } from '../support/sheets';

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

const temporary = temporaryTree('termsheet-cli-config-');
const tree = temporary.tree;

function json(run: CliRun): JsonFile[] {
  assert.equal(run.stderr, '', 'no stderr');
  return JSON.parse(run.stdout) as JsonFile[];
}

/** The severity of `ruleId` in one file's messages, or undefined when it is not reported. */
function severityIn(files: JsonFile[], filePath: string, ruleId: string): string | undefined {
  const file = files.find((candidate) => candidate.filePath === filePath);
  assert.ok(file, `${filePath} in ${JSON.stringify(files.map((candidate) => candidate.filePath))}`);
  return file.messages.find((message) => message.ruleId === ruleId)?.severity;
}

function assertConfigFailure(run: CliRun, pattern: RegExp): void {
  assert.equal(run.status, 2, `exit code (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const errorLines = lines(run.stderr);
  assert.equal(errorLines.length, 1, JSON.stringify(run.stderr));
  assert.match(errorLines[0], pattern);
}

describe('config discovery', () => {
  test('each file takes the nearest config upwards, from nested folders too', () => {
    const base = tree('nested', {
      '.termsheetrc.yaml': 'rules:\n  fto-missing: error\n',
      'parent.termsheet.yaml': SHEET,
      'inner/.termsheetrc.json': '{"rules": {"fto-missing": "off"}}\n',
      'inner/deeper/child.termsheet.yaml': SHEET,
    });
    const files = json(runCli(['--format', 'json'], { cwd: base }));
    assert.deepEqual(
      files.map((file) => file.filePath),
      ['inner/deeper/child.termsheet.yaml', 'parent.termsheet.yaml'],
    );
    assert.equal(severityIn(files, 'parent.termsheet.yaml', 'fto-missing'), 'error');
    assert.equal(severityIn(files, 'inner/deeper/child.termsheet.yaml', 'fto-missing'), undefined);

    // Run from inside a subfolder: the config above the working directory is still found.
    const fromInside = json(runCli(['--format', 'json', '.'], { cwd: path.join(base, 'inner/deeper') }));
    assert.equal(severityIn(fromInside, 'child.termsheet.yaml', 'fto-missing'), undefined);
    const parentFromInside = json(runCli(['--format', 'json', '../../parent.termsheet.yaml'], { cwd: path.join(base, 'inner/deeper') }));
    assert.equal(severityIn(parentFromInside, '../../parent.termsheet.yaml', 'fto-missing'), 'error');
  });

  test('--rule applies over the config file', () => {
    const base = tree('override', { '.termsheetrc.yaml': 'rules:\n  fto-missing: error\n', 'deal.termsheet.yaml': SHEET });
    const files = json(runCli(['--format', 'json', '--rule', 'fto-missing=hint'], { cwd: base }));
    assert.equal(severityIn(files, 'deal.termsheet.yaml', 'fto-missing'), 'hint');
  });

  test('custom rules run, and --rule can set their severity', () => {
    const base = tree('custom', {
      '.termsheetrc.yaml': 'custom:\n  - id: acme/require-jsc\n    given: license.governance.jsc\n    check: required\n',
      'deal.termsheet.yaml': SHEET,
    });
    const files = json(runCli(['--format', 'json'], { cwd: base }));
    const finding = files[0].messages.find((message) => message.ruleId === 'acme/require-jsc');
    assert.ok(finding, JSON.stringify(files));
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.line, SHEET.split('\n').indexOf('  governance:') + 1);
    const raised = json(runCli(['--format', 'json', '--rule', 'acme/require-jsc=error'], { cwd: base }));
    assert.equal(severityIn(raised, 'deal.termsheet.yaml', 'acme/require-jsc'), 'error');
  });
});

describe('--config', () => {
  test('names the config for every file, instead of discovery', () => {
    const base = tree('explicit', {
      '.termsheetrc.yaml': 'rules:\n  fto-missing: off\n',
      'team/lint.yaml': 'rules:\n  fto-missing: error\n',
      'a/deal.termsheet.yaml': SHEET,
      'b/deal.termsheet.yaml': SHEET,
    });
    const discovered = json(runCli(['--format', 'json'], { cwd: base }));
    assert.equal(severityIn(discovered, 'a/deal.termsheet.yaml', 'fto-missing'), undefined);
    const files = json(runCli(['--format', 'json', '--config', 'team/lint.yaml'], { cwd: base }));
    assert.equal(severityIn(files, 'a/deal.termsheet.yaml', 'fto-missing'), 'error');
    assert.equal(severityIn(files, 'b/deal.termsheet.yaml', 'fto-missing'), 'error');
  });

  test('exit 2 with one line for a missing config file', () => {
    const base = tree('explicit-missing', { 'deal.termsheet.yaml': SHEET });
    assertConfigFailure(runCli(['--config', 'no/such.yaml'], { cwd: base }), /^termsheet-lint: cannot read config file no\/such\.yaml$/);
  });

  test('exit 2 with one line for a config file that does not parse', () => {
    const base = tree('explicit-broken', { 'deal.termsheet.yaml': SHEET, 'broken.yaml': 'rules:\n  fto-missing: [off\nregions: 1\n' });
    assertConfigFailure(
      runCli(['--config', 'broken.yaml', '--format', 'json'], { cwd: base }),
      /^termsheet-lint: cannot parse config file broken\.yaml: .+\(line \d+\)$/,
    );
  });

  test('exit 2 for a discovered config that does not parse', () => {
    const base = tree('discovered-broken', { 'deal.termsheet.yaml': SHEET, '.termsheetrc.yaml': '{"rules": \n' });
    assertConfigFailure(runCli([], { cwd: base }), /^termsheet-lint: cannot parse config file \.termsheetrc\.yaml: /);
  });

  test('exit 2 for an empty --config', () => {
    assertConfigFailure(runCli(['--config=', '.'], { cwd: temporary.root() }), /^termsheet-lint: option '--config' needs a file name$/);
  });
});

describe('config findings', () => {
  const CONFIG = 'extends: none\nrules:\n  fto-missng: error\n  termination-missing: loud\ncolour: red\n';

  test('are reported as a file of their own, with positions, and count for the exit code', () => {
    const base = tree('findings', { '.termsheetrc.yaml': CONFIG, 'deals/deal.termsheet.yaml': SHEET });
    const run = runCli(['--format', 'json'], { cwd: base });
    // The sheet is clean under `extends: none`; the config's errors alone fail the run.
    assert.equal(run.status, 1);
    const files = json(run);
    assert.deepEqual(files, [
      {
        filePath: '.termsheetrc.yaml',
        messages: [
          {
            ruleId: 'config-invalid',
            severity: 'error',
            message: 'Unknown rule "fto-missng" (did you mean fto-missing?)',
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 13,
          },
          {
            ruleId: 'config-invalid',
            severity: 'error',
            message: files[0].messages[1]?.message,
            line: 4,
            column: 24,
            endLine: 4,
            endColumn: 28,
          },
          {
            ruleId: 'config-invalid',
            severity: 'warning',
            message: files[0].messages[2]?.message,
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 7,
          },
        ],
      },
      { filePath: 'deals/deal.termsheet.yaml', messages: [] },
    ]);
    assert.match(files[0].messages[1].message, /termination-missing.*"loud"/);
    assert.match(files[0].messages[2].message, /Unknown config key "colour"/);

    const stylish = runCli([], { cwd: base });
    assert.equal(stylish.status, 1);
    assert.match(stylish.stdout, /^\.termsheetrc\.yaml\n {2}3:3 +error +Unknown rule "fto-missng".* config-invalid\n/);

    const quiet = json(runCli(['--format', 'json', '--quiet'], { cwd: base }));
    assert.deepEqual(
      quiet[0].messages.map((message) => message.severity),
      ['error', 'error'],
    );
  });

  test('a config file used by several sheets is reported once; one named on the command line is validated', () => {
    const base = tree('findings-once', { '.termsheetrc.yaml': CONFIG, 'a.termsheet.yaml': SHEET, 'b/b.termsheet.yaml': SHEET });
    assert.deepEqual(
      json(runCli(['--format', 'json'], { cwd: base })).map((file) => file.filePath),
      ['.termsheetrc.yaml', 'a.termsheet.yaml', 'b/b.termsheet.yaml'],
    );
    const named = json(runCli(['--format', 'json', '.termsheetrc.yaml'], { cwd: base }));
    assert.deepEqual(
      named.map((file) => [file.filePath, file.messages.length]),
      [['.termsheetrc.yaml', 3]],
    );
  });
});

describe('custom rule checks of the wrong kind', () => {
  test('each is config-invalid at its value, and the rules with checks of the right kind still run', () => {
    const config = [
      'regions:',
      '  ours: [JP, KR]',
      'custom:',
      '  - id: acme/min-lots',
      '    given: license.territory',
      '    check: {min: lots}',
      '  - id: acme/max-words',
      '    given: financials.upfront',
      '    check: {max: "a lot of money"}',
      '  - id: acme/enum-scalar',
      '    given: governing_law',
      '    check: {enum: New York}',
      '  - id: acme/includes-nowhere',
      '    given: license.territory',
      '    check: {includes: [JP, Atlantis]}',
      '  - id: acme/excludes-empty',
      '    given: license.territory',
      '    check: {excludes: []}',
      '  - id: acme/bad-pattern',
      '    given: governing_law',
      '    check: {pattern: "(unclosed"}',
      '  - id: acme/needs-cn',
      '    given: license.territory',
      '    check: {includes: [ours, CN]}',
      '  - id: acme/late-signing',
      '    given: timeline.target_signing',
      '    check: {min: 2027-06, max: soon}',
      '',
    ].join('\n');
    const base = tree('check-kinds', { '.termsheetrc.yaml': config, 'deal.termsheet.yaml': SHEET });
    const files = json(runCli(['--format', 'json', '--rule', 'fto-missing=off'], { cwd: base }));
    const lineOf = (text: string) => config.split('\n').findIndex((line) => line.includes(text)) + 1;
    assert.deepEqual(
      files[0].messages.map((message) => [message.line, message.severity, message.message]),
      [
        [lineOf('{min: lots}'), 'error', 'Custom rule acme/min-lots: "min" takes a number, an amount, a percentage, a duration or a date; found "lots"'],
        [
          lineOf('a lot of money'),
          'error',
          'Custom rule acme/max-words: "max" takes a number, an amount, a percentage, a duration or a date; found "a lot of money"',
        ],
        [lineOf('New York'), 'error', 'Custom rule acme/enum-scalar: "enum" takes a list of values, e.g. [a, b]; found "New York"'],
        [lineOf('Atlantis'), 'error', 'Custom rule acme/includes-nowhere: "includes" takes countries and regions; "Atlantis" is neither'],
        [lineOf('excludes: []'), 'error', 'Custom rule acme/excludes-empty: "excludes" takes a list of values, e.g. [a, b]; found an empty list'],
        [lineOf('(unclosed'), 'error', 'Custom rule acme/bad-pattern: invalid pattern: error parsing regexp: missing closing ): `(unclosed`'],
        [lineOf('max: soon'), 'error', 'Custom rule acme/late-signing: "max" takes a number, an amount, a percentage, a duration or a date; found "soon"'],
      ],
    );
    // The column is the value's, not the check's.
    assert.equal(files[0].messages[0].column, config.split('\n')[lineOf('{min: lots}') - 1].indexOf('lots') + 1);
    const ruleIds = files[1].messages.map((message) => message.ruleId);
    // SHEET licenses JP and KR: the rule with a good list runs, and reads the config's own region.
    assert.deepEqual(
      files[1].messages.filter((message) => message.ruleId === 'acme/needs-cn').map((message) => message.message),
      ['license.territory does not include CN'],
    );
    for (const dropped of ['acme/min-lots', 'acme/max-words', 'acme/enum-scalar', 'acme/includes-nowhere', 'acme/excludes-empty', 'acme/bad-pattern'])
      assert.ok(!ruleIds.includes(dropped), dropped);
  });
});

describe('files and ignore', () => {
  test('a folder or glob whose term sheets are all ignored says so: exit 2, one line each', () => {
    const base = tree('all-ignored', {
      '.termsheetrc.yaml': 'ignore: [archive/**, "**/*.draft.termsheet.yaml"]\n',
      'archive/a.termsheet.yaml': SHEET,
      'archive/2019/b.termsheet.md': '# Term sheet\n',
      'drafts/c.draft.termsheet.yaml': SHEET,
    });
    const run = runCli(['--format', 'json', 'archive', 'drafts/*.yaml'], { cwd: base });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.deepEqual(lines(run.stderr), [
      'termsheet-lint: no term sheets to lint in archive/: the 2 found are left out by the config\'s "ignore"',
      'termsheet-lint: no term sheets to lint match drafts/*.yaml: the one it matches is left out by the config\'s "ignore"',
    ]);
  });

  test('ignore globs leave files out of a folder walk; files globs add some', () => {
    const base = tree('globs', {
      '.termsheetrc.yaml': 'ignore: [archive/**, drafts, "**/*.old.termsheet.yaml"]\nfiles: ["deals/**/*.yaml"]\n',
      'keep.termsheet.yaml': SHEET,
      'archive/2019/old.termsheet.yaml': SHEET,
      'drafts/draft.termsheet.yaml': SHEET,
      'sub/x.old.termsheet.yaml': SHEET,
      'deals/alpha/alpha.yaml': SHEET,
      'deals/alpha/notes.md': '# Notes\n',
      'other/beta.yaml': SHEET,
      'deals/.termsheetrc.yaml': 'ignore: [ignored/**]\n',
      'deals/ignored/z.termsheet.yaml': SHEET,
      'deals/kept.termsheet.yaml': SHEET,
    });
    const files = json(runCli(['--format', 'json'], { cwd: base }));
    // deals/ has a config of its own, without `files`: its YAML files are not added, only its term sheets, minus its ignores.
    assert.deepEqual(
      files.map((file) => file.filePath),
      ['deals/kept.termsheet.yaml', 'keep.termsheet.yaml'],
    );

    const withoutNested = tree('globs-flat', {
      '.termsheetrc.yaml': 'files: ["deals/**/*.yaml"]\n',
      'deals/alpha/alpha.yaml': SHEET,
      'other/beta.yaml': SHEET,
    });
    const flat = json(runCli(['--format', 'json'], { cwd: withoutNested }));
    assert.deepEqual(
      flat.map((file) => file.filePath),
      ['deals/alpha/alpha.yaml'],
    );
    assert.ok(flat[0].messages.some((message) => message.ruleId === 'fto-missing'));
  });

  test('a file named on the command line is linted even when ignored', () => {
    const base = tree('globs-named', { '.termsheetrc.yaml': 'ignore: [archive/**]\n', 'archive/old.termsheet.yaml': SHEET });
    assertConfigFailure(
      runCli(['--format', 'json'], { cwd: base }),
      /^termsheet-lint: no term sheets to lint in \.\/: the one found is left out by the config's "ignore"$/,
    );
    assert.deepEqual(
      json(runCli(['--format', 'json', 'archive/old.termsheet.yaml'], { cwd: base })).map((file) => file.filePath),
      ['archive/old.termsheet.yaml'],
    );
  });

  test('--config globs are relative to the working directory', () => {
    const base = tree('globs-explicit', { 'lint/team.yaml': 'ignore: ["archive/**"]\n', 'archive/old.termsheet.yaml': SHEET, 'new.termsheet.yaml': SHEET });
    assert.deepEqual(
      json(runCli(['--format', 'json', '--config', 'lint/team.yaml'], { cwd: base })).map((file) => file.filePath),
      ['new.termsheet.yaml'],
    );
  });
});

describe('--list-rules and the rule pages', () => {
  test('every listed rule has its page in rules/<id>/README.md, and every page is a listed rule', () => {
    const run = runCli(['--list-rules', '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const listed = (JSON.parse(run.stdout) as { id: string }[]).map((row) => row.id).sort();
    const pages = fs
      .readdirSync(path.join(ROOT, 'rules'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, 'rules', entry.name, 'README.md')))
      .map((entry) => entry.name)
      .sort();
    assert.deepEqual(
      listed.filter((id) => !pages.includes(id)),
      [],
      'rules without a page',
    );
    assert.deepEqual(
      pages.filter((id) => !listed.includes(id)),
      [],
      'pages without a rule',
    );
  });
});
