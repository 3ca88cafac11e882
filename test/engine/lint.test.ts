import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { activeRules, applyFixes, editsOf, fixAll, lintText, type Finding, type Rule } from '../../server/src/engine';
import { RULES } from '../../rules';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');

const throwing: Rule = {
  meta: { id: 'throws', category: 'structure', defaultSeverity: 'warning', title: 't', why: 'w', goodExample: 'g', fixable: false },
  check() {
    throw new Error('boom');
  },
};

test('a rule that throws becomes a finding, and the other rules still run', () => {
  const syntaxless = RULES.filter((rule) => rule.meta.id === 'termination-missing');
  const { findings } = lintText('title: x\n', { rules: [throwing, ...syntaxless] });
  assert.deepEqual(
    findings.map((finding) => [finding.ruleId, finding.message]),
    [
      ['termination-missing', 'No termination clause: say how either party may end the licence and what happens then'],
      ['throws', 'Rule throws failed on this sheet: boom'],
    ],
  );
});

test('a file over the size limit gets one finding and is not parsed', () => {
  const { findings, sheet } = lintText('a: 1\n'.repeat(100), { rules: RULES, maxFileBytes: 100 });
  assert.equal(sheet, undefined);
  assert.deepEqual(
    findings.map((finding) => finding.message),
    ['File too large to lint: 0.0 MB (limit 0.0 MB)'],
  );
});

test('a 5 MB file gets the size finding with real figures', () => {
  const { findings } = lintText('key: value\n'.repeat(500_000), { rules: RULES });
  assert.deepEqual(
    findings.map((finding) => finding.message),
    ['File too large to lint: 5.2 MB (limit 4.0 MB)'],
  );
});

test('invalid YAML gives only the syntax finding', () => {
  const { findings } = lintText('license:\n  scope: [exclusive\nfinancials: 1\n', { rules: RULES });
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['syntax'],
  );
});

test('deeply nested input is one syntax finding, not a crash', () => {
  const { findings } = lintText(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, { rules: RULES });
  assert.deepEqual(
    findings.map((finding) => finding.ruleId),
    ['syntax'],
  );
  assert.equal(findings[0].range.start.line, 0);
});

