// The packaged .vsix in a real VS Code (code-server), driven through Chromium like a person would:
// Problems panel, hover, light-bulb quick fix, command palette, status bar, code lens, completion, the
// Deal Summary panel. Each step is a function of the shared session; a screenshot of each lands in
// test/e2e/screenshots/. `npm run test:e2e` builds the .vsix first.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { cliFinding, cliFindings, cliReports, ruleTitle, type CliFinding, type Severity } from './cli';
import { REPO_ROOT } from './code-server';
import { asProblems, expectAllProblems, expectedProblems, expectProblems } from './problems';
import { startSession, type Session } from './session';
import type { Workbench } from './workbench';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string };
/** The workbench names an extension's status bar item `<extension id>.<item id>`. */
const STATUS_ITEM = `${manifest.publisher}.${manifest.name}.termsheet.status`;

const YAML_SHEET = 'pitfalls.termsheet.yaml';
const MARKDOWN_SHEET = 'pitfalls.termsheet.md';
/** What the completion step types as the confidentiality clause it adds. */
const CONFIDENTIALITY = 'mutual, binding, for three years after the talks end';
/** A sheet with findings that no step opens: only Lint Workspace reports them. */
const UNOPENED_SHEET = 'early-stage.termsheet.yaml';
/** The finding the hover and the quick fix are tried on, and what its suggestion writes. */
const DEAL_VALUE = {
  rule: 'deal-value-mismatch',
  fixTitle: 'Set the total deal value to USD 28.5M (changes the stated total)',
  // The longer amount takes two of the spaces before the trailing comment, which keeps its column.
  before: 'total_deal_value: USD 40M  ',
  after: 'total_deal_value: USD 28.5M',
  /** What the code lens says the stated total is off by. */
  difference: 'USD 11.5M',
};

/** The output channel `termsheet.trace.server` writes to, and how long its lines may take to reach the disk. */
const TRACE_CHANNEL = 'Term Sheet Trace';
const TRACE_TIMEOUT_MS = 30_000;

function countOf(findings: CliFinding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
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
  const finding = cliFinding(path.join(workspace, YAML_SHEET), DEAL_VALUE.rule);
  const title = ruleTitle(DEAL_VALUE.rule);
  await workbench.openFile(YAML_SHEET);
  await workbench.goTo(finding.line, finding.column);
  const hover = await workbench.hoverAtCursor(title, finding.message);
  await workbench.screenshot('hover');
  await workbench.closeWidgets();
  assert.ok(hover.includes(`(${DEAL_VALUE.rule}, error)`), hover);
  assert.ok(hover.includes(finding.message), hover);
  assert.ok(hover.includes('Rule documentation'), hover);
}

async function quickFixFromLightBulb({ workbench, workspace }: Session): Promise<void> {
  const file = path.join(workspace, YAML_SHEET);
  const original = fs.readFileSync(file, 'utf8');
  const finding = cliFinding(file, DEAL_VALUE.rule);
  await workbench.openFile(YAML_SHEET);
  await workbench.goTo(finding.line, finding.column);
  assert.ok(await workbench.lightBulbShown(), 'a light bulb on the finding');
  await workbench.screenshot('light-bulb');

  const offered = await workbench.openQuickFixMenu();
  await workbench.screenshot('quick-fix-menu');
  assert.ok(offered.includes(DEAL_VALUE.fixTitle), JSON.stringify(offered));
  assert.ok(offered.includes(`Disable ${DEAL_VALUE.rule} for this line`), JSON.stringify(offered));
  await workbench.chooseQuickFix(DEAL_VALUE.fixTitle);
  // The fix is a workspace edit applied after the menu closes; saving before it lands would save the old text.
  await workbench.waitUntilEdited();
  await workbench.save();
  assert.equal(fs.readFileSync(file, 'utf8'), original.replace(DEAL_VALUE.before, DEAL_VALUE.after));

  const shown = await expectProblems(workbench, YAML_SHEET, expectedProblems(file));
  assert.ok(!shown.some((problem) => problem.code === DEAL_VALUE.rule), 'the finding is gone');
  await workbench.screenshot('quick-fix-applied');
}

