import { editDistance } from './edit-distance';
import type { Directive, UnknownDirective } from './model';
import type { Finding, Fix, Severity } from './rule';
import type { LineIndex, Range } from './text';

export const UNUSED_DIRECTIVE = 'unused-directive';
export const DIRECTIVE_UNKNOWN_RULE = 'directive-unknown-rule';
export const DIRECTIVE_REASON_MISSING = 'directive-reason-missing';
export const UNKNOWN_DIRECTIVE = 'unknown-directive';

const PREFIX = 'termsheet-';
/** The directives' names; when two are as near to a misspelt one, the first is suggested. */
const KINDS: readonly Directive['kind'][] = ['disable-next-line', 'disable', 'enable'];
/** The words a directive's name starts with: a name starting near one of them is meant as a directive. */
const VERBS = ['disable', 'enable'];
/** A name this near its suggestion is a typo, and the fix rewrites it; one further off is only a suggestion. */
const TYPO_EDITS = 2;
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
const WORDS = /^[A-Za-z]+(?:-[A-Za-z]+)*$/;

/** The directives of one sheet, known and unknown, in the order their comments were found. */
export interface SheetDirectives {
  directives: Directive[];
  unknownDirectives: UnknownDirective[];
}

/**
 * Reads one comment of a sheet, in either format, into `found`: the readers only find the comments.
 * `text` is the comment without its delimiters (`#`, `<!--` and `-->`) and starts at offset `textStart`;
 * `range` is the whole comment. The form is the same in both formats:
 * `termsheet-disable-next-line fto-missing, patent-india-gap -- FTO due 2027-01` (no ids: every rule).
 * A comment starting `termsheet-` followed by a name near `disable` or `enable` that is no directive's
 * (`termsheet-disabel`, `termsheet-disable-line`) is an unknown directive; any other comment is left alone.
 */
export function readDirectiveComment(found: SheetDirectives, text: string, textStart: number, range: Range, lines: LineIndex): void {
  const body = text.trimStart();
  if (!body.startsWith(PREFIX)) return;
  const nameEnd = /\s|$/.exec(body)!.index;
  const name = body.slice(PREFIX.length, nameEnd);
  const kind = KINDS.find((known) => known === name);
  if (kind) {
    found.directives.push(directiveArguments(kind, body.slice(nameEnd), range));
    return;
  }
  const verb = /^[A-Za-z]*/.exec(name)![0].toLowerCase();
  if (!VERBS.some((candidate) => editDistance(verb, candidate, TYPO_EDITS) <= TYPO_EDITS)) return;
  const start = textStart + text.length - body.length;
  found.unknownDirectives.push({ name: PREFIX + name, nameRange: lines.range(start, start + nameEnd), suggestion: PREFIX + nearestKind(name), range });
}

/** The ids and the reason after a directive's name: `fto-missing, patent-india-gap -- FTO due 2027-01`. */
function directiveArguments(kind: Directive['kind'], rest: string, range: Range): Directive {
  const separator = REASON_SEPARATOR.exec(rest);
  const ids = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  return { kind, ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ''), reason: reason || undefined, range };
}

/**
 * The directive a misspelt name is nearest to: first by its leading word, so that the verb written
 * (disable or enable) is kept, then by the words it starts with (`disable:fto-missing` is `disable`
 * with no space); edit distance both, case aside.
 */
function nearestKind(name: string): Directive['kind'] {
  const lower = /^[a-z]*(?:-[a-z]+)*/.exec(name.toLowerCase())![0];
  const verb = /^[a-z]*/.exec(lower)![0];
  const far = lower.length + 'disable-next-line'.length;
  const distance = (kind: Directive['kind']) => [editDistance(verb, /^[a-z]*/.exec(kind)![0], far), editDistance(lower, kind, far)];
  let best = KINDS[0];
  let bestDistance = distance(best);
  for (const kind of KINDS.slice(1)) {
    const [verbDistance, nameDistance] = distance(kind);
    if (verbDistance < bestDistance[0] || (verbDistance === bestDistance[0] && nameDistance < bestDistance[1]))
      [best, bestDistance] = [kind, [verbDistance, nameDistance]];
  }
  return best;
}

