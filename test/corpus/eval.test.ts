import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText, type Finding } from '../../server/src/engine';
import { CORPUS_DIR, KNOWN_RULE_IDS, corpusSheets, evaluate, scoreFindings } from './evaluate';
import { RULES } from '../../rules';
import { readExpectations, withoutExpectations } from './expectations';

const FLOOR = JSON.parse(readFileSync(join(CORPUS_DIR, 'floor.json'), 'utf8')) as { precision: number; recall: number };
const sheets = corpusSheets();

test('the corpus holds at least 40 term sheets, in both formats', () => {
  assert.ok(sheets.length >= 40, `${sheets.length} sheets`);
  assert.ok(sheets.some((sheet) => /\.ya?ml$/.test(sheet.name)));
  assert.ok(
    sheets.some((sheet) => sheet.name.endsWith('.md') && !sheet.name.includes('.termsheet.')),
    'a Markdown sheet found by its front matter',
  );
});

test('every corpus sheet parses and names only existing rules in its expectations', () => {
  const evaluation = evaluate(sheets);
  const problems = evaluation.sheets.flatMap((sheet) => sheet.problems.map((problem) => `${sheet.name}: ${problem}`));
  assert.deepEqual(problems, []);
  // A clean sheet expects nothing, but every sheet says which rules must stay silent.
  const silentUnstated = sheets.filter((sheet) => {
    const { silent } = readExpectations(sheet.text, KNOWN_RULE_IDS);
    return silent !== 'all-others' && silent.size === 0;
  });
  assert.deepEqual(
    silentUnstated.map((sheet) => sheet.name),
    [],
  );
});

test('the expectation comments do not change what the linter finds', () => {
  const findingsOf = (text: string, fileName: string): string[] =>
    lintText(text, { rules: RULES, fileName, fixes: false }).findings.map((finding) => `${finding.range.start.line + 1} ${finding.ruleId}: ${finding.message}`);
  for (const sheet of sheets) {
    const stripped = withoutExpectations(sheet.text);
    assert.doesNotMatch(stripped, /expect(-sheet|-silent)?\s*:/, sheet.name);
    assert.deepEqual(findingsOf(sheet.text, sheet.name), findingsOf(stripped, sheet.name), sheet.name);
  }
});

test('overall precision and recall on the corpus stay at or above the floor', () => {
  const { overall } = evaluate(sheets);
  assert.ok((overall.precision ?? 0) >= FLOOR.precision, `precision ${overall.precision} fell below the floor ${FLOOR.precision}`);
  assert.ok((overall.recall ?? 0) >= FLOOR.recall, `recall ${overall.recall} fell below the floor ${FLOOR.recall}`);
});

const KNOWN = new Set(['placeholder-left', 'fto-missing', 'required-clause-missing', 'unknown-key']);

function finding(ruleId: string, line: number, path?: string): Finding {
  const position = { line, character: 0, offset: line * 10 };
  return { ruleId, severity: 'warning', message: `${ruleId} on ${line}`, range: { start: position, end: position }, path };
}

test('expectation comments are read in both comment styles, with paths and all-others', () => {
  const text = [
    '<!-- expect-sheet: fto-missing, required-clause-missing(governing_law) -->',
    '<!-- expect-silent: all-others -->',
    '**Upfront:** $X <!-- expect: placeholder-left -->',
    'royalty: X%   # expect: placeholder-left, unknown-key',
  ].join('\n');
  const expectations = readExpectations(text, KNOWN);
  assert.deepEqual(
    expectations.onLines.map(({ ruleId, line }) => [ruleId, line]),
    [
      ['placeholder-left', 2],
      ['placeholder-left', 3],
      ['unknown-key', 3],
    ],
  );
  assert.deepEqual(
    expectations.onSheet.map(({ ruleId, path }) => [ruleId, path]),
    [
      ['fto-missing', undefined],
      ['required-clause-missing', 'governing_law'],
    ],
  );
  assert.equal(expectations.silent, 'all-others');
  assert.deepEqual(expectations.problems, []);
});

test('unknown rules, misspelt keywords and contradictions in expectations are problems', () => {
  const text = [
    '<!-- expect: no-such-rule -->',
    '<!-- expect-silence: fto-missing -->',
    '# expect: fto-missing(ip)',
    '<!-- expect-silent: placeholder-left --> <!-- expect: placeholder-left -->',
  ].join('\n');
  assert.deepEqual(readExpectations(text, KNOWN).problems, [
    'line 1: unknown rule "no-such-rule"',
    'line 2: unknown keyword "expect-silence" (expect, expect-sheet or expect-silent)',
    'line 3: a path ("fto-missing(ip)") only qualifies expect-sheet',
    'line 4: "placeholder-left" is both expected and listed as silent',
  ]);
});

test('a finding matches a line expectation only on that line; elsewhere it is a miss and a false finding', () => {
  const expectations = readExpectations('a\nb <!-- expect: placeholder-left -->\nc', KNOWN);
  const onLine = scoreFindings('s', [finding('placeholder-left', 1), finding('placeholder-left', 1)], expectations);
  assert.deepEqual(onLine.counts.get('placeholder-left'), { truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  const offLine = scoreFindings('s', [finding('placeholder-left', 2)], expectations);
  assert.deepEqual(offLine.counts.get('placeholder-left'), { truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  assert.deepEqual(offLine.misses, [{ ruleId: 'placeholder-left', line: 2, path: undefined }]);
  assert.deepEqual(
    offLine.falseFindings.map(({ ruleId, line }) => [ruleId, line]),
    [['placeholder-left', 3]],
  );
});

test('a sheet expectation with a path takes only the findings about that clause', () => {
  const expectations = readExpectations('<!-- expect-sheet: required-clause-missing(license.field) -->', KNOWN);
  const result = scoreFindings(
    's',
    [finding('required-clause-missing', 0, 'license.field'), finding('required-clause-missing', 0, 'confidentiality')],
    expectations,
  );
  assert.deepEqual(result.counts.get('required-clause-missing'), { truePositives: 1, falsePositives: 1, falseNegatives: 0 });
});

test('findings of rules a sheet neither expects nor silences count only under all-others', () => {
  const findings = [finding('fto-missing', 0), finding('unknown-key', 3)];
  const loose = scoreFindings('s', findings, readExpectations('<!-- expect-sheet: fto-missing -->', KNOWN));
  assert.deepEqual([...loose.counts.keys()], ['fto-missing']);
  const listed = scoreFindings('s', findings, readExpectations('<!-- expect-sheet: fto-missing --><!-- expect-silent: unknown-key -->', KNOWN));
  assert.deepEqual(listed.counts.get('unknown-key'), { truePositives: 0, falsePositives: 1, falseNegatives: 0 });
  const strict = scoreFindings('s', findings, readExpectations('<!-- expect-sheet: fto-missing --><!-- expect-silent: all-others -->', KNOWN));
  assert.deepEqual(strict.counts.get('unknown-key'), { truePositives: 0, falsePositives: 1, falseNegatives: 0 });
});
