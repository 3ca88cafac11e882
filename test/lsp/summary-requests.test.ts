import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../rules';
import { activeRules, lintText } from '../../server/src/engine';
import { DEAL_SUMMARY_REQUEST, RULES_REQUEST, type DealSummary, type RuleInfo } from '../../server/src/lsp/protocol';
import { dealSummary } from '../../server/src/summary/deal-summary';
import { LspTestClient } from './lsp-client';
import { readExample, writeFile } from './support';

let root: string;
let client: LspTestClient;

before(async () => {
  // realpath: the server sees the paths the URIs name, and os.tmpdir() may be a symbolic link.
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'termsheet-summary-')));
  client = LspTestClient.stdio();
  await client.initialize({ debounceMs: 10 });
});

after(async () => {
  await client.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

const write = (relative: string, text: string): string => writeFile(path.join(root, relative), text);

const rules = (uri?: string) => client.request<RuleInfo[]>(RULES_REQUEST, uri === undefined ? {} : { uri });
const summaryOf = (uri: string) => client.request<DealSummary | null>(DEAL_SUMMARY_REQUEST, { uri });

/** The summary the engine gives for `text` in this process, as the server should give it. */
function expectedSummary(uri: string, text: string): DealSummary {
  const result = lintText(text, { rules: RULES, fileName: path.basename(uri) });
  return dealSummary(uri, result.sheet!, result.findings);
}

describe('termsheet/rules', () => {
  test('every built-in rule, in catalog order, with its title, section, default severity and page', async () => {
    const infos = await rules();
    assert.deepEqual(
      infos.map((info) => info.id),
      RULES.map((rule) => rule.meta.id),
    );
    const defaults = new Map(activeRules(RULES).map((active) => [active.rule.meta.id, active.severity]));
    for (const [index, info] of infos.entries()) {
      const { meta } = RULES[index];
      assert.equal(info.title, meta.title);
      assert.equal(info.why, meta.why);
      assert.equal(info.fixable, meta.fixable);
      assert.equal(info.severity, defaults.get(meta.id) ?? 'off', meta.id);
      assert.ok(info.docsHref?.endsWith(`rules/${meta.id}/README.md`), info.docsHref);
    }
    const section = (id: string) => infos.find((info) => info.id === id)?.category;
    assert.deepEqual(['regional-registration-control', 'differentiation-missing', 'deal-value-mismatch', 'unknown-key'].map(section), [
      'Pitfalls',
      'Asset',
      'Economics',
      'Hygiene',
    ]);
    assert.equal(infos.find((info) => info.id === 'termination-missing')?.severity, 'error');
  });

  test("a document's config decides severities and adds its custom rules", async () => {
    write(
      'team/.termsheetrc.yaml',
      [
        'rules:',
        '  fto-missing: error',
        '  upfront-share-low: off',
        'custom:',
        '  - id: acme/require-jsc',
        '    given: license.governance.jsc',
        '    check: required',
        '    severity: info',
        '    message: Every licence needs a JSC',
        '    docs: https://intranet.example/playbook#jsc',
        '  - id: acme/field',
        '    given: license.field',
        '    check: required',
        '',
      ].join('\n'),
    );
    // The sheet need not be open, or even exist: its folder decides the config.
    const infos = await rules(pathToFileURL(path.join(root, 'team', 'deal.termsheet.yaml')).href);
    assert.equal(infos.length, RULES.length + 2);
    const byId = new Map(infos.map((info) => [info.id, info]));
    assert.equal(byId.get('fto-missing')?.severity, 'error');
    assert.equal(byId.get('upfront-share-low')?.severity, 'off');
    assert.deepEqual(byId.get('acme/require-jsc'), {
      id: 'acme/require-jsc',
      title: 'Every licence needs a JSC',
      category: 'Custom',
      severity: 'info',
      fixable: false,
      why: byId.get('acme/require-jsc')!.why,
      docsHref: 'https://intranet.example/playbook#jsc',
    });
    const field = byId.get('acme/field')!;
    assert.equal(field.category, 'Custom');
    assert.equal(field.severity, 'warning');
    assert.equal(field.docsHref, undefined, 'no page is guessed for a custom rule without docs');

    // A sheet elsewhere still has the defaults.
    const elsewhere = await rules(pathToFileURL(path.join(root, 'other', 'deal.termsheet.yaml')).href);
    assert.equal(elsewhere.find((info) => info.id === 'fto-missing')?.severity, 'warning');
    assert.equal(elsewhere.length, RULES.length);
  });

  test('editor settings apply over the config, as they do for diagnostics', async () => {
    await client.changeConfiguration({ termsheet: { rules: { 'fto-missing': 'hint', 'timeline-too-short': 'off' } } });
    try {
      const infos = await rules(pathToFileURL(path.join(root, 'team', 'deal.termsheet.yaml')).href);
      assert.equal(infos.find((info) => info.id === 'fto-missing')?.severity, 'hint');
      assert.equal(infos.find((info) => info.id === 'timeline-too-short')?.severity, 'off');
    } finally {
      await client.changeConfiguration({ termsheet: {} });
    }
  });
});

describe('termsheet/dealSummary', () => {
  for (const name of ['complete.termsheet.yaml', 'complete.termsheet.md', 'pitfalls.termsheet.yaml']) {
    test(`the summary of an open ${name} is the engine's`, async () => {
      const uri = pathToFileURL(path.join(root, 'open', name)).href;
      const text = readExample(name);
      await client.open(uri, text, name.endsWith('.md') ? 'markdown' : 'yaml');
      assert.deepEqual(await summaryOf(uri), expectedSummary(uri, text));
    });
  }

  test('the summary follows the latest edit and agrees with the diagnostics of that version', async () => {
    const uri = pathToFileURL(path.join(root, 'edited', 'pitfalls.termsheet.yaml')).href;
    const text = readExample('pitfalls.termsheet.yaml');
    await client.open(uri, text);
    const before = await summaryOf(uri);
    assert.equal(before?.payments.totalMatches, false);

    // Asked at once after the edit, before the debounce ends: the answer is for the new text.
    const fixed = text.replace('total_deal_value: USD 40M', 'total_deal_value: USD 28.5M').replace('ip:\n', 'ip:\n  fto: {status: completed}\n');
    await client.change(uri, fixed);
    const after = await summaryOf(uri);
    assert.equal(after?.payments.totalMatches, true);
    assert.equal(after?.payments.statedTotal, 28_500_000);
    assert.ok(!after?.pitfalls[1].findings.some((finding) => finding.ruleId === 'fto-missing'));

    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    for (const tip of after.pitfalls) {
      for (const finding of tip.findings) {
        assert.ok(
          diagnostics.some(
            (diagnostic) => diagnostic.code === finding.ruleId && diagnostic.message === finding.message && diagnostic.range.start.line === finding.line,
          ),
          `${finding.ruleId} is among the diagnostics`,
        );
      }
    }
    const pitfallCodes = new Set(after.pitfalls.flatMap((tip) => tip.ruleIds ?? []));
    assert.equal(
      diagnostics.filter((diagnostic) => pitfallCodes.has(String(diagnostic.code))).length,
      after.pitfalls.reduce((sum, tip) => sum + tip.findings.length, 0),
    );
    assert.equal(after.counts.errors, diagnostics.filter((diagnostic) => diagnostic.severity === 1).length);
    assert.equal(after.counts.warnings, diagnostics.filter((diagnostic) => diagnostic.severity === 2).length);
  });

  test('a finding disabled by a directive is not behind any tip', async () => {
    const uri = pathToFileURL(path.join(root, 'directive', 'deal.termsheet.yaml')).href;
    const text = 'termsheet: 1\ntitle: Deal\n# termsheet-disable-next-line fto-missing -- counsel is on it\nip:\n  patents: []\n';
    await client.open(uri, text);
    const summary = await summaryOf(uri);
    assert.equal(summary?.title, 'Deal');
    assert.ok(!summary?.pitfalls[1].findings.some((finding) => finding.ruleId === 'fto-missing'));
    assert.ok(summary?.pitfalls[3].findings.some((finding) => finding.ruleId === 'termination-missing'));
  });

  test('null for anything that is not an open term sheet', async () => {
    const other = pathToFileURL(path.join(root, 'open', 'notes.yaml')).href;
    await client.open(other, 'title: not a term sheet\n');
    assert.equal(await summaryOf(other), null);
    assert.equal(await summaryOf(pathToFileURL(path.join(root, 'never-opened.termsheet.yaml')).href), null);
    assert.equal(await client.request(DEAL_SUMMARY_REQUEST, {}), null);
    for (const params of [null, { uri: 42 }, { uri: { nested: true } }, []]) assert.equal(await client.request(DEAL_SUMMARY_REQUEST, params), null);
    for (const params of [null, { uri: 42 }, []]) assert.equal((await client.request<RuleInfo[]>(RULES_REQUEST, params)).length, RULES.length);
    await assert.rejects(client.executeCommand('termsheet.server.noSuchCommand'), /Unknown command/);
    assert.ok(client.alive);
  });
});
