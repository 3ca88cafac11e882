// The command line's view of a file, from the same dist/ bundle the .vsix ships: what the editor
// must show is checked against it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './code-server';

const CLI = path.join(REPO_ROOT, 'dist/cli.js');

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface CliFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based, as the editor's status bar and the Problems panel show them. */
  line: number;
  column: number;
}

function runCli(args: string[]): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  assert.ok(run.status === 0 || run.status === 1, `the CLI exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** What the command line reports for a file, or for every term sheet in a folder. */
export function cliReports(target: string): { filePath: string; messages: CliFinding[] }[] {
  return JSON.parse(runCli(['--format', 'json', target])) as { filePath: string; messages: CliFinding[] }[];
}

export function cliFindings(file: string): CliFinding[] {
  const [report] = cliReports(file);
  return report.messages;
}

/** The first finding of a rule in a file. */
export function cliFinding(file: string, ruleId: string): CliFinding {
  const finding = cliFindings(file).find((candidate) => candidate.ruleId === ruleId);
  assert.ok(finding, `${ruleId} in ${file}`);
  return finding;
}

export function ruleTitle(ruleId: string): string {
  const rule = (JSON.parse(runCli(['--list-rules', '--format', 'json'])) as { id: string; title: string }[]).find((candidate) => candidate.id === ruleId);
  assert.ok(rule, `${ruleId} in --list-rules`);
  return rule.title;
}