/**
 * The fix of an unknown directive: its name rewritten to the suggestion, when the name is a typo of
 * it (a word or two, a couple of keystrokes off). A name further off (`disable-line`) may mean
 * another scope than the suggestion's; rewriting it would choose one for the author.
 */
function renameFix(unknown: UnknownDirective): Fix | undefined {
  const name = unknown.name.slice(PREFIX.length);
  if (!WORDS.test(name) || editDistance(unknown.name, unknown.suggestion, TYPO_EDITS) > TYPO_EDITS) return undefined;
  return {
    title: `Change to ${unknown.suggestion}`,
    edits: [{ start: unknown.nameRange.start.offset, end: unknown.nameRange.end.offset, newText: unknown.suggestion }],
  };
}

/** The fixes of unknown-directive findings from a lint without fixes, found by their place. */
export function unknownDirectiveFixes(sheet: SheetDirectives, findings: readonly Finding[]): Map<Finding, Fix> {
  const fixes = new Map<Finding, Fix>();
  for (const finding of findings) {
    if (finding.ruleId !== UNKNOWN_DIRECTIVE) continue;
    const unknown = sheet.unknownDirectives.find(
      (candidate) => candidate.nameRange.start.offset === finding.range.start.offset && candidate.nameRange.end.offset === finding.range.end.offset,
    );
    const fix = unknown && renameFix(unknown);
    if (fix) fixes.set(finding, fix);
  }
  return fixes;
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
 * suppress nothing, or (where required) give no reason, and comments meant as directives under a
 * name no directive has. `severities` holds the severity of each directive rule that is on;
 * `writeFixes` is the lint's `fixes` option.
 */
export function applyDirectives(
  findings: readonly Finding[],
  sheet: SheetDirectives,
  knownRuleIds: ReadonlySet<string>,
  severities: ReadonlyMap<string, Severity>,
  writeFixes: boolean,
): DirectiveOutcome {
  if (sheet.directives.length === 0 && sheet.unknownDirectives.length === 0) return { findings: [...findings], suppressed: [] };
  const ordered = [...sheet.directives].sort((a, b) => a.range.start.offset - b.range.start.offset);
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

  const report = (ruleId: string, message: string, range: Range, fix?: Fix) => {
    const severity = severities.get(ruleId);
    if (severity) kept.push({ ruleId, severity, message, range, ...(fix ? { fix } : {}) });
  };
  for (const unknown of sheet.unknownDirectives) {
    const fix = writeFixes ? renameFix(unknown) : undefined;
    report(UNKNOWN_DIRECTIVE, `Unknown directive "${unknown.name}": did you mean "${unknown.suggestion}"?`, unknown.nameRange, fix);
  }
  for (const directive of ordered) {
    const unknown = directive.ruleIds.filter((id) => !knownRuleIds.has(id));
    for (const id of unknown) report(DIRECTIVE_UNKNOWN_RULE, `Directive names an unknown rule: ${id}`, directive.range);
    if (directive.kind !== 'enable' && !directive.reason) {
      report(DIRECTIVE_REASON_MISSING, `Directive gives no reason: add one after " -- "`, directive.range);
    }
    if (directive.kind !== 'enable' && !used.has(directive) && unknown.length < Math.max(1, directive.ruleIds.length)) {
      const what = directive.ruleIds.length > 0 ? directive.ruleIds.join(', ') : 'any rule';
      report(
        UNUSED_DIRECTIVE,
        `Directive suppresses nothing: no finding of ${what} ${directive.kind === 'disable-next-line' ? 'on the next line' : 'after it'}`,
        directive.range,
      );
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
