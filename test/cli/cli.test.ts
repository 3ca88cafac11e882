import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { RULES } from '../../rules';
import { FIXTURES, lines, ROOT, runCli, type CliRun } from './run-cli';

const BROKEN = 'syntax/broken.termsheet.yaml';
// eslint-disable-next-line no-control-regex -- the escape that starts a terminal colour code
const ANSI = /\u001b\[/;

function json(run: CliRun): { filePath: string; messages: Record<string, unknown>[] }[] {
  return JSON.parse(run.stdout);
}

/** Exit 2 is always one line on stderr, prefixed, without a stack trace, and nothing on stdout. */
function assertUsageFailure(run: CliRun, mentions: string | RegExp): void {
  assert.equal(run.status, 2, `exit code (stderr: ${run.stderr})`);
  assert.equal(run.stdout, '');
  const errorLines = lines(run.stderr);
  assert.equal(errorLines.length, 1, `one stderr line, got: ${JSON.stringify(run.stderr)}`);
  assert.match(errorLines[0], /^termsheet-lint: /);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
  if (typeof mentions === 'string') assert.ok(errorLines[0].includes(mentions), `"${errorLines[0]}" mentions ${mentions}`);
  else assert.match(errorLines[0], mentions);
}

describe('--format json', () => {
  test('reports a parse failure as a syntax finding with 1-based positions', () => {
    const text = fs.readFileSync(path.join(FIXTURES, BROKEN), 'utf8');
    const expected = lintText(text, { rules: RULES, fileName: BROKEN }).findings;
    assert.equal(expected.length, 1);

    const run = runCli(['--format', 'json', BROKEN]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(json(run), [
      {
        filePath: BROKEN,
        messages: [
          {
            ruleId: 'syntax',
            severity: 'error',
            message: expected[0].message,
            line: expected[0].range.start.line + 1,
            column: expected[0].range.start.character + 1,
            endLine: expected[0].range.end.line + 1,
            endColumn: expected[0].range.end.character + 1,
          },
        ],
      },
    ]);
  });

  test('lists a clean file with no messages', () => {
    const run = runCli(['--format=json', 'examples/complete.termsheet.yaml'], { cwd: ROOT });
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(json(run), [{ filePath: 'examples/complete.termsheet.yaml', messages: [] }]);
  });

  test('names a file given twice once', () => {
    const run = runCli(['--format', 'json', 'syntax', BROKEN, `./${BROKEN}`]);
    assert.deepEqual(
      json(run).map((file) => file.filePath),
      [BROKEN],
    );
  });

  test('paths are relative to the working directory, even above it', () => {
    const run = runCli(['--format', 'json', `../${BROKEN}`], { cwd: path.join(FIXTURES, 'plain') });
    assert.deepEqual(
      json(run).map((file) => file.filePath),
      [`../${BROKEN}`],
    );
  });
});

describe('exit codes', () => {
  test('2 when a folder holds no term sheet, saying so on stderr, as ESLint does for no files matching', () => {
    const lookedFor =
      '(looked for *.termsheet.yaml, *.termsheet.yml, *.termsheet.md, *.termsheet.docx, Markdown with "termsheet:" front matter and the config\'s "files")';
    for (const args of [['plain'], ['--format', 'json', 'plain/'], ['--format', 'sarif', 'syntax', 'plain']]) {
      assertUsageFailure(runCli(args), `termsheet-lint: no term sheets found in plain/ ${lookedFor}`);
    }
    // The working directory by default, named as such.
    assertUsageFailure(runCli([], { cwd: path.join(FIXTURES, 'plain') }), `termsheet-lint: no term sheets found in ./ ${lookedFor}`);
  });

  test('--no-error-on-unmatched-pattern: the same line, exit 0, and the other paths linted', () => {
    const alone = runCli(['--no-error-on-unmatched-pattern', '--format', 'json', 'plain', 'nowhere/*.yaml']);
    assert.equal(alone.status, 0);
    assert.deepEqual(JSON.parse(alone.stdout), []);
    assert.deepEqual(lines(alone.stderr), [
      'termsheet-lint: no term sheets found in plain/ (looked for *.termsheet.yaml, *.termsheet.yml, *.termsheet.md, *.termsheet.docx, Markdown with "termsheet:" front matter and the config\'s "files")',
      'termsheet-lint: no files match nowhere/*.yaml',
    ]);
    const withOthers = runCli(['--no-error-on-unmatched-pattern', '--format', 'json', 'plain', BROKEN]);
    assert.equal(withOthers.status, 1);
    assert.deepEqual(
      json(withOthers).map((file) => file.filePath),
      [BROKEN],
    );
    assert.equal(lines(withOthers.stderr).length, 1);
  });

  test('0 for the clean example', () => {
    const run = runCli(['examples/complete.termsheet.yaml'], { cwd: ROOT });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, '');
  });

  test('1 for an error finding', () => {
    assert.equal(runCli([BROKEN]).status, 1);
  });

  test('1 for the pitfalls example', () => {
    const run = runCli(['--format', 'json', 'examples/pitfalls.termsheet.yaml'], { cwd: ROOT });
    assert.equal(run.status, 1);
    assert.ok(json(run)[0].messages.some((message) => message.severity === 'error'));
  });

  test('2 for an unknown option', () => {
    assertUsageFailure(runCli(['--bogus', BROKEN]), "'--bogus'");
  });

  test('2 for an unsupported format, listing the valid ones', () => {
    assertUsageFailure(runCli(['--format', 'xml', BROKEN]), 'stylish, json, sarif');
  });

  test('2 for an option missing its value', () => {
    assertUsageFailure(runCli([BROKEN, '--format']), '--format');
  });

  for (const [spec, mentions] of [
    ['syntax=fatal', 'fatal'],
    ['syntax', 'syntax'],
    ['=error', '=error'],
    ['no-such-rule=off', 'no-such-rule'],
  ] as const) {
    test(`2 for --rule ${spec}`, () => {
      assertUsageFailure(runCli(['--rule', spec, BROKEN]), mentions);
    });
  }

  for (const value of ['x', '-1', '1.5']) {
    test(`2 for --max-warnings ${value}`, () => {
      assertUsageFailure(runCli([`--max-warnings=${value}`, BROKEN]), value);
    });
  }

  test('2 for a missing path, naming it', () => {
    assertUsageFailure(runCli([BROKEN, 'no/such/folder']), 'no/such/folder');
  });

  test('DEBUG adds the stack trace', () => {
    const run = runCli(['no-such-file.termsheet.yaml'], { env: { DEBUG: '1' } });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^termsheet-lint: no such file or directory: no-such-file\.termsheet\.yaml\n/);
    assert.match(run.stderr, /\n\s+at /);
  });
});

