import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { fixAll, SYNTAX_RULE_ID, type LintOptions } from '../engine';
import { toTextEdits } from './convert';
import type { LintOutcome } from './documents';
import { diffEdits } from './text-diff';

export interface AllFixes {
  /** Edits against the outcome's text; applied together they give the text every fix leads to (suggestions are never applied). */
  edits: TextEdit[];
  /** How many fixes went into them. */
  fixes: number;
}

/** Keyed by the outcome: one version of one document under one set of settings. */
const computed = new WeakMap<LintOutcome, AllFixes | null>();

/**
 * Every fix in the document, never a suggestion, as the command line's `--fix` applies them (the engine's
 * `fixAll`: lint, fix, lint the new text again, until nothing more applies), expressed as the
 * smallest edits to the text the editor has. Undefined when there is nothing to fix, when the
 * sheet does not parse (only the syntax rule runs then, and it has no fix), or when the fixes would
 * leave a sheet that no longer parses: the edit never replaces a readable sheet with a broken one.
 */
export function allFixes(outcome: LintOutcome, options: LintOptions): AllFixes | undefined {
  let result = computed.get(outcome);
  if (result === undefined) {
    result = compute(outcome, options) ?? null;
    computed.set(outcome, result);
  }
  return result ?? undefined;
}

function compute(outcome: LintOutcome, options: LintOptions): AllFixes | undefined {
  // The outcome's findings carry no fixes (they are written on request): fixAll writes them as it goes.
  if (outcome.failed || outcome.findings.length === 0) return undefined;
  const fixed = fixAll(outcome.text, options);
  if (fixed.applied === 0 || fixed.text === outcome.text) return undefined;
  if (fixed.findings.some((finding) => finding.ruleId === SYNTAX_RULE_ID)) return undefined;
  return { edits: toTextEdits(diffEdits(outcome.text, fixed.text), outcome.lines()), fixes: fixed.applied };
}

/**
 * The edits as a workspace edit. With `versioned`, the client applies them only to the version
 * they were computed for, so a sheet edited in the meantime is never overwritten.
 */
export function workspaceEditFor(outcome: LintOutcome, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  return versioned ? { documentChanges: [{ textDocument: { uri: outcome.uri, version: outcome.version }, edits }] } : { changes: { [outcome.uri]: edits } };
}
