import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { lintText, type Finding } from '../../server/src/engine';
import { RULES } from '../../rules';
import { FIXTURES, ROOT, runCli } from './run-cli';

let root: string;

before(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-cli-fix-')));
});

after(() => fs.rmSync(root, { recursive: true, force: true }));

/** A fresh folder holding copies of the given files (name in the folder → source). */
function copies(name: string, files: Record<string, string>): string {
  const folder = path.join(root, name);
  fs.mkdirSync(folder, { recursive: true });
  for (const [target, source] of Object.entries(files)) fs.copyFileSync(source, path.join(folder, target));
  return folder;
}

/** The 0-based lines of `text` that some fix of the first lint edits (an insertion touches the line it lands on). */
function targetedLines(text: string, findings: readonly Finding[]): Set<number> {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const lines = new Set<number>();
  for (const edit of findings.flatMap((finding) => finding.fix?.edits ?? [])) {
    for (let line = lineOf(edit.start); line <= lineOf(edit.end); line++) lines.add(line);
  }
  return lines;
}

/** Every line of `before` not targeted by a fix is in `after`, in the same order. */
function assertUntargetedLinesKept(before: string, after: string, targeted: ReadonlySet<number>): void {
  const afterLines = after.split('\n');
  let cursor = 0;
  before.split('\n').forEach((line, index) => {
    if (targeted.has(index)) return;
    const found = afterLines.indexOf(line, cursor);
    assert.ok(found >= 0, `line ${index + 1} ${JSON.stringify(line)} is kept, in order`);
    cursor = found + 1;
  });
}

for (const [example, name] of [
  ['examples/pitfalls.termsheet.yaml', 'pitfalls.termsheet.yaml'],
  ['examples/pitfalls.termsheet.md', 'pitfalls.termsheet.md'],
] as const) {
  describe(`--fix on ${example}`, () => {
    test('fixes once, changes nothing the second time, keeps every line it did not target', () => {
      const folder = copies(`example-${name}`, { [name]: path.join(ROOT, example) });
      const file = path.join(folder, name);
      const original = fs.readFileSync(file, 'utf8');
      const firstLint = lintText(original, { rules: RULES, fileName: file });
      assert.ok(
        firstLint.findings.some((finding) => finding.fix),
        'the example has fixable findings',
      );

      const first = runCli(['--fix', '--format', 'json', name], { cwd: folder });
      assert.equal(first.stderr, '');
      const fixed = fs.readFileSync(file, 'utf8');
      assert.notEqual(fixed, original, 'the file was fixed');

      // What is reported is what remains, and the exit code follows it.
      const remaining = lintText(fixed, { rules: RULES, fileName: file }).findings;
      assert.equal(remaining.filter((finding) => finding.fix).length, 0, 'no fix left to apply');
      const reported = JSON.parse(first.stdout)[0].messages as { ruleId: string }[];
      assert.deepEqual(
        reported.map((message) => message.ruleId),
        remaining.map((finding) => finding.ruleId),
      );
      assert.equal(first.status, remaining.some((finding) => finding.severity === 'error') ? 1 : 0);

      assertUntargetedLinesKept(original, fixed, targetedLines(original, firstLint.findings));

      const mtime = fs.statSync(file).mtimeMs;
      const second = runCli(['--fix', '--format', 'json', name], { cwd: folder });
      assert.equal(fs.readFileSync(file, 'utf8'), fixed, 'a second --fix changes nothing');
      assert.equal(fs.statSync(file).mtimeMs, mtime, 'an unchanged file is not rewritten');
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.status, first.status);
      assert.deepEqual(fs.readdirSync(folder), [name], 'no temporary file left behind');
    });
  });
}