async function restartServerFromPalette({ workbench, workspace }: Session): Promise<void> {
  await workbench.runCommand('Term Sheet: Restart Server');
  // The restarted server answers edits: undoing the quick fix brings back the example's findings.
  await workbench.openFile(YAML_SHEET);
  await workbench.page.keyboard.press('Control+Z');
  const shown = await expectProblems(workbench, YAML_SHEET, expectedProblems(path.join(REPO_ROOT, 'examples', YAML_SHEET)));
  assert.ok(
    shown.some((problem) => problem.code === DEAL_VALUE.rule),
    'the finding is back',
  );
  await workbench.screenshot('after-restart');
  // Saved, the workspace's copy is the example again for the steps after this one.
  await workbench.save();
  assert.equal(fs.readFileSync(path.join(workspace, YAML_SHEET), 'utf8'), fs.readFileSync(path.join(REPO_ROOT, 'examples', YAML_SHEET), 'utf8'));
}

async function statusBarCounts({ workbench, workspace }: Session): Promise<void> {
  await workbench.openFile(YAML_SHEET);
  const findings = cliFindings(path.join(workspace, YAML_SHEET));
  const [errors, warnings] = [countOf(findings, 'error'), countOf(findings, 'warning')];
  assert.ok(errors > 0 && warnings > 0, 'the example has errors and warnings');
  // The icons read by name: "error 1 warning 23", then the tooltip.
  const label = await workbench.statusBarItem(STATUS_ITEM, new RegExp(`^error\\s+${errors}\\s+warning\\s+${warnings}\\b`));
  assert.ok(label.includes(`${plural(errors, 'error')} and ${plural(warnings, 'warning')} in this term sheet`), label);
  await workbench.screenshot('status-bar');
}

async function codeLensOverFinancials({ workbench, workspace }: Session): Promise<void> {
  const file = path.join(workspace, YAML_SHEET);
  // The lens adds up the deal as the deal-value-mismatch finding does: "... = USD 28.5M".
  const { message } = cliFinding(file, DEAL_VALUE.rule);
  const [, stated, computed] = /^Total deal value (.+?) does not add up: (upfront .+)$/.exec(message) ?? [];
  assert.ok(stated && computed, message);
  const financialsLine = fs.readFileSync(file, 'utf8').split('\n').indexOf('financials:') + 1;
  assert.ok(financialsLine > 0, 'financials: in the sheet');

  await workbench.openFile(YAML_SHEET);
  // The lens stands above its line: the cursor goes just below it so that both are on screen.
  await workbench.goTo(financialsLine + 1, 1);
  const lenses = await workbench.codeLenses(computed);
  await workbench.screenshot('code-lens');
  assert.deepEqual(lenses, [[computed, `total_deal_value says ${stated}: differs by ${DEAL_VALUE.difference}`]]);
}

async function completionOfAKey({ workbench, workspace }: Session): Promise<void> {
  const file = path.join(workspace, YAML_SHEET);
  const original = fs.readFileSync(file, 'utf8');
  assert.ok(original.endsWith('\n') && !/^confidentiality:/m.test(original), 'the sheet ends with a newline and has no confidentiality clause');
  await workbench.openFile(YAML_SHEET);
  // The cursor on the empty last line: a new top-level key.
  await workbench.goToEnd();
  await workbench.page.keyboard.type('conf');
  const offered = await workbench.suggest('confidentiality');
  await workbench.screenshot('completion');
  // A key the schema knows (a property), not a word picked up from the comment that mentions it.
  assert.ok(
    offered.some((item) => item.label === 'confidentiality' && item.kind === 'property'),
    JSON.stringify(offered),
  );

  // Chosen, it writes the key with the cursor after it, where the clause is typed.
  await workbench.chooseSuggestion('confidentiality');
  const edited = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsl-e2e-')), YAML_SHEET);
  try {
    await workbench.page.keyboard.type(CONFIDENTIALITY);
    await workbench.closeWidgets();
    await workbench.lineShown(`confidentiality: ${CONFIDENTIALITY}`);
    // The findings follow the edit: those of the same text on disk, the missing clause no longer among them.
    fs.writeFileSync(edited, `${original}confidentiality: ${CONFIDENTIALITY}`);
    const shown = await expectProblems(workbench, YAML_SHEET, expectedProblems(edited));
    assert.ok(!shown.some((problem) => problem.message === 'Missing required clause: confidentiality'), JSON.stringify(shown));
    await workbench.screenshot('completion-inserted');
  } finally {
    fs.rmSync(path.dirname(edited), { recursive: true, force: true });
    // Reverted even when a check fails: the steps after this one expect the sheet as it is on disk.
    await workbench.runCommand('File: Revert File');
    await workbench.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  }
  assert.equal(fs.readFileSync(file, 'utf8'), original);
}

