// A benchmark, not a test: how long a file takes from Quick Open to its first squiggle in code-server,
// a term sheet against a JSON file with one error (VS Code's built-in JSON language server), in the
// same runs. Each session is a fresh code-server with a fresh profile and the packaged .vsix installed:
// - cold: the first file of its kind, its language server not yet started (the term sheets are
//   named by `termsheet.files`, so nothing starts the extension before the open: `onLanguage:yaml`
//   does, as `onLanguage:json` starts the JSON server);
// - warm: a second file of its kind (YAML for the term sheets, as JSON for JSON), its server running.
// Each kind has a code-server of its own in each run: the first opens after a workbench loads are
// slower, whatever they open, and would otherwise fall on whichever kind opens first (with an odd
// number of runs, on one kind more often than the other).
// The code-server of each session keeps its caches in the run folder: every cold start is the first,
// without the server's code cache.
// Each session first opens and closes a shell script, which starts no language server: the
// workbench's first editor, and its first file tokenized by a TextMate grammar, cost more than later
// ones, for either kind.
// Runs alternate which kind's session goes first. Prints the medians as the table of bench/RESULTS.md.
// `npm run package && npx tsc -p test/e2e && node test/e2e/out/bench-open.js [runs]`
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, type Browser } from './browser';
import { CodeServer, installExtension, REPO_ROOT, RunFolder } from './code-server';
import { VSIX } from './session';
import { Workbench } from './workbench';

const RUNS = Number(process.argv[2] ?? 5);
/** `--trace`: the runs also trace both servers' messages, printed after each run with the extension host's log. */
const TRACE = process.argv.includes('--trace');
const TIMEOUT_MS = 60_000;
const TARGET = { cold: 1.1, warm: 1.5 };
/** Any squiggle in the editor: findings of any severity. */
const SQUIGGLE = '.editor-instance .monaco-editor .view-overlays [class*="squiggly-"]';

interface Kind {
  name: string;
  cold: string;
  warm: string;
}

const SHEETS: Kind = { name: 'term sheet', cold: 'deal-one.yaml', warm: 'deal-two.yaml' };
const JSON_FILES: Kind = { name: 'built-in JSON', cold: 'settings-one.json', warm: 'settings-two.json' };
/** Opened first in every run: a built-in grammar and no language server. */
const FIRST_EDITOR = 'notes.sh';
/** A JSON file with one error: a missing comma. */
const BROKEN_JSON = '{\n  "name": "deal",\n  "stage": "phase 2"\n  "territory": "worldwide"\n}\n';

function workspaceFor(run: RunFolder): string {
  const workspace = run.dir('workspace');
  fs.copyFileSync(path.join(REPO_ROOT, 'examples/pitfalls.termsheet.yaml'), path.join(workspace, SHEETS.cold));
  fs.copyFileSync(path.join(REPO_ROOT, 'examples/early-stage.termsheet.yaml'), path.join(workspace, SHEETS.warm));
  for (const file of [JSON_FILES.cold, JSON_FILES.warm]) fs.writeFileSync(path.join(workspace, file), BROKEN_JSON);
  fs.writeFileSync(path.join(workspace, FIRST_EDITOR), '# Notes on the deal.\necho "signed"\n');
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(
    path.join(workspace, '.vscode/settings.json'),
    JSON.stringify({ 'termsheet.files': ['deal-*.yaml'], ...(TRACE ? { 'termsheet.trace.server': 'messages', 'json.trace.server': 'messages' } : {}) }),
  );
  return workspace;
}

