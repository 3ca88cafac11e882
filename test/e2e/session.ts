// A workbench over a copy of the examples: the packaged .vsix installed into a fresh code-server,
// and Chromium on it. The editor tests and the Marketplace screenshots both drive one.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, type Browser } from './browser';
import { CodeServer, E2E_DIR, installExtension, REPO_ROOT, RunFolder } from './code-server';
import { Workbench } from './workbench';

export const VSIX = path.join(REPO_ROOT, 'termsheet-lint.vsix');
/** Every step's screenshot (git-ignored). */
export const SCREENSHOTS = path.join(E2E_DIR, 'screenshots');

export interface Session {
  workbench: Workbench;
  /** The workspace folder: a copy of examples/. */
  workspace: string;
  /** code-server's log folder, where the extension host writes every output channel. */
  logs: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** The run folder's name under test/e2e/.runs, and the prefix of the screenshots. */
  name: string;
  viewport?: { width: number; height: number };
  /** Written to the workspace's .vscode/settings.json before the workbench opens it. */
  workspaceSettings?: Record<string, unknown>;
}

export async function startSession({ name, viewport, workspaceSettings }: SessionOptions): Promise<Session> {
  assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: npm run package`);
  const run = new RunFolder(name);
  const workspace = run.dir('workspace');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  if (workspaceSettings) {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify(workspaceSettings, null, 2));
  }
  const installed = installExtension(run, VSIX);
  assert.match(installed, /successfully installed/, installed);

  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.context.close();
    await server?.stop();
  };
  try {
    server = await CodeServer.start(run);
    browser = await launchBrowser(run, viewport);
    const workbench = new Workbench(browser.page, SCREENSHOTS, name);
    await workbench.load(server.workbenchUrl(workspace));
    return { workbench, workspace, logs: path.join(run.root, 'user-data', 'logs'), close };
  } catch (error) {
    await close();
    throw error;
  }
}
