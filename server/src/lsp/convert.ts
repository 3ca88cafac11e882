import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { Finding, LineIndex, Range as EngineRange, Severity, TextEdit as EngineTextEdit } from '../engine';
import { ruleDocHref } from './docs-links';
import { errorReason } from './errors';

export const DIAGNOSTIC_SOURCE = 'termsheet';
export const INTERNAL_ERROR_CODE = 'internal-error';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity] ?? DiagnosticSeverity.Warning;
}

/** Engine positions are already 0-based UTF-16 line/character; only the offsets are dropped. */
export function toLspRange(range: EngineRange): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

export function toDiagnostic(finding: Finding, uri: string, docsHref: (ruleId: string) => string | undefined = ruleDocHref): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
  };
  const href = docsHref(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri, range: toLspRange(related.range) },
      message: related.message,
    }));
  }
  return diagnostic;
}

/** What the user sees when checking a file failed: one diagnostic on the first line, instead of silence. */
export function internalErrorDiagnostic(error: unknown, firstLineLength = 0): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: INTERNAL_ERROR_CODE,
    message: `termsheet-lint could not check this file: ${errorReason(error)}`,
  };
}

/**
 * Offset edits → LSP edits against the text they were computed from. Overlapping edits after the
 * first are dropped, as the engine's `applyEdits` does, because LSP clients reject overlaps.
 */
export function toTextEdits(edits: readonly EngineTextEdit[], lines: LineIndex): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const result: TextEdit[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    result.push({ range: toLspRange(lines.range(edit.start, edit.end)), newText: edit.newText });
    cursor = edit.end;
  }
  return result;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
