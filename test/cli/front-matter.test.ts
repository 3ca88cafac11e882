import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli';

test('a folder walk picks Markdown files by their `termsheet:` front matter, and only those', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-fm-'));
  try {
    fs.writeFileSync(path.join(folder, 'deal.md'), '---\ntermsheet: 1\n---\n\n# Licence\n\n**Field of use:** [TBD]\n');
    fs.writeFileSync(path.join(folder, 'notes.md'), '# Notes\n\n[TBD]\n');
    const run = runCli(['--format', 'json', '.'], { cwd: folder });
    assert.deepEqual(
      JSON.parse(run.stdout).map((file: { filePath: string }) => file.filePath),
      ['deal.md'],
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
