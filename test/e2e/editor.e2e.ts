// The packaged .vsix in a real VS Code (code-server), driven through Chromium like a person would:
// Problems panel, hover, light-bulb quick fix, command palette. Each step is a function of the shared
// session; a screenshot of each lands in test/e2e/screenshots/. `npm run test:e2e` builds the .vsix first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, type Browser } from './browser';
import { CodeServer, E2E_DIR, installExtension, REPO_ROOT, RunFolder } from './code-server';
import { Workbench, type Problem } from './workbench';

const VSIX = path.join(REPO_ROOT, 'termsheet-lint.vsix');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const SCREENSHOTS = path.join(E2E_DIR, 'screenshots');
const PROBLEMS_TIMEOUT_MS = 60_000;

const YAML_SHEET = 'pitfalls.termsheet.yaml';
const MARKDOWN_SHEET = 'pitfalls.termsheet.md';
/** The finding the hover and the quick fix are tried on, and what its fix writes. */
const DEAL_VALUE = {
  rule: 'deal-value-mismatch',
  fixTitle: 'Set the total deal value to USD 28.5M',
  before: 'total_deal_value: USD 40M ',
  after: 'total_deal_value: USD 28.5M ',
};

interface Session {
  workbench: Workbench;
  workspace: string;
}

interface CliFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
  column: number;
}

/** What the command line reports for a file, from the same dist/ bundle the .vsix ships. */
function cliFindings(file: string): CliFinding[] {
  const run = spawnSync(process.execPath, [CLI, '--format', 'json', file], { encoding: 'utf8', timeout: 60_000 });
  assert.ok(run.status === 0 || run.status === 1, `the CLI exited with ${run.status}: ${run.stderr}`);
  const [report] = JSON.parse(run.stdout) as { messages: CliFinding[] }[];
  return report.messages;
}

