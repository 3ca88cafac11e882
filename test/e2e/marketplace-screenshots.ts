// `npm run screenshots`: the Marketplace page's screenshots (docs/marketplace/images/*.png), taken
// in the packaged extension driven as the editor tests drive it, at the size the page shows them.
import * as path from 'node:path';
import { cliFinding, ruleTitle } from './cli';
import { REPO_ROOT } from './code-server';
import { expectedProblems, expectProblems } from './problems';
import { startSession, type Session } from './session';

const IMAGES = path.join(REPO_ROOT, 'docs/marketplace/images');
const VIEWPORT = { width: 1280, height: 800 };
const SHEET = 'pitfalls.termsheet.yaml';
const DEAL_VALUE_RULE = 'deal-value-mismatch';
/** The deal-value code lens over `financials`, waited for so that every screenshot shows it. */
const LENS_TEXT = 'upfront USD 1.5M + milestones';

/** The pitfalls sheet with its findings in the Problems panel, and the hover over the deal-value error. */
async function problemsAndHover({ workbench, workspace }: Session): Promise<void> {
  const file = path.join(workspace, SHEET);
  await workbench.openFile(SHEET);
  await expectProblems(workbench, SHEET, expectedProblems(file));
  const finding = cliFinding(file, DEAL_VALUE_RULE);
  await workbench.goTo(finding.line, finding.column);
  await workbench.codeLenses(LENS_TEXT);
  await workbench.hoverAtCursor(ruleTitle(DEAL_VALUE_RULE));
  await workbench.screenshotTo(path.join(IMAGES, 'problems-and-hover.png'));
  await workbench.closeWidgets();
}

/** The light bulb's menu on the same error: its fix first. */
async function quickFix({ workbench, workspace }: Session): Promise<void> {
  const finding = cliFinding(path.join(workspace, SHEET), DEAL_VALUE_RULE);
  await workbench.goTo(finding.line, finding.column);
  await workbench.openQuickFixMenu();
  await workbench.screenshotTo(path.join(IMAGES, 'quick-fix.png'));
  await workbench.closeWidgets();
}

/** Show Deal Summary beside the sheet, the Problems panel closed to give it the height. */
async function dealSummary({ workbench }: Session): Promise<void> {
  await workbench.openFile(SHEET);
  await workbench.togglePanel();
  await workbench.runCommand('Term Sheet: Show Deal Summary');
  await workbench.webviewText('Payment structure');
  await workbench.codeLenses(LENS_TEXT);
  await workbench.screenshotTo(path.join(IMAGES, 'deal-summary.png'));
}

async function main(): Promise<void> {
  const session = await startSession({ name: 'marketplace', viewport: VIEWPORT });
  try {
    // The editor gets the whole width.
    await session.workbench.toggleSideBar();
    for (const step of [problemsAndHover, quickFix, dealSummary]) await step(session);
  } finally {
    await session.close();
  }
  console.log(`Screenshots written to ${path.relative(REPO_ROOT, IMAGES)}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
