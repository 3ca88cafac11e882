// `npm run test:vscode`: the extension-host suite in VS Code desktop, through @vscode/test-electron.
// VSCODE_EXECUTABLE_PATH names a VS Code already installed (its binary, e.g. /usr/share/code/code), and
// nothing is downloaded; without it, @vscode/test-electron downloads VS Code into .vscode-test/ (network
// access to update.code.visualstudio.com), VSCODE_TEST_VERSION picking the version ('stable' by default,
// 'insiders', or e.g. '1.100.3').
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../../..');

/** The installed VS Code to run, from VSCODE_EXECUTABLE_PATH; undefined to download one. */
function installedVSCode(): string | undefined {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (!executable) return undefined;
  const resolved = path.resolve(executable);
  try {
    fs.accessSync(resolved, fs.constants.X_OK);
    if (!fs.statSync(resolved).isFile()) throw new Error('not a file');
  } catch {
    throw new Error(`VSCODE_EXECUTABLE_PATH=${executable} is not an executable file: name VS Code's binary (on Linux, /usr/share/code/code)`);
  }
  return resolved;
}

async function main(): Promise<number> {
  // A fresh copy of the starting workspace each run (the suite adds files and settings to it), and a
  // profile of its own beside it: no user settings or extensions, and nothing written into the checkout.
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-vscode-'));
  const workspace = path.join(run, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
  try {
    const executable = installedVSCode();
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_TEST_VERSION || 'stable' }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      // The workspace first; no other extension, so the suite sees only this one.
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(run, 'user-data')}`, `--extensions-dir=${path.join(run, 'extensions')}`],
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    fs.rmSync(run, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
