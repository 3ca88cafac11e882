import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { DIAGNOSTIC_SOURCE, sameRange, toLspRange, toTextEdits } from './convert';
import type { LintOutcome } from './documents';

/** True when the client asked for no particular kinds, or for a kind that includes `kind`. */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => requested === '' || kind === requested || kind.startsWith(`${requested}.`));
}

/** The finding a diagnostic from the client stands for: same rule and range, and the same message when several match. */
export function findingFor(outcome: LintOutcome, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  if (typeof diagnostic.code !== 'string') return undefined;
  const candidates = outcome.findings.filter((finding) => finding.ruleId === diagnostic.code && sameRange(toLspRange(finding.range), diagnostic.range));
  return candidates.find((finding) => finding.message === diagnostic.message) ?? candidates[0];
}

/** Quick fixes for the diagnostics in the request that have one; `outcome` must be for the document's current version. */
export function quickFixes(outcome: LintOutcome, context: CodeActionContext): CodeAction[] {
  if (!kindRequested(context.only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    const finding = findingFor(outcome, diagnostic);
    if (!finding?.fix) continue;
    const edits = toTextEdits(finding.fix.edits, outcome.lines());
    if (edits.length === 0) continue;
    actions.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      // A finding carries at most one fix, so it is the only fix for its diagnostic: safe for "auto fix" to apply.
      isPreferred: true,
      edit: { changes: { [outcome.uri]: edits } },
    });
  }
  return actions;
}