describe('severities', () => {
  test('--rule syntax=off turns the failure into a pass', () => {
    const run = runCli(['--rule', 'syntax=off', '--format', 'json', BROKEN]);
    assert.equal(run.status, 0);
    assert.deepEqual(json(run), [{ filePath: BROKEN, messages: [] }]);
  });

  test('the last --rule for a rule wins', () => {
    const run = runCli(['--rule', 'syntax=off', '--rule', 'syntax=warning', '--format', 'json', BROKEN]);
    assert.equal(run.status, 0);
    assert.equal(json(run)[0].messages[0].severity, 'warning');
  });

  test('--quiet hides warnings', () => {
    const shown = runCli(['--rule', 'syntax=warning', '--format', 'json', BROKEN]);
    assert.equal(json(shown)[0].messages.length, 1);
    const quiet = runCli(['--quiet', '--rule', 'syntax=warning', '--format', 'json', BROKEN]);
    assert.equal(quiet.status, 0);
    assert.deepEqual(json(quiet), [{ filePath: BROKEN, messages: [] }]);
    assert.equal(runCli(['--quiet', '--rule', 'syntax=warning', BROKEN]).stdout, '');
  });

  test('--quiet keeps errors', () => {
    const run = runCli(['--quiet', '--format', 'json', BROKEN]);
    assert.equal(run.status, 1);
    assert.equal(json(run)[0].messages[0].severity, 'error');
  });

  test('--max-warnings fails only above the limit', () => {
    const atLimit = runCli(['--rule', 'syntax=warning', '--max-warnings', '1', BROKEN]);
    assert.equal(atLimit.status, 0);
    assert.equal(atLimit.stderr, '');
    const above = runCli(['--rule', 'syntax=warning', '--max-warnings', '0', '--format', 'json', BROKEN]);
    assert.equal(above.status, 1);
    assert.equal(json(above)[0].messages.length, 1, 'stdout stays valid JSON');
    assert.deepEqual(lines(above.stderr), ['termsheet-lint: too many warnings (1, maximum 0)']);
  });

  test('--quiet hides warnings but --max-warnings still counts them', () => {
    const run = runCli(['--quiet', '--rule', 'syntax=warning', '--max-warnings', '0', BROKEN]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.deepEqual(lines(run.stderr), ['termsheet-lint: too many warnings (1, maximum 0)']);
  });

  test('infos and hints neither fail nor count as warnings', () => {
    for (const level of ['info', 'hint']) {
      const run = runCli(['--rule', `syntax=${level}`, '--max-warnings', '0', BROKEN]);
      assert.equal(run.status, 0, level);
      assert.match(run.stdout, new RegExp(`1 problem \\(0 errors, 0 warnings, ${level === 'info' ? '1 info, 0 hints' : '0 infos, 1 hint'}\\)`));
    }
  });
});

describe('stylish', () => {
  test('groups by file, aligns the columns and sums up', () => {
    const text = fs.readFileSync(path.join(FIXTURES, BROKEN), 'utf8');
    const [finding] = lintText(text, { rules: RULES, fileName: BROKEN }).findings;
    const run = runCli([BROKEN]);
    assert.equal(
      run.stdout,
      `${BROKEN}\n` +
        `  ${finding.range.start.line + 1}:${finding.range.start.character + 1}  error  ${finding.message}  syntax\n` +
        '\n' +
        '\u2716 1 problem (1 error, 0 warnings, 0 infos, 0 hints)\n',
    );
  });

  test('no colour when stdout is not a terminal', () => {
    const run = runCli([BROKEN]);
    assert.ok(run.stdout.length > 0);
    assert.doesNotMatch(run.stdout, ANSI);
  });

  test('FORCE_COLOR colours, NO_COLOR wins over it', () => {
    assert.match(runCli([BROKEN], { env: { FORCE_COLOR: '1' } }).stdout, ANSI);
    const run = runCli([BROKEN], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    assert.ok(run.stdout.includes('syntax'));
    assert.doesNotMatch(run.stdout, ANSI);
  });
});

describe('--list-rules', () => {
  const ids = RULES.map((rule) => rule.meta.id);

  test('json: every rule, in catalog order, with its metadata', () => {
    const run = runCli(['--list-rules', '--format', 'json']);
    assert.equal(run.status, 0);
    const listed = JSON.parse(run.stdout) as Record<string, unknown>[];
    assert.deepEqual(
      listed.map((row) => row.id),
      ids,
    );
    assert.deepEqual(
      listed,
      RULES.map(({ meta }) => ({
        id: meta.id,
        category: meta.category,
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fixable,
        hasSuggestions: meta.hasSuggestions === true,
        title: meta.title,
      })),
    );
  });

  test('stylish: a table with a row per rule', () => {
    const run = runCli(['--list-rules']);
    assert.equal(run.status, 0);
    const [header, ...rows] = lines(run.stdout);
    assert.match(header, /^ID\s+CATEGORY\s+SEVERITY\s+EDIT\s+TITLE$/);
    assert.deepEqual(
      rows.map((row) => row.split(/\s+/)[0]),
      ids,
    );
    for (const [i, rule] of RULES.entries()) assert.ok(rows[i].endsWith(rule.meta.title));
  });
});

describe('--help and --version', () => {
  test('--help prints the usage', () => {
    const run = runCli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: termsheet-lint \[options\] \[paths or globs \.\.\.\]/);
    for (const option of ['--format', 'sarif', '--rule', '--quiet', '--fix', '--max-warnings', '--list-rules', '--version'])
      assert.ok(run.stdout.includes(option), option);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) assert.equal(runCli([flag]).stdout, `${version}\n`);
  });
});

