import { CodeActionKind, ErrorCodes, LSPErrorCodes, ResponseError, type CodeAction, type ServerCapabilities } from 'vscode-languageserver';
import { editsOf } from '../../engine';
import { codeActions, FIX_ALL_KIND } from '../code-actions';
import { allFixes, workspaceEditFor } from '../fix-all';
import { SERVER_COMMANDS } from '../protocol';
import type { ServerState } from './server-state';

export const CODE_ACTION_CAPABILITIES: ServerCapabilities = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
};

/** Quick fixes, "fix all" and the rule-page action for the findings under the cursor. */
export function registerCodeActionHandlers(state: ServerState): void {
  state.connection.onCodeAction(
    state.documentRequest('codeAction', [], (params): CodeAction[] => {
      const document = state.termSheet(params.textDocument.uri);
      if (!document) return [];
      const outcome = state.linter.current(document);
      return codeActions(outcome, params.context, {
        docsHref: (ruleId) => state.documentationHref(ruleId, document.uri),
        editsOf: (findings) => {
          const sheet = findings.length > 0 ? outcome.sheet() : undefined;
          return sheet ? editsOf(sheet, findings, state.lintOptions(document.uri)) : new Map();
        },
        allFixes: () => allFixes(outcome, state.lintOptions(document.uri)),
        workspaceEdit: (edits) => workspaceEditFor(outcome, edits, state.versionedEdits()),
      });
    }),
  );
}

/** `SERVER_COMMANDS.applyAllFixes`: applies every fix (never a suggestion) through `workspace/applyEdit`; the number of fixes applied, 0 when none were. */
export async function applyAllFixes(state: ServerState, [uri, version]: unknown[]): Promise<number | ResponseError> {
  if (typeof uri !== 'string' || (version !== undefined && version !== null && typeof version !== 'number')) {
    return new ResponseError(ErrorCodes.InvalidParams, `${SERVER_COMMANDS.applyAllFixes} takes [uri, version?]`);
  }
  await state.settings.ready(uri);
  const document = state.termSheet(uri);
  if (!document) return 0;
  if (typeof version === 'number' && version !== document.version) {
    return new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed after version ${version}; no fix was applied`);
  }
  if (state.clientCapabilities.workspace?.applyEdit !== true) return new ResponseError(ErrorCodes.InvalidRequest, 'The client cannot apply workspace edits');
  const outcome = state.linter.current(document);
  const fixes = allFixes(outcome, state.lintOptions(uri));
  if (!fixes) return 0;
  const result = await state.connection.workspace.applyEdit({
    label: 'Fix all term sheet problems',
    edit: workspaceEditFor(outcome, fixes.edits, state.versionedEdits()),
  });
  if (!result.applied) {
    state.logError(`termsheet-lint: the client did not apply the fixes to ${uri}${result.failureReason ? `: ${result.failureReason}` : ''}`);
    return 0;
  }
  return fixes.fixes;
}
