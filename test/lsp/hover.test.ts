import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { RULES } from '../../rules';
import {
  exampleValue,
  getNode,
  lintText,
  readMarkdownSheet,
  readSheet,
  readYamlSheet,
  TERM_SHEET_SCHEMA,
  type Finding,
  type ModelNode,
  type RuleMeta,
  type SchemaField,
  type SheetFormat,
} from '../../server/src/engine';
import { labelFor } from '../../server/src/engine/markdown';
import { findingExample, modelHoverAt } from '../../server/src/lsp/hover';
import { LspTestClient } from './lsp-client';
import { readExample } from './support';

/** The position of the `nth` occurrence of `needle` in `text`, `offset` characters into it. */
function positionOf(text: string, needle: string, offset = 1, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, at + offset);
  return { line: before.split('\n').length - 1, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** What the model says, after any findings' hovers (they come first, as the last test shows). */
function modelPart(hover: Hover | null): string {
  return markdownOf(hover).split('\n\n---\n\n').at(-1)!;
}

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

const SHEET = [
  'title: Exclusive licence of ZA-101 in ASEAN',
  'license:',
  '  scope: exclusive',
  '  territory: [asean, -SG, Japan and Korea]',
  'financials:',
  '  currency: USD',
  '  upfront: "$20M"',
  '  total_deal_value: 90000000',
  'termination:',
  '  reversion:',
  '    transition_assistance: 6 months',
  '',
].join('\n');

describe('hovers over keys, labels and values, over stdio', () => {
  let client: LspTestClient;
  const yamlUri = 'file:///tmp/hover/deal.termsheet.yaml';
  const markdownUri = 'file:///tmp/hover/deal.termsheet.md';
  const markdown = readExample('complete.termsheet.md');

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
    await client.open(yamlUri, SHEET);
    await client.open(markdownUri, markdown, 'markdown');
  });

  after(() => client.stop());

  test('a key: what the clause means and its allowed values, over the key', async () => {
    const hover = await client.hover(yamlUri, positionOf(SHEET, 'scope:'));
    const text = markdownOf(hover);
    assert.ok(text.startsWith('**`license.scope`** (one of: exclusive, co-exclusive, non-exclusive, option)'), text);
    assert.match(text, /How exclusive the licence is\./);
    assert.match(text, /Allowed values:\n- `exclusive` — only the licensee may exploit the asset in the territory/);
    assert.match(text, /- `option` — a right to take the licence later/);
    assert.deepEqual(hover!.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 7 } });
  });

  test('a Markdown label: the key it is read as, and what the clause means', async () => {
    const text = markdownOf(await client.hover(markdownUri, positionOf(markdown, 'Licence grant')));
    assert.ok(text.startsWith('**Licence grant** → `license.scope`'), text);
    assert.match(text, /- `co-exclusive` — the licensee and one other party/);

    const stage = markdownOf(await client.hover(markdownUri, positionOf(markdown, 'Stage of development')));
    assert.ok(stage.startsWith('**Stage of development** → `asset.stage`'), stage);
    assert.match(stage, /Phase 2 proof of concept/);
  });

  test("a money amount: how it was read, with the sheet's currency where the amount names none", async () => {
    const hover = await client.hover(yamlUri, positionOf(SHEET, '$20M'));
    assert.ok(markdownOf(hover).startsWith('`"$20M"` → USD 20,000,000'), markdownOf(hover));
    assert.deepEqual(hover!.range, { start: { line: 6, character: 11 }, end: { line: 6, character: 17 } });

    const bare = modelPart(await client.hover(yamlUri, positionOf(SHEET, '90000000')));
    assert.equal(bare, '`90000000` → USD 90,000,000 (currency from `financials.currency`)');

    const prose = markdownOf(await client.hover(markdownUri, positionOf(markdown, 'USD 25,000,000, non')));
    assert.ok(prose.startsWith('`USD 25,000,000` → USD 25,000,000'), prose);
  });

  test('a region, an exclusion and countries in a territory: the countries they were read as', async () => {
    const asean = modelPart(await client.hover(yamlUri, positionOf(SHEET, 'asean,')));
    assert.equal(asean, '`asean` → 10 countries: BN, ID, KH, LA, MM, MY, PH, SG, TH, VN');
    // The spec's own example, in any order.
    assert.deepEqual(asean.split(': ')[1].split(', ').sort(), 'BN, KH, ID, LA, MY, MM, PH, SG, TH, VN'.split(', ').sort());

    assert.equal(modelPart(await client.hover(yamlUri, positionOf(SHEET, '-SG'))), '`-SG` → excludes Singapore (SG)');
    assert.equal(modelPart(await client.hover(yamlUri, positionOf(SHEET, 'Japan and Korea'))), '`Japan and Korea` → 2 countries: JP, KR');
    const prose = markdownOf(await client.hover(markdownUri, positionOf(markdown, 'Japan and South Korea.')));
    assert.ok(prose.startsWith('`Japan and South Korea` → 2 countries: JP, KR'), prose);
  });

  test('a royalty band in words: the range it was read as, in YAML and Markdown', async () => {
    const yaml = 'financials:\n  royalties:\n    - {up_to: 100000000, rate: high single digits}\n';
    const prose = '## Royalties\n\n- **Royalty rate:** tiered royalties from high single digits to low double digits\n';
    await client.open('file:///tmp/hover/bands.termsheet.yaml', yaml);
    await client.open('file:///tmp/hover/bands.termsheet.md', prose, 'markdown');
    assert.equal(
      modelPart(await client.hover('file:///tmp/hover/bands.termsheet.yaml', positionOf(yaml, 'single'))),
      '`high single digits` → a royalty band of 7–9%',
    );
    const read = markdownOf(await client.hover('file:///tmp/hover/bands.termsheet.md', positionOf(prose, 'single')));
    assert.match(read, /→ a royalty band of 7–13%/);
  });

  test('a duration: how long it was read as', async () => {
    assert.ok(markdownOf(await client.hover(yamlUri, positionOf(SHEET, '6 months'))).startsWith('`6 months` → 6 months (about 183 days)'));
    const prose = markdownOf(await client.hover(markdownUri, positionOf(markdown, 'six (6) months')));
    assert.ok(prose.startsWith('`six (6) months` → 6 months (about 183 days)'), prose);
  });

  test('an enum read from Markdown prose: the value it was read as', async () => {
    const text = markdownOf(await client.hover(markdownUri, positionOf(markdown, "with Licensor's prior")));
    assert.ok(text.startsWith("`with Licensor's prior written consent` → `with-consent`"), text);
  });

  test('prose the readers make nothing of, and a key the model does not know, have no hover', async () => {
    assert.equal(await client.hover(yamlUri, positionOf(SHEET, 'Exclusive licence')), null);
    const uri = 'file:///tmp/hover/extra.termsheet.yaml';
    // Not the first line: findings about whole missing clauses sit on the first key.
    const text = 'termsheet: 1\nmy_notes: call the licensor on Monday\n';
    await client.open(uri, text);
    await client.diagnosticsForCurrentVersion(uri);
    assert.equal(await client.hover(uri, { line: 1, character: 2 }), null);
    assert.equal(await client.hover(uri, { line: 1, character: 20 }), null);
  });

  test('a redaction: stated in the filed agreement, not disclosed, and no finding on it', async () => {
    const uri = 'file:///tmp/hover/redacted.termsheet.md';
    const text = '# Licence of ZA-101\n\n**Restrictive Covenants:** [***]\n\n**Upfront:** $[***] million\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    assert.deepEqual(
      diagnostics.filter((diagnostic) => diagnostic.range.start.line > 0).map((diagnostic) => diagnostic.code),
      [],
    );
    const covenant = markdownOf(await client.hover(uri, positionOf(text, '[***]')));
    assert.ok(covenant.startsWith('`[***]` → redacted in the filed agreement: stated, not disclosed'), covenant);
    const upfront = markdownOf(await client.hover(uri, positionOf(text, '$[***] million')));
    assert.ok(upfront.startsWith('`$[***] million` → redacted in the filed agreement: stated, not disclosed'), upfront);
  });

  test("a finding's hover comes first, then what the key means", async () => {
    const uri = 'file:///tmp/hover/finding.termsheet.yaml';
    const text = 'asset:\n  name: ZA-101\n  differentiation:\n    novelty: ""\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    const differentiation = diagnostics.find((diagnostic) => diagnostic.code === 'differentiation-missing');
    assert.ok(differentiation, diagnostics.map((diagnostic) => diagnostic.code).join(', '));
    assert.deepEqual(differentiation.range.start, { line: 2, character: 2 });

    const hover = await client.hover(uri, { line: 2, character: 4 });
    const [finding, model] = markdownOf(hover).split('\n\n---\n\n');
    assert.match(finding, /^\*\*The sheet says how the asset is differentiated\*\* \(`differentiation-missing`, warning\)/);
    assert.ok(model.startsWith('**`asset.differentiation`** (clause)'), model);
    assert.match(model, /new, fast, good, more and comprehensive/);
    assert.deepEqual(hover!.range, differentiation.range);
  });
});