async function dealSummaryPanel({ workbench, workspace }: Session): Promise<void> {
  const file = path.join(workspace, YAML_SHEET);
  const findings = cliFindings(file);
  const title = /^title: (.+)$/m.exec(fs.readFileSync(file, 'utf8'))?.[1];
  assert.ok(title, 'the sheet has a title');

  await workbench.openFile(YAML_SHEET);
  await workbench.runCommand('Term Sheet: Show Deal Summary');
  await workbench.tabTitled(`Deal Summary: ${title}`);
  const text = await workbench.webviewText('Payment structure');
  await workbench.screenshot('deal-summary');

  assert.ok(text.startsWith(title), text.slice(0, 200));
  assert.ok(
    text.includes(
      `${plural(countOf(findings, 'error'), 'error')} · ${plural(countOf(findings, 'warning'), 'warning')} · ${plural(countOf(findings, 'info'), 'info')}`,
    ),
    text.slice(0, 400),
  );
  // The chart: one labelled bar per payment, the computed and the stated totals.
  const lines = text.split('\n').map((line) => line.trim());
  for (const label of ['Upfront', 'Development milestones', 'Regulatory milestones', 'Commercial milestones', 'Computed total', 'Stated total']) {
    assert.ok(lines.includes(label), `the chart's label "${label}"`);
  }
  const { message } = cliFinding(file, DEAL_VALUE.rule);
  const [, stated, sum] = /^Total deal value (USD [\d.]+M) does not add up: .* = (USD [\d.]+M)$/.exec(message) ?? [];
  assert.ok(lines.includes(sum) && lines.includes(`${stated} (does not match)`), 'the computed and the stated totals');

  // The coverage gaps: every country the patent findings name, India among them.
  const coverageFinding = findings.find((finding) => finding.ruleId === 'patent-coverage-gap');
  assert.ok(coverageFinding && findings.some((finding) => finding.ruleId === 'patent-india-gap'), 'the example has patent gaps');
  const [, listed, more = '0'] =
    /^No patent family covers ([A-Z, ]+?)(?: and (\d+) (?:more|other countr(?:y|ies)))? in the licensed territory$/.exec(coverageFinding.message) ?? [];
  assert.ok(listed, coverageFinding.message);
  const gapLine = /^✗ (\d+) gaps: no patent family covers (.+)\.$/m.exec(text);
  assert.ok(gapLine, 'the list of gaps');
  const gapCodes = [...gapLine[2].matchAll(/\(([A-Z]{2})\)/g)].map((match) => match[1]);
  for (const code of [...listed.split(', '), 'IN']) assert.ok(gapCodes.includes(code), `${code} among the gaps: ${gapLine[0]}`);
  assert.equal(Number(gapLine[1]), listed.split(', ').length + Number(more) + 1, "the gaps are the coverage finding's countries and India");
  // India's row in the coverage table: its one cell "not covered", its status a gap.
  assert.match(text, /^India IN\t—\nnot covered\n\tGap: no patent$/m);

  // The pitfall checklist: the tip on freedom to operate needs attention, with the finding behind it.
  const fto = findings.find((finding) => finding.ruleId === 'fto-missing');
  assert.ok(fto, 'the example has no FTO analysis');
  assert.match(text, /^Pitfall checklist: [1-5] of 5 need attention$/m);
  const tip = /^! Needs attention Tip \d: .*\n(?:.*\n)*?fto-missing (.+) line (\d+)$/m.exec(text);
  assert.ok(tip, 'a tip needing attention lists fto-missing');
  assert.equal(tip[1], fto.message);
  assert.equal(Number(tip[2]), fto.line);
  await workbench.closeAllEditors();
}

// ---- rule pages: from every place, the page opens rendered in the Markdown preview ----

