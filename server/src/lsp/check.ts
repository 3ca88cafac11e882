import { RULES } from '../../../rules';
import { lintText, type Config, type Finding, type Rule, type Sheet } from '../engine';
import { ruleDocHref } from './docs-links';
import { documentPath } from './file-filter';
import { isWordViewUri } from '../engine/docx/names';
import { placeWordFindings } from './word-view';

export interface CheckResult {
  findings: Finding[];
  /** The model of the checked text, when it could be read (fix offsets refer to that text). */
  sheet?: Sheet;
  /** The documentation link of a finding's rule; undefined for none. Built-in pages when absent. */
  docsHref?: (ruleId: string) => string | undefined;
}

export const BUILT_IN_RULES: readonly Rule[] = RULES;

/**
 * Lints one document's text, without fixes: a fix is written when the editor asks for one
 * (`fixesOf`), not on every keystroke. May throw; callers turn failures into an internal-error diagnostic.
 */
export function checkText(text: string, uri: string, config: Config, rules: readonly Rule[] = BUILT_IN_RULES): CheckResult {
  const result = lintText(text, { rules, config, fileName: documentPath(uri), fixes: false });
  const findings = isWordViewUri(uri) ? placeWordFindings(uri, text, result.findings, config) : result.findings;
  return { findings, sheet: result.sheet, docsHref: docsHrefs(config) };
}

/** Custom rules link to the `docs` their config gives them, if any; there is no built-in page to guess at. */
export function docsHrefs(config: Config): (ruleId: string) => string | undefined {
  const custom = new Map((config.custom ?? []).map((spec) => [spec.id, spec.docs]));
  return (ruleId) => (custom.has(ruleId) || ruleId.includes('/') ? custom.get(ruleId) : ruleDocHref(ruleId));
}
