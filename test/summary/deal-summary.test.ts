import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DIMENSIONS, lintText, MILESTONE_GROUPS, schemaField, schemaKeysAt, type Config } from '../../server/src/engine';
import { dealSummary, dealSummaryOfText, PITFALL_TIPS } from '../../server/src/summary/deal-summary';
import type { DealSummary } from '../../server/src/lsp/protocol';
import { RULES } from '../../rules';
import { renderDealSummary } from '../../client/src/deal-summary/render';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

function summarize(text: string, fileName: string, config: Config = {}): { summary: DealSummary; findings: ReturnType<typeof lintText>['findings'] } {
  const result = lintText(text, { rules: RULES, config, fileName });
  assert.ok(result.sheet, `${fileName} was read`);
  return { summary: dealSummary(`file:///deals/${fileName}`, result.sheet, result.findings, config), findings: result.findings };
}

function example(name: string) {
  return summarize(readFileSync(join(EXAMPLES, name), 'utf8'), name);
}

const withoutUri = (summary: DealSummary) => ({ ...summary, uri: '' });

describe('deal summary of the complete example', () => {
  const yaml = example('complete.termsheet.yaml').summary;
  const markdown = example('complete.termsheet.md').summary;

  test('YAML and Markdown give the same summary, apart from the URI', () => {
    assert.notEqual(yaml.uri, markdown.uri);
    assert.deepEqual(withoutUri(markdown), withoutUri(yaml));
  });

  test('payments: upfront, milestones by kind, a total that adds up', () => {
    assert.equal(yaml.title, 'Exclusive licence of HX-204 in Japan and South Korea');
    assert.deepEqual(yaml.parties, { licensor: 'Hexin Therapeutics (Suzhou) Co., Ltd.', licensee: 'Seto Pharmaceutical Co., Ltd.' });
    assert.equal(yaml.currency, 'USD');
    assert.equal(yaml.payments.upfront, 25_000_000);
    assert.deepEqual(
      yaml.payments.milestones.map((milestone) => [milestone.kind, milestone.amount]),
      [
        ['development', 10_000_000],
        ['regulatory', 30_000_000],
        ['regulatory', 10_000_000],
        ['commercial', 25_000_000],
      ],
    );
    assert.equal(yaml.payments.milestones[1].event, 'PMDA approval');
    assert.deepEqual(yaml.payments.milestoneTotals, [
      { kind: 'development', total: 10_000_000 },
      { kind: 'regulatory', total: 40_000_000 },
      { kind: 'commercial', total: 25_000_000 },
    ]);
    assert.equal(yaml.payments.computedTotal, 100_000_000);
    assert.equal(yaml.payments.statedTotal, 100_000_000);
    assert.equal(yaml.payments.totalMatches, true);
    assert.deepEqual(yaml.royalties, [
      { label: 'Up to USD 150M', rate: 9 },
      { label: 'Above USD 150M', rate: 13 },
    ]);
  });

  test('coverage: both countries covered by both families, no gap', () => {
    const { coverage } = yaml;
    assert.equal(coverage.territoryLabel, 'Japan, South Korea');
    assert.deepEqual(coverage.countries, ['JP', 'KR']);
    assert.equal(coverage.worldwide, false);
    assert.equal(coverage.families.length, 2);
    assert.deepEqual(
      coverage.rows.map((row) => [row.country, row.countryName, row.coveredBy.length]),
      [
        ['JP', 'Japan', 2],
        ['KR', 'South Korea', 2],
      ],
    );
    assert.deepEqual(coverage.gaps, []);
  });

  test('all five dimensions stated and all five tips clear', () => {
    assert.deepEqual(
      yaml.differentiation.map((dimension) => dimension.dimension),
      ['novelty', 'speed', 'quality', 'volume', 'global'],
    );
    assert.ok(yaml.differentiation.every((dimension) => dimension.stated && dimension.text));
    assert.deepEqual(
      yaml.pitfalls.map((tip) => [tip.tip, tip.status, tip.findings.length]),
      [1, 2, 3, 4, 5].map((tip) => [tip, 'ok', 0]),
    );
    assert.deepEqual(yaml.counts, { errors: 0, warnings: 0, infos: 0 });
  });
});

