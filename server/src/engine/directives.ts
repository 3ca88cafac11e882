import type { Directive } from './model';
import type { Finding, Severity } from './rule';
import type { Range } from './text';

export const UNUSED_DIRECTIVE = 'unused-directive';
export const DIRECTIVE_UNKNOWN_RULE = 'directive-unknown-rule';
export const DIRECTIVE_REASON_MISSING = 'directive-reason-missing';

/**
 * `termsheet-disable-next-line fto-missing, patent-india-gap -- FTO due 2027-01`: the text of a
 * comment without its delimiters. No ids means every rule.
 */
const DIRECTIVE = /^termsheet-(disable-next-line|disable|enable)(?:\s+([^]*))?$/;
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;

export function parseDirective(comment: string, range: Range): Directive | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const separator = REASON_SEPARATOR.exec(rest);
  const ids = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  return {
    kind: kind as Directive['kind'],
    ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ''),
    reason: reason || undefined,
    range,
  };
}

export interface SuppressedFinding {
  finding: Finding;
  /** The reason given after ` -- ` in the directive, kept so every waiver can be audited. */
  reason?: string;
  directive: Range;
}

export interface DirectiveOutcome {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

const applies = (directive: Directive, ruleId: string) => directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);

/**
 * Removes the findings that directives suppress, and reports directives that name unknown rules,
 * suppress nothing, or (where required) give no reason. `severities` holds the severity of each
 * directive rule that is on.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  knownRuleIds: ReadonlySet<string>,
  severities: ReadonlyMap<string, Severity>,
): DirectiveOutcome {
  if (directives.length === 0) return { findings: [...findings], suppressed: [] };
  const ordered = [...directives].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const used = new Set<Directive>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];

  for (const finding of findings) {
    const by = suppressor(finding, ordered);
    if (by) {
      used.add(by);
      suppressed.push({ finding, reason: by.reason, directive: by.range });
    } else {
      kept.push(finding);
    }
  }

  const report = (ruleId: string, message: string, range: Range) => {
    const severity = severities.get(ruleId);
    if (severity) kept.push({ ruleId, severity, message, range });
  };
  for (const directive of ordered) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.has(id));
    for (const id of unknown) report(DIRECTIVE_UNKNOWN_RULE, `Directive names an unknown rule: ${id}`, directive.range);
    if (directive.kind !== 'enable' && !directive.reason) {
      report(DIRECTIVE_REASON_MISSING, `Directive gives no reason: add one after " -- "`, directive.range);
    }
    if (directive.kind !== 'enable' && !used.has(directive) && unknown.length < Math.max(1, directive.ruleIds.length)) {
      const what = directive.ruleIds.length > 0 ? directive.ruleIds.join(', ') : 'any rule';
      report(UNUSED_DIRECTIVE, `Directive suppresses nothing: no finding of ${what} ${directive.kind === 'disable-next-line' ? 'on the next line' : 'after it'}`, directive.range);
    }
  }
  kept.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, suppressed };
}

/** The directive that silences a finding: one on the line before it, or the last disable/enable before it. */
function suppressor(finding: Finding, ordered: readonly Directive[]): Directive | undefined {
  const { line, offset } = finding.range.start;
  let region: Directive | undefined;
  for (const directive of ordered) {
    if (directive.range.start.offset > offset) break;
    if (!applies(directive, finding.ruleId)) continue;
    if (directive.kind === 'disable-next-line') {
      if (directive.range.end.line + 1 === line) return directive;
    } else {
      region = directive.kind === 'disable' ? directive : undefined;
    }
  }
  return region;
}
