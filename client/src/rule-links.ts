// Links that open a rule's page through Explain Rule, so that the hover's link, the rule code in the
// Problems panel and the light bulb's "Show documentation" open it as Explain Rule does: rendered.
// No `vscode` import: plain text building, tested under node.
import { RULE_DOCS_BASE_URL } from '../../server/src/lsp/protocol';
import { rulePage } from './rule-pages';

/** Explain Rule: with no arguments a quick pick; with [ruleId, documentUri?] that rule's page. */
export const EXPLAIN_RULE_COMMAND = 'termsheet.explainRule';

/**
 * Explain Rule's arguments for a rule seen from a document (its URI in the protocol's form): a
 * built-in rule's page is the same for every sheet, a custom rule's comes from the sheet's config.
 */
export function explainRuleArgs(ruleId: string, documentUri: string | undefined): string[] {
  return rulePage({ id: ruleId }).kind === 'shipped' || documentUri === undefined ? [ruleId] : [ruleId, documentUri];
}

/**
 * A `command:` link running `command` with `args`. VS Code decodes a link's query once when it parses
 * the link and once more before reading the arguments as JSON, so the JSON holds no `%` of its own (a
 * document URI's `%20` would come out as a space): JSON's `\u0025` stands for it. Parentheses are
 * escaped too, so that the link stays one Markdown link destination.
 */
export function commandLink(command: string, args: readonly unknown[]): string {
  const json = JSON.stringify(args).replace(/%/g, '\\u0025');
  return `command:${command}?${encodeURIComponent(json).replace(/[()]/g, (paren) => (paren === '(' ? '%28' : '%29'))}`;
}

/** The link that opens a rule's page through Explain Rule. */
export function explainRuleLink(ruleId: string, documentUri: string | undefined): string {
  return commandLink(EXPLAIN_RULE_COMMAND, explainRuleArgs(ruleId, documentUri));
}

const SHIPPED_PAGE_URL = /^file:\/\/[^?#]*\/rules\/([a-z0-9][a-z0-9-]*)\/README\.md$/;
const PUBLISHED_PAGE_PATH = /^([a-z0-9][a-z0-9-]*)\/README\.md$/;

/** The built-in rule whose page `href` is, as the server links it (ruleDocHref): its shipped file or its published page. */
export function ruleOfPageHref(href: string): string | undefined {
  const published = href.startsWith(RULE_DOCS_BASE_URL) ? PUBLISHED_PAGE_PATH.exec(href.slice(RULE_DOCS_BASE_URL.length)) : null;
  return (published ?? SHIPPED_PAGE_URL.exec(href))?.[1];
}

/** An inline link's destination, with an optional title; destinations with spaces or parentheses are not the server's rule links. */
const INLINE_LINK = /\]\(([^\s()]+)(\s+"[^"]*")?\)/g;

/**
 * `markdown` with each inline link to a built-in rule's page (see ruleOfPageHref) pointing at
 * `link(ruleId)` instead, titled "Show the <rule> page" rather than by its address.
 */
export function withRulePageLinks(markdown: string, link: (ruleId: string) => string): string {
  return markdown.replace(INLINE_LINK, (whole, href: string) => {
    const ruleId = ruleOfPageHref(href);
    return ruleId === undefined ? whole : `](${link(ruleId)} "Show the ${ruleId} page")`;
  });
}
