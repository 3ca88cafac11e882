// The rule catalog and rule pages as Markdown, and where a rule's documentation opens. No `vscode`
// import: this is plain text building, tested under node.
import { remoteRuleDocUrl, type RuleInfo } from '../../server/src/lsp/protocol';

/**
 * Where the extension's own pages live in its page scheme (see Pages): the catalog at the root and
 * each built-in rule's page beside the others under /rules, so that the catalog's links and the links
 * between rule pages are relative ones, which the Markdown preview follows.
 */
export const CATALOG_PATH = '/Term Sheet Rules.md';
const RULE_PAGES_DIR = '/rules/';
/** Pages made from what the server knows of a custom rule without a page of its own. */
const CUSTOM_PAGES_DIR = '/custom/';

/** A built-in rule's id; a custom rule's id has a prefix (`acme/approved-governing-law`). */
const BUILT_IN_RULE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Catalog sections in reading order; any other category follows, in the order the server lists it. */
const CATEGORY_ORDER = ['Pitfalls', 'Asset', 'Economics', 'Hygiene', 'Custom'];

export interface CatalogOptions {
  /** The term sheet whose config decided the severities, by file name; omitted: the defaults. */
  documentName?: string;
}

/** The whole catalog as one readable page: rules grouped by category, each with its severity, fix and why. */
export function ruleCatalogMarkdown(rules: readonly RuleInfo[], options: CatalogOptions = {}): string {
  const groups = groupByCategory(rules);
  const scope = options.documentName
    ? `Severities are those in force for \`${inlineCode(options.documentName)}\`, with its config file and settings.`
    : 'Severities are the defaults; a config file or the `termsheet.rules` setting changes them.';
  const lines = ['# Term sheet rules', '', `${count(rules.length, 'rule')}. ${scope}`, ''];
  if (groups.length > 1) {
    lines.push(groups.map(([category, members]) => `[${category}](#${anchor(category)}) (${members.length})`).join(' · '), '');
  }
  for (const [category, members] of groups) {
    lines.push(`## ${category}`, '');
    for (const rule of members) lines.push(...ruleSection(rule, '###'), '');
  }
  return lines.join('\n');
}

/** One rule on its own page, for a rule that has no documentation page of its own. */
export function ruleMarkdown(rule: RuleInfo): string {
  return [...ruleSection(rule, '#'), ''].join('\n');
}

function ruleSection(rule: RuleInfo, heading: string): string[] {
  const lines = [`${heading} ${rule.title}`, '', `\`${inlineCode(rule.id)}\` · ${severityAndFix(rule)}`];
  if (rule.why.trim() !== '') lines.push('', rule.why.trim());
  const link = catalogLink(rulePage(rule));
  if (link) lines.push('', `[Full page](${link})`);
  return lines;
}

/** `warning · quick fix`: the quick-pick line under a rule's id and title, and the line under its heading. */
export function severityAndFix(rule: RuleInfo): string {
  return `${rule.severity} · ${rule.fixable ? 'quick fix' : 'no automatic fix'}`;
}

/** Where a rule's documentation opens. */
export type RulePage =
  /** The page shipped with the extension, shown in the Markdown preview at `path` of the page scheme. */
  | { kind: 'shipped'; path: string }
  /** A custom rule's local page, previewed where it is. */
  | { kind: 'preview'; href: string }
  /** A web page, in the browser. */
  | { kind: 'external'; href: string }
  /** A custom rule without a page: what the server knows of it (ruleMarkdown) is the page, at `path`. */
  | { kind: 'generated'; path: string };

/** Built-in rules open their shipped page, whatever link the server gives; custom rules open their config's `docs`. */
export function rulePage(rule: Pick<RuleInfo, 'id' | 'docsHref'>): RulePage {
  if (BUILT_IN_RULE_ID.test(rule.id)) return { kind: 'shipped', path: shippedPagePath(rule.id) };
  const href = rule.docsHref ?? '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'file') return { kind: 'preview', href };
  if (scheme === 'http' || scheme === 'https') return { kind: 'external', href };
  // Anything else (`javascript:`, `command:`, a bare path) is not followed.
  return { kind: 'generated', path: `${CUSTOM_PAGES_DIR}${rule.id.replace(/[^\w.-]+/g, '-')}.md` };
}

/**
 * The catalog's link to a rule's page, for the pages the Markdown preview can open from it: a
 * shipped page by its path relative to the catalog, a web page. The preview refuses `file:` links
 * (it would print them as text), and a generated page says no more than the catalog does.
 */
function catalogLink(page: RulePage): string | undefined {
  if (page.kind === 'shipped') return page.path.slice(1);
  if (page.kind === 'external') return linkTarget(page.href);
  return undefined;
}

export function shippedPagePath(ruleId: string): string {
  return `${RULE_PAGES_DIR}${ruleId}.md`;
}

/** The built-in rule whose shipped page is at `path` of the page scheme, if any. */
export function shippedRuleOfPath(path: string): string | undefined {
  const ruleId = path.startsWith(RULE_PAGES_DIR) && path.endsWith('.md') ? path.slice(RULE_PAGES_DIR.length, -'.md'.length) : '';
  return BUILT_IN_RULE_ID.test(ruleId) ? ruleId : undefined;
}

/**
 * A shipped rules/<id>/README.md as the page at shippedPagePath(id): its links to the other rules'
 * READMEs (`../placeholder-left/README.md#fix`) become links to their pages (`placeholder-left.md#fix`).
 */
export function shippedPageMarkdown(readme: string): string {
  // The whole destination, from its start (after `(`, `<` or the space of a definition) to its end or anchor.
  return readme.replace(/(?<=[(<\s])\.\.\/([a-z0-9][a-z0-9-]*)\/README\.md(?=[#)\s"'>]|$)/gm, '$1.md');
}

/** What stands in for a shipped page that cannot be read: where the page is published (not where the extension is installed). */
export function unreadablePageMarkdown(ruleId: string): string {
  return [`# ${ruleId}`, '', 'The page of this rule could not be read from the extension.', '', `It is published at <${remoteRuleDocUrl(ruleId)}>.`, ''].join(
    '\n',
  );
}

/** What a link to a page that does not exist (a page link typed by hand, a page gone after a reload) opens. */
export function missingPageMarkdown(path: string): string {
  return [
    '# No such page',
    '',
    `Term Sheet has no page \`${inlineCode(path)}\`. The command **Term Sheet: Show Rule Catalog** lists every rule with a link to its page.`,
    '',
  ].join('\n');
}

function groupByCategory(rules: readonly RuleInfo[]): [string, RuleInfo[]][] {
  const groups = new Map<string, RuleInfo[]>();
  for (const category of CATEGORY_ORDER) groups.set(category, []);
  for (const rule of rules) {
    const category = rule.category.trim() || 'Custom';
    const members = groups.get(category) ?? [];
    members.push(rule);
    groups.set(category, members);
  }
  return [...groups].filter(([, members]) => members.length > 0);
}

/** The id VS Code's Markdown preview gives a heading (GitHub's slug rules). */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** A link target that stays one target: spaces and parentheses would end or split it. */
function linkTarget(href: string): string {
  return href.replace(/[ ()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Text inside backticks: a backtick of its own would close the span early. */
function inlineCode(text: string): string {
  return text.replace(/`/g, "'");
}

/** `1 rule`, `3 rules`, `0 fixes`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
