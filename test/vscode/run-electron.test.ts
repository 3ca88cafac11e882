// `npm run test:vscode` against a VS Code already installed (VSCODE_EXECUTABLE_PATH), checked with a
// stand-in for VS Code's binary: a script that writes down how it was launched and exits with the code
// it is told to. No VS Code is downloaded or run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { REPO_ROOT } from '../lsp/support';

const RUN_ELECTRON = path.join(REPO_ROOT, 'out/test/vscode/run-electron.js');

describe('npm run test:vscode with VSCODE_EXECUTABLE_PATH', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-run-electron-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const fakeVSCode = path.join(dir, 'code');
  fs.writeFileSync(
    fakeVSCode,
    [
      '#!/bin/sh',
      '# Stands in for VS Code: its arguments, one a line, and the workspace (the first) as it was at launch.',
      'printf \'%s\\n\' "$@" > "$FAKE_VSCODE_RECORD/argv"',
      'ls -A "$1" > "$FAKE_VSCODE_RECORD/workspace"',
      'exit "$FAKE_VSCODE_EXIT"',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );

  /** Runs run-electron.js from a folder of its own (where a download would create .vscode-test/). */
  function runElectron(name: string, env: Record<string, string>) {
    const cwd = path.join(dir, name);
    fs.mkdirSync(cwd);
    const run = spawnSync(process.execPath, [RUN_ELECTRON], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, FAKE_VSCODE_RECORD: cwd, ...env },
    });
    const recorded = (file: string) =>
      fs.existsSync(path.join(cwd, file)) ? fs.readFileSync(path.join(cwd, file), 'utf8').split('\n').filter(Boolean) : undefined;
    return { run, cwd, argv: recorded('argv'), workspace: recorded('workspace') };
  }

  test('launches that executable with the workspace, the extension and the suite, and downloads nothing', () => {
    const { run, cwd, argv, workspace } = runElectron('passing', { VSCODE_EXECUTABLE_PATH: fakeVSCode, FAKE_VSCODE_EXIT: '0' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.ok(argv, `VS Code was not launched:\n${run.stdout}${run.stderr}`);
    assert.deepEqual(
      workspace?.sort(),
      fs.readdirSync(path.join(REPO_ROOT, 'test/vscode/workspace')).sort(),
      'the first argument is a copy of test/vscode/workspace',
    );
    assert.ok(argv.includes(`--extensionDevelopmentPath=${REPO_ROOT}`), argv.join('\n'));
    assert.ok(argv.includes(`--extensionTestsPath=${path.join(REPO_ROOT, 'out/test/vscode/index.js')}`), argv.join('\n'));
    assert.ok(argv.includes('--disable-extensions'), argv.join('\n'));
    assert.ok(!fs.existsSync(path.join(cwd, '.vscode-test')), 'nothing downloaded into .vscode-test/');
    assert.ok(!argv.some((arg) => arg.includes('.vscode-test')), `the profile is not in .vscode-test/: ${argv.join('\n')}`);
  });

  test("VS Code's failing exit code fails the run", () => {
    const { run, argv } = runElectron('failing', { VSCODE_EXECUTABLE_PATH: fakeVSCode, FAKE_VSCODE_EXIT: '3' });
    assert.ok(argv, 'VS Code was launched');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Test run failed with code 3/);
  });

  test('a path that is not an executable is a clear error, with nothing launched or downloaded', () => {
    const missing = path.join(dir, 'no-such-code');
    const { run, cwd } = runElectron('missing', { VSCODE_EXECUTABLE_PATH: missing });
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim(), `VSCODE_EXECUTABLE_PATH=${missing} is not an executable file: name VS Code's binary (on Linux, /usr/share/code/code)`);
    assert.ok(!fs.existsSync(path.join(cwd, '.vscode-test')));
  });
});