/** The built-in rules, each with its page in rules/<id>/README.md. */
const RULE_IDS = fs
  .readdirSync(path.join(REPO_ROOT, 'rules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(REPO_ROOT, 'rules', entry.name, 'README.md')))
  .map((entry) => entry.name);

/**
 * Waits for the rule's page as a Markdown preview: its tab, and its heading drawn as an <h1> in the
 * preview's webview. No editor shows the page as Markdown source, and no install path is printed.
 */
async function expectRenderedRulePage(workbench: Workbench, ruleId: string, screenshot: string): Promise<Frame> {
  await workbench.tabTitled(`Preview ${ruleId}.md`);
  const page = await workbench.webviewShowing('h1', new RegExp(`^${ruleId}$`));
  const tabs = await workbench.tabLabels();
  assert.deepEqual(
    tabs.filter((tab) => /README|^[\w-]+\.md\b/.test(tab)),
    [],
    `the page as source among ${JSON.stringify(tabs)}`,
  );
  assert.doesNotMatch(await page.locator('body').innerText(), /file:|extensions\//);
  await workbench.screenshot(screenshot);
  return page;
}

async function ruleCodeOfFinding(session: Session): Promise<void> {
  const { workbench } = session;
  await workbench.openFile(YAML_SHEET);
  await expectProblems(workbench, YAML_SHEET, expectedProblems(path.join(session.workspace, YAML_SHEET)));
  await workbench.filterProblems(DEAL_VALUE.rule);
  try {
    await workbench.clickProblemCode(DEAL_VALUE.rule);
    await expectRenderedRulePage(workbench, DEAL_VALUE.rule, 'rule-page-from-problems');
  } finally {
    await workbench.filterProblems('');
  }
  await workbench.closeAllEditors();
}

async function hoverLinkToRulePage({ workbench, workspace }: Session): Promise<void> {
  const finding = cliFinding(path.join(workspace, YAML_SHEET), DEAL_VALUE.rule);
  await workbench.openFile(YAML_SHEET);
  await workbench.goTo(finding.line, finding.column);
  await workbench.hoverAtCursor(ruleTitle(DEAL_VALUE.rule));
  // Titled by the rule, not by where the page is installed.
  await workbench.clickHoverLink(`Show the ${DEAL_VALUE.rule} page`);
  await expectRenderedRulePage(workbench, DEAL_VALUE.rule, 'rule-page-from-hover');
  await workbench.closeAllEditors();
}

async function lightBulbShowsRulePage({ workbench, workspace }: Session): Promise<void> {
  const finding = cliFinding(path.join(workspace, YAML_SHEET), DEAL_VALUE.rule);
  await workbench.openFile(YAML_SHEET);
  await workbench.goTo(finding.line, finding.column);
  await workbench.openQuickFixMenu();
  await workbench.chooseQuickFix(`Show documentation for ${DEAL_VALUE.rule}`);
  await expectRenderedRulePage(workbench, DEAL_VALUE.rule, 'rule-page-from-light-bulb');
  await workbench.closeAllEditors();
}

async function explainRuleFromPalette({ workbench }: Session): Promise<void> {
  await workbench.runCommandAndPick('Term Sheet: Explain Rule…', 'Rule to explain', 'fto-missing');
  const page = await expectRenderedRulePage(workbench, 'fto-missing', 'rule-page-from-explain-rule');
  // A link to another rule's page is followed in the preview.
  await page.locator('a[data-href="placeholder-left.md"]').first().click();
  await expectRenderedRulePage(workbench, 'placeholder-left', 'rule-page-link-followed');
  await workbench.closeAllEditors();
}

async function catalogFullPageLink({ workbench }: Session): Promise<void> {
  await workbench.runCommand('Term Sheet: Show Rule Catalog');
  await workbench.tabTitled('Preview Term Sheet Rules.md');
  const catalog = await workbench.webviewShowing('h1', /^Term sheet rules$/);
  // Every built-in rule links to its page; no link is left as text.
  const fullPages = catalog.locator('a', { hasText: /^Full page$/ });
  assert.equal(await fullPages.count(), RULE_IDS.length);
  const text = await catalog.locator('body').innerText();
  assert.doesNotMatch(text, /file:|\]\(|extensions\//);
  await workbench.screenshot('rule-catalog');
  await catalog.locator('a[data-href="rules/fto-missing.md"]').click();
  await expectRenderedRulePage(workbench, 'fto-missing', 'rule-page-from-catalog');
  await workbench.closeAllEditors();
}

async function lintWorkspaceFromPalette({ workbench, workspace }: Session): Promise<void> {
  await workbench.closeAllEditors();
  assert.ok(!(await workbench.problems()).has(UNOPENED_SHEET), `${UNOPENED_SHEET} is not linted before`);
  const reports = cliReports(workspace);
  const all = reports.flatMap((report) => report.messages);
  const expected = new Map(
    reports.map((report) => [path.basename(report.filePath), asProblems(report.messages)] as const).filter(([, problems]) => problems.length > 0),
  );
  assert.ok((expected.get(UNOPENED_SHEET)?.length ?? 0) > 0, `the CLI reports findings in ${UNOPENED_SHEET}`);

  await workbench.runCommand('Term Sheet: Lint Workspace');
  const summary = `Linted ${plural(reports.length, 'term sheet')}: ${plural(countOf(all, 'error'), 'error')}, ${plural(countOf(all, 'warning'), 'warning')}.`;
  assert.equal(await workbench.notification(/Linted \d+ term sheets?:/), summary);
  await workbench.screenshot('lint-workspace-notification');
  await workbench.clickNotificationButton(summary, 'Open Problems');
  await expectAllProblems(workbench, expected);
  // Files with errors come first: the panel is filtered to the unopened sheet to show it.
  await workbench.filterProblems(UNOPENED_SHEET);
  await expectAllProblems(workbench, new Map([[UNOPENED_SHEET, expected.get(UNOPENED_SHEET)!]]));
  await workbench.screenshot('lint-workspace');
  await workbench.filterProblems('');
}

/** `termsheet.trace.server: verbose` (set for the session): the messages and their contents reach the Term Sheet Trace channel. */
async function traceOfMessages({ logs }: Session): Promise<void> {
  const opened = new RegExp(
    `^\\[Trace - \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] Sending notification 'textDocument/didOpen'[^\\n]*\\nParams: \\{[^]*?${YAML_SHEET.replace(/\./g, '\\.')}`,
    'm',
  );
  const published = /^\[Trace - [\d:.]+\] Received notification 'textDocument\/publishDiagnostics'[^\n]*\nParams: \{/m;
  const deadline = Date.now() + TRACE_TIMEOUT_MS;
  let trace = '';
  // The extension host writes its output channels to files in batches: read until the lines are there.
  while (Date.now() < deadline) {
    trace = readChannelLogs(logs, TRACE_CHANNEL);
    if (opened.test(trace) && published.test(trace)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.match(trace, opened, `the ${TRACE_CHANNEL} channel shows didOpen with its params`);
  assert.match(trace, published, `the ${TRACE_CHANNEL} channel shows publishDiagnostics with its params`);
  // That the first lint asks no settings question is test/lsp/folder-settings.test.ts's to show, over stdio: here the
  // settings VS Code pushes at start are asked for beside the first lint, before or after its diagnostics.
}

/** The text of every output channel log named `<n>-<channel>.log` under `logs`. */
function readChannelLogs(logs: string, channel: string): string {
  const files = fs.existsSync(logs) ? (fs.readdirSync(logs, { recursive: true }) as string[]) : [];
  return files
    .filter((file) => path.basename(file).replace(/^\d+-/, '') === `${channel}.log`)
    .map((file) => fs.readFileSync(path.join(logs, file), 'utf8'))
    .join('\n');
}

// ---- the session ----

describe('the packaged extension in code-server', { timeout: 8 * 60_000 }, () => {
  let session: Session | undefined;
  const inSession = (step: (session: Session) => Promise<void>) => () => {
    assert.ok(session, 'the session started');
    return step(session);
  };

  before(async () => {
    session = await startSession({ name: 'editor', workspaceSettings: { 'termsheet.trace.server': 'verbose' } });
  });

  after(async () => {
    await session?.close();
  });

  test(
    'the YAML sheet: the Problems panel lists its findings',
    inSession((session) => problemsOfSheet(session, YAML_SHEET)),
  );
  test(
    'the Markdown sheet: the Problems panel lists its findings',
    inSession((session) => problemsOfSheet(session, MARKDOWN_SHEET)),
  );
  test('termsheet.trace.server: verbose traces the messages with their params', inSession(traceOfMessages));
  test('hovering a finding explains the rule', inSession(hoverExplainsRule));
  test('the light bulb quick fix rewrites the file and the finding goes', inSession(quickFixFromLightBulb));
  test('Term Sheet: Restart Server from the palette; the server answers edits again', inSession(restartServerFromPalette));
  test("the status bar shows the active sheet's errors and warnings", inSession(statusBarCounts));
  test('the code lens over financials adds up the deal', inSession(codeLensOverFinancials));
  test('completion offers a missing top-level key and inserts it', inSession(completionOfAKey));
  test('Term Sheet: Show Deal Summary renders the chart, the coverage gaps and the pitfall checklist', inSession(dealSummaryPanel));
  test("the rule code in the Problems panel opens the rule's page rendered", inSession(ruleCodeOfFinding));
  test("the hover's link opens the rule's page rendered", inSession(hoverLinkToRulePage));
  test("Show documentation in the light bulb opens the rule's page rendered", inSession(lightBulbShowsRulePage));
  test("Term Sheet: Explain Rule… opens the rule's page rendered, and its links to other rules work", inSession(explainRuleFromPalette));
  test("Term Sheet: Show Rule Catalog: a rule's Full page link opens its page rendered", inSession(catalogFullPageLink));
  test('Term Sheet: Lint Workspace reports a sheet that was never opened, as the CLI does', inSession(lintWorkspaceFromPalette));
});