describe('value hovers with regions from the config file', () => {
  test('a region the config defines reads as its countries', () => {
    const text = 'license:\n  territory: [our-asia]\n';
    const hover = modelHoverAt(readYamlSheet(text), positionOf(text, 'our-asia'), { 'our-asia': ['JP', 'KR', 'TW'] });
    assert.equal(markdownOf(hover), '`our-asia` → 3 countries: JP, KR, TW');
    assert.equal(modelHoverAt(readYamlSheet(text), positionOf(text, 'our-asia')), null);
  });

  test('on the licensed territory, every country no patent family covers, in market order', () => {
    const text = 'license:\n  territory: [worldwide]\nip:\n  patents:\n    - {family: WO1, jurisdictions: [every PCT contracting state]}\n';
    const hover = markdownOf(modelHoverAt(readYamlSheet(text), positionOf(text, 'worldwide')));
    assert.equal(
      hover,
      '`worldwide` → all 249 countries\n\nNo patent family covers 16 of its countries: TW, AF, AR, BD, BO, BT, ER, ET, MM, NP, PK, PY, SO, SS, UY, VE',
    );
  });

  test('worldwide and ex-China are told by what they leave out', () => {
    const text = 'license:\n  territory: [worldwide, ex-china]\n';
    assert.equal(markdownOf(modelHoverAt(readYamlSheet(text), positionOf(text, 'worldwide'))), '`worldwide` → all 249 countries');
    assert.equal(markdownOf(modelHoverAt(readYamlSheet(text), positionOf(text, 'ex-china'))), '`ex-china` → all 249 countries except CN (248 countries)');
  });
});

