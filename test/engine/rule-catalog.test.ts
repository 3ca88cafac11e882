import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { editKinds } from '../../server/src/engine';
import { RULES } from '../../rules';

const RULES_DIR = join(__dirname, '..', '..', '..', 'rules');
const ruleFolders = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(RULES_DIR, entry.name, 'rule.ts')))
  .map((entry) => entry.name)
  .sort();

test('every rule folder is registered, and every registered rule has a folder', () => {
  assert.deepEqual(RULES.map((rule) => rule.meta.id).sort(), ruleFolders);
});

test('ids are unique kebab-case', () => {
  const ids = RULES.map((rule) => rule.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
});

for (const rule of RULES) {
  test(`${rule.meta.id}: a page, a test table, and metadata that reads well`, () => {
    const folder = join(RULES_DIR, rule.meta.id);
    assert.ok(existsSync(join(folder, 'rule.test.ts')), 'a test table');
    const page = readFileSync(join(folder, 'README.md'), 'utf8').split('\n');
    assert.equal(page[0], `# ${rule.meta.id}`);
    assert.equal(
      page.find((line, index) => index > 0 && line.trim() !== ''),
      rule.meta.title,
    );
    assert.ok(rule.meta.why.length > 80, 'why explains, in a few sentences');
  });
}

test('the README lists every rule with a link to its page', () => {
  const readme = readFileSync(join(RULES_DIR, '..', 'README.md'), 'utf8');
  for (const rule of RULES) assert.ok(readme.includes(`](rules/${rule.meta.id}/README.md)`), rule.meta.id);
});

for (const rule of RULES) {
  test(`${rule.meta.id}: its page and the README's table say which kind of edit it offers, as its metadata does`, () => {
    const page = readFileSync(join(RULES_DIR, rule.meta.id, 'README.md'), 'utf8');
    const cell = /\n\|---\|---\|---\|\n\|[^|\n]*\|[^|\n]*\|([^|\n]*)\|/.exec(page)?.[1].trim() ?? '';
    const kind = editKinds(rule.meta).join(', ');
    if (kind === '') assert.match(cell, /^no\b/);
    else assert.ok(cell.startsWith(kind) && !/[\w-]/.test(cell.charAt(kind.length)), `"${cell}" starts with "${kind}"`);
    const readme = readFileSync(join(RULES_DIR, '..', 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.includes(`](rules/${rule.meta.id}/README.md)`))!;
    assert.equal(row.split('|').at(-2)!.trim(), kind);
  });
}