/** The rows the Problems panel should show for a file: the CLI's findings, hints aside (the panel lists none). */
function expectedProblems(file: string): Problem[] {
  return sortProblems(
    cliFindings(file)
      .filter((finding) => finding.severity !== 'hint')
      .map(({ severity, ruleId, message, line, column }) => ({ severity: severity as Problem['severity'], code: ruleId, message, line, column })),
  );
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

function ruleTitle(ruleId: string): string {
  const run = spawnSync(process.execPath, [CLI, '--list-rules', '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
  const rule = (JSON.parse(run.stdout) as { id: string; title: string }[]).find((candidate) => candidate.id === ruleId);
  assert.ok(rule, `${ruleId} in --list-rules`);
  return rule.title;
}

/** Waits until the Problems panel shows exactly `expected` for `file`; fails with the difference. */
async function expectProblems(workbench: Workbench, file: string, expected: Problem[]): Promise<Problem[]> {
  const deadline = Date.now() + PROBLEMS_TIMEOUT_MS;
  let shown: Problem[] = [];
  let readError: unknown;
  while (Date.now() < deadline) {
    try {
      shown = sortProblems((await workbench.problems()).get(file) ?? []);
      readError = undefined;
    } catch (error) {
      // The panel changed while it was being read (findings arriving): read again.
      readError = error;
    }
    if (!readError && JSON.stringify(shown) === JSON.stringify(expected)) return shown;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  if (readError) throw readError;
  assert.deepEqual(shown, expected, `the Problems panel for ${file}`);
  return shown;
}

function dealValueFinding(file: string): CliFinding {
  const finding = cliFindings(file).find((candidate) => candidate.ruleId === DEAL_VALUE.rule);
  assert.ok(finding, `${DEAL_VALUE.rule} in ${file}`);
  return finding;
}

// ---- the steps ----

async function problemsOfSheet({ workbench, workspace }: Session, sheet: string): Promise<void> {
  await workbench.openFile(sheet);
  const expected = expectedProblems(path.join(workspace, sheet));
  assert.ok(expected.some((problem) => problem.severity === 'error') && expected.length > 10, 'the pitfalls example trips many rules');
  const shown = await expectProblems(workbench, sheet, expected);
  const dealValue = shown.find((problem) => problem.code === DEAL_VALUE.rule);
  assert.equal(dealValue?.severity, 'error');
  assert.match(dealValue.message, /^Total deal value USD 40M does not add up: upfront USD 1\.5M \+ milestones USD 27M = USD 28\.5M$/);
  await workbench.screenshot(`problems-${sheet.replace(/\./g, '-')}`);
  // Closed, its findings leave the panel: the next step's screenshot shows only its own file.
  await workbench.closeAllEditors();
  await expectProblems(workbench, sheet, []);
}

async function hoverExplainsRule({ workbench, workspace }: Session): Promise<void> {
  const finding = dealValueFinding(path.join(workspace, YAML_SHEET));
  const title = ruleTitle(DEAL_VALUE.rule);
  await workbench.openFile(YAML_SHEET);
  await workbench.goTo(finding.line, finding.column);
  const hover = await workbench.hoverAtCursor(title);
  await workbench.screenshot('hover');
  await workbench.closeWidgets();
  assert.ok(hover.includes(`(${DEAL_VALUE.rule}, error)`), hover);
  assert.ok(hover.includes(finding.message), hover);
  assert.ok(hover.includes('Rule documentation'), hover);
}

async function quickFixFromLightBulb({ workbench, workspace }: Session): Promise<void> {
  const file = path.join(workspace, YAML_SHEET);
  const original = fs.readFileSync(file, 'utf8');
  const finding = dealValueFinding(file);
  await workbench.openFile(YAML_SHEET);
  await workbench.goTo(finding.line, finding.column);
  assert.ok(await workbench.lightBulbShown(), 'a light bulb on the finding');
  await workbench.screenshot('light-bulb');

  const offered = await workbench.openQuickFixMenu();
  await workbench.screenshot('quick-fix-menu');
  assert.ok(offered.includes(DEAL_VALUE.fixTitle), JSON.stringify(offered));
  assert.ok(offered.includes(`Disable ${DEAL_VALUE.rule} for this line`), JSON.stringify(offered));
  await workbench.chooseQuickFix(DEAL_VALUE.fixTitle);
  await workbench.save();
  assert.equal(fs.readFileSync(file, 'utf8'), original.replace(DEAL_VALUE.before, DEAL_VALUE.after));

  const shown = await expectProblems(workbench, YAML_SHEET, expectedProblems(file));
  assert.ok(!shown.some((problem) => problem.code === DEAL_VALUE.rule), 'the finding is gone');
  await workbench.screenshot('quick-fix-applied');
}

async function restartServerFromPalette({ workbench }: Session): Promise<void> {
  await workbench.runCommand('Term Sheet: Restart Server');
  // The restarted server answers edits: undoing the quick fix brings back the example's findings.
  await workbench.openFile(YAML_SHEET);
  await workbench.page.keyboard.press('Control+Z');
  const shown = await expectProblems(workbench, YAML_SHEET, expectedProblems(path.join(REPO_ROOT, 'examples', YAML_SHEET)));
  assert.ok(shown.some((problem) => problem.code === DEAL_VALUE.rule), 'the finding is back');
  await workbench.screenshot('after-restart');
}

// ---- the session ----

describe('the packaged extension in code-server', { timeout: 8 * 60_000 }, () => {
  const run = new RunFolder('editor');
  const workspace = run.dir('workspace');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let session: Session;

  before(async () => {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: npm run package`);
    fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
    const installed = installExtension(run, VSIX);
    assert.match(installed, /successfully installed/, installed);
    server = await CodeServer.start(run);
    browser = await launchBrowser(run);
    session = { workbench: new Workbench(browser.page, SCREENSHOTS, 'editor'), workspace };
    await session.workbench.load(server.workbenchUrl(workspace));
  });

  after(async () => {
    await browser?.context.close();
    await server?.stop();
  });

  test('the YAML sheet: the Problems panel lists its findings', () => problemsOfSheet(session, YAML_SHEET));
  test('the Markdown sheet: the Problems panel lists its findings', () => problemsOfSheet(session, MARKDOWN_SHEET));
  test("hovering a finding explains the rule", () => hoverExplainsRule(session));
  test('the light bulb quick fix rewrites the file and the finding goes', () => quickFixFromLightBulb(session));
  test('Term Sheet: Restart Server from the palette; the server answers edits again', () => restartServerFromPalette(session));
});
