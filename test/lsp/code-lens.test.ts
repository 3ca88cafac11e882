import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client';
import { readExample } from './support';

const MISMATCH_YAML = [
  'financials:',
  '  currency: USD',
  '  upfront: 20000000',
  '  milestones:',
  '    development: [{event: Phase 3 start, amount: 30000000}]',
  '    regulatory: [{event: PMDA approval, amount: 40000000}]',
  '  total_deal_value: 100000000',
  '',
].join('\n');

const MISMATCH_MARKDOWN = [
  '# Licence of HX-204',
  '',
  '## Financial terms',
  '',
  '| Term | Amount |',
  '|---|---|',
  '| Upfront payment | USD 20,000,000 |',
  '| Total deal value | USD 100,000,000 |',
  '',
  '### Development milestones',
  '',
  '- Phase 3 start: USD 30,000,000',
  '',
  '### Regulatory milestones',
  '',
  '- PMDA approval: USD 40,000,000',
  '',
].join('\n');

function titles(lenses: CodeLens[] | null): string[] {
  return (lenses ?? []).map((lens) => lens.command?.title ?? '(no command)');
}

/** Every lens shows its text: a command with the title, and no command id, since it only informs. */
function assertInformational(lenses: CodeLens[] | null, line: number, character: number): void {
  assert.ok(lenses && lenses.length > 0);
  for (const lens of lenses) {
    assert.equal(lens.command?.command, '');
    assert.deepEqual(lens.range.start, { line, character });
    assert.equal(lens.range.end.line, line, 'a lens spans one line');
  }
}

describe('deal-value code lens over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
  });

  after(() => client.stop());

  test('YAML, matching: the computed deal value over financials, and that it matches', async () => {
    const uri = 'file:///work/lens/complete.termsheet.yaml';
    const text = readExample('complete.termsheet.yaml');
    await client.open(uri, text);
    const lenses = await client.codeLenses(uri);
    assert.deepEqual(titles(lenses), ['upfront USD 25M + milestones USD 75M = USD 100M', 'matches total_deal_value']);
    assertInformational(lenses, text.split('\n').indexOf('financials:'), 0);
  });

  test('YAML, mismatching: the difference, agreeing with the deal-value-mismatch diagnostic', async () => {
    const uri = 'file:///work/lens/mismatch.termsheet.yaml';
    await client.open(uri, MISMATCH_YAML);
    const lenses = await client.codeLenses(uri);
    assert.deepEqual(titles(lenses), ['upfront USD 20M + milestones USD 70M = USD 90M', 'total_deal_value says USD 100M: differs by USD 10M']);
    assertInformational(lenses, 0, 0);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    const mismatch = diagnostics.find((diagnostic) => diagnostic.code === 'deal-value-mismatch');
    assert.equal(mismatch?.message, 'Total deal value USD 100M does not add up: upfront USD 20M + milestones USD 70M = USD 90M');

    // Fixed, the lens follows the new text.
    await client.change(uri, MISMATCH_YAML.replace('100000000', '90000000'));
    assert.deepEqual(titles(await client.codeLenses(uri)), ['upfront USD 20M + milestones USD 70M = USD 90M', 'matches total_deal_value']);
  });

  test('Markdown, matching: the lens sits on the financial terms heading', async () => {
    const uri = 'file:///work/lens/complete.termsheet.md';
    const text = readExample('complete.termsheet.md');
    await client.open(uri, text, 'markdown');
    const lenses = await client.codeLenses(uri);
    assert.deepEqual(titles(lenses), ['upfront USD 25M + milestones USD 75M = USD 100M', 'matches total_deal_value']);
    assertInformational(lenses, text.split('\n').indexOf('## 4. Financial terms'), '## 4. '.length);
  });

  test('Markdown, mismatching: amounts read from a table and milestone lists', async () => {
    const uri = 'file:///work/lens/mismatch.termsheet.md';
    await client.open(uri, MISMATCH_MARKDOWN, 'markdown');
    const lenses = await client.codeLenses(uri);
    assert.deepEqual(titles(lenses), ['upfront USD 20M + milestones USD 70M = USD 90M', 'total_deal_value says USD 100M: differs by USD 10M']);
    assertInformational(lenses, 2, 3);
  });

  test('what cannot be added up is said, not guessed', async () => {
    const cases: Array<[string, string[]]> = [
      [
        'financials:\n  upfront: "[TBD]"\n  milestones: [{event: P3, amount: 5000000}]\n  total_deal_value: USD 40M\n',
        ['deal value: the upfront on line 2 is not an amount', 'total_deal_value says USD 40M'],
      ],
      [
        'financials:\n  upfront: USD 8M\n  milestones: [{event: P3, amount: EUR 5M}]\n',
        ['deal value: the payments are in USD and EUR, no single sum', 'no total_deal_value stated'],
      ],
      [
        'financials:\n  upfront: USD 8M\n  total_deal_value: EUR 8M\n',
        ['upfront USD 8M + milestones USD 0 = USD 8M', 'total_deal_value is in EUR, the payments in USD'],
      ],
      [
        'financials:\n  upfront: USD 8M\n  total_deal_value: to be agreed\n',
        ['upfront USD 8M + milestones USD 0 = USD 8M', 'total_deal_value is not an amount'],
      ],
      [
        'financials:\n  currency: EUR\n  upfront: 1000000\n  milestones: 500000\n',
        ['upfront EUR 1M + milestones EUR 500K = EUR 1.5M', 'no total_deal_value stated'],
      ],
    ];
    for (const [index, [text, expected]] of cases.entries()) {
      const uri = `file:///work/lens/case-${index}.termsheet.yaml`;
      await client.open(uri, text);
      assert.deepEqual(titles(await client.codeLenses(uri)), expected, text);
    }
  });

  test('no lens without financials, nor on a sheet that does not parse', async () => {
    const none = 'file:///work/lens/none.termsheet.yaml';
    await client.open(none, 'license:\n  scope: exclusive\nfinancials:\n  currency: USD\n');
    assert.deepEqual(await client.codeLenses(none), []);
    const broken = 'file:///work/lens/broken.termsheet.yaml';
    await client.open(broken, 'financials:\n  upfront: [20000000\n  total_deal_value: 1\n');
    assert.deepEqual(await client.codeLenses(broken), []);
  });
});
