// `npm run test:vscode`: the extension-host suite in VS Code desktop, downloaded by
// @vscode/test-electron into .vscode-test/ (needs network access to update.code.visualstudio.com).
// VSCODE_TEST_VERSION picks the VS Code version ('stable' by default, 'insiders', or e.g. '1.100.3').
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<number> {
  // A fresh copy of the starting workspace each run: the suite adds files and settings to it.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-vscode-'));
  fs.cpSync(path.join(ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      // The workspace first; no other extension, so the suite sees only this one.
      launchArgs: [workspace, '--disable-extensions'],
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
