import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { firstPlaceholder, newFileNames, TEMPLATES } from '../../client/src/templates';
import { engineFindings, REPO_ROOT } from '../lsp/support';

describe('New Term Sheet templates', () => {
  for (const template of TEMPLATES) {
    test(`${template.file} is complete: nothing but placeholders to fill in`, () => {
      const text = readFileSync(path.join(REPO_ROOT, template.file), 'utf8');
      assert.ok(template.file.endsWith(template.extension), 'the file is named as the new document will be');
      const findings = engineFindings(text, path.basename(template.file));
      assert.deepEqual(
        findings
          .filter((finding) => finding.ruleId !== 'placeholder-left')
          .map((finding) => `${finding.range.start.line + 1}: ${finding.ruleId}: ${finding.message}`),
        [],
      );
      assert.ok(findings.length >= 20, `placeholders are reported (${findings.length})`);
      // The cursor lands on a placeholder in the sheet, not in the comment above it.
      const first = firstPlaceholder(text);
      assert.ok(first);
      assert.ok(findings.some((finding) => finding.range.start.offset <= first.start && first.end <= finding.range.end.offset));
    });
  }

  test('one YAML and one Markdown template, each with its own extension', () => {
    assert.deepEqual(
      TEMPLATES.map((template) => template.extension),
      ['.termsheet.yaml', '.termsheet.md'],
    );
  });

  test('the templates folder ships with the extension', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    for (const template of TEMPLATES)
      assert.ok(
        manifest.files.some((entry) => template.file.startsWith(entry)),
        template.file,
      );
  });
});

describe('new file names', () => {
  test('numbered after the first, always term-sheet names, and finite', () => {
    const names = [...newFileNames('.termsheet.md')];
    assert.deepEqual(names.slice(0, 3), ['new-term-sheet.termsheet.md', 'new-term-sheet-2.termsheet.md', 'new-term-sheet-3.termsheet.md']);
    assert.equal(names.length, 100);
    assert.equal(new Set(names).size, names.length);
  });

  test('first placeholder', () => {
    assert.deepEqual(firstPlaceholder('a: 1\nb: "[TBD]"\nc: [TBD]'), { start: 9, end: 14 });
    assert.equal(firstPlaceholder('a: 1'), undefined);
  });
});
