import { RULES } from '../../../rules';
import { lintText, type Config, type Finding, type LineIndex, type Rule } from '../engine';
import { documentPath } from './file-filter';

export interface CheckResult {
  findings: Finding[];
  /** Line index of the checked text when one was built (fix offsets refer to that text). */
  lines?: LineIndex;
}

export const BUILT_IN_RULES: readonly Rule[] = RULES;

/** Lints one document's text. May throw; callers turn failures into an internal-error diagnostic. */
export function checkText(text: string, uri: string, config: Config, rules: readonly Rule[] = BUILT_IN_RULES): CheckResult {
  const result = lintText(text, { rules, config, fileName: documentPath(uri) });
  return { findings: result.findings, lines: result.sheet?.lines };
}
