import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintText } from '../../server/src/engine';
import { RULES } from '../../rules';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
/** Rules about something other than a well-formed sheet: a broken file or a config file. */
const NOT_ABOUT_SHEETS = new Set(['syntax', 'config-invalid', 'unused-directive', 'directive-reason-missing']);

const examples = readdirSync(EXAMPLES)
  .filter((name) => /\.termsheet\.(ya?ml|md)$/.test(name))
  .map((name) => ({ name, findings: lintText(readFileSync(join(EXAMPLES, name), 'utf8'), { rules: RULES, fileName: name }).findings }));

test('the complete examples stay clean', () => {
  for (const { name, findings } of examples.filter((example) => example.name.startsWith('complete.'))) {
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId}: ${finding.message}`),
      [],
      name,
    );
  }
});

test('every rule about term sheets fires in at least one example', () => {
  const fired = new Set(examples.flatMap((example) => example.findings.map((finding) => finding.ruleId)));
  const silent = RULES.map((rule) => rule.meta.id).filter((id) => !NOT_ABOUT_SHEETS.has(id) && !fired.has(id));
  assert.deepEqual(silent, []);
});
