import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { applyFixes, fixAll, lintText, type Finding, type Fix, type TextEdit } from '../../server/src/engine';
import { RULES } from '../../rules';
import { dealReadings, trailingCommentColumn } from '../support/deal-readings';

const ROOT = path.join(__dirname, '..', '..', '..');
const PLACEHOLDER_RULE = 'placeholder-left';

/** Every example and corpus sheet, by its path from the repository's root. */
const SHEETS = ['examples', 'test/corpus'].flatMap((folder) =>
  fs
    .readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
    .map((name) => `${folder}/${name}`),
);

/** The findings as comparable keys (rule and message), counted. */
function findingKeys(findings: readonly Finding[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const finding of findings) {
    const key = `${finding.ruleId}: ${finding.message}`;
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** The keys of `after` that `before` does not have as often. */
function added(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([key, count]) => count > (before.get(key) ?? 0)).map(([key]) => key);
}

/** The 0-based lines of `text` that an edit touches. */
function editedLines(text: string, edits: readonly TextEdit[]): Set<number> {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const lines = new Set<number>();
  for (const edit of edits) for (let line = lineOf(edit.start); line <= lineOf(edit.end); line++) lines.add(line);
  return lines;
}

for (const sheet of SHEETS) {
  describe(`fixes on ${sheet}`, () => {
    const fileName = path.join(ROOT, sheet);
    const text = fs.readFileSync(fileName, 'utf8');
    const options = { rules: RULES, fileName };
    const findings = lintText(text, options).findings;
    const fixes = findings.filter((finding) => finding.fix);
    const once = fixAll(text, options);

    test('applying every fix leaves every amount, rate, territory, party and enum of the deal as it was', () => {
      assert.deepEqual(dealReadings(once.text, fileName), dealReadings(text, fileName));
    });

    test('applying every fix inserts no blank', () => {
      const placeholders = (findingsOf: readonly Finding[]) => findingsOf.filter((finding) => finding.ruleId === PLACEHOLDER_RULE).length;
      assert.equal(placeholders(once.findings), placeholders(findings));
      assert.equal(once.text.split('[TBD]').length, text.split('[TBD]').length);
    });

    test('each fix removes its finding and adds none', () => {
      const before = findingKeys(findings);
      for (const finding of fixes) {
        const after = lintText(applyFixes(text, [finding.fix!]).text, options).findings;
        const key = `${finding.ruleId}: ${finding.message}`;
        assert.ok((findingKeys(after).get(key) ?? 0) < before.get(key)!, `"${finding.fix!.title}" removes ${key}`);
        assert.deepEqual(added(before, findingKeys(after)), [], `"${finding.fix!.title}" adds no finding`);
      }
    });

    test('--fix twice is --fix once', () => {
      assert.equal(fixAll(once.text, options).text, once.text);
    });

    test('no line outside the fixes changes, and a YAML trailing comment keeps its column', () => {
      // The fixes of one pass, on the original text: later passes (if any) work on lines these already took.
      const edits = applyFixes(
        text,
        fixes.map((finding) => finding.fix as Fix),
      ).applied.flatMap((fix) => fix.edits);
      const touched = editedLines(text, edits);
      const beforeLines = text.split('\n');
      const afterLines = once.text.split('\n');
      // Fixes here rename or rewrite within a line: the lines stay where they were.
      assert.equal(afterLines.length, beforeLines.length);
      beforeLines.forEach((line, index) => {
        if (!touched.has(index)) assert.equal(afterLines[index], line, `line ${index + 1} is kept`);
        else if (!sheet.endsWith('.md')) assert.equal(trailingCommentColumn(afterLines[index]), trailingCommentColumn(line), `line ${index + 1}'s comment`);
      });
    });
  });
}

test('the invariants are tried on sheets that have fixes and suggestions', () => {
  const all = SHEETS.flatMap((sheet) => lintText(fs.readFileSync(path.join(ROOT, sheet), 'utf8'), { rules: RULES, fileName: sheet }).findings);
  assert.ok(SHEETS.length > 40);
  assert.ok(all.filter((finding) => finding.fix).length >= 2);
  assert.ok(all.filter((finding) => finding.suggestions).length >= 50);
});
