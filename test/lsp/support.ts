import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { RULES } from '../../rules';
import { lintText, type Config, type Finding } from '../../server/src/engine';

/** What a published diagnostic and an engine finding have in common, for comparing the two. */
export interface Comparable {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity: number;
}

const SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

export function fromFinding(finding: Finding): Comparable {
  const { start, end } = finding.range;
  return {
    code: finding.ruleId,
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
    message: finding.message,
    severity: SEVERITY[finding.severity],
  };
}

export function fromDiagnostic(diagnostic: Diagnostic): Comparable {
  const { start, end } = diagnostic.range;
  return {
    code: String(diagnostic.code),
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    severity: diagnostic.severity ?? 0,
  };
}

/** What the engine reports for a text, linted in this process exactly as the server lints it. */
export function engineFindings(text: string, fileName: string, config: Config = {}): Finding[] {
  return lintText(text, { rules: RULES, config, fileName }).findings;
}

export const REPO_ROOT = path.join(__dirname, '../../..');

export function readExample(name: string): string {
  return readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8');
}

export const INVALID_YAML = 'license:\n  scope: [exclusive\nfinancials: 1\n';

/** Writes a file, making its folders first; returns its path. */
export function writeFile(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
