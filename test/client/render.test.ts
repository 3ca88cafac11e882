import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { escapeHtml, renderDealSummary, renderMessage } from '../../client/src/deal-summary/render';
import { lintText } from '../../server/src/engine';
import type { DealSummary } from '../../server/src/lsp/protocol';
import { dealSummary } from '../../server/src/summary/deal-summary';
import { RULES } from '../../rules';

const OPTIONS = { cspSource: 'vscode-webview://abc123', nonce: 'bm9uY2Utdi0x' };

function summaryOf(text: string, fileName: string): DealSummary {
  const result = lintText(text, { rules: RULES, fileName });
  return dealSummary(`file:///deals/${fileName}`, result.sheet!, result.findings);
}

function example(name: string): DealSummary {
  return summaryOf(readFileSync(join(__dirname, '..', '..', '..', 'examples', name), 'utf8'), name);
}

/** Every `<tag …>` opening tag of a kind, with its attributes. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((attribute) => [attribute[1], attribute[2]])),
  );
}

describe('deal summary page', () => {
  test('sheet text is escaped everywhere, so a party named <script> stays text', () => {
    const hostile = '<script>alert(1)</script>';
    const text = [
      `title: "${hostile}"`,
      `parties: {licensor: {name: "Alpha <Bio>"}, licensee: {name: "<script>alert(0)</script>"}}`,
      'financials:',
      '  upfront: USD 1M',
      `  milestones: {development: [{event: "<img src=x onerror=alert(2)>", amount: USD 2M}]}`,
      'license: {territory: [JP]}',
      'ip:',
      `  patents: [{family: "\\"><script>alert(3)</script>", jurisdictions: [US]}]`,
      'asset:',
      `  differentiation: {novelty: "a & b <i>c</i>"}`,
      '',
    ].join('\n');
    const summary = summaryOf(text, 'hostile.termsheet.yaml');
    assert.equal(summary.title, hostile);
    const html = renderDealSummary(summary, OPTIONS);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<i>c<\/i>/);
    assert.ok(html.includes(`<h1>${escapeHtml(hostile)}</h1>`));
    assert.ok(html.includes(`Licensor: Alpha &#60;Bio&#62; · Licensee: ${escapeHtml('<script>alert(0)</script>')}`));
    assert.ok(html.includes(`<title>Deal Summary: ${escapeHtml(hostile)}</title>`));
    assert.ok(html.includes('a &#38; b &#60;i&#62;c&#60;/i&#62;'));
    // Quotes are escaped too: a family name cannot close the title attribute it is put in.
    assert.ok(html.includes('title="&#34;&#62;&#60;script&#62;'));
  });

  test("a strict content security policy: no script, no remote source, one nonce'd style element", () => {
    for (const html of [renderDealSummary(example('pitfalls.termsheet.yaml'), OPTIONS), renderMessage('No term sheet <here>', OPTIONS)]) {
      const policies = tags(html, 'meta').filter((meta) => meta['http-equiv'] === 'Content-Security-Policy');
      assert.equal(policies.length, 1);
      assert.equal(
        policies[0].content,
        `default-src &#39;none&#39;; style-src ${OPTIONS.cspSource} &#39;nonce-${OPTIONS.nonce}&#39;; img-src ${OPTIONS.cspSource} data:;`,
      );
      assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the policy comes before anything it governs');
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /https?:\/\//);
      assert.doesNotMatch(html, /<(link|img|iframe|object|embed)\b/i);
      assert.doesNotMatch(html, /\sstyle="/, 'inline style attributes would be refused by the policy');
      assert.doesNotMatch(html, /\son[a-z]+="/i);
      assert.deepEqual(tags(html, 'style'), [{ nonce: OPTIONS.nonce }]);
    }
  });

  test('colours come only from the theme', () => {
    const html = renderDealSummary(example('pitfalls.termsheet.yaml'), OPTIONS);
    const style = html.slice(html.indexOf('<style'), html.indexOf('</style>'));
    assert.doesNotMatch(style, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    const colourValues = [...style.matchAll(/(?:^|[;{\s])(?:color|background|fill|stroke|border(?:-left)?(?:-color)?|outline)\s*:\s*([^;}]*)/g)].map((match) =>
      match[1].trim(),
    );
    assert.ok(colourValues.length > 10);
    for (const value of colourValues) {
      const words = value
        .replace(/var\(--vscode-[\w-]+(?:,\s*[\w-]+)?\)/g, '')
        .replace(/\b(\d+(\.\d+)?(px|em)?|solid|dashed|none)\b/g, '')
        .trim();
      assert.equal(words, '', `only theme variables in "${value}"`);
    }
  });

  test('coverage gaps are marked in words, not by colour alone', () => {
    const summary = example('pitfalls.termsheet.yaml');
    const html = renderDealSummary(summary, OPTIONS);
    const rows = [...html.matchAll(/<tr class="(gap|covered)">(.*?)<\/tr>/g)];
    assert.equal(rows.length, summary.coverage.rows.length);
    const gapRows = rows.filter((row) => row[1] === 'gap');
    assert.equal(gapRows.length, summary.coverage.gaps.length);
    for (const row of gapRows) assert.match(row[2], /<strong>Gap<\/strong>: no patent/);
    for (const row of rows.filter((row) => row[1] === 'covered')) assert.match(row[2], />Covered</);
    assert.ok(html.includes('India (IN)'), 'the gaps are also listed by name');
    assert.match(html, /15 gaps/);

    const clean = renderDealSummary(example('complete.termsheet.yaml'), OPTIONS);
    assert.doesNotMatch(clean, /<tr class="gap">/);
    assert.match(clean, /Every country of the territory is covered/);
  });

  test('a large territory keeps the gaps in view and folds the full table', () => {
    const summary = summaryOf('license: {territory: [EU]}\nip:\n  patents: [{family: F, jurisdictions: [DE, FR]}]\n', 'eu.termsheet.yaml');
    assert.equal(summary.coverage.rows.length, 27);
    const html = renderDealSummary({ ...summary, coverage: { ...summary.coverage, rows: [...summary.coverage.rows, ...summary.coverage.rows] } }, OPTIONS);
    const details = html.indexOf('<details>');
    assert.ok(details > 0);
    assert.ok(html.indexOf('gaps:</strong>') < details);
    assert.ok(html.indexOf('<table class="coverage">') > details);
  });

  test('chart bars are proportional to the amounts, on one scale', () => {
    const summary = example('pitfalls.termsheet.yaml');
    const html = renderDealSummary(summary, OPTIONS);
    const bars = tags(html, 'rect').filter((rect) => rect['data-amount'] !== undefined);
    const singles = bars.filter((bar) => bar['data-role'] === 'single');
    assert.deepEqual(
      singles.map((bar) => [bar['data-series'], Number(bar['data-amount'])]),
      [
        ['upfront', 1_500_000],
        ['development', 5_000_000],
        ['regulatory', 12_000_000],
        ['commercial', 10_000_000],
        ['mismatch', 40_000_000],
      ],
    );
    // The largest amount, the stated total, fills the bar area; every other bar is its amount on that scale.
    assert.equal(Number(singles[4].width), 330);
    const scale = 330 / 40_000_000;
    for (const bar of bars) assert.ok(Math.abs(Number(bar.width) - Number(bar['data-amount']) * scale) < 0.01, JSON.stringify(bar));
    // The stacked computed total is the parts end to end.
    const stacked = bars.filter((bar) => bar['data-role'] === 'stacked');
    assert.equal(stacked.length, 4);
    for (let i = 1; i < stacked.length; i++) assert.ok(Math.abs(Number(stacked[i].x) - Number(stacked[i - 1].x) - Number(stacked[i - 1].width)) < 0.02);
    const stackedLength = stacked.reduce((sum, bar) => sum + Number(bar.width), 0);
    assert.ok(Math.abs(stackedLength - 28_500_000 * scale) < 0.05);
    assert.match(html, /<strong>Mismatch:<\/strong> the stated total USD 40,000,000 is not upfront plus milestones, USD 28,500,000 \(over by USD 11,500,000\)/);
    assert.match(html, /USD 40M \(does not match\)/);
    assert.match(html, /aria-label="Payments: Upfront USD 1,500,000;/);
  });

  test('royalty tiers as a table with rate bars', () => {
    const html = renderDealSummary(example('complete.termsheet.yaml'), OPTIONS);
    assert.match(html, /<td>Up to USD 150M<\/td><td class="amount">9%<\/td>/);
    assert.match(html, /<td>Above USD 150M<\/td><td class="amount">13%<\/td>/);
    const gauges = tags(html, 'rect').filter((rect) => rect['data-rate'] !== undefined);
    assert.deepEqual(
      gauges.map((rect) => [rect['data-rate'], Number(rect.width)]),
      [
        ['9', 69.23],
        ['13', 100],
      ],
    );
  });

  test("the checklist shows each tip's state and the findings behind it", () => {
    const complete = renderDealSummary(example('complete.termsheet.yaml'), OPTIONS);
    const states = (html: string) =>
      tags(html, 'li')
        .filter((li) => li['data-tip'])
        .map((li) => [li['data-tip'], li['data-status']]);
    assert.deepEqual(
      states(complete),
      [1, 2, 3, 4, 5].map((tip) => [String(tip), 'ok']),
    );
    assert.equal(complete.match(/✓ OK/g)?.length, 5);
    assert.match(complete, /all five tips clear/);

    const summary = example('pitfalls.termsheet.yaml');
    summary.pitfalls[0] = { ...summary.pitfalls[0], status: 'ok', findings: [] };
    const html = renderDealSummary(summary, OPTIONS);
    assert.deepEqual(states(html), [
      ['1', 'ok'],
      ['2', 'attention'],
      ['3', 'attention'],
      ['4', 'attention'],
      ['5', 'attention'],
    ]);
    assert.match(html, /4 of 5 need attention/);
    assert.equal(html.match(/! Needs attention/g)?.length, 4);
    const fto = summary.pitfalls[1].findings.find((finding) => finding.ruleId === 'fto-missing')!;
    assert.ok(html.includes(`<code>fto-missing</code> ${escapeHtml(fto.message)} <span class="line">line ${fto.line + 1}</span>`));

    const dimensions = tags(html, 'li').filter((li) => li['data-dimension']);
    assert.equal(dimensions.length, 5);
    assert.ok(dimensions.every((li) => li.class === 'dimension missing'));
    assert.match(html, /Differentiation: 0 of 5 dimensions stated/);
  });

  test('a summary with nothing in it still renders every section', () => {
    const html = renderDealSummary(summaryOf('termsheet: 1\n', 'empty.termsheet.yaml'), OPTIONS);
    for (const heading of ['Payment structure', 'Royalty tiers', 'Territory and patent coverage', 'Differentiation', 'Pitfall checklist'])
      assert.ok(html.includes(heading), heading);
    assert.match(html, /states no upfront, milestones or total deal value/);
    assert.match(html, /No licensed territory is stated/);
    assert.doesNotMatch(html, /<svg class="chart"/);
  });

  test('a worldwide licence is not drawn as a table of every country', () => {
    const html = renderDealSummary(
      summaryOf('license: {territory: worldwide}\nip:\n  patents: [{family: "F<1>", jurisdictions: [US, EP]}]\n', 'w.termsheet.yaml'),
      OPTIONS,
    );
    assert.match(html, /A worldwide licence: every country counts/);
    assert.ok(html.includes('<span class="family">F&#60;1&#62;</span>'));
    assert.doesNotMatch(html, /<table class="coverage">/);
  });
});
