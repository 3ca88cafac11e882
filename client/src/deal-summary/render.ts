import { formatMoney, formatMoneyShort, type DealSummary, type MilestoneKind } from '../../../server/src/lsp/protocol';

/**
 * The Deal Summary page as one HTML string: no script, styles only from the nonce'd style element,
 * colours only from the theme's variables, so it reads in light, dark and high-contrast themes.
 */
export interface RenderOptions {
  /** The webview's `cspSource`: the only origin styles and images may come from. */
  cspSource: string;
  /** A fresh random value per render, allowing the page's one style element. */
  nonce: string;
}

const KIND_LABELS: Record<MilestoneKind, string> = {
  development: 'Development milestones',
  regulatory: 'Regulatory milestones',
  commercial: 'Commercial milestones',
  other: 'Other milestones',
};

/** Beyond this many countries the coverage table is folded away under the list of gaps. */
const FOLDED_COVERAGE_ROWS = 30;

/** Geometry of the payments chart, in SVG user units (the SVG scales to the panel's width). */
const CHART = { width: 720, labelWidth: 190, barArea: 330, row: 30, barHeight: 18 } as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The full page for a summary. */
export function renderDealSummary(summary: DealSummary, options: RenderOptions): string {
  const body = [
    header(summary),
    paymentsSection(summary),
    royaltiesSection(summary),
    coverageSection(summary),
    differentiationSection(summary),
    pitfallsSection(summary),
  ].join('\n');
  return page(`Deal Summary: ${summary.title}`, body, options);
}

/** A page with only a message: no active term sheet, or the server is not running. */
export function renderMessage(message: string, options: RenderOptions): string {
  return page('Deal Summary', `<main><p class="message">${escapeHtml(message)}</p></main>`, options);
}