describe('deal summary of the pitfalls example', () => {
  // The territory: ASEAN, India and the Gulf; the one family covers SG and MY of them.
  const EXPECTED_GAPS = ['AE', 'BH', 'BN', 'ID', 'IN', 'KH', 'KW', 'LA', 'MM', 'OM', 'PH', 'QA', 'SA', 'TH', 'VN'];

  for (const name of ['pitfalls.termsheet.yaml', 'pitfalls.termsheet.md']) {
    test(`${name}: the gaps, the total that does not add up, every tip needing attention`, () => {
      const { summary, findings } = example(name);
      assert.deepEqual([...summary.coverage.gaps].sort(), EXPECTED_GAPS);
      assert.deepEqual(
        summary.coverage.rows
          .filter((row) => row.coveredBy.length > 0)
          .map((row) => row.country)
          .sort(),
        ['MY', 'SG'],
      );
      assert.equal(summary.coverage.rows.length, EXPECTED_GAPS.length + 2);

      assert.equal(summary.payments.upfront, 1_500_000);
      assert.equal(summary.payments.computedTotal, 28_500_000);
      assert.equal(summary.payments.statedTotal, 40_000_000);
      assert.equal(summary.payments.totalMatches, false);
      assert.ok(
        findings.some((finding) => finding.ruleId === 'deal-value-mismatch'),
        'the diagnostics say the same',
      );

      assert.deepEqual(
        summary.pitfalls.map((tip) => tip.status),
        ['attention', 'attention', 'attention', 'attention', 'attention'],
      );
      for (const tip of summary.pitfalls) {
        const rules = PITFALL_TIPS[tip.tip - 1].ruleIds;
        const expected = findings.filter((finding) => rules.includes(finding.ruleId));
        assert.deepEqual(
          tip.findings,
          expected.map((finding) => ({ ruleId: finding.ruleId, message: finding.message, line: finding.range.start.line })),
          `tip ${tip.tip}`,
        );
      }
      const tip2 = new Set(summary.pitfalls[1].findings.map((finding) => finding.ruleId));
      assert.deepEqual([...tip2].sort(), ['fto-missing', 'patent-coverage-gap', 'patent-india-gap']);
      assert.ok(summary.differentiation.every((dimension) => !dimension.stated));

      const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
      assert.deepEqual(summary.counts, { errors: count('error'), warnings: count('warning'), infos: count('info') });
      assert.ok(summary.counts.warnings > 10);
    });
  }
});

