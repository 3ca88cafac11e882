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