/** The hover's part for each finding (the model's part, if any, comes last and is left out by `findingParts`). */
function findingParts(hover: Hover | null): string[] {
  return markdownOf(hover)
    .split('\n\n---\n\n')
    .filter((part) => /^\*\*.+\*\* \(`[^`]+`, (?:error|warning|info|hint)\)/.test(part));
}

/** The fenced example of a finding's part: its language and text. */
function exampleOf(part: string): { language: string; text: string } | undefined {
  const match = /^(`{3,})(\w+)\n([\s\S]*?)\n\1$/m.exec(part);
  return match ? { language: match[2], text: match[3] } : undefined;
}

describe("a finding's hover explains its rule with an example of the clause at hand, over stdio", () => {
  let client: LspTestClient;
  const licenseeName = String(exampleValue('parties.licensee.name'));

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
  });

  after(() => client.stop());

  async function hoverOver(uri: string, text: string, code: string, languageId = 'yaml'): Promise<{ diagnostic: Diagnostic; part: string }> {
    await client.open(uri, text, languageId);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri);
    const diagnostic = diagnostics.find((candidate) => candidate.code === code);
    assert.ok(diagnostic, `${code} among ${diagnostics.map((candidate) => candidate.code).join(', ')}`);
    const parts = findingParts(await client.hover(uri, diagnostic.range.start));
    const rule = RULES.find((candidate) => candidate.meta.id === code)!;
    const part = parts.find((candidate) => candidate.startsWith(`**${rule.meta.title}** (\`${code}\``));
    assert.ok(part, parts.join('\n\n---\n\n'));
    return { diagnostic, part };
  }

  test("title, why and the rule's page, but not the message the editor shows with the diagnostic", async () => {
    const text = 'termsheet: 1\nparties:\n  licensee:\n    name: "[TBD]"\n    country: JP\n';
    const { diagnostic, part } = await hoverOver('file:///tmp/hover-findings/message.termsheet.yaml', text, 'placeholder-left');
    const rule = RULES.find((candidate) => candidate.meta.id === 'placeholder-left')!;
    assert.ok(part.startsWith('**No placeholder is left in the sheet** (`placeholder-left`, warning)'), part);
    assert.ok(part.includes(rule.meta.why), part);
    assert.match(part, /\[Rule documentation\]\([^)]*placeholder-left[^)]*\)/);
    assert.equal(diagnostic.message, 'Placeholder "[TBD]" left in parties.licensee.name');
    assert.ok(!part.includes(diagnostic.message) && !part.includes('left in parties'), part);
  });

  test("a placeholder in the licensee's name: an example of a licensee's name, not the rule's example about money", async () => {
    const text = 'termsheet: 1\nparties:\n  licensee:\n    name: "[TBD]"\n    country: JP\n';
    const { part } = await hoverOver('file:///tmp/hover-findings/name.termsheet.yaml', text, 'placeholder-left');
    assert.deepEqual(exampleOf(part), { language: 'yaml', text: `parties:\n  licensee:\n    name: ${licenseeName}` });
    assert.doesNotMatch(part, /upfront|total_deal_value|USD/);
  });

  test("a placeholder the rule's own example is about: the rule's example, as written", async () => {
    const text = 'termsheet: 1\nfinancials:\n  upfront: "[TBD]"\n';
    const { part } = await hoverOver('file:///tmp/hover-findings/upfront.termsheet.yaml', text, 'placeholder-left');
    const rule = RULES.find((candidate) => candidate.meta.id === 'placeholder-left')!;
    assert.deepEqual(exampleOf(part), { language: 'yaml', text: rule.meta.goodExample });
  });

  test('on a Markdown sheet the example is Markdown, written the way the sheet writes its clauses', async () => {
    const table = [
      '# Term sheet',
      '',
      '| Term | Details |',
      '|---|---|',
      "| Licensor | Ze'an Biotech (Shanghai) Co., Ltd. (China) |",
      '| Licensee | [TBD] (Japan) |',
      '',
    ].join('\n');
    const inTable = await hoverOver('file:///tmp/hover-findings/table.termsheet.md', table, 'placeholder-left', 'markdown');
    assert.deepEqual(exampleOf(inTable.part), { language: 'markdown', text: `| Licensee Name | ${licenseeName} |` });

    const lines = ['# Term sheet', '', "**Licensor:** Ze'an Biotech (Shanghai) Co., Ltd. (China)", '**Licensee:** [TBD] (Japan)', ''].join('\n');
    const onLines = await hoverOver('file:///tmp/hover-findings/lines.termsheet.md', lines, 'placeholder-left', 'markdown');
    assert.deepEqual(exampleOf(onLines.part), { language: 'markdown', text: `**Licensee Name:** ${licenseeName}` });

    const headings = [
      '# Term sheet',
      '',
      '## Parties',
      '',
      "Ze'an Biotech (Shanghai) Co., Ltd. licenses to Kaede Pharma Co., Ltd.",
      '',
      '## Governing law',
      '',
      'Hong Kong.',
      '',
    ].join('\n');
    const inSections = await hoverOver('file:///tmp/hover-findings/headings.termsheet.md', headings, 'required-clause-missing', 'markdown');
    const sections = findingParts(await client.hover('file:///tmp/hover-findings/headings.termsheet.md', inSections.diagnostic.range.start)).map(exampleOf);
    assert.ok(
      sections.some((example) => example?.text === `## Confidentiality\n\n${String(exampleValue('confidentiality'))}`),
      JSON.stringify(sections),
    );
    assert.ok(
      sections.every((example) => example?.language === 'markdown'),
      JSON.stringify(sections),
    );
  });

  test('on a Markdown sheet with its clauses in front matter, the example of a clause there is YAML', async () => {
    const text = ['---', 'termsheet: 1', 'parties:', '  licensee:', '    name: "[TBD]"', '---', '', '# Notes', ''].join('\n');
    const { part } = await hoverOver('file:///tmp/hover-findings/front.termsheet.md', text, 'placeholder-left', 'markdown');
    assert.deepEqual(exampleOf(part), { language: 'yaml', text: `parties:\n  licensee:\n    name: ${licenseeName}` });
  });

  test('a missing clause: an example of that clause', async () => {
    const text = 'termsheet: 1\nip:\n  patents:\n    - family: WO2023/123456\n      jurisdictions: [CN, US]\n';
    const fto = await hoverOver('file:///tmp/hover-findings/fto.termsheet.yaml', text, 'fto-missing');
    assert.match(exampleOf(fto.part)!.text, /^ip:\n {2}fto: \{status: completed/);

    // Every wholly absent clause points at the first clause: each finding there shows its own clause alone.
    const parts = findingParts(await client.hover('file:///tmp/hover-findings/fto.termsheet.yaml', { line: 0, character: 1 }));
    const examples = parts.filter((part) => part.includes('`required-clause-missing`')).map((part) => exampleOf(part)?.text);
    assert.ok(examples.includes(`governing_law: ${String(exampleValue('governing_law'))}`), JSON.stringify(examples));
    assert.ok(examples.includes(`confidentiality: "${String(exampleValue('confidentiality'))}"`), JSON.stringify(examples));
    assert.ok(
      examples.every((example) => example !== undefined && example.split('\n').filter((line) => /^\S/.test(line)).length === 1),
      JSON.stringify(examples),
    );
  });
});

