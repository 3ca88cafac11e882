import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFixes, lintText, type Config, type Finding, type Rule, type Severity, type TextEdit } from '../../server/src/engine';
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
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const YAML_CASE = 'case.termsheet.yaml';

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

        const fixed = findings.filter((finding) => finding.fix);
        if (fixed.length === 0) {
          assert.equal(testCase.output, undefined, 'an output is given but no finding has a fix');
          return;
        }
        assert.ok(rule.meta.fixable, 'a rule that offers fixes must say it is fixable');
        assert.notEqual(testCase.output, undefined, 'a finding has a fix: give the expected output');
        const pass = applyFixes(
          testCase.code,
          fixed.map((finding) => finding.fix!),
        );
        const output = pass.text;
        assert.equal(output, testCase.output);

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
        for (const finding of fixed) {
          if (applied.has(finding.fix!)) assert.ok(!remaining.has(finding.message), `the fix left the finding: ${finding.message}`);
        }
      });
    }
  });
}
