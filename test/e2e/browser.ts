// Debian's Chromium driven by playwright-core: no browser is ever downloaded.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { RunFolder } from './code-server';

const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  page: Page;
}

/** The window size of the editor tests: room for an editor, a side panel and the Problems panel. */
const DEFAULT_VIEWPORT = { width: 1400, height: 1000 };

/** A headless Chromium with a fresh profile and its HOME and XDG folders in the run folder. */
export async function launchBrowser(run: RunFolder, viewport = DEFAULT_VIEWPORT): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const context = await chromium.launchPersistentContext(run.dir('browser-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: {
      ...process.env,
      HOME: run.dir('browser-home'),
      XDG_CONFIG_HOME: run.dir('browser-home/.config'),
      XDG_CACHE_HOME: run.dir('browser-home/.cache'),
    },
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // The workbench's own log, extension-host output included, for the run folder.
  const log = fs.createWriteStream(path.join(run.root, 'browser-console.log'));
  page.on('console', (message) => log.write(`${message.type()}: ${message.text()}\n`));
  context.once('close', () => log.end());
  return { context, page };
}