describe('the clause a finding is about', () => {
  const lint = (text: string, fileName = 'deal.termsheet.yaml') => lintText(text, { rules: RULES, fileName }).findings;
  const pathsOf = (findings: Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.path);

  test('a value or a key reported on: the clause it belongs to, list positions and all', () => {
    const text =
      'termsheet: 1\nparties:\n  licensee:\n    name: "[TBD]"\nasset:\n  data:\n    trials:\n      - {phase: 2, enrolled: 12}\nconfidentiality: ""\n';
    const findings = lint(text);
    assert.deepEqual(pathsOf(findings, 'placeholder-left'), ['parties.licensee.name']);
    assert.deepEqual(pathsOf(findings, 'trial-design-nonstandard'), ['asset.data.trials[0].enrolled']);
    assert.ok(pathsOf(findings, 'required-clause-missing').includes('confidentiality'), JSON.stringify(pathsOf(findings, 'required-clause-missing')));
  });

  test('a missing clause: that clause, though the finding points at the clause around it; two at one place each their own', () => {
    const text = 'termsheet: 1\nlicense:\n  scope: exclusive\nip:\n  patents: []\n';
    const findings = lint(text);
    const fto = findings.find((finding) => finding.ruleId === 'fto-missing')!;
    assert.equal(fto.path, 'ip.fto');
    assert.equal(fto.range.start.line, 3, 'it points at `ip:`');
    const license = findings.filter((finding) => finding.ruleId === 'required-clause-missing' && finding.range.start.line === 1);
    assert.deepEqual(license.map((finding) => finding.path).sort(), ['license.field', 'license.territory']);
  });

  test('in Markdown too; a finding about no clause (a parse error) has no path', () => {
    const markdown = '| Term | Details |\n|---|---|\n| Licensee | [TBD] (Japan) |\n';
    assert.deepEqual(pathsOf(lint(markdown, 'deal.termsheet.md'), 'placeholder-left'), ['parties.licensee.name']);
    const [syntax] = lint('license:\n  scope: [exclusive\n');
    assert.equal(syntax.ruleId, 'syntax');
    assert.ok(!('path' in syntax), JSON.stringify(syntax));
  });
});

