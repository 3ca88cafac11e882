/**
 * Where the rule pages are published. Shared by the language server (links in hovers and
 * diagnostics) and the command line (SARIF help URIs); it lives beside the engine so that the
 * command line can import it without loading the LSP stack.
 */
export const RULE_DOCS_BASE_URL = 'https://github.com/termsheet-lint/termsheet-lint/blob/main/rules/';

/** The published page of one rule. */
export function remoteRuleDocUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(ruleId)}/README.md`;
}
