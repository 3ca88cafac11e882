import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countProblems, DIAGNOSTIC_SOURCE, fixAllMessage, lintWorkspaceMessage, statusView } from '../../client/src/status';
import { DIAGNOSTIC_SOURCE as SERVER_DIAGNOSTIC_SOURCE } from '../../server/src/lsp/convert';

/** vscode.DiagnosticSeverity's values. */
const SEVERITIES = { error: 0, warning: 1 };

describe('problem counts', () => {
  test('counts errors and warnings of this linter only', () => {
    const counts = countProblems(
      [
        { source: 'termsheet', severity: 0 },
        { source: 'termsheet', severity: 1 },
        { source: 'termsheet', severity: 1 },
        { source: 'termsheet', severity: 2 },
        { source: 'termsheet', severity: 3 },
        { source: 'yaml', severity: 0 },
        { severity: 1 },
      ],
      SEVERITIES,
    );
    assert.deepEqual(counts, { errors: 1, warnings: 2 });
  });

  test('the source counted is the one the server publishes', () => {
    assert.equal(DIAGNOSTIC_SOURCE, SERVER_DIAGNOSTIC_SOURCE);
  });
});

describe('status item', () => {
  test('running: error and warning counts; a click opens the Problems panel', () => {
    const view = statusView({ server: 'running', linting: false, counts: { errors: 2, warnings: 5 } });
    assert.equal(view.text, '$(error) 2 $(warning) 5');
    assert.equal(view.tooltip, '2 errors and 5 warnings in this term sheet. Click to open the Problems panel.');
    assert.equal(view.failed, false);
    assert.equal(view.click, 'problems');
  });

  test('a clean sheet says so', () => {
    const view = statusView({ server: 'running', linting: false, counts: { errors: 0, warnings: 0 } });
    assert.equal(view.text, '$(error) 0 $(warning) 0');
    assert.match(view.tooltip, /^No errors or warnings in this term sheet\./);
    assert.match(statusView({ server: 'running', linting: false, counts: { errors: 1, warnings: 0 } }).tooltip, /^1 error and 0 warnings/);
  });

  test('spins while the server starts or a workspace lint runs', () => {
    const starting = statusView({ server: 'starting', linting: false, counts: { errors: 0, warnings: 0 } });
    assert.equal(starting.text, '$(loading~spin) Term Sheet');
    assert.match(starting.tooltip, /Starting/);
    const linting = statusView({ server: 'running', linting: true, counts: { errors: 1, warnings: 0 } });
    assert.equal(linting.text, '$(loading~spin) $(error) 1 $(warning) 0');
    assert.match(linting.tooltip, /^Linting the workspace… 1 error/);
  });

  test('a failed server looks like an error, says why, and a click restarts it', () => {
    const view = statusView({ server: 'failed', failure: 'spawn node ENOENT\n  at x', linting: true, counts: { errors: 3, warnings: 0 } });
    assert.equal(view.text, '$(error) Term Sheet');
    assert.equal(view.failed, true);
    assert.equal(view.click, 'restart');
    assert.match(view.tooltip, /failed: spawn node ENOENT at x\. Details are in the Term Sheet output\. Click to restart it\./);
    assert.match(statusView({ server: 'failed', linting: false, counts: { errors: 0, warnings: 0 } }).tooltip, /server failed\. Details/);
  });
});

describe('notifications', () => {
  test('after Lint Workspace', () => {
    assert.equal(lintWorkspaceMessage({ files: 12, errors: 3, warnings: 5, cancelled: false }), 'Linted 12 term sheets: 3 errors, 5 warnings.');
    assert.equal(lintWorkspaceMessage({ files: 1, errors: 1, warnings: 1, cancelled: false }), 'Linted 1 term sheet: 1 error, 1 warning.');
    assert.equal(lintWorkspaceMessage({ files: 0, errors: 0, warnings: 0, cancelled: false }), 'No term sheets found in the workspace.');
    assert.equal(
      lintWorkspaceMessage({ files: 4, errors: 0, warnings: 2, cancelled: true }),
      'Workspace lint cancelled after 4 term sheets: 0 errors, 2 warnings so far.',
    );
  });

  test('a missing or malformed answer reads as nothing found, not as NaN', () => {
    assert.equal(lintWorkspaceMessage(null), 'No term sheets found in the workspace.');
    assert.equal(lintWorkspaceMessage({ files: 2, errors: -1, warnings: Number.NaN }), 'Linted 2 term sheets: 0 errors, 0 warnings.');
  });

  test('after Fix All in File', () => {
    assert.equal(fixAllMessage(0, 'deal.termsheet.yaml'), 'No fixes to apply in deal.termsheet.yaml.');
    assert.equal(fixAllMessage(null, 'deal.termsheet.yaml'), 'No fixes to apply in deal.termsheet.yaml.');
    assert.equal(fixAllMessage(1, 'deal.termsheet.yaml'), 'Applied 1 fix in deal.termsheet.yaml.');
    assert.equal(fixAllMessage(3, 'deal.termsheet.md'), 'Applied 3 fixes in deal.termsheet.md.');
  });
});
