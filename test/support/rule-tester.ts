import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFixes, LEAVES_ONE_BLANK, lintText, type Config, type Finding, type Fix, type Rule, type Severity, type TextEdit } from '../../server/src/engine';
import { RULES } from '../../rules';

export interface ValidCase {
  name: string;
  code: string;
  /** The rule's setting in the config: a severity or `{ severity?, ...options }`. */
  setting?: NonNullable<Config['rules']>[string];
  config?: Omit<Config, 'rules'>;
  /** Other rules to run beside this one (their findings are not asserted), e.g. for directives. */
  alsoOn?: string[];
  /** The sheet's file name, which gives its format: `case.termsheet.md` for Markdown. */
  fileName?: string;
}

export interface ExpectedFinding {
  message: string;
  /** 1-based, as the CLI prints them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The text after applying every fix offered; required whenever a finding has one. */
  output?: string;
  /**
   * The text after applying the first suggestion of every finding that has any (one pass, as for fixes);
   * required whenever a finding has a suggestion.
   */
  suggested?: string;
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const YAML_CASE = 'case.termsheet.yaml';
const PLACEHOLDER_RULE = RULES.filter((rule) => rule.meta.id === 'placeholder-left');

/**
 * Lints with every built-in rule known (so directives can name them) but only this one on, unless a
 * case turns others on; the findings asserted are this rule's.
 */
function lintWith(rule: Rule, testCase: ValidCase, code = testCase.code): Finding[] {
  const others = RULES.filter((other) => other.meta.id !== rule.meta.id);
  const settings: NonNullable<Config['rules']> = {};
  for (const other of others) if (!testCase.alsoOn?.includes(other.meta.id)) settings[other.meta.id] = 'off';
  if (testCase.setting !== undefined) settings[rule.meta.id] = testCase.setting;
  const findings = lintText(code, {
    rules: [rule, ...others],
    config: { ...testCase.config, rules: settings },
    fileName: testCase.fileName ?? YAML_CASE,
  }).findings;
  return findings.filter((finding) => finding.ruleId === rule.meta.id);
}

function asExpected(finding: Finding): Required<ExpectedFinding> {
  return {
    message: finding.message,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    severity: finding.severity,
  };
}

/** Every `# comment` in a YAML text that no edit touches, so a fix can be checked to keep them all. */
function commentsOf(text: string, edits: readonly TextEdit[]): string[] {
  return [...text.matchAll(/(?:^|\s)(#.*)$/gm)]
    .filter((match) => {
      const end = match.index + match[0].length;
      return !edits.some((edit) => edit.start < end && edit.end > end - match[1].length);
    })
    .map((match) => match[1]);
}

/**
 * Runs a rule over a table of snippets, in the manner of typescript-eslint's RuleTester: valid
 * snippets give no finding; invalid ones give exactly the listed findings, and their fixes give
 * exactly `output` (one pass: fixes that touch an earlier one wait for the next), which still parses,
 * keeps every comment and no longer has the findings whose fixes were applied.
 */
export function testRule(rule: Rule, table: RuleTable): void {
  describe(rule.meta.id, () => {
    for (const testCase of table.valid) {
      test(`valid: ${testCase.name}`, () => {
        assert.deepEqual(lintWith(rule, testCase).map(asExpected), []);
      });
    }
    for (const testCase of table.invalid) {
      test(`invalid: ${testCase.name}`, () => {
        const findings = lintWith(rule, testCase);
        const expected = testCase.findings.map((finding) => ({ severity: rule.meta.defaultSeverity, ...finding }));
        assert.deepEqual(findings.map(asExpected), expected);

        checkEdits(rule, testCase, findings, 'fix');
        checkEdits(rule, testCase, findings, 'suggestion');
      });
    }
  });
}

/**
 * A case's fixes (every one) or suggestions (the first of each finding), applied in one pass: they give the
 * case's `output` or `suggested` text, which still parses, keeps every comment and no longer has the findings
 * whose edits were applied. A fix adds no blank; a suggestion adds one at most, and its title says so.
 */
function checkEdits(rule: Rule, testCase: InvalidCase, findings: readonly Finding[], kind: 'fix' | 'suggestion'): void {
  const editOf = (finding: Finding) => (kind === 'fix' ? finding.fix : finding.suggestions?.[0]);
  const expected = kind === 'fix' ? testCase.output : testCase.suggested;
  const edited = findings.filter((finding) => editOf(finding));
  if (edited.length === 0) {
    assert.equal(expected, undefined, `an expected text is given but no finding has a ${kind}`);
    return;
  }
  assert.ok(kind === 'fix' ? rule.meta.fixable : rule.meta.hasSuggestions, `a rule that offers a ${kind} must say so in its meta`);
  assert.notEqual(expected, undefined, `a finding has a ${kind}: give the expected text`);
  const pass = applyFixes(
    testCase.code,
    edited.map((finding) => editOf(finding)!),
  );
  const output = pass.text;
  assert.equal(output, expected);

  // A fix may rewrite a comment it is about (a misspelt directive); every other comment is kept.
  for (const comment of commentsOf(
    testCase.code,
    pass.applied.flatMap((fix) => fix.edits),
  ))
    assert.ok(output.includes(comment), `the fix lost the comment ${comment}`);
  const relinted = lintText(output, { rules: [rule], fileName: testCase.fileName ?? YAML_CASE });
  assert.deepEqual(relinted.sheet?.problems, [], 'the fixed text must still parse');
  const remaining = new Set(lintWith(rule, testCase, output).map((finding) => finding.message));
  const applied = new Set(pass.applied);
  for (const finding of edited) {
    if (applied.has(editOf(finding)!)) assert.ok(!remaining.has(finding.message), `the ${kind} left the finding: ${finding.message}`);
  }
  for (const finding of edited) {
    for (const edit of kind === 'fix' ? [finding.fix!] : finding.suggestions!) {
      const added = blanksAdded(testCase, edit);
      if (kind === 'fix') assert.equal(added, 0, `the fix "${edit.title}" adds a blank: it changes the deal, so it is a suggestion`);
      else {
        assert.ok(added <= 1, `the suggestion "${edit.title}" adds ${added} blanks (one at most)`);
        assert.equal(edit.title.includes(LEAVES_ONE_BLANK), added === 1, `the title "${edit.title}" says whether it leaves a blank`);
      }
    }
  }
}

/** How many more placeholders the sheet has once one edit is applied alone. */
function blanksAdded(testCase: ValidCase, edit: Fix): number {
  const placeholders = (code: string) => lintText(code, { rules: PLACEHOLDER_RULE, fileName: testCase.fileName ?? YAML_CASE }).findings.length;
  return placeholders(applyFixes(testCase.code, [edit]).text) - placeholders(testCase.code);
}
