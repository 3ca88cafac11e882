// The Problems panel checked against the command line: what the editor lists for a file must be
// what `termsheet-lint` reports for it.
import assert from 'node:assert/strict';
import { cliFindings, type CliFinding } from './cli';
import type { Problem, Workbench } from './workbench';

export type { Problem } from './workbench';

/** How long findings may take to reach the panel (a cold server on a loaded machine). */
const PROBLEMS_TIMEOUT_MS = 60_000;

/** The rows the Problems panel should show for findings: hints aside (the panel lists none). */
export function asProblems(findings: CliFinding[]): Problem[] {
  return sortProblems(
    findings
      .filter((finding) => finding.severity !== 'hint')
      .map(({ severity, ruleId, message, line, column }) => ({ severity: severity as Problem['severity'], code: ruleId, message, line, column })),
  );
}

export function expectedProblems(file: string): Problem[] {
  return asProblems(cliFindings(file));
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}

/** Reads the Problems panel until `read` gives `expected`; fails with the difference. */
async function expectPanel<T>(workbench: Workbench, what: string, read: (panel: Map<string, Problem[]>) => T, expected: T): Promise<T> {
  const deadline = Date.now() + PROBLEMS_TIMEOUT_MS;
  let shown: T | undefined;
  let readError: unknown;
  while (Date.now() < deadline) {
    try {
      shown = read(await workbench.problems());
      readError = undefined;
    } catch (error) {
      // The panel changed while it was being read (findings arriving): read again.
      readError = error;
    }
    if (!readError && JSON.stringify(shown) === JSON.stringify(expected)) return shown!;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  if (readError) throw readError as Error;
  assert.deepEqual(shown, expected, what);
  return shown;
}

/** Waits until the Problems panel shows exactly `expected` for `file`. */
export function expectProblems(workbench: Workbench, file: string, expected: Problem[]): Promise<Problem[]> {
  return expectPanel(workbench, `the Problems panel for ${file}`, (panel) => sortProblems(panel.get(file) ?? []), expected);
}

/** Waits until the Problems panel shows exactly `expected`, file by file, and no other file. */
export function expectAllProblems(workbench: Workbench, expected: Map<string, Problem[]>): Promise<[string, Problem[]][]> {
  const sorted = (byFile: Map<string, Problem[]>) =>
    [...byFile].map(([file, problems]): [string, Problem[]] => [file, sortProblems(problems)]).sort(([a], [b]) => a.localeCompare(b));
  return expectPanel(workbench, 'the Problems panel', sorted, sorted(expected));
}