describe('finding files', () => {
  let tree: string;
  const brokenYaml = 'termsheet: 1\nlicense: [JP\n';

  before(() => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-cli-'));
    const write = (relative: string, text = brokenYaml) => {
      fs.mkdirSync(path.dirname(path.join(tree, relative)), { recursive: true });
      fs.writeFileSync(path.join(tree, relative), text);
    };
    write('b.termsheet.yaml');
    write('a-b.termsheet.md', '# Term sheet\n');
    write('a/z.termsheet.yml');
    write('a/b/c.TERMSHEET.YAML');
    write('node_modules/dep/x.termsheet.yaml');
    write('a/node_modules/y.termsheet.yaml');
    write('.git/x.termsheet.yaml');
    write('a/.git/x.termsheet.yaml');
    write('other.yaml');
    write('a/b/notes.md', '# Notes\n');
  });

  after(() => fs.rmSync(tree, { recursive: true, force: true }));

  const filePaths = (run: CliRun) => json(run).map((file) => file.filePath);

  test('walks folders in tree order, case-insensitively, skipping node_modules and .git', () => {
    const run = runCli(['--format', 'json'], { cwd: tree });
    assert.equal(run.stderr, '');
    assert.deepEqual(filePaths(run), ['a/b/c.TERMSHEET.YAML', 'a/z.termsheet.yml', 'a-b.termsheet.md', 'b.termsheet.yaml']);
  });

  test('the default path is the working directory', () => {
    assert.deepEqual(filePaths(runCli(['--format', 'json'], { cwd: tree })), filePaths(runCli(['--format', 'json', '.'], { cwd: tree })));
  });

  test('a subfolder given as a path', () => {
    assert.deepEqual(filePaths(runCli(['--format', 'json', 'a/'], { cwd: tree })), ['a/b/c.TERMSHEET.YAML', 'a/z.termsheet.yml']);
  });

  test('several paths: one list, in path order', () => {
    assert.deepEqual(filePaths(runCli(['--format', 'json', 'b.termsheet.yaml', 'a/b'], { cwd: tree })), ['a/b/c.TERMSHEET.YAML', 'b.termsheet.yaml']);
  });

  test('a file named explicitly is linted whatever its name', () => {
    const run = runCli(['--format', 'json', 'other.yaml', 'node_modules/dep/x.termsheet.yaml'], { cwd: tree });
    assert.equal(run.status, 1);
    const files = json(run);
    assert.deepEqual(
      files.map((file) => file.filePath),
      ['node_modules/dep/x.termsheet.yaml', 'other.yaml'],
    );
    assert.equal(files[1].messages[0].ruleId, 'syntax');
  });

  test('a byte-order mark does not shift the columns', () => {
    // An error on line 1, where a stray mark would shift the column.
    const text = 'termsheet: 1: 2\n';
    fs.writeFileSync(path.join(tree, 'bom.yaml'), '\ufeff' + text);
    fs.writeFileSync(path.join(tree, 'no-bom.yaml'), text);
    const withBom = json(runCli(['--format', 'json', 'bom.yaml'], { cwd: tree }))[0].messages;
    const without = json(runCli(['--format', 'json', 'no-bom.yaml'], { cwd: tree }))[0].messages;
    assert.equal(without.length, 1);
    assert.equal(without[0].line, 1);
    assert.deepEqual(withBom, without);
  });

  test('a YAML file that is not a term sheet is left alone in a folder, linted when named', () => {
    assert.deepEqual(json(runCli(['--no-error-on-unmatched-pattern', '--format', 'json', 'plain'])), []);
    const named = runCli(['--format', 'json', 'plain/notes.yaml']);
    assert.equal(named.status, 1);
    assert.deepEqual(
      json(named).map((file) => [file.filePath, file.messages.map((message) => message.ruleId)]),
      [['plain/notes.yaml', ['syntax']]],
    );
  });
});

