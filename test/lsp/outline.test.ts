import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SymbolKind, type DocumentSymbol, type Range, type SymbolInformation } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lsp-client';
import { readExample } from './support';

const HIERARCHICAL = { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } };

function child(symbol: DocumentSymbol | undefined, name: string): DocumentSymbol {
  const found = symbol?.children?.find((candidate) => candidate.name === name);
  assert.ok(found, `${symbol?.name} has a child "${name}"; it has ${symbol?.children?.map((candidate) => candidate.name).join(', ')}`);
  return found;
}

function top(symbols: DocumentSymbol[], name: string): DocumentSymbol {
  return child({ name: '(document)', kind: SymbolKind.File, range: symbols[0].range, selectionRange: symbols[0].range, children: symbols }, name);
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** What editors require of every symbol: a name, and the selection inside the range. */
function assertWellFormed(symbols: readonly DocumentSymbol[]): number {
  let count = 0;
  for (const symbol of symbols) {
    count++;
    assert.ok(symbol.name.trim() !== '', 'a symbol has a name');
    assert.ok(
      contains(symbol.range, symbol.selectionRange),
      `${symbol.name}: selection ${JSON.stringify(symbol.selectionRange)} inside ${JSON.stringify(symbol.range)}`,
    );
    count += assertWellFormed(symbol.children ?? []);
  }
  return count;
}

/** The 0-based line of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith(prefix));
  assert.ok(line >= 0, `a line starting with ${JSON.stringify(prefix)}`);
  return line;
}

const TOP_LEVEL = [
  'Title',
  'Date',
  'Status',
  'Binding Provisions',
  'Parties',
  'Asset',
  'License',
  'Financials',
  'IP',
  'Non-Compete',
  'Termination',
  'Timeline',
  'Advisors',
  'Governing Law',
  'Dispute Resolution',
  'Confidentiality',
  'Exclusivity',
];

describe('document symbols over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize({ debounceMs: 10 }, HIERARCHICAL);
  });

  after(() => client.stop());

  test('YAML: the clauses as a tree with human names, value summaries and exact ranges', async () => {
    const uri = 'file:///work/outline/complete.termsheet.yaml';
    const text = readExample('complete.termsheet.yaml');
    await client.open(uri, text);
    const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
    assertWellFormed(symbols);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Term Sheet Format', ...TOP_LEVEL],
    );

    const parties = top(symbols, 'Parties');
    const partiesLine = lineOf(text, 'parties:');
    assert.equal(parties.kind, SymbolKind.Namespace);
    assert.deepEqual(parties.selectionRange, { start: { line: partiesLine, character: 0 }, end: { line: partiesLine, character: 7 } });
    // The whole clause: from its key to the end of its last value (the licensee's type).
    const typeLine = lineOf(text, '    type: mid-size-pharma');
    assert.deepEqual(parties.range, { start: { line: partiesLine, character: 0 }, end: { line: typeLine, character: '    type: mid-size-pharma'.length } });
    assert.deepEqual(
      parties.children?.map((symbol) => [symbol.name, symbol.detail]),
      [
        ['Licensor', 'Hexin Therapeutics (Suzhou) Co., Ltd.'],
        ['Licensee', 'Seto Pharmaceutical Co., Ltd.'],
      ],
    );
    assert.deepEqual(child(child(parties, 'Licensor'), 'Signing Entity').detail, 'Hexin Therapeutics (HK) Limited');

    const financials = top(symbols, 'Financials');
    assert.equal(financials.detail, 'USD 100M');
    assert.equal(child(financials, 'Upfront').detail, 'USD 25M');
    assert.equal(child(financials, 'Total Deal Value').detail, 'USD 100M');
    const milestones = child(financials, 'Milestones');
    assert.equal(milestones.detail, 'USD 75M');
    assert.deepEqual(
      milestones.children?.map((symbol) => [symbol.name, symbol.detail]),
      [
        ['Development', '1 milestone, USD 10M'],
        ['Regulatory', '2 milestones, USD 40M'],
        ['Commercial', '1 milestone, USD 25M'],
      ],
    );
    const pmda = child(child(milestones, 'Regulatory'), 'PMDA approval');
    assert.equal(pmda.kind, SymbolKind.Event);
    assert.equal(pmda.detail, 'USD 30M');
    assert.deepEqual(
      child(financials, 'Royalties').children?.map((symbol) => [symbol.name, symbol.detail]),
      [
        ['Up to USD 150M', '9%'],
        ['Above USD 150M', '13%'],
      ],
    );

    const patents = child(top(symbols, 'IP'), 'Patents');
    assert.equal(patents.detail, '2 families');
    const family = child(patents, 'WO2022/118877 (composition of matter)');
    assert.equal(family.detail, 'CN, US, EP, JP, KR, IN, AU · 2042');
    // The family is selected by its name where it is written; its range is the whole item.
    const familyLine = lineOf(text, '    - family: WO2022/118877');
    assert.deepEqual(family.selectionRange, { start: { line: familyLine, character: 14 }, end: { line: familyLine, character: 51 } });
    assert.deepEqual(family.range.start, { line: familyLine, character: 6 });
    assert.equal(family.range.end.line, familyLine + 2);

    assert.equal(child(top(symbols, 'Advisors'), 'Tax').detail, 'Harbour Tax Partners');
    assert.equal(child(top(symbols, 'License'), 'Territory').detail, 'JP, KR');
    assert.equal(child(child(top(symbols, 'Asset'), 'Data'), 'Pivotal Ready').detail, 'yes');
  });

  test('Markdown: sections, tables and bold lines give the same outline, ranged from the heading', async () => {
    const uri = 'file:///work/outline/complete.termsheet.md';
    const text = readExample('complete.termsheet.md');
    await client.open(uri, text, 'markdown');
    const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
    assertWellFormed(symbols);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      TOP_LEVEL,
    );

    const yaml = (await client.documentSymbols('file:///work/outline/complete.termsheet.yaml')) as DocumentSymbol[];
    // The twin sheets say the same: the same clauses under Parties, Financials and IP, with the same summaries.
    for (const clause of ['Parties', 'Financials', 'IP', 'Termination', 'Advisors']) {
      const names = (symbols: DocumentSymbol[]) =>
        top(symbols, clause)
          .children?.map((symbol) => symbol.name)
          .sort();
      assert.deepEqual(names(symbols), names(yaml), clause);
    }
    const financials = top(symbols, 'Financials');
    assert.equal(financials.detail, 'USD 100M');
    assert.deepEqual(
      child(financials, 'Milestones').children?.map((symbol) => [symbol.name, symbol.detail]),
      child(top(yaml, 'Financials'), 'Milestones').children?.map((symbol) => [symbol.name, symbol.detail]),
    );
    assert.deepEqual(
      child(top(symbols, 'IP'), 'Patents').children?.map((symbol) => [symbol.name, symbol.detail]),
      child(top(yaml, 'IP'), 'Patents').children?.map((symbol) => [symbol.name, symbol.detail]),
    );

    // "## 4. Financial terms": the range starts at the heading's `#`, the selection is the label.
    const heading = lineOf(text, '## 4. Financial terms');
    assert.deepEqual(financials.selectionRange, { start: { line: heading, character: 6 }, end: { line: heading, character: 21 } });
    assert.deepEqual(financials.range.start, { line: heading, character: 0 });
    assert.equal(financials.range.end.line, lineOf(text, '9% of annual Net Sales'));
    // A table row is ranged from its pipe; a bold lead-in line from its first character.
    const upfrontRow = lineOf(text, '| Upfront payment |');
    assert.deepEqual(child(financials, 'Upfront').range.start, { line: upfrontRow, character: 0 });
    assert.equal(child(financials, 'Upfront').detail, 'USD 25M');
    const licensee = child(top(symbols, 'Parties'), 'Licensee');
    assert.equal(licensee.detail, 'Seto Pharmaceutical Co., Ltd.');
    assert.equal(licensee.range.start.line, lineOf(text, '| Licensee |'));
  });

  test('YAML aliases are listed where used but never expanded again', async () => {
    const uri = 'file:///work/outline/aliases.termsheet.yaml';
    const rows = ['a: &a [{x: 1}, {x: 2}, {x: 3}, {x: 4}, {x: 5}, {x: 6}, {x: 7}, {x: 8}]'];
    for (let i = 1; i < 12; i++)
      rows.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(8)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    await client.open(uri, `${rows.join('\n')}\n`);
    const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
    const count = assertWellFormed(symbols);
    // Expanded, the last line alone would be 8^12 items.
    assert.ok(count < 200, `${count} symbols`);
    assert.equal(symbols.length, 12);
    const folds = await client.foldingRanges(uri);
    assert.ok(Array.isArray(folds));
  });

  test('a client without hierarchical symbols gets them flat, each with its container', async () => {
    const flat = LspTestClient.stdio();
    try {
      await flat.initialize();
      const uri = 'file:///work/outline/flat.termsheet.yaml';
      await flat.open(uri, 'parties:\n  licensor:\n    name: Hexin\n  licensee:\n    name: Seto\n');
      const symbols = (await flat.documentSymbols(uri)) as SymbolInformation[];
      assert.deepEqual(
        symbols.map((symbol) => [symbol.name, symbol.containerName, symbol.location.uri, symbol.location.range.start.line]),
        [
          ['Parties', undefined, uri, 0],
          ['Licensor', 'Parties', uri, 1],
          ['Name', 'Licensor', uri, 2],
          ['Licensee', 'Parties', uri, 3],
          ['Name', 'Licensee', uri, 4],
        ],
      );
      await flat.shutdown();
    } finally {
      flat.kill();
    }
  });

  test('no symbols for a file that is not a term sheet', async () => {
    const uri = 'file:///work/outline/other.yaml';
    await client.open(uri, 'parties:\n  licensor: x\n');
    assert.deepEqual(await client.documentSymbols(uri), []);
    assert.deepEqual(await client.foldingRanges(uri), []);
    assert.deepEqual(await client.codeLenses(uri), []);
  });
});

describe('folding ranges over stdio', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize();
  });

  after(() => client.stop());

  test('YAML: mappings, lists, list items, block scalars and comment blocks; a # inside a block scalar is text', async () => {
    const uri = 'file:///work/folding/deal.termsheet.yaml';
    await client.open(
      uri,
      [
        '# A header comment', // 0
        '# over two lines',
        'parties:', // 2
        '  licensor:',
        '    name: A',
        '    country: CN', // 5
        'financials:',
        '  upfront: 1',
        '  milestones:', // 8
        '    - {event: a, amount: 1}',
        '    - event: b', // 10
        '      amount: 2',
        'notes: |', // 12
        '  # not a comment',
        '  # either',
        'title: x', // 15
        '',
      ].join('\n'),
    );
    assert.deepEqual(await client.foldingRanges(uri), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 5 },
      { startLine: 3, endLine: 5 },
      { startLine: 6, endLine: 11 },
      { startLine: 8, endLine: 11 },
      { startLine: 10, endLine: 11 },
      { startLine: 12, endLine: 14 },
    ]);
  });

  test('Markdown: front matter (and its YAML), sections to the next heading of their level, tables, lists, code, quotes, comments', async () => {
    const uri = 'file:///work/folding/deal.termsheet.md';
    await client.open(
      uri,
      [
        '---', // 0
        'termsheet: 1',
        '# about',
        '# the deal',
        'title: X',
        '---', // 5
        '# Licence of X',
        '',
        '## Parties', // 8
        '',
        '| Party | Details |', // 10
        '|---|---|',
        '| Licensor | A (China) |',
        '',
        '## Financials', // 14
        '',
        '- **Upfront:** USD 1M', // 16
        '- **Total deal value:** USD 1M',
        '  payable in two parts',
        '',
        '### Notes', // 20
        '',
        '```text', // 22
        'code',
        'more',
        '```',
        '',
        '> quoted', // 27
        '> twice',
        '',
        '## Timeline', // 30
        '<!-- a',
        'comment -->',
        '',
      ].join('\n'),
      'markdown',
    );
    assert.deepEqual(await client.foldingRanges(uri), [
      { startLine: 0, endLine: 5 },
      { startLine: 2, endLine: 3, kind: 'comment' },
      { startLine: 6, endLine: 32 },
      { startLine: 8, endLine: 12 },
      { startLine: 10, endLine: 12 },
      { startLine: 14, endLine: 28 },
      { startLine: 16, endLine: 18 },
      { startLine: 17, endLine: 18 },
      { startLine: 20, endLine: 28 },
      { startLine: 22, endLine: 25 },
      { startLine: 27, endLine: 28 },
      { startLine: 30, endLine: 32 },
      { startLine: 31, endLine: 32, kind: 'comment' },
    ]);
  });

  test('the complete Markdown example folds every numbered section', async () => {
    const uri = 'file:///work/folding/complete.termsheet.md';
    const text = readExample('complete.termsheet.md');
    await client.open(uri, text, 'markdown');
    const starts = new Set((await client.foldingRanges(uri))?.map((range) => range.startLine));
    const headings = text.split('\n').flatMap((line, index) => (/^##? /.test(line) ? [index] : []));
    assert.equal(headings.length, 14);
    for (const line of headings) assert.ok(starts.has(line), `a fold at line ${line + 1}`);
  });
});

describe('outline, folding and lenses on documents that must not take the server down', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.stdio();
    await client.initialize({ debounceMs: 10 }, HIERARCHICAL);
  });

  after(() => client.kill());

  const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++)
    aliasBomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  const cases: Array<[name: string, text: string]> = [
    ['empty.termsheet.yaml', ''],
    ['binary.termsheet.yaml', 'a: 1\n\u0000\u0001\u0002'],
    ['five-megabytes.termsheet.yaml', 'key: value\n'.repeat(Math.ceil((5 * 1024 * 1024) / 11))],
    ['deep-flow.termsheet.yaml', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['deep-list.termsheet.yaml', '- '.repeat(5_000) + 'x'],
    ['alias-bomb.termsheet.yaml', `${aliasBomb.join('\n')}\nfinancials: {upfront: *j, total_deal_value: *j}\n`],
    ['top-level-list.termsheet.yaml', '- a\n- b\n'],
    ['complex-keys.termsheet.yaml', '? [a, b]\n: 1\n"": 2\n? {x: 1}\n: {y: 2}\n'],
    ['deep-quotes.termsheet.md', `${'> '.repeat(5_000)}text\n`],
    ['deep-lists.termsheet.md', Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
    ['unclosed.termsheet.md', '---\ntermsheet: 1\n\n## Financials\n\n```\nupfront: USD 1M\n'],
    ['empty-labels.termsheet.md', '## \n\n| | |\n|---|---|\n| | |\n\n**:** x\n'],
  ];

  for (const [name, text] of cases) {
    test(`${name}: every feature answers`, async () => {
      const uri = `file:///tmp/hostile/${name}`;
      await client.open(uri, text, name.endsWith('.md') ? 'markdown' : 'yaml');
      const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
      assertWellFormed(symbols);
      const folds = (await client.foldingRanges(uri)) ?? [];
      assert.ok(folds.length <= 5_000 && folds.every((fold) => fold.endLine > fold.startLine));
      assert.ok(Array.isArray(await client.codeLenses(uri)));
      assert.ok(
        Array.isArray(
          await client.codeActionWithContext(
            uri,
            { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            { diagnostics: [], only: ['source.fixAll.termsheet'] },
          ),
        ),
      );
      // No handler failed: a failure would replace the findings with an internal-error diagnostic.
      const diagnostics = await client.diagnosticsForCurrentVersion(uri, 30_000);
      assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'internal-error'), JSON.stringify(diagnostics.map((d) => d.message)));
      assert.ok(client.alive);
    });
  }
});
