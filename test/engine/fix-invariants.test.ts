import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  applyFixes,
  dealOf,
  financialAmounts,
  fixAll,
  lintText,
  patentFamilies,
  readParties,
  schemaField,
  type Finding,
  type Fix,
  type ModelNode,
  type TextEdit,
} from '../../server/src/engine';
import { RULES } from '../../rules';

const ROOT = path.join(__dirname, '..', '..', '..');
const PLACEHOLDER_RULE = 'placeholder-left';

/** Every example and corpus sheet, by its path from the repository's root. */
const SHEETS = ['examples', 'test/corpus'].flatMap((folder) =>
  fs
    .readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
    .map((name) => `${folder}/${name}`),
);

/**
 * What the deal states, as the rules read it: every typed scalar read as its kind (amounts, rates, enums,
 * countries, dates, flags) by model path, the licensed territory, the parties, the amounts under financials and the
 * patent families. Nodes and ranges are left out: an edit elsewhere moves them without changing the deal.
 */
function dealReadings(text: string, fileName: string): Map<string, string> {
  const sheet = lintText(text, { rules: [], fileName }).sheet;
  assert.ok(sheet, `${fileName} is read`);
  const deal = dealOf(sheet);
  const readings = new Map<string, string>();
  const visit = (node: ModelNode, at: string) => {
    if (node.kind === 'map') for (const entry of node.entries) visit(entry.value, at === '' ? entry.key : `${at}.${entry.key}`);
    else if (node.kind === 'list') node.items.forEach((item, index) => visit(item, `${at}[${index}]`));
    else {
      // Free text is left out: a misspelt key's fix makes its text read at the key it meant, which is what it said.
      const kind = schemaField(at)?.kind;
      const reading = kind === 'text' || kind === 'text-list' ? undefined : deal.reading(at);
      if (reading?.state === 'read') readings.set(at, JSON.stringify(reading.value));
    }
  };
  visit(sheet.root, '');
  readings.set('territory', JSON.stringify(deal.territory('license.territory')?.countries ?? null));
  const parties = readParties(deal);
  for (const role of ['licensor', 'licensee'] as const) {
    const { text: words, country, legalForm, open } = parties[role];
    readings.set(`party ${role}`, JSON.stringify({ words, country, legalForm, open }));
  }
  readings.set('amounts', JSON.stringify(financialAmounts(deal).map(({ path: at, money }) => [at, money])));
  readings.set('patents', JSON.stringify(patentFamilies(deal).map((family) => [family.name, [...family.countries]])));
  return readings;
}

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

/** The column of a YAML line's trailing comment (` # …` after a value), if it has one. */
function trailingCommentColumn(line: string): number | undefined {
  const match = /^(\s*[^#\s][^#]*?\s)#/.exec(line);
  return match ? match[1].length : undefined;
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
