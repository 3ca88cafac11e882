import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { SERVER_COMMANDS } from '../../server/src/lsp/protocol';
import { EXPLAIN_RULE_COMMAND, explainRuleArgs, explainRuleLink, withRulePageLinks } from './rule-links';
import { DIAGNOSTIC_SOURCE } from './status';

/**
 * The server links rule pages for any LSP client: a `file:` URL of the shipped page (or the published
 * web page) in hovers and diagnostics, `window/showDocument` for "Show documentation". VS Code would
 * open a `file:` page as Markdown source, so here each of them runs Explain Rule instead, which shows
 * the page rendered.
 */
export function rulePageMiddleware(): Middleware {
  return {
    provideHover: async (document, position, token, next) => {
      const hover = await next(document, position, token);
      return hover ? withRulePageCommands(hover, document.uri.toString()) : hover;
    },
    handleDiagnostics: (uri, diagnostics, next) => {
      for (const diagnostic of diagnostics) linkCodeToRulePage(diagnostic, uri.toString());
      next(uri, diagnostics);
    },
    executeCommand: (command, args, next) => {
      const [ruleId, documentUri] = args as unknown[];
      if (command !== SERVER_COMMANDS.showDocumentation || typeof ruleId !== 'string') return next(command, args) as Promise<unknown>;
      return vscode.commands.executeCommand(EXPLAIN_RULE_COMMAND, ...explainRuleArgs(ruleId, typeof documentUri === 'string' ? documentUri : undefined));
    },
  };
}

/**
 * The hover with its rule-page links running Explain Rule. A command link works only in trusted
 * Markdown; the trust is for that one command, so text quoted from the sheet can run nothing else.
 */
function withRulePageCommands(hover: vscode.Hover, documentUri: string): vscode.Hover {
  const contents = hover.contents.map((content) => {
    if (!(content instanceof vscode.MarkdownString)) return content;
    const value = withRulePageLinks(content.value, (ruleId) => explainRuleLink(ruleId, documentUri));
    if (value === content.value) return content;
    const linked = new vscode.MarkdownString(value, content.supportThemeIcons);
    linked.isTrusted = { enabledCommands: [EXPLAIN_RULE_COMMAND] };
    linked.supportHtml = content.supportHtml;
    linked.baseUri = content.baseUri;
    return linked;
  });
  return new vscode.Hover(contents, hover.range);
}

/** A finding's rule code (in the Problems panel, the squiggle's hover) opens its page through Explain Rule: VS Code follows command links there. */
function linkCodeToRulePage(diagnostic: vscode.Diagnostic, documentUri: string): void {
  const { code } = diagnostic;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof code !== 'object' || !code.target) return;
  diagnostic.code = { value: code.value, target: vscode.Uri.parse(explainRuleLink(String(code.value), documentUri)) };
}
