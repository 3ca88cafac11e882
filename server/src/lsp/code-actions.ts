import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
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
  type FindingEdits,
  type Fix,
  type SheetEditor,
} from '../engine';
import { DIAGNOSTIC_SOURCE, INTERNAL_ERROR_CODE, sameRange, toLspRange, toTextEdits } from './convert';
import type { LintOutcome } from './documents';
import { documentPath } from './file-filter';
import { SERVER_COMMANDS } from './protocol';

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

/** The kind of "fix everything in the file" (`editor.codeActionsOnSave: { "source.fixAll.termsheet": "explicit" }`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.termsheet`;

export interface CodeActionSources {
  /** The documentation page of a rule for this document; undefined when it has none. */
  docsHref(ruleId: string): string | undefined;
  /** The fixes and suggestions of findings that were linted without them (see `editsOf` in the engine); a finding with none is not in the map. */
  editsOf(findings: readonly Finding[]): ReadonlyMap<Finding, FindingEdits>;
  /** Every fix in the document (never a suggestion), as edits against the outcome's text; undefined when there is nothing to fix. */
  allFixes(): { edits: TextEdit[]; fixes: number } | undefined;
  /** The edits as a workspace edit the client can apply. */
  workspaceEdit(edits: TextEdit[]): WorkspaceEdit;
}

/** Everything offered for a request: quick fixes, waivers and documentation per finding, and fix-all when asked for. */
export function codeActions(outcome: LintOutcome, context: CodeActionContext, sources: CodeActionSources): CodeAction[] {
  const actions = quickFixes(outcome, context, sources);
  if (fixAllRequested(context)) {
    const fixes = sources.allFixes();
    if (fixes) actions.push({ title: 'Fix all auto-fixable term sheet problems', kind: FIX_ALL_KIND, edit: sources.workspaceEdit(fixes.edits) });
  }
  return actions;
}

/**
 * Fixing the whole file lints it again and again, so it is computed only when asked for by kind
 * (on save, the Source Action menu), or when the user opened the menu without naming a kind;
 * never for the light bulb that follows the cursor.
 */
function fixAllRequested(context: CodeActionContext): boolean {
  if (context.only) return context.only.some((kind) => kind !== '' && (FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)));
  return context.triggerKind === CodeActionTriggerKind.Invoked;
}

/**
 * For each diagnostic in the request: the rule's fix when it has one (preferred), each of its suggestions
 * (never preferred: each changes the deal, so only a choice made on purpose applies it), then a directive
 * that waives it, then its documentation when `docsHref` gives a page. `outcome` must be for the
 * document's current version.
 */
export function quickFixes(
  outcome: LintOutcome,
  context: CodeActionContext,
  { docsHref, editsOf }: Partial<Pick<CodeActionSources, 'docsHref' | 'editsOf'>> = {},
): CodeAction[] {
  if (!kindRequested(context.only, CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  let editor: SheetEditor | undefined;
  const findings = context.diagnostics.map((diagnostic) => findingFor(outcome, diagnostic));
  // Written together: a rule with several findings here (missing clauses on one line) runs once for all of them.
  const written = editsOf?.(findings.filter((finding): finding is Finding => finding !== undefined && !finding.fix && !finding.suggestions));
  for (const [index, diagnostic] of context.diagnostics.entries()) {
    const finding = findings[index];
    if (!finding) continue;
    const { fix, suggestions } = finding.fix || finding.suggestions ? finding : (written?.get(finding) ?? {});
    // A finding carries at most one fix, so it is the only fix for its diagnostic: safe for "auto fix" to apply.
    if (fix) pushEdit(actions, outcome, diagnostic, fix, true);
    for (const suggestion of suggestions ?? []) pushEdit(actions, outcome, diagnostic, suggestion, false);
    if (!NOT_WAIVABLE.has(finding.ruleId)) {
      editor ??= editorForText(outcome);
      const waiver = editor.disableRule(finding.range, finding.ruleId);
      if (waiver.length > 0) {
        actions.push({
          title: waiver.length > 1 ? `Disable ${finding.ruleId} for this table` : `Disable ${finding.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [outcome.uri]: toTextEdits(waiver, outcome.lines()) } },
        });
      }
    }
    if (docsHref?.(finding.ruleId)) {
      const title = `Show documentation for ${finding.ruleId}`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: SERVER_COMMANDS.showDocumentation, arguments: [finding.ruleId, outcome.uri] },
      });
    }
  }
  return actions;
}

/** A quick fix that applies one fix or suggestion, when it has edits in this document. */
function pushEdit(actions: CodeAction[], outcome: LintOutcome, diagnostic: Diagnostic, edit: Fix, isPreferred: boolean): void {
  const edits = toTextEdits(edit.edits, outcome.lines());
  if (edits.length === 0) return;
  actions.push({
    title: edit.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(isPreferred && { isPreferred }),
    edit: { changes: { [outcome.uri]: edits } },
  });
}

function editorForText(outcome: LintOutcome): SheetEditor {
  const sheet = readSheet(outcome.text, formatOf(documentPath(outcome.uri)));
  return sheet ? editorFor(sheet) : NO_EDITS;
}
