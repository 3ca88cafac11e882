import type { Finding, Fix, Severity } from '../engine';
import { wordPlace, type FileResult } from './results';

/**
 * An edit as the JSON output gives it: `range` is the start and end offsets in the file's text (UTF-16
 * code units, after a byte-order mark), as ESLint gives a fix's range, and `text` replaces it.
 */
export interface JsonEdit {
  desc: string;
  edits: Array<{ range: [number, number]; text: string }>;
}

/** One message as cli.md specifies it: 1-based lines and columns. */
export interface JsonMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A Word document's: the section (number and heading) the finding is in, and the text it quotes. */
  section?: string;
  quote?: string;
  /** An edit that keeps the deal's meaning: `--fix` applies it. */
  fix?: JsonEdit;
  /** Edits that change a term or add a clause: listed for a person to choose, never applied by `--fix`. */
  suggestions?: JsonEdit[];
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
}

function jsonEdit(edit: Fix): JsonEdit {
  return { desc: edit.title, edits: edit.edits.map(({ start, end, newText }) => ({ range: [start, end], text: newText })) };
}

function jsonMessage(finding: Finding): JsonMessage {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    ...wordPlace(finding),
    ...(finding.fix && { fix: jsonEdit(finding.fix) }),
    ...(finding.suggestions && { suggestions: finding.suggestions.map(jsonEdit) }),
  };
}

export function toJson(results: readonly FileResult[]): JsonFileResult[] {
  return results.map((result) => ({ filePath: result.filePath, messages: result.findings.map(jsonMessage) }));
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toJson(results)) + '\n';
}