/** Sheets written each way a term sheet writes its clauses, with the example's clauses nowhere in them. */
const STYLES: ReadonlyArray<{ name: string; format: SheetFormat; text: string; header?: string }> = [
  { name: 'YAML', format: 'yaml', text: 'title: Draft\ndispute_resolution: HKIAC arbitration\n' },
  {
    name: 'table rows',
    format: 'markdown',
    text: '| Term | Details |\n|---|---|\n| Dispute Resolution | HKIAC arbitration |\n| Title | Draft |\n',
    header: '| Term | Details |\n|---|---|\n',
  },
  { name: 'bold label lines', format: 'markdown', text: '**Dispute Resolution:** HKIAC arbitration\n**Title:** Draft\n' },
  { name: 'label lines', format: 'markdown', text: 'Dispute Resolution: HKIAC arbitration\n\nTitle: Draft\n' },
  { name: 'list items', format: 'markdown', text: '- **Dispute Resolution:** HKIAC arbitration\n- **Title:** Draft\n' },
  { name: 'headings with prose', format: 'markdown', text: '## Dispute Resolution\n\nHKIAC arbitration.\n\n## Title\n\nDraft.\n' },
  { name: 'no clause yet', format: 'markdown', text: '# Draft\n\nTo be written.\n' },
  { name: 'front matter', format: 'markdown', text: '---\ntermsheet: 1\ndispute_resolution: HKIAC arbitration\n---\n\nTo be read with the cover letter.\n' },
];

