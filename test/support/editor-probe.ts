// What the Neovim and Emacs tests share: a workspace of the examples, the server installed as the README
// says, and a run of the editor with a probe that drives it and writes what it saw to a JSON report.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding, Fix } from '../../server/src/engine';
import { engineFindings, REPO_ROOT } from '../lsp/support';
import { installServerAsReadmeSays } from './readme-setup';

/** How long a probe waits for any one thing; the editor run as a whole gets twice that. */
export const PROBE_TIMEOUT_MS = 30_000;

/**
 * A finding that every probe hovers over, with the suggestion a probe applies from the quick fix menu: the
 * pitfalls example's sums that do not add up, and setting the total to the sum.
 */
export function dealValueFinding(text: string, fileName: string): Finding & { suggestions: [Fix, ...Fix[]] } {
  const finding = engineFindings(text, fileName).find((candidate) => candidate.ruleId === 'deal-value-mismatch');
  assert.ok(finding?.suggestions?.[0], `a deal-value-mismatch with a suggestion in ${fileName}`);
  return finding as Finding & { suggestions: [Fix, ...Fix[]] };
}

export interface ProbeSetup {
  /** A temporary folder for the run, removed by `remove()`. */
  dir: string;
  /** A copy of examples/, the editor's working directory. */
  workspace: string;
  /** Where the README's install command put `termsheet-language-server`, for PATH. */
  bin: string;
  remove(): void;
}

/** A temporary workspace of the examples, with the server installed into a temporary npm prefix as the README says. */
export function setUpProbe(name: string): ProbeSetup {
  assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist/server.js')), 'dist/server.js is missing: npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `termsheet-${name}-`));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  const bin = installServerAsReadmeSays(path.join(dir, 'npm-prefix'));
  return { dir, workspace, bin, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `command args` in the workspace with `plan` in $TERMSHEET_PROBE_PLAN, the server's folder first on
 * PATH and a home and XDG folders of its own (no user configuration or packages), and returns the report
 * the probe wrote to `plan.output`. A probe that failed reports `error`; this fails the run with it.
 */
export function runProbe<Report extends { error?: string }>(
  setup: ProbeSetup,
  command: string,
  args: string[],
  plan: { output: string; [field: string]: unknown },
): Report {
  const planFile = path.join(setup.dir, 'plan.json');
  fs.writeFileSync(planFile, JSON.stringify(plan));
  const own = (name: string) => {
    const folder = path.join(setup.dir, 'home', name);
    fs.mkdirSync(folder, { recursive: true });
    return folder;
  };
  const run = spawnSync(command, args, {
    cwd: setup.workspace,
    encoding: 'utf8',
    timeout: 2 * PROBE_TIMEOUT_MS,
    env: {
      ...process.env,
      PATH: `${setup.bin}${path.delimiter}${process.env.PATH}`,
      TERMSHEET_PROBE_PLAN: planFile,
      HOME: own('.'),
      XDG_CONFIG_HOME: own('.config'),
      XDG_DATA_HOME: own('.local/share'),
      XDG_STATE_HOME: own('.local/state'),
      XDG_CACHE_HOME: own('.cache'),
    },
  });
  assert.ok(!run.error, `${command} could not run (see the README's "Tests in real editors"): ${run.error}`);
  assert.ok(fs.existsSync(plan.output), `${command} wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(plan.output, 'utf8')) as Report;
  assert.equal(report.error, undefined, `the probe failed: ${report.error}\n${run.stderr}`);
  assert.equal(run.status, 0, run.stderr);
  return report;
}
