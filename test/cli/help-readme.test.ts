import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli } from './run-cli';

/** The options `--help` lists, as spelled there (`--format stylish|json|sarif`, `-h, --help`). */
function helpOptions(help: string): string[] {
  const section = help.slice(help.indexOf('\nOptions:\n') + '\nOptions:\n'.length).split('\n\n')[0];
  // An option's line starts two spaces in; its description follows after two or more, or on the next lines.
  return section.split('\n').flatMap((line) => /^ {2}(-\S.*?)(?: {2,}.*)?$/.exec(line)?.[1] ?? []);
}

/** The options of the table in the README's "Command line" section, as spelled there. */
function readmeOptions(readme: string): string[] {
  const start = readme.indexOf('\n## Command line\n');
  assert.ok(start >= 0, 'the README has a "Command line" section');
  const section = readme.slice(start + 1, readme.indexOf('\n## ', start + 1));
  return section.split('\n').flatMap((line) => /^\| `(-[^`]+)` \|/.exec(line)?.[1].replace(/\\\|/g, '|') ?? []);
}

test("the README's command-line table lists exactly the options --help lists, spelled alike", () => {
  const run = runCli(['--help']);
  assert.equal(run.status, 0);
  const inHelp = helpOptions(run.stdout);
  const inReadme = readmeOptions(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  assert.ok(inHelp.length >= 10, `the options are found in --help: ${JSON.stringify(inHelp)}`);
  assert.deepEqual(
    inHelp.filter((option) => !inReadme.includes(option)),
    [],
    'in --help, not in the README',
  );
  assert.deepEqual(
    inReadme.filter((option) => !inHelp.includes(option)),
    [],
    'in the README, not in --help',
  );
  // Each option once, in the same order, so the two read alike.
  assert.deepEqual(inReadme, inHelp);
});

test('--help documents standard input, the empty-folder rule and the SARIF base', () => {
  const help = runCli(['--help']).stdout;
  assert.match(help, /^ {7}termsheet-lint \[options\] --stdin-filename NAME -$/m);
  assert.match(help, /--fix is refused for\nit/);
  assert.match(help, /exit code 2, as ESLint's "no files matching"/);
  assert.match(help, /relative to %SRCROOT%/);
});