/** A value as the model holds it, compared loosely: prose gives text for numbers, words for enum values, a list for one country. */
function loosely(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 ? loosely(value[0]) : value.map(loosely);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, loosely(inner)]));
  return String(value)
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');
}

function plain(node: ModelNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((entry) => [entry.key, plain(entry.value)]));
}

/** Reads an example back as it would sit in a sheet of its style (a table row needs the table's header). */
function readBack(style: (typeof STYLES)[number], example: { format: SheetFormat; text: string }) {
  const sheet = readSheet(`${example.format === 'markdown' ? (style.header ?? '') : ''}${example.text}\n`, example.format)!;
  assert.deepEqual(sheet.problems, [], example.text);
  return sheet;
}

function clausePaths(field: SchemaField = TERM_SHEET_SCHEMA): string[] {
  return [...(field.path === '' ? [] : [field.path]), ...(field.fields ?? []).flatMap((child) => clausePaths(child))];
}

describe("the model's examples", () => {
  test('every field of the model has an example', () => {
    const leaves = (field: SchemaField): SchemaField[] =>
      field.fields || field.itemFields ? [...(field.fields ?? []), ...(field.itemFields ?? [])].flatMap(leaves) : [field];
    const missing = leaves(TERM_SHEET_SCHEMA).filter((field) => exampleValue(field.path) === undefined);
    assert.deepEqual(
      missing.map((field) => field.path),
      [],
    );
  });

  test('a clause of clauses is shown by its parts; a list by one item', () => {
    assert.deepEqual(Object.keys(exampleValue('asset') as object), ['name', 'modality', 'target', 'stage', 'classification']);
    assert.deepEqual(exampleValue('ip.fto'), { status: exampleValue('ip.fto.status'), by: exampleValue('ip.fto.by'), date: exampleValue('ip.fto.date') });
    assert.deepEqual(exampleValue('ip.patents[3]'), exampleValue('ip.patents[]'));
    assert.deepEqual(exampleValue('ip.patents'), [exampleValue('ip.patents[0]')]);
    assert.equal(exampleValue('no_such.clause'), undefined);
  });

  test('where prose writes an example in words of its own, the Markdown reader reads them as the example', () => {
    const inWords = clausePaths().filter((path) => exampleValue(path, true) !== exampleValue(path) && typeof exampleValue(path, true) === 'string');
    assert.ok(inWords.includes('financials.royalties') && inWords.includes('termination.for_convenience'), inWords.join());
    for (const path of inWords) {
      const sheet = readMarkdownSheet(`**${labelFor(path)}:** ${String(exampleValue(path, true))}\n`);
      assert.deepEqual(loosely(plain(getNode(sheet.root, path))), loosely(exampleValue(path)), path);
    }
  });
});

