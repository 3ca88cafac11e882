import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, editorFor, lintText, readSheet, readYamlSheet, type SheetFormat } from '../../server/src/engine';
import { keepsSheet } from '../../server/src/engine/directive-insertion';
import { RULES } from '../../rules';

/** Waives the first finding of `ruleId` through the editor, and lints the result. */
function waive(text: string, format: SheetFormat, ruleId: string) {
  const fileName = format === 'yaml' ? 'a.termsheet.yaml' : 'a.termsheet.md';
  const finding = lintText(text, { rules: RULES, fileName }).findings.find((candidate) => candidate.ruleId === ruleId)!;
  const edits = editorFor(readSheet(text, format)!).disableRule(finding.range, ruleId);
  const output = applyEdits(text, edits);
  return { edits, output, after: lintText(output, { rules: RULES, fileName }) };
}

test('YAML: a comment above the line, at its indentation, that waives the finding', () => {
  const text = 'parties:\n  licensee:\n    name: "[TBD]"\n';
  const { output, after } = waive(text, 'yaml', 'placeholder-left');
  assert.equal(output, 'parties:\n  licensee:\n    # termsheet-disable-next-line placeholder-left -- \n    name: "[TBD]"\n');
  assert.ok(!after.findings.some((finding) => finding.ruleId === 'placeholder-left'));
  assert.equal(after.suppressed.length, 1);
});

test('a directive that would land inside a block scalar is refused: it would become text', () => {
  const sheet = readYamlSheet('note: |\n  first line\n  second line\n');
  const inside = sheet.lines.lineStart(2);
  assert.deepEqual(keepsSheet(sheet, [{ start: inside, end: inside, newText: '  # termsheet-disable-next-line placeholder-left\n' }], readYamlSheet, 1), []);
});

test('Markdown: an HTML comment above a line', () => {
  const text = '# Licence\n\n**Field of use:** [TBD]\n';
  const { output, after } = waive(text, 'markdown', 'placeholder-left');
  assert.equal(output, '# Licence\n\n<!-- termsheet-disable-next-line placeholder-left -- -->\n**Field of use:** [TBD]\n');
  assert.ok(!after.findings.some((finding) => finding.ruleId === 'placeholder-left'));
});

test('Markdown: a table row is waived by a disable before the table and an enable after it', () => {
  const text = '## Licence\n\n| Term | |\n|---|---|\n| Field of use | [TBD] |\n| Territory | Japan |\n\nMore text.\n';
  const { output, after } = waive(text, 'markdown', 'placeholder-left');
  assert.equal(
    output,
    '## Licence\n\n<!-- termsheet-disable placeholder-left -- -->\n\n| Term | |\n|---|---|\n| Field of use | [TBD] |\n| Territory | Japan |\n\n<!-- termsheet-enable placeholder-left -->\n\nMore text.\n',
  );
  assert.ok(!after.findings.some((finding) => finding.ruleId === 'placeholder-left'));
});