test('deep block nesting is read without overflowing the stack', () => {
  const text = Array.from({ length: 2000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n') + ' 1\n';
  assert.doesNotThrow(() => lintText(text, { rules: RULES }));
});

test('Markdown files are read by the Markdown reader, not the YAML one', () => {
  const result = lintText('# Heading\n\n- not: yaml: at all\n', { rules: RULES, fileName: 'a.termsheet.md' });
  assert.equal(result.sheet?.format, 'markdown');
  assert.ok(!result.findings.some((finding) => finding.ruleId === 'syntax'));
});

test('config: presets and per-rule settings', () => {
  const ids = (config: Parameters<typeof activeRules>[1]) => activeRules(RULES, config).map((active) => `${active.rule.meta.id}:${active.severity}`);
  assert.ok(ids({}).includes('termination-missing:error'));
  assert.deepEqual(ids({ extends: 'none', rules: { 'fto-missing': 'info' } }), ['fto-missing:info']);
  assert.ok(!ids({ rules: { 'fto-missing': 'off' } }).some((id) => id.startsWith('fto-missing')));
  assert.ok(ids({ rules: { 'fto-missing': { severity: 'hint' } } }).includes('fto-missing:hint'));
});

test('applyFixes takes one of two fixes that touch the same point and defers the other', () => {
  const first = { title: 'a', edits: [{ start: 1, end: 1, newText: 'A' }] };
  const second = { title: 'b', edits: [{ start: 1, end: 1, newText: 'B' }] };
  const pass = applyFixes('xy', [first, second]);
  assert.equal(pass.text, 'xAy');
  assert.deepEqual(pass.deferred, [second]);
});

test('fixAll applies fixes and never a suggestion, keeps every comment, and fixing again changes nothing', () => {
  const text = '# deal\ntermsheet: 1  # v1\nlicense:\n  scpoe: exclusive  # agreed\n';
  assert.ok(
    lintText(text, { rules: RULES }).findings.some((finding) => finding.suggestions),
    'the sheet lacks clauses a suggestion would add',
  );
  const once = fixAll(text, { rules: RULES });
  assert.equal(once.passes, 1);
  assert.equal(once.text, '# deal\ntermsheet: 1  # v1\nlicense:\n  scope: exclusive  # agreed\n');
  assert.deepEqual(
    once.findings.filter((finding) => finding.fix),
    [],
  );
  assert.equal(fixAll(once.text, { rules: RULES }).text, once.text);
});

for (const example of ['pitfalls.termsheet.md', 'pitfalls.termsheet.yaml']) {
  test(`${example}: a lint without fixes finds the same, and editsOf writes each fix and suggestion the full lint writes`, () => {
    const text = fs.readFileSync(path.join(EXAMPLES, example), 'utf8');
    const options = { rules: RULES, fileName: example };
    const full = lintText(text, options);
    const quick = lintText(text, { ...options, fixes: false });
    assert.ok(full.findings.filter((finding) => finding.suggestions).length >= 10, 'the example has many suggestions');
    const withoutEdits = ({ fix: _fix, suggestions: _suggestions, ...finding }: Finding) => finding;
    assert.ok(quick.findings.every((finding) => finding.fix === undefined && finding.suggestions === undefined));
    assert.deepEqual(quick.findings.map(withoutEdits), full.findings.map(withoutEdits));
    const edits = editsOf(quick.sheet!, quick.findings, options);
    for (const [index, finding] of quick.findings.entries()) {
      const { fix, suggestions } = full.findings[index];
      assert.deepEqual(edits.get(finding), fix || suggestions ? { fix, suggestions } : undefined, `${finding.ruleId}: ${finding.message}`);
    }
    // A finding the sheet no longer gives (another message, its rule turned off) has no edit.
    const editable = quick.findings[full.findings.findIndex((finding) => finding.suggestions)];
    const changed = { ...editable, message: `${editable.message}!` };
    assert.equal(editsOf(quick.sheet!, [changed], options).size, 0);
    assert.equal(editsOf(quick.sheet!, [editable], { ...options, config: { rules: { [editable.ruleId]: 'off' } } }).size, 0);
  });
}

test('editsOf runs a rule once for all of its findings', () => {
  let runs = 0;
  const threeMissing: Rule = {
    meta: { id: 'three-missing', category: 'structure', defaultSeverity: 'warning', title: 't', why: 'w', goodExample: 'g', fixable: true },
    check(context) {
      runs++;
      for (const key of ['a', 'b', 'c']) {
        context.report({ message: `no ${key}`, range: context.missingRange(key), fix: { title: `add ${key}`, edits: context.edit.insertEntry('', key, 1) } });
      }
    },
  };
  const options = { rules: [threeMissing] };
  const { sheet, findings } = lintText('title: x\n', { ...options, fixes: false });
  assert.equal(runs, 1);
  const edits = editsOf(sheet!, findings, options);
  assert.equal(runs, 2);
  assert.deepEqual(
    findings.map((finding) => edits.get(finding)?.fix?.title),
    ['add a', 'add b', 'add c'],
  );
});

test('complex keys are named by their text: nested mapping keys cannot blow up', () => {
  for (const text of ['? '.repeat(30) + 'x\n', `${'{'.repeat(28)}a: 1${'}: 1'.repeat(28)}\n`]) {
    const { findings } = lintText(text, { rules: RULES });
    assert.ok(findings.every((finding) => finding.message.length < 500));
  }
});

test('insertions written unchecked, for a listing of titles, are the checked ones on every Markdown example; an insertion that does not read back is dropped only when checked', () => {
  for (const example of fs.readdirSync(EXAMPLES).filter((name) => name.endsWith('.md'))) {
    const text = fs.readFileSync(path.join(EXAMPLES, example), 'utf8');
    const titles = (checkInsertions: boolean) =>
      lintText(text, { rules: RULES, fileName: example, checkInsertions }).findings.map((finding) => [
        finding.fix?.title,
        finding.suggestions?.map((s) => s.title),
      ]);
    assert.deepEqual(titles(false), titles(true), example);
  }
  // A clause inserted after an unclosed code fence would be read as code: checked, it is not offered.
  const fenced = '# Licence\n\n**Territory:** Japan\n\n```\nnotes\n';
  const suggested = (checkInsertions: boolean) =>
    lintText(fenced, { rules: RULES, fileName: 'case.termsheet.md', checkInsertions }).findings.some(
      (finding) => finding.ruleId === 'termination-missing' && finding.suggestions,
    );
  assert.equal(suggested(true), false);
  assert.equal(suggested(false), true);
});
