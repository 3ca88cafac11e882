import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { isTermSheetName, TERM_SHEET_GLOB, TERM_SHEET_PATTERNS } from '../../server/src/engine';

const ROOT = path.resolve(__dirname, '../../..');

test('a term sheet by its name: the three kinds, in any case, and nothing else', () => {
  for (const name of ['deal.termsheet.yaml', 'deal.termsheet.yml', 'deal.termsheet.md', 'DEAL.TermSheet.YAML', '/a/b/deal.termsheet.md']) {
    assert.ok(isTermSheetName(name), name);
  }
  for (const name of ['deal.yaml', 'termsheet.yaml', 'deal.termsheet.yaml.bak', 'deal.termsheet.json', 'deal.termsheet.docx']) {
    assert.ok(!isTermSheetName(name), name);
  }
});

test('the glob and the patterns say the same names', () => {
  assert.equal(TERM_SHEET_GLOB, '**/*.termsheet.{yaml,yml,md}');
  assert.equal(TERM_SHEET_PATTERNS, '*.termsheet.yaml, *.termsheet.yml, *.termsheet.md');
});

test("the extension activates on a workspace holding any of them (package.json can't import the list)", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[] };
  for (const pattern of TERM_SHEET_PATTERNS.split(', ')) {
    assert.ok(manifest.activationEvents.includes(`workspaceContains:**/${pattern}`), pattern);
  }
});
