// What the status bar item and the command notifications say. No `vscode` import: plain text
// building, tested under node.
import type { LintWorkspaceResult } from '../../server/src/lsp/protocol';
import { count } from './rule-pages';

/** The diagnostic source of every finding the server publishes (its DIAGNOSTIC_SOURCE). */
export const DIAGNOSTIC_SOURCE = 'termsheet';

export type ServerState = 'stopped' | 'starting' | 'running' | 'failed';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/** Errors and warnings among a document's diagnostics that come from this linter (other extensions' are left out). */
export function countProblems(diagnostics: readonly { source?: string; severity: number }[], severities: { error: number; warning: number }): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    if (diagnostic.severity === severities.error) errors++;
    else if (diagnostic.severity === severities.warning) warnings++;
  }
  return { errors, warnings };
}

export interface StatusInput {
  server: ServerState;
  /** Why the server failed, when it did. */
  failure?: string;
  /** A workspace lint is running. */
  linting: boolean;
  counts: ProblemCounts;
}

export interface StatusView {
  text: string;
  tooltip: string;
  failed: boolean;
  /** What a click does: show the problems, or try the server again. */
  click: 'problems' | 'restart';
}

const SPINNER = '$(loading~spin)';

export function statusView({ server, failure, linting, counts }: StatusInput): StatusView {
  if (server === 'failed') {
    const reason = failure ? `: ${failure.replace(/\s+/g, ' ').trim()}` : '';
    return {
      text: '$(error) Term Sheet',
      tooltip: `The term-sheet language server failed${reason}. Details are in the Term Sheet output. Click to restart it.`,
      failed: true,
      click: 'restart',
    };
  }
  if (server === 'starting') {
    return { text: `${SPINNER} Term Sheet`, tooltip: 'Starting the term-sheet language server…', failed: false, click: 'problems' };
  }
  const text = `$(error) ${counts.errors} $(warning) ${counts.warnings}`;
  const found =
    counts.errors + counts.warnings === 0
      ? 'No errors or warnings in this term sheet.'
      : `${count(counts.errors, 'error')} and ${count(counts.warnings, 'warning')} in this term sheet.`;
  return {
    text: linting ? `${SPINNER} ${text}` : text,
    tooltip: `${linting ? 'Linting the workspace… ' : ''}${found} Click to open the Problems panel.`,
    failed: false,
    click: 'problems',
  };
}

/** The notification after Lint Workspace; tolerates a missing or malformed answer. */
export function lintWorkspaceMessage(result: Partial<LintWorkspaceResult> | null | undefined): string {
  const files = whole(result?.files);
  const totals = `${count(whole(result?.errors), 'error')}, ${count(whole(result?.warnings), 'warning')}`;
  if (result?.cancelled) return `Workspace lint cancelled after ${count(files, 'term sheet')}: ${totals} so far.`;
  if (files === 0) return 'No term sheets found in the workspace.';
  return `Linted ${count(files, 'term sheet')}: ${totals}.`;
}

/** The notification after Fix All in File. */
export function fixAllMessage(applied: unknown, fileName: string): string {
  const fixes = whole(applied);
  return fixes === 0 ? `No fixes to apply in ${fileName}.` : `Applied ${count(fixes, 'fix', 'fixes')} in ${fileName}.`;
}

function whole(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