/** Types the file's name into Quick Open, ready for Enter. */
async function quickOpen(workbench: Workbench, name: string): Promise<void> {
  const { page } = workbench;
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: TIMEOUT_MS });
  await page.keyboard.type(name);
  await page.locator(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`).waitFor({ timeout: TIMEOUT_MS });
}

/** Opens the workbench's first editor, and closes it. */
async function openFirstEditor(workbench: Workbench): Promise<void> {
  await quickOpen(workbench, FIRST_EDITOR);
  await workbench.page.keyboard.press('Enter');
  await workbench.page.locator(`.tab.active[aria-label*="${FIRST_EDITOR}"]`).waitFor({ timeout: TIMEOUT_MS });
  await workbench.closeAllEditors();
}

/** Milliseconds from Enter in Quick Open to the first squiggle in the opened editor. */
async function openToSquiggle(workbench: Workbench, name: string): Promise<number> {
  const { page } = workbench;
  await quickOpen(workbench, name);
  const start = performance.now();
  if (TRACE) process.stderr.write(`[${clock()}] Enter on ${name}\n`);
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: TIMEOUT_MS });
  await page.locator(SQUIGGLE).first().waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  const elapsed = performance.now() - start;
  if (TRACE) process.stderr.write(`[${clock()}] squiggle in ${name}\n`);
  await workbench.closeAllEditors();
  return elapsed;
}

/** One kind's cold and warm opens, in a code-server of its own: the first opens after the workbench loads are slower, whatever they open. */
async function oneSession(index: number, kind: Kind): Promise<Record<string, number>> {
  const run = new RunFolder(`bench-open-${index}-${kind.cold.split('-')[0]}`);
  const workspace = workspaceFor(run);
  installExtension(run, VSIX);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await CodeServer.start(run);
    browser = await launchBrowser(run);
    const workbench = new Workbench(browser.page, path.join(run.root, 'screenshots'), 'bench');
    await workbench.load(server.workbenchUrl(workspace));
    await openFirstEditor(workbench);
    return {
      [`${kind.name} cold`]: await openToSquiggle(workbench, kind.cold),
      [`${kind.name} warm`]: await openToSquiggle(workbench, kind.warm),
    };
  } finally {
    await browser?.context.close();
    await server?.stop();
    if (TRACE) process.stderr.write(traceOf(run));
  }
}

async function oneRun(index: number): Promise<Record<string, number>> {
  const kinds = index % 2 === 0 ? [SHEETS, JSON_FILES] : [JSON_FILES, SHEETS];
  const times: Record<string, number> = {};
  for (const kind of kinds) Object.assign(times, await oneSession(index, kind));
  return times;
}

/** The time of day to the millisecond, as the trace channel writes it. */
function clock(): string {
  return new Date().toISOString().slice(11, 23);
}

/** The run's extension activations, its Term Sheet Trace channel and the JSON server's log, as code-server's extension host logged them. */
function traceOf(run: RunFolder): string {
  const logs = path.join(run.root, 'user-data', 'logs');
  const files = fs.existsSync(logs) ? (fs.readdirSync(logs, { recursive: true }) as string[]) : [];
  return files
    .filter((file) => /(Term Sheet Trace|JSON Language Server|remoteexthost)\.log$/.test(file))
    .map((file) => fs.readFileSync(path.join(logs, file), 'utf8'))
    .join('\n');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: npm run package`);
  const runs: Record<string, number>[] = [];
  for (let index = 0; index < RUNS; index++) {
    runs.push(await oneRun(index));
    process.stderr.write(
      `run ${index + 1}/${RUNS}: ${JSON.stringify(runs.at(-1), (_, value: unknown) => (typeof value === 'number' ? Math.round(value) : value))}\n`,
    );
  }
  const medianOf = (key: string) => median(runs.map((times) => times[key]));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const row = (label: string, phase: 'cold' | 'warm') => {
    const ours = medianOf(`${SHEETS.name} ${phase}`);
    const json = medianOf(`${JSON_FILES.name} ${phase}`);
    const ratio = ours / json;
    return `| ${label} | ${seconds(ours)} | ${seconds(json)} | ${ratio.toFixed(2)}× | ≤ ${TARGET[phase]}× | ${ratio <= TARGET[phase] ? 'met' : 'not met'} |`;
  };
  console.log(`Medians of ${RUNS} runs, Quick Open → first squiggle:\n`);
  console.log('| | term sheet | built-in JSON | ratio | target | |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('cold: first file, its server not yet started', 'cold'));
  console.log(row('warm: second file, its server running', 'warm'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