describe('deal summary of unusual sheets', () => {
  test('an empty sheet: nothing stated, the file name as title, every tip judged by its findings', () => {
    const { summary } = summarize('termsheet: 1\n', 'empty-deal.termsheet.yaml');
    assert.equal(summary.title, 'empty-deal.termsheet.yaml');
    assert.equal(summary.currency, 'USD');
    assert.deepEqual(summary.payments, { upfront: null, milestones: [], milestoneTotals: [], computedTotal: 0, statedTotal: null, totalMatches: null });
    assert.deepEqual(summary.royalties, []);
    assert.deepEqual(summary.coverage, { territoryLabel: '', countries: [], worldwide: false, families: [], rows: [], gaps: [] });
    assert.ok(summary.differentiation.every((dimension) => !dimension.stated && dimension.text === undefined));
    // No termination, non-compete or advisors at all: the rules behind tips 3 to 5 fire.
    assert.deepEqual(summary.pitfalls.map((tip) => tip.status).slice(2), ['attention', 'attention', 'attention']);
  });

  test('the asset name stands in for a missing title; amounts in the currency they are written in', () => {
    const text = [
      'asset: {name: ZX-9}',
      'financials:',
      '  upfront: EUR 2M',
      '  milestones: [EUR 3M, "[TBD]"]',
      '  total_deal_value: EUR 5M',
      '  royalties: 7%',
      '',
    ].join('\n');
    const { summary } = summarize(text, 'zx.termsheet.yaml');
    assert.equal(summary.title, 'ZX-9');
    assert.equal(summary.currency, 'EUR');
    assert.equal(summary.payments.upfront, 2_000_000);
    assert.deepEqual(summary.payments.milestones, [
      { kind: 'other', event: '', amount: 3_000_000 },
      { kind: 'other', event: '', amount: null },
    ]);
    assert.deepEqual(summary.payments.milestoneTotals, [{ kind: 'other', total: 3_000_000 }]);
    assert.equal(summary.payments.computedTotal, 5_000_000);
    // A placeholder milestone leaves the total unchecked, as deal-value-mismatch leaves it.
    assert.equal(summary.payments.totalMatches, null);
    assert.deepEqual(summary.royalties, [{ label: 'All net sales', rate: 7 }]);
  });

  test('an amount in another currency than the sheet states is not added in', () => {
    const text = 'financials:\n  currency: USD\n  upfront: RMB 10M\n  milestones: {regulatory: [{event: approval, amount: USD 4M}]}\n';
    const { summary } = summarize(text, 'mixed.termsheet.yaml');
    assert.equal(summary.currency, 'USD');
    assert.equal(summary.payments.upfront, null);
    assert.equal(summary.payments.computedTotal, 4_000_000);
    assert.equal(summary.payments.milestones[0].event, 'Approval');
  });

  test("the dimensions and milestone kinds are the model's keys, labeled by the schema's captions", () => {
    assert.deepEqual(DIMENSIONS, schemaKeysAt('asset.differentiation'));
    assert.deepEqual(MILESTONE_GROUPS, schemaKeysAt('financials.milestones'));
    const { differentiation } = summarize('title: x\n', 'x.termsheet.yaml').summary;
    assert.deepEqual(
      differentiation.map(({ dimension, label }) => [dimension, label]),
      DIMENSIONS.map((dimension) => [dimension, schemaField(`asset.differentiation.${dimension}`)?.caption]),
    );
    assert.ok(differentiation.every(({ label }) => /^(New|Fast|Good|More|Comprehensive): \w/.test(label)));
    const text = 'financials:\n  milestones:\n    commercial: [{event: sales, amount: USD 5M}]\n    regulatory: [{event: approval, amount: USD 4M}]\n';
    assert.deepEqual(
      summarize(text, 'm.termsheet.yaml').summary.payments.milestoneTotals.map((entry) => entry.kind),
      ['regulatory', 'commercial'],
    );
  });

  test('placeholders and prose in the differentiation', () => {
    const dimensions = summarize('asset:\n  differentiation:\n    novelty: first CD47 x PD-L1 bispecific\n    speed: "[TBD]"\n', 'd.termsheet.yaml').summary
      .differentiation;
    assert.deepEqual(dimensions.slice(0, 3), [
      { dimension: 'novelty', label: dimensions[0].label, stated: true, text: 'first CD47 x PD-L1 bispecific' },
      { dimension: 'speed', label: dimensions[1].label, stated: false, text: '[TBD]' },
      { dimension: 'quality', label: dimensions[2].label, stated: false },
    ]);
    const prose = summarize('asset:\n  differentiation: better tolerated than the class\n', 'p.termsheet.yaml').summary;
    assert.equal(prose.differentiationProse, 'better tolerated than the class');
    assert.ok(prose.differentiation.every((dimension) => !dimension.stated));
  });

  test('a worldwide territory lists no countries; a config region is expanded as the rules expand it', () => {
    const worldwide = summarize('license: {territory: worldwide}\n', 'w.termsheet.yaml').summary.coverage;
    assert.equal(worldwide.worldwide, true);
    assert.equal(worldwide.territoryLabel, 'Worldwide');
    assert.deepEqual(worldwide.rows, []);

    // Its gaps are listed in full, largest markets first, beyond the ten a diagnostic names.
    const pct = summarize(
      'license: {territory: worldwide}\nip:\n  patents:\n    - {family: F1, jurisdictions: [every PCT contracting state]}\n',
      'pct.termsheet.yaml',
    ).summary.coverage;
    assert.deepEqual(pct.gaps.slice(0, 3), ['TW', 'AF', 'AR']);
    assert.equal(pct.gaps.length, 16);

    const config: Config = { regions: { 'our-gulf': ['SA', 'AE'] } };
    const text = 'license: {territory: [our-gulf]}\nip:\n  patents:\n    - {family: F1, jurisdictions: [SA]}\n';
    const { summary, findings } = summarize(text, 'g.termsheet.yaml', config);
    assert.deepEqual(
      summary.coverage.rows.map((row) => [row.country, row.coveredBy]),
      [
        ['SA', ['F1']],
        ['AE', []],
      ],
    );
    assert.deepEqual(summary.coverage.gaps, ['AE']);
    assert.ok(findings.some((finding) => finding.ruleId === 'patent-coverage-gap' && finding.message.includes('AE')));
  });

  test('a regional patent office covers its member states', () => {
    const text = 'license: {territory: [DE, FR, IN]}\nip:\n  patents:\n    - {family: EP1, jurisdictions: [EP]}\n';
    const { coverage } = summarize(text, 'e.termsheet.yaml').summary;
    assert.deepEqual(coverage.gaps, ['IN']);
    assert.deepEqual(coverage.territoryLabel, 'Germany, France, India');
  });

  test('text that is not read at all has no summary', () => {
    assert.equal(dealSummaryOfText('file:///x.termsheet.yaml', 'x.termsheet.yaml', 'a\u0000b', []), null);
    const summary = dealSummaryOfText('file:///x.termsheet.md', 'x.termsheet.md', '# Licence of AB-1\n\n**Upfront payment:** USD 3M\n', []);
    assert.equal(summary?.title, 'Licence of AB-1');
    assert.equal(summary?.payments.upfront, 3_000_000);
  });
});