describe('--fix applies fixes only; suggestions are listed, never applied', () => {
  test('on the pitfalls Markdown, the refundable upfront, the total, sublicensing and the trial designs stay as written, and no blank is added', () => {
    const folder = copies('deal-kept', { 'pitfalls.termsheet.md': path.join(ROOT, 'examples/pitfalls.termsheet.md') });
    const file = path.join(folder, 'pitfalls.termsheet.md');
    const original = fs.readFileSync(file, 'utf8');
    const suggesting = lintText(original, { rules: RULES, fileName: file }).findings.filter((finding) => finding.suggestions);
    for (const ruleId of ['upfront-refundable', 'deal-value-mismatch', 'sublicensing-unchecked', 'regional-registration-control', 'required-clause-missing'])
      assert.ok(
        suggesting.some((finding) => finding.ruleId === ruleId),
        `${ruleId} offers a suggestion`,
      );
    runCli(['--fix', 'pitfalls.termsheet.md'], { cwd: folder });
    const fixed = fs.readFileSync(file, 'utf8');
    assert.notEqual(fixed, original, 'the misspelt heading is fixed');
    for (const kept of ['| Refundable | Yes |', '| Total deal value | USD 40M |', "| Sublicensing | freely, without Licensor's consent |"])
      assert.ok(fixed.includes(kept), `${kept} is kept`);
    assert.equal(fixed.split('[TBD]').length, original.split('[TBD]').length, 'no blank added');
    assert.equal(fixed.split('\n').length, original.split('\n').length, 'no clause inserted');
  });

  test('json lists the fix and the suggestions of each finding, as edits by offset in the text', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/pitfalls.termsheet.yaml'), 'utf8');
    const run = runCli(['--format', 'json', 'examples/pitfalls.termsheet.yaml'], { cwd: ROOT });
    type Edit = { desc: string; edits: { range: [number, number]; text: string }[] };
    const messages = JSON.parse(run.stdout)[0].messages as { ruleId: string; fix?: Edit; suggestions?: Edit[] }[];
    const total = messages.find((message) => message.ruleId === 'deal-value-mismatch')!;
    assert.equal(total.fix, undefined);
    assert.equal(total.suggestions!.length, 1);
    const [suggestion] = total.suggestions!;
    assert.match(suggestion.desc, /^Set the total deal value to .* \(changes the stated total\)$/);
    const [{ range, text: replacement }] = suggestion.edits;
    const applied = text.slice(0, range[0]) + replacement + text.slice(range[1]);
    assert.ok(!lintText(applied, { rules: RULES, fileName: 'x.termsheet.yaml' }).findings.some((finding) => finding.ruleId === 'deal-value-mismatch'));
    const renamed = messages.find((message) => message.fix);
    assert.equal(renamed?.ruleId, 'unknown-key');
    assert.equal(renamed.fix!.desc, 'Rename "dispute_resolutoin" to "dispute_resolution"');
  });

  test('stylish prints each suggestion under its finding, and says what --fix would and would not do', () => {
    const run = runCli(['examples/pitfalls.termsheet.yaml'], { cwd: ROOT });
    const output = run.stdout.split('\n');
    const total = output.findIndex((line) => line.endsWith('deal-value-mismatch'));
    assert.match(output[total + 1], /^ +suggestion: Set the total deal value to .* \(changes the stated total\)$/);
    assert.match(
      run.stdout,
      /\n {2}1 problem fixable with --fix \(the deal stays as it is\); \d+ problems with suggestions that change the deal, which --fix never applies\n$/,
    );
  });

  test('--help calls nothing safe, and says suggestions are never applied', () => {
    const help = runCli(['--help']).stdout;
    assert.doesNotMatch(help, /safe fix/);
    assert.match(help, /a suggestion changes a term or adds a\s+clause, is listed with its finding, and is never applied/);
  });
});

describe('--fix', () => {
  test('leaves a sheet that does not parse untouched, and still fixes the others', () => {
    const folder = copies('broken', {
      'broken.termsheet.yaml': path.join(FIXTURES, 'syntax/broken.termsheet.yaml'),
      'pitfalls.termsheet.yaml': path.join(ROOT, 'examples/pitfalls.termsheet.yaml'),
    });
    const broken = fs.readFileSync(path.join(folder, 'broken.termsheet.yaml'));
    const pitfalls = fs.readFileSync(path.join(folder, 'pitfalls.termsheet.yaml'));
    const run = runCli(['--fix', '--format', 'json'], { cwd: folder });
    assert.equal(run.status, 1);
    assert.deepEqual(fs.readFileSync(path.join(folder, 'broken.termsheet.yaml')), broken);
    assert.notDeepEqual(fs.readFileSync(path.join(folder, 'pitfalls.termsheet.yaml')), pitfalls);
    const files = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.deepEqual(
      files.find((entry) => entry.filePath === 'broken.termsheet.yaml')?.messages.map((message) => message.ruleId),
      ['syntax'],
    );
  });

  test('keeps a byte-order mark and the file mode', () => {
    const folder = copies('bom', {});
    const file = path.join(folder, 'bom.termsheet.yaml');
    fs.writeFileSync(file, '\ufeff' + fs.readFileSync(path.join(ROOT, 'examples/pitfalls.termsheet.yaml'), 'utf8'));
    fs.chmodSync(file, 0o640);
    runCli(['--fix', 'bom.termsheet.yaml'], { cwd: folder });
    const fixed = fs.readFileSync(file, 'utf8');
    assert.equal(fixed.charCodeAt(0), 0xfeff);
    assert.notEqual(fixed.indexOf('\ufeff', 1), 1, 'one mark, not two');
    if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });
});