function page(title: string, body: string, { cspSource, nonce }: RenderOptions): string {
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; img-src ${cspSource} data:;`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${escapeHtml(nonce)}">${STYLES}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function money(amount: number, currency: string): string {
  return formatMoney({ amount, currency });
}

function short(amount: number, currency: string): string {
  return formatMoneyShort({ amount, currency });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function header(summary: DealSummary): string {
  const { errors, warnings, infos } = summary.counts;
  const territory = summary.coverage.territoryLabel ? ` · ${escapeHtml(summary.coverage.territoryLabel)}` : '';
  const parties = [
    ...(summary.parties?.licensor ? [`Licensor: ${escapeHtml(summary.parties.licensor)}`] : []),
    ...(summary.parties?.licensee ? [`Licensee: ${escapeHtml(summary.parties.licensee)}`] : []),
  ];
  return `<header>
<h1>${escapeHtml(summary.title)}</h1>
${parties.length > 0 ? `<p class="parties">${parties.join(' · ')}</p>` : ''}
<p class="meta">Amounts in ${escapeHtml(summary.currency)}${territory}</p>
<p class="counts">${count(errors, 'error')} · ${count(warnings, 'warning')} · ${count(infos, 'info')}</p>
</header>`;
}

function count(value: number, severity: string): string {
  return `<span class="count ${value === 0 ? 'none' : severity}">${plural(value, severity)}</span>`;
}

interface Segment {
  series: string;
  label: string;
  amount: number;
}

function paymentsSection(summary: DealSummary): string {
  const { payments } = summary;
  const parts: Segment[] = [
    ...(payments.upfront !== null ? [{ series: 'upfront', label: 'Upfront', amount: payments.upfront }] : []),
    ...payments.milestoneTotals.map((entry) => ({ series: entry.kind, label: KIND_LABELS[entry.kind], amount: entry.total })),
  ];
  const nothing = parts.length === 0 && payments.statedTotal === null;
  const chart = nothing ? '<p class="empty">The sheet states no upfront, milestones or total deal value.</p>' : paymentsChart(summary, parts);
  const upfrontNote = payments.upfront === null ? '<p class="note">No readable upfront payment.</p>' : '';
  return `<section aria-labelledby="payments-heading">
<h2 id="payments-heading">Payment structure</h2>
${chart}
${upfrontNote}
${totalVerdict(summary)}
${milestoneTable(summary)}
</section>`.replace(/\n{2,}/g, '\n');
}

/**
 * One bar per payment (upfront, milestones of each kind), then the computed total as those same
 * parts stacked, then the stated total: every bar's length is its amount on one shared scale.
 */
function paymentsChart(summary: DealSummary, parts: readonly Segment[]): string {
  const { payments, currency } = summary;
  const scaleMax = Math.max(payments.computedTotal, payments.statedTotal ?? 0, ...parts.map((part) => part.amount));
  const length = (amount: number) => (scaleMax > 0 ? round((Math.max(0, amount) / scaleMax) * CHART.barArea) : 0);
  const rows: string[] = [];
  let y = 0;
  const rowLabel = (label: string) => `<text class="label" x="0" y="${y + CHART.barHeight - 4}">${escapeHtml(label)}</text>`;
  const valueText = (x: number, text: string) =>
    `<text class="value" x="${round(CHART.labelWidth + x + 6)}" y="${y + CHART.barHeight - 4}">${escapeHtml(text)}</text>`;
  const bar = (segment: Segment, x: number, role = 'single') =>
    `<rect class="bar ${role} series-${segment.series}" data-series="${segment.series}" data-role="${role}" data-amount="${segment.amount}" x="${round(CHART.labelWidth + x)}" y="${y}" width="${length(segment.amount)}" height="${CHART.barHeight}"><title>${escapeHtml(`${segment.label}: ${money(segment.amount, currency)}`)}</title></rect>`;

  for (const part of parts) {
    rows.push(`<g class="row">${rowLabel(part.label)}${bar(part, 0)}${valueText(length(part.amount), short(part.amount, currency))}</g>`);
    y += CHART.row;
  }
  // The computed total: the same parts end to end.
  y += 6;
  let x = 0;
  const stacked = parts.map((part) => {
    const segment = bar(part, x, 'stacked');
    x += length(part.amount);
    return segment;
  });
  rows.push(`<g class="row total">${rowLabel('Computed total')}${stacked.join('')}${valueText(x, short(payments.computedTotal, currency))}</g>`);
  y += CHART.row;
  if (payments.statedTotal !== null) {
    const mismatch = payments.totalMatches === false;
    const stated = { series: mismatch ? 'mismatch' : 'stated', label: 'Stated total deal value', amount: payments.statedTotal };
    const verdict = payments.totalMatches === true ? ' (matches)' : mismatch ? ' (does not match)' : '';
    rows.push(
      `<g class="row total">${rowLabel('Stated total')}${bar(stated, 0)}${valueText(length(payments.statedTotal), short(payments.statedTotal, currency) + verdict)}</g>`,
    );
    y += CHART.row;
  }
  const description = [
    ...parts.map((part) => `${part.label} ${money(part.amount, currency)}`),
    `computed total ${money(payments.computedTotal, currency)}`,
    ...(payments.statedTotal !== null ? [`stated total ${money(payments.statedTotal, currency)}`] : []),
  ].join('; ');
  return `<svg class="chart" viewBox="0 0 ${CHART.width} ${y}" width="100%" role="img" aria-label="${escapeHtml(`Payments: ${description}`)}">${rows.join('')}</svg>`;
}

function totalVerdict(summary: DealSummary): string {
  const { payments, currency } = summary;
  if (payments.statedTotal === null)
    return `<p class="verdict">No total deal value is stated; upfront and milestones add up to ${escapeHtml(money(payments.computedTotal, currency))}.</p>`;
  if (payments.totalMatches === true)
    return `<p class="verdict ok"><span class="mark" aria-hidden="true">✓</span> The stated total ${escapeHtml(money(payments.statedTotal, currency))} equals upfront plus milestones.</p>`;
  if (payments.totalMatches === null)
    return `<p class="verdict">Some amounts cannot be read, so the stated total ${escapeHtml(money(payments.statedTotal, currency))} cannot be checked.</p>`;
  const difference = payments.statedTotal - payments.computedTotal;
  return `<p class="verdict mismatch"><span class="mark" aria-hidden="true">✗</span> <strong>Mismatch:</strong> the stated total ${escapeHtml(money(payments.statedTotal, currency))} is not upfront plus milestones, ${escapeHtml(money(payments.computedTotal, currency))} (${difference > 0 ? 'over' : 'under'} by ${escapeHtml(money(Math.abs(difference), currency))}).</p>`;
}

function milestoneTable(summary: DealSummary): string {
  const { milestones } = summary.payments;
  if (milestones.length === 0) return '<p class="empty">No milestones.</p>';
  const rows = milestones
    .map(
      (milestone) =>
        `<tr><td>${escapeHtml(KIND_LABELS[milestone.kind].replace(' milestones', ''))}</td><td>${escapeHtml(milestone.event) || '<span class="empty">not described</span>'}</td><td class="amount">${
          milestone.amount === null ? '<span class="unreadable">not readable</span>' : escapeHtml(money(milestone.amount, summary.currency))
        }</td></tr>`,
    )
    .join('');
  return `<table class="milestones"><caption>Milestones</caption><thead><tr><th scope="col">Kind</th><th scope="col">Event</th><th scope="col" class="amount">Amount</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function royaltiesSection(summary: DealSummary): string {
  const tiers = summary.royalties;
  const maxRate = Math.max(0, ...tiers.map((tier) => tier.rate ?? 0));
  const rows = tiers
    .map((tier) => {
      const rate = tier.rate === null ? '<span class="unreadable">not readable</span>' : escapeHtml(tier.band ?? formatRate(tier.rate));
      const width = tier.rate === null || maxRate === 0 ? 0 : round((tier.rate / maxRate) * 100);
      const gauge = `<svg class="gauge" viewBox="0 0 100 10" width="100" height="10" aria-hidden="true"><rect class="bar series-royalty" data-rate="${tier.rate ?? ''}" x="0" y="0" width="${width}" height="10"></rect></svg>`;
      return `<tr><td>${escapeHtml(tier.label)}</td><td class="amount">${rate}</td><td>${gauge}</td></tr>`;
    })
    .join('');
  const content =
    tiers.length === 0
      ? '<p class="empty">No royalties are stated.</p>'
      : `<table class="royalties"><thead><tr><th scope="col">Annual net sales</th><th scope="col" class="amount">Rate</th><th scope="col"><span class="visually-hidden">Rate chart</span></th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section aria-labelledby="royalties-heading">
<h2 id="royalties-heading">Royalty tiers</h2>
${content}
</section>`;
}

function formatRate(rate: number): string {
  return `${Math.round(rate * 100) / 100}%`;
}

function coverageSection(summary: DealSummary): string {
  const { coverage } = summary;
  let content: string;
  if (!coverage.territoryLabel && coverage.countries.length === 0 && !coverage.worldwide) {
    content = '<p class="empty">No licensed territory is stated.</p>';
  } else if (coverage.worldwide) {
    content = `<p>A worldwide licence: every country counts. The patent findings under tip 2 below name the countries no family covers.</p>${familyList(coverage.families)}`;
  } else if (coverage.countries.length === 0) {
    content = `<p>The territory “${escapeHtml(coverage.territoryLabel)}” names no country this linter can read.</p>${familyList(coverage.families)}`;
  } else {
    const names = new Map(coverage.rows.map((row) => [row.country, row.countryName]));
    const gapText =
      coverage.gaps.length === 0
        ? `<p class="verdict ok"><span class="mark" aria-hidden="true">✓</span> Every country of the territory is covered by at least one patent family.</p>`
        : `<p class="verdict gap"><span class="mark" aria-hidden="true">✗</span> <strong>${plural(coverage.gaps.length, 'gap')}:</strong> no patent family covers ${escapeHtml(coverage.gaps.map((code) => `${names.get(code) ?? code} (${code})`).join(', '))}.</p>`;
    const table = coverageTable(summary);
    content =
      coverage.rows.length > FOLDED_COVERAGE_ROWS
        ? `${gapText}<details><summary>All ${coverage.rows.length} countries of the territory</summary>${table}</details>`
        : `${gapText}${table}`;
    if (coverage.families.length === 0) content = `<p class="note">No patent family is listed.</p>${content}`;
  }
  return `<section aria-labelledby="coverage-heading">
<h2 id="coverage-heading">Territory and patent coverage</h2>
<p class="meta">Territory: ${escapeHtml(coverage.territoryLabel || 'not stated')}</p>
${content}
</section>`;
}

function familyList(families: readonly string[]): string {
  if (families.length === 0) return '<p class="note">No patent family is listed.</p>';
  return `<p>Patent families: ${families.map((family) => `<span class="family">${escapeHtml(family)}</span>`).join(', ')}.</p>`;
}

function coverageTable(summary: DealSummary): string {
  const { coverage } = summary;
  const head = coverage.families
    .map(
      (family, index) =>
        `<th scope="col" class="family" title="${escapeHtml(family)}">${escapeHtml(`Family ${index + 1}`)}<br><span class="family-name">${escapeHtml(family)}</span></th>`,
    )
    .join('');
  const rows = coverage.rows
    .map((row) => {
      const gap = row.coveredBy.length === 0;
      const cells = coverage.families
        .map((family) =>
          row.coveredBy.includes(family)
            ? '<td class="covered">✓<span class="visually-hidden"> covered</span></td>'
            : '<td class="uncovered">—<span class="visually-hidden"> not covered</span></td>',
        )
        .join('');
      const status = gap ? '<td class="status gap"><strong>Gap</strong>: no patent</td>' : '<td class="status ok">Covered</td>';
      return `<tr class="${gap ? 'gap' : 'covered'}"><th scope="row">${escapeHtml(row.countryName)} <span class="code">${escapeHtml(row.country)}</span></th>${cells}${status}</tr>`;
    })
    .join('');
  return `<table class="coverage"><thead><tr><th scope="col">Country</th>${head}<th scope="col">Status</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function differentiationSection(summary: DealSummary): string {
  const stated = summary.differentiation.filter((dimension) => dimension.stated).length;
  const items = summary.differentiation
    .map((dimension) => {
      const state = dimension.stated ? 'stated' : dimension.text ? 'placeholder' : 'missing';
      const badge = { stated: '✓ Stated', placeholder: '… Not filled in', missing: '✗ Not stated' }[state];
      const text = dimension.text ? `<div class="text">${escapeHtml(dimension.text)}</div>` : '';
      return `<li class="dimension ${state}" data-dimension="${dimension.dimension}"><span class="badge">${badge}</span> <span class="label">${escapeHtml(dimension.label)}</span>${text}</li>`;
    })
    .join('');
  const prose = summary.differentiationProse
    ? `<blockquote class="prose">${escapeHtml(summary.differentiationProse)}</blockquote><p class="note">The sheet argues its differentiation in prose, not dimension by dimension.</p>`
    : '';
  return `<section aria-labelledby="differentiation-heading">
<h2 id="differentiation-heading">Differentiation: ${stated} of 5 dimensions stated</h2>
${prose}<ul class="checklist">${items}</ul>
</section>`;
}

function pitfallsSection(summary: DealSummary): string {
  const attention = summary.pitfalls.filter((tip) => tip.status === 'attention').length;
  const items = summary.pitfalls
    .map((tip) => {
      const badge = tip.status === 'ok' ? '✓ OK' : '! Needs attention';
      const findings =
        tip.findings.length === 0
          ? ''
          : `<ul class="findings">${tip.findings
              .map(
                (finding) =>
                  `<li><code>${escapeHtml(finding.ruleId)}</code> ${escapeHtml(finding.message)} <span class="line">line ${finding.line + 1}</span></li>`,
              )
              .join('')}</ul>`;
      const checkedBy =
        tip.ruleIds && tip.ruleIds.length > 0
          ? `<div class="checked-by">Checked by ${tip.ruleIds.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}</div>`
          : '';
      return `<li class="tip ${tip.status}" data-tip="${tip.tip}" data-status="${tip.status}"><span class="badge">${badge}</span> <span class="label">Tip ${tip.tip}: ${escapeHtml(tip.title)}</span>${findings}${checkedBy}</li>`;
    })
    .join('');
  return `<section aria-labelledby="pitfalls-heading">
<h2 id="pitfalls-heading">Pitfall checklist: ${attention === 0 ? 'all five tips clear' : `${attention} of 5 need attention`}</h2>
<ul class="checklist">${items}</ul>
</section>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// Theme variables only: VS Code sets them for the active theme, light, dark or high contrast.
const STYLES = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.45; padding: 0 20px 24px; max-width: 960px; }
h1 { font-size: 1.6em; margin: 16px 0 4px; }
h2 { font-size: 1.2em; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--vscode-panel-border); }
.meta, .note, .empty, .checked-by, .line, .code, .family-name { color: var(--vscode-descriptionForeground); }
.counts .error { color: var(--vscode-editorError-foreground); }
.counts .warning { color: var(--vscode-editorWarning-foreground); }
.counts .info { color: var(--vscode-editorInfo-foreground); }
.counts .none { color: var(--vscode-descriptionForeground); }
.chart { max-width: ${CHART.width}px; display: block; margin: 8px 0; }
/* The chart scales with the panel: 14 units read as body text in a half-width panel. */
.chart text { fill: var(--vscode-foreground); font-size: 14px; font-family: var(--vscode-font-family); }
.bar { stroke: var(--vscode-contrastBorder, none); }
.series-upfront { fill: var(--vscode-charts-blue); }
.series-development { fill: var(--vscode-charts-purple); }
.series-regulatory { fill: var(--vscode-charts-orange); }
.series-commercial { fill: var(--vscode-charts-green); }
.series-other { fill: var(--vscode-charts-yellow); }
.series-stated { fill: var(--vscode-charts-foreground); }
.series-mismatch { fill: var(--vscode-charts-red); }
.series-royalty { fill: var(--vscode-charts-blue); }
.stacked { stroke: var(--vscode-editor-background); stroke-width: 1; }
body.vscode-high-contrast .bar, body.vscode-high-contrast-light .bar { stroke: var(--vscode-contrastBorder); stroke-width: 1; }
.verdict .mark { font-weight: bold; }
.verdict.ok .mark, .status.ok, .tip.ok .badge, .dimension.stated .badge, td.covered { color: var(--vscode-testing-iconPassed); }
.verdict.mismatch, .verdict.gap, .status.gap, tr.gap th { color: var(--vscode-errorForeground); }
.tip.attention .badge, .dimension.placeholder .badge { color: var(--vscode-editorWarning-foreground); }
.dimension.missing .badge { color: var(--vscode-errorForeground); }
.unreadable { color: var(--vscode-editorWarning-foreground); font-style: italic; }
table { border-collapse: collapse; margin: 8px 0; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid var(--vscode-panel-border); vertical-align: top; }
th.family { font-weight: normal; max-width: 14em; }
.family-name { font-size: 0.85em; }
td.amount, th.amount { text-align: right; font-variant-numeric: tabular-nums; }
.checklist { list-style: none; padding: 0; }
.checklist > li { margin: 8px 0; padding: 6px 10px; border-left: 3px solid var(--vscode-panel-border); }
.checklist > li.attention, .checklist > li.missing { border-left-color: var(--vscode-editorWarning-foreground); }
.checklist > li.ok, .checklist > li.stated { border-left-color: var(--vscode-testing-iconPassed); }
.badge { font-weight: bold; display: inline-block; min-width: 9em; }
.text { margin: 2px 0 0 9.3em; }
.findings { margin: 4px 0 0 1em; padding-left: 1em; }
.checked-by { font-size: 0.9em; margin-top: 2px; }
code { font-family: var(--vscode-editor-font-family); color: var(--vscode-textPreformat-foreground); background: var(--vscode-textCodeBlock-background); padding: 0 3px; }
blockquote.prose { margin: 8px 0; padding: 4px 12px; border-left: 3px solid var(--vscode-textBlockQuote-border); background: var(--vscode-textBlockQuote-background); }
details summary { cursor: pointer; margin: 6px 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.message { margin-top: 24px; color: var(--vscode-descriptionForeground); }
`;