describe('unknown directives', () => {
  let folder: string;
  const yaml =
    'termsheet: 1\n# termsheet-disabel placeholder-left -- counterparty to name\ntitle: "[TBD]"\ngoverning_law: "[TBD]"  # termsheet-disable-line placeholder-left -- later\n';
  const markdown = '# Term sheet\n\n<!-- termsheet-disabel placeholder-left -- counterparty to name -->\n\n**Governing law:** [TBD]\n';

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-cli-directives-'));
    fs.writeFileSync(path.join(folder, 'deal.termsheet.yaml'), yaml);
    fs.writeFileSync(path.join(folder, 'deal.termsheet.md'), markdown);
    // Only the rules the directives are about, so that --fix has nothing else to write.
    fs.writeFileSync(path.join(folder, '.termsheetrc.yaml'), 'extends: none\nrules:\n  unknown-directive: warning\n  placeholder-left: warning\n');
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const unknownDirectives = (run: CliRun) =>
    json(run).flatMap((file) =>
      file.messages
        .filter((message) => message.ruleId === 'unknown-directive')
        .map((message) => [file.filePath, message.line, message.column, message.message]),
    );

  test('are reported at their name in YAML and Markdown, with the nearest directive', () => {
    assert.deepEqual(unknownDirectives(runCli(['--format', 'json'], { cwd: folder })), [
      ['deal.termsheet.md', 3, 6, 'Unknown directive "termsheet-disabel": did you mean "termsheet-disable"?'],
      ['deal.termsheet.yaml', 2, 3, 'Unknown directive "termsheet-disabel": did you mean "termsheet-disable"?'],
      ['deal.termsheet.yaml', 4, 27, 'Unknown directive "termsheet-disable-line": did you mean "termsheet-disable-next-line"?'],
    ]);
  });

  test('--fix rewrites a typo, which then waives, and leaves a name further off to its author', () => {
    const run = runCli(['--fix', '--format', 'json'], { cwd: folder });
    assert.equal(run.stderr, '');
    assert.equal(fs.readFileSync(path.join(folder, 'deal.termsheet.yaml'), 'utf8'), yaml.replace('termsheet-disabel', 'termsheet-disable'));
    assert.equal(fs.readFileSync(path.join(folder, 'deal.termsheet.md'), 'utf8'), markdown.replace('termsheet-disabel', 'termsheet-disable'));
    assert.deepEqual(unknownDirectives(run), [
      ['deal.termsheet.yaml', 4, 27, 'Unknown directive "termsheet-disable-line": did you mean "termsheet-disable-next-line"?'],
    ]);
    // The rewritten directives now waive the placeholders after them.
    assert.deepEqual(
      json(run).flatMap((file) => file.messages.filter((message) => message.ruleId === 'placeholder-left')),
      [],
    );
  });
});