describe("examples in findings' hovers", () => {
  // A rule whose own example is about no clause of the model, so that the model's example is shown.
  const aside: RuleMeta = { ...RULES[0].meta, goodExample: 'notes: none', markdownExample: undefined, exampleClausesApart: undefined };
  const findingAt = (text: string, path?: string): Finding => ({
    ruleId: aside.id,
    severity: 'warning',
    message: 'm',
    range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 1, offset: 1 } },
    ...(path !== undefined && { path }),
  });
  // Clauses a Markdown body cannot state (no label names them): a sheet states them in its front matter.
  const NO_MARKDOWN_LABEL = new Set(['parties.licensor.type', 'parties.licensee.signing_entity', 'parties.licensee.payee_entity']);

  for (const style of STYLES) {
    test(`${style.name}: the example of every clause is written that way and reads back as that clause`, () => {
      const sheet = readSheet(style.text, style.format)!;
      for (const path of clausePaths()) {
        const example = findingExample(findingAt(style.text, path), aside, sheet);
        assert.ok(example, `${path}: an example`);
        const inBody = style.format === 'markdown' && style.name !== 'front matter';
        assert.equal(example.format, inBody ? 'markdown' : 'yaml', `${path}: ${example.text}`);
        // A clause a Markdown body cannot state is shown with the clause it is part of.
        const shown = inBody && NO_MARKDOWN_LABEL.has(path) ? path.slice(0, path.lastIndexOf('.')) : path;
        const read = plain(getNode(readBack(style, example).root, shown));
        assert.deepEqual(loosely(read), loosely(exampleValue(shown)), `${style.name} ${path}:\n${example.text}`);
      }
    });

    test(`${style.name}: every rule's example is written that way, for a finding about the clause it shows`, () => {
      const sheet = readSheet(style.text, style.format)!;
      // config-invalid's findings are in config files, never in a sheet.
      for (const { meta } of RULES.filter((rule) => rule.meta.id !== 'config-invalid')) {
        const clauses = readYamlSheet(meta.goodExample).root;
        // Directives are about no clause; any other rule's finding is about the clause its example begins with.
        let path: string | undefined;
        for (
          let node: ModelNode | undefined = clauses;
          !meta.markdownExample && node?.kind === 'map' && node.entries.length > 0;
          node = node.entries[0].value
        ) {
          path = path === undefined ? node.entries[0].key : `${path}.${node.entries[0].key}`;
        }
        const example = findingExample({ ...findingAt(style.text, path), ruleId: meta.id }, meta, sheet);
        assert.ok(example, `${meta.id} at ${path}: an example`);
        const inBody = style.format === 'markdown' && style.name !== 'front matter';
        assert.equal(example.format, inBody ? 'markdown' : 'yaml', `${meta.id}: ${example.text}`);
        const read = readBack(style, example);
        if (path === undefined) continue;
        // The rule's example, whole, or where prose cannot hold it, the model's example of the clause.
        const shown = loosely(plain(getNode(read.root, path)));
        const candidates = [loosely(plain(getNode(clauses, path))), loosely(exampleValue(path))];
        assert.ok(
          candidates.some((candidate) => isDeepStrictEqual(candidate, shown)),
          `${meta.id} ${path}: ${JSON.stringify(shown)} in\n${example.text}`,
        );
      }
    });
  }

  test('a rule whose example is a directive gives it in Markdown too: a directive with its reason, over a clause', () => {
    const given = RULES.filter((rule) => rule.meta.markdownExample);
    const directives = RULES.filter((rule) => /^#\s*termsheet-/m.test(rule.meta.goodExample));
    assert.ok(directives.length >= 3, directives.map((rule) => rule.meta.id).join());
    assert.deepEqual(
      given.map((rule) => rule.meta.id),
      directives.map((rule) => rule.meta.id),
    );
    const known = new Set(RULES.map((rule) => rule.meta.id));
    for (const { meta } of given) {
      const sheet = readMarkdownSheet(meta.markdownExample!);
      assert.deepEqual(sheet.problems, [], meta.id);
      assert.ok(sheet.root.entries.length > 0, `${meta.id}: a clause under the directive`);
      assert.equal(sheet.directives.length, 1, meta.id);
      const [directive] = sheet.directives;
      assert.ok(directive.reason && directive.ruleIds.every((id) => known.has(id)), JSON.stringify(directive));
    }
  });
});