describe('deal summary of broken and partial sheets', () => {
  const ROOT = join(__dirname, '..', '..', '..');
  const sources = [
    ...readdirSync(EXAMPLES).map((name) => join(EXAMPLES, name)),
    ...readdirSync(join(ROOT, 'test', 'fixtures', 'markdown')).map((name) => join(ROOT, 'test', 'fixtures', 'markdown', name)),
    ...readdirSync(join(ROOT, 'test', 'fuzz', 'regressions'))
      .filter((name) => name.includes('.termsheet.'))
      .map((name) => join(ROOT, 'test', 'fuzz', 'regressions', name)),
  ];

  test('every example, fixture and regression, and every cut-off prefix of the examples, gives a summary that renders', () => {
    let summaries = 0;
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      // Eight cuts per example, at odd offsets, so that clauses end mid-value as well as between keys.
      const cuts = file.startsWith(EXAMPLES) ? Array.from({ length: 8 }, (_, i) => Math.floor((text.length * i) / 8) + 7) : [];
      for (const length of [text.length, ...cuts]) {
        const prefix = text.slice(0, length);
        // Findings only decide the checklist; reading the sheet is what a cut can break.
        const findings = length === text.length ? lintText(prefix, { rules: RULES, fileName: file }).findings : [];
        const summary = dealSummaryOfText(`file://${file}`, file, prefix, findings);
        if (!summary) continue;
        summaries++;
        assert.equal(summary.pitfalls.length, 5);
        assert.equal(summary.differentiation.length, 5);
        assert.ok(Number.isFinite(summary.payments.computedTotal), file);
        assert.ok(renderDealSummary(summary, { cspSource: 'vscode-webview://x', nonce: 'n' }).includes('</html>'));
      }
    }
    assert.ok(summaries > 50, `${summaries} summaries`);
  });
});
