import type { Severity } from '../engine';
import { wordPlace, type FileResult } from './results';

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
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
}

export function toJson(results: readonly FileResult[]): JsonFileResult[] {
  return results.map((result) => ({
    filePath: result.filePath,
    messages: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line + 1,
      column: finding.range.start.character + 1,
      endLine: finding.range.end.line + 1,
      endColumn: finding.range.end.character + 1,
      ...wordPlace(finding),
    })),
  }));
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toJson(results)) + '\n';
}
