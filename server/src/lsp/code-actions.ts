import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic } from 'vscode-languageserver';
import {
  CONFIG_RULE_ID,
  DIRECTIVE_REASON_MISSING,
  DIRECTIVE_UNKNOWN_RULE,
  editorFor,
  formatOf,
  NO_EDITS,
  readSheet,
  SYNTAX_RULE_ID,
  UNUSED_DIRECTIVE,
  type Finding,
  type SheetEditor,
} from '../engine';
import { DIAGNOSTIC_SOURCE, INTERNAL_ERROR_CODE, sameRange, toLspRange, toTextEdits } from './convert';
import type { LintOutcome } from './documents';
import { documentPath } from './file-filter';

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

/** Findings that a directive in the sheet cannot waive: they are about directives or config files themselves. */
const NOT_WAIVABLE = new Set([SYNTAX_RULE_ID, CONFIG_RULE_ID, DIRECTIVE_UNKNOWN_RULE, UNUSED_DIRECTIVE, DIRECTIVE_REASON_MISSING, INTERNAL_ERROR_CODE]);

/**
 * For each diagnostic in the request: the rule's quick fix when it has one (preferred), then a
 * directive that waives it. `outcome` must be for the document's current version.
 */
export function quickFixes(outcome: LintOutcome, context: CodeActionContext): CodeAction[] {
  if (!kindRequested(context.only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  let editor: SheetEditor | undefined;
  for (const diagnostic of context.diagnostics) {
    const finding = findingFor(outcome, diagnostic);
    if (!finding) continue;
    const edits = finding.fix ? toTextEdits(finding.fix.edits, outcome.lines()) : [];
    if (finding.fix && edits.length > 0) {
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // A finding carries at most one fix, so it is the only fix for its diagnostic: safe for "auto fix" to apply.
        isPreferred: true,
        edit: { changes: { [outcome.uri]: edits } },
      });
    }
    if (NOT_WAIVABLE.has(finding.ruleId)) continue;
    editor ??= editorForText(outcome);
    const waiver = editor.disableRule(finding.range, finding.ruleId);
    if (waiver.length === 0) continue;
    actions.push({
      title: waiver.length > 1 ? `Disable ${finding.ruleId} for this table` : `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [outcome.uri]: toTextEdits(waiver, outcome.lines()) } },
    });
  }
  return actions;
}

function editorForText(outcome: LintOutcome): SheetEditor {
  const sheet = readSheet(outcome.text, formatOf(documentPath(outcome.uri)));
  return sheet ? editorFor(sheet) : NO_EDITS;
}
