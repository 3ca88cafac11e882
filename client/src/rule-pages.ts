// The rule catalog and rule pages as Markdown, and where a rule's documentation opens. No `vscode`
// import: this is plain text building, tested under node.
import type { RuleInfo } from '../../server/src/lsp/protocol';

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
  if (rule.docsHref) lines.push('', `[Full page](${linkTarget(rule.docsHref)})`);
  return lines;
}

/** `warning · quick fix`: the quick-pick line under a rule's id and title, and the line under its heading. */
export function severityAndFix(rule: RuleInfo): string {
  return `${rule.severity} · ${rule.fixable ? 'quick fix' : 'no automatic fix'}`;
}

export type RulePageTarget = { kind: 'preview'; href: string } | { kind: 'external'; href: string } | { kind: 'none' };

/** Local pages open in the Markdown preview, web pages in the browser; anything else is not followed. */
export function rulePageTarget(href: string | undefined): RulePageTarget {
  if (!href) return { kind: 'none' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'file') return { kind: 'preview', href };
  if (scheme === 'http' || scheme === 'https') return { kind: 'external', href };
  return { kind: 'none' };
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
