// The extension-host suite (test/vscode/*.suite.ts) inside code-server: the workbench's `?payload=`
// loads this checkout as the extension under development and runs the suite, whose exit code the
// workbench reports through window.codeAutomationExit.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { format } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { CodeServer, E2E_DIR, REPO_ROOT, RunFolder } from './code-server';
import { Workbench } from './workbench';

const SUITE_INDEX = path.join(REPO_ROOT, 'out/test/vscode/index.js');
const SUITE_TIMEOUT_MS = 5 * 60_000;

describe('the extension-host suite in code-server', { timeout: SUITE_TIMEOUT_MS + 60_000 }, () => {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  after(async () => {
    await browser?.context.close();
    await server?.stop();
  });

  test('passes', async () => {
    assert.ok(fs.existsSync(SUITE_INDEX), `${SUITE_INDEX} is missing: npm run build`);
    const run = new RunFolder('extension-host');
    const workspace = run.dir('workspace');
    fs.cpSync(path.join(REPO_ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
    server = await CodeServer.start(run);
    browser = await launchBrowser(run);
    const { page } = browser;

    const output: Promise<string>[] = [];
    page.on('console', (message) => output.push(consoleLine(message)));
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the suite did not finish in ${SUITE_TIMEOUT_MS / 1000} s`)), SUITE_TIMEOUT_MS);
    });

    const workbench = new Workbench(page, path.join(E2E_DIR, 'screenshots'), 'extension-host');
    await page.goto(
      server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
        ['extensionTestsPath', server.remoteUri(SUITE_INDEX)],
      ]),
    );
    try {
      const code = await Promise.race([exitCode, timeout]);
      await workbench.screenshot('finished');
      assert.equal(code, 0, `the suite failed (exit code ${code}); the workbench's console:\n${(await Promise.all(output)).join('\n')}`);
    } finally {
      clearTimeout(timer);
      fs.writeFileSync(path.join(run.root, 'suite-output.log'), (await Promise.all(output)).join('\n'));
    }
  });
});

/**
 * A console message as the extension host wrote it: the workbench forwards console.log calls as
 * ('%c INFO', '<css>', format, ...args), which mocha's reporter uses with printf-style formats.
 */
async function consoleLine(message: ConsoleMessage): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- playwright's JSHandle describes itself ("JSHandle@node")
  const args: unknown[] = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => arg.toString())));
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
    const label = args[0].slice(2).trim();
    return `${label} ${format(...args.slice(2))}`;
  }
  return args.length > 0 ? format(...args) : message.text();
}
