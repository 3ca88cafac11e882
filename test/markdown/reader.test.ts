import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dealOf, getEntry, getNode, lintText, readDealValue, type ModelNode, type Sheet } from '../../server/src/engine';
import { isMarkdownTermSheet } from '../../server/src/engine/lint';
import { readMarkdownSheet } from '../../server/src/engine/markdown/reader';
import { RULES } from '../../rules';

/** The source text a node's range covers. */
function covered(sheet: Sheet, node: ModelNode | undefined): string | undefined {
  return node && sheet.text.slice(node.range.start.offset, node.range.end.offset);
}

function keyText(sheet: Sheet, path: string): string | undefined {
  const entry = getEntry(sheet.root, path);
  return entry && sheet.text.slice(entry.keyRange.start.offset, entry.keyRange.end.offset);
}

function valueOf(sheet: Sheet, path: string): unknown {
  const node = getNode(sheet.root, path);
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map((item) => (item.kind === 'scalar' ? item.value : item.kind));
  return 'map';
}

describe('Markdown reader: where labels come from', () => {
  const cases: Array<[string, string]> = [
    ['a heading', '## Territory\n\nJapan and South Korea.\n'],
    ['a numbered heading', '## 3. Territory\n\nJapan and South Korea.\n'],
    ['a sub-numbered heading', '### 3.1 Territory\n\nJapan and South Korea\n'],
    ['a "Section 3 –" heading', '## Section 3 – Territory\n\nJapan and South Korea\n'],
    ['a table row', '| Term | Detail |\n|---|---|\n| Territory | Japan and South Korea |\n'],
    ['a table without outer pipes', 'Term | Detail\n--- | ---\nTerritory | Japan and South Korea\n'],
    ['a bold label line', '**Territory:** Japan and South Korea\n'],
    ['a bold label with the colon outside', '**Territory**: Japan and South Korea\n'],
    ['a plain label line', 'Territory: Japan and South Korea\n'],
    ['a definition-style lead-in', '**Territory.** Japan and South Korea.\n'],
    ['a numbered clause', '1. **Territory.** Japan and South Korea.\n'],
    ['a numbered plain clause', '3.1 Territory: Japan and South Korea\n'],
    ['a numbered list item whose label ends in a full stop', '1. Parties. Acme and Beta.\n\n2. Territory. Japan and South Korea.\n'],
    ['a bullet', '- **Territory:** Japan and South Korea\n'],
    ['a setext heading', 'Territory\n---------\n\nJapan and South Korea\n'],
    ['a block quote', '> **Territory:** Japan and South Korea\n'],
  ];
  for (const [name, text] of cases) {
    test(name, () => {
      const sheet = readMarkdownSheet(text);
      assert.equal(keyText(sheet, 'license.territory'), 'Territory');
      const territory = getNode(sheet.root, 'license.territory');
      assert.equal(covered(sheet, territory), 'Japan and South Korea');
      assert.deepEqual(valueOf(sheet, 'license.territory'), ['Japan and South Korea']);
    });
  }
});

describe('Markdown reader: values from prose, ranged on their characters', () => {
  test("a party's country: written out rather than a state's code, and a state's code before a ZIP as the US", () => {
    const sheet = readMarkdownSheet(
      '**Licensee:** Alder Creek Therapeutics, Inc., San Diego, CA 92121, United States.\n\n**Licensor:** Harbor Labs, Inc., Bethesda, MD 20814\n',
    );
    assert.equal(valueOf(sheet, 'parties.licensee.country'), 'United States');
    assert.equal(valueOf(sheet, 'parties.licensor.country'), 'US');
  });

  test('money, in a sentence', () => {
    const sheet = readMarkdownSheet('## Upfront Payment\n\nLicensee pays **USD 25 million** within 30 days of signing.\n');
    assert.equal(valueOf(sheet, 'financials.upfront'), 'USD 25 million');
    assert.equal(covered(sheet, getNode(sheet.root, 'financials.upfront')), 'USD 25 million');
  });

  test('a value that cannot be read stays the prose', () => {
    const sheet = readMarkdownSheet('| Clause | Terms |\n|---|---|\n| Upfront Payment | to be agreed after diligence |\n');
    assert.equal(valueOf(sheet, 'financials.upfront'), 'to be agreed after diligence');
  });

  test('territory with exclusions', () => {
    const sheet = readMarkdownSheet('**Territory:** worldwide, excluding Greater China and Japan\n');
    assert.deepEqual(valueOf(sheet, 'license.territory'), ['worldwide', '-Greater China', '-Japan']);
  });

  test('enum words', () => {
    const sheet = readMarkdownSheet('**Licence Grant:** a non-exclusive licence\n**Stage:** Phase IIb\n**Classification:** best in class\n');
    assert.equal(valueOf(sheet, 'license.scope'), 'non-exclusive');
    assert.equal(covered(sheet, getNode(sheet.root, 'license.scope')), 'non-exclusive');
    assert.equal(valueOf(sheet, 'asset.stage'), 'phase-2');
    assert.equal(valueOf(sheet, 'asset.classification'), 'best-in-class');
  });

  test('royalty tiers written as a sentence', () => {
    const sheet = readMarkdownSheet('## Royalties\n\n10% of Net Sales up to $100 million, 14% above.\n');
    const tiers = getNode(sheet.root, 'financials.royalties');
    assert.equal(tiers?.kind, 'list');
    const read =
      tiers.kind === 'list'
        ? tiers.items.map((tier) =>
            tier.kind === 'map' ? Object.fromEntries(tier.entries.map((e) => [e.key, e.value.kind === 'scalar' ? e.value.value : null])) : null,
          )
        : [];
    assert.deepEqual(read, [
      { up_to: '$100 million', rate: '10%' },
      { above: '$100 million', rate: '14%' },
    ]);
  });

  test('a milestone table', () => {
    const sheet = readMarkdownSheet('## Milestones\n\n| Event | Amount |\n|---|---|\n| IND clearance | EUR 10m |\n| First Phase 3 dosing | EUR 30m |\n');
    const milestones = getNode(sheet.root, 'financials.milestones');
    assert.equal(milestones?.kind, 'list');
    const amounts =
      milestones.kind === 'list'
        ? milestones.items.map((item) => (item.kind === 'map' ? covered(sheet, item.entries.find((e) => e.key === 'amount')?.value) : undefined))
        : [];
    assert.deepEqual(amounts, ['EUR 10m', 'EUR 30m']);
  });

  test('cells written alike in several rows are each read on their own row', () => {
    // A patent table repeats its jurisdictions and years: what each cell reads as is found once, ranged per row.
    const row = (n: number) => `| WO2024/10000${n} | CN, US, EP | 2041 |\n`;
    const sheet = readMarkdownSheet(`## Patents\n\n| Family | Jurisdictions | Expiry |\n|---|---|---|\n${row(1)}${row(2)}${row(3)}`);
    const families = getNode(sheet.root, 'ip.patents');
    assert.equal(families?.kind, 'list');
    const read = families.kind === 'list' ? families.items : [];
    assert.equal(read.length, 3);
    read.forEach((family, i) => {
      const field = (key: string) => (family.kind === 'map' ? family.entries.find((entry) => entry.key === key)?.value : undefined);
      const places = field('jurisdictions');
      assert.deepEqual(places?.kind === 'list' ? places.items.map((item) => [covered(sheet, item), item.range.start.line]) : [], [
        ['CN', 4 + i],
        ['US', 4 + i],
        ['EP', 4 + i],
      ]);
      assert.equal(places?.range.start.line, 4 + i);
      assert.deepEqual([covered(sheet, field('expiry')), field('expiry')?.range.start.line], ['2041', 4 + i]);
    });
    // Each row's values are its own objects.
    const [first, second] = read.map((family) => (family.kind === 'map' ? family.entries[1].value : undefined));
    assert.notEqual(first, second);
  });

  test('a cell written as a row above it was is read at its own place, in the words around the value too', () => {
    // The rows indent their cells differently, and the year sits after other words in its cell.
    const sheet = readMarkdownSheet(
      '## Patents\n\n| Family | Jurisdictions | Expiry |\n|---|---|---|\n| WO2024/1 | CN, US | expires 2041 |\n|   WO2024/2   |    CN, US   |  expires 2041 |\n',
    );
    const families = getNode(sheet.root, 'ip.patents');
    const read = families?.kind === 'list' ? families.items : [];
    assert.equal(read.length, 2);
    const at = read.map((family) => {
      const entries = family.kind === 'map' ? family.entries : [];
      const expiry = entries.find((entry) => entry.key === 'expiry');
      const places = entries.find((entry) => entry.key === 'jurisdictions')?.value;
      return {
        expiry: [
          covered(sheet, expiry?.value),
          expiry?.value.range.start.line,
          expiry && sheet.text.slice(expiry.keyRange.start.offset, expiry.keyRange.end.offset),
        ],
        places: places?.kind === 'list' ? places.items.map((item) => [covered(sheet, item), item.range.start.line]) : [],
      };
    });
    assert.deepEqual(at, [
      {
        expiry: ['2041', 4, 'expires 2041'],
        places: [
          ['CN', 4],
          ['US', 4],
        ],
      },
      {
        expiry: ['2041', 5, 'expires 2041'],
        places: [
          ['CN', 5],
          ['US', 5],
        ],
      },
    ]);
  });

  test('durations as days, and the days key termination uses', () => {
    const sheet = readMarkdownSheet("## Termination\n\n- **For convenience:** six (6) months' notice\n- **For breach:** thirty (30) days to cure\n");
    assert.equal(valueOf(sheet, 'termination.for_convenience.notice_days'), 183);
    assert.equal(valueOf(sheet, 'termination.for_breach.cure_days'), 30);
    assert.equal(covered(sheet, getNode(sheet.root, 'termination.for_breach.cure_days')), 'thirty (30) days');
  });

  test('ranges are exact with CRLF line ends, tabs and non-ASCII text', () => {
    const text = '# 许可条款\r\n\r\n|\tClause\t| Terms |\r\n|---|---|\r\n|\tUpfront Payment\t| 首付款 RMB 100,000,000 |\r\n';
    const sheet = readMarkdownSheet(text);
    assert.equal(keyText(sheet, 'financials.upfront'), 'Upfront Payment');
    assert.equal(covered(sheet, getNode(sheet.root, 'financials.upfront')), 'RMB 100,000,000');
    const range = getNode(sheet.root, 'financials.upfront')!.range;
    assert.equal(range.start.line, 4);
    assert.equal(range.start.character, text.split('\r\n')[4].indexOf('RMB'));
  });

  test('escaped pipes stay in their cell', () => {
    const sheet = readMarkdownSheet('| Clause | Terms |\n|---|---|\n| Field | oncology \\| haematology |\n| Territory | Japan |\n');
    assert.equal(valueOf(sheet, 'license.field'), 'oncology | haematology');
    assert.equal(covered(sheet, getNode(sheet.root, 'license.territory')), 'Japan');
  });

  test('a placeholder beside a value stays in the model, as YAML keeps it, and placeholder-left reports it', () => {
    const text =
      '| Clause | Terms |\n|---|---|\n| Territory | Greater China, [TBD] |\n| Upfront | USD 20M [TBC] |\n| Classification | [TBD: first-in-class or me-too] |\n\n' +
      '## Patents\n\n| Family | Jurisdictions | Expiry |\n|---|---|---|\n| WO2024/000001 | CN, US, [TBD] | 2040 |\n';
    const sheet = readMarkdownSheet(text);
    // A list gets the placeholder as one more item, ranged on it.
    assert.deepEqual(valueOf(sheet, 'license.territory'), ['Greater China', '[TBD]']);
    assert.equal(covered(sheet, getNode(sheet.root, 'license.territory')), 'Greater China, [TBD]');
    const family = getNode(sheet.root, 'ip.patents');
    assert.ok(family?.kind === 'list' && family.items[0].kind === 'map');
    const jurisdictions = family.items[0].entries.find((entry) => entry.key === 'jurisdictions')?.value;
    assert.deepEqual(jurisdictions?.kind === 'list' && jurisdictions.items.map((item) => item.kind === 'scalar' && item.value), ['CN', 'US', '[TBD]']);
    // A single value is the prose as written, not the part that could be read (nor a word inside the placeholder).
    assert.equal(valueOf(sheet, 'financials.upfront'), 'USD 20M [TBC]');
    assert.equal(valueOf(sheet, 'asset.classification'), '[TBD: first-in-class or me-too]');

    // A value a section's lead mentions is still read when the lead holds a placeholder elsewhere; the lead keeps it.
    const lead = readMarkdownSheet('## Asset\n\nHX-204, a phase 2 bispecific antibody; INN [TBD].\n');
    assert.equal(valueOf(lead, 'asset.stage'), 'phase-2');
    assert.equal(valueOf(lead, 'asset.summary'), 'HX-204, a phase 2 bispecific antibody; INN [TBD]');

    const placeholders = lintText(text, { rules: RULES, fileName: 'deal.termsheet.md' }).findings.filter((finding) => finding.ruleId === 'placeholder-left');
    assert.deepEqual(
      placeholders.map((finding) => [finding.message, text.slice(finding.range.start.offset, finding.range.end.offset)]),
      [
        ['Placeholder "[TBD]" left in license.territory[1]', '[TBD]'],
        ['Placeholder "[TBC]" left in financials.upfront', '[TBC]'],
        ['Placeholder "[TBD: first-in-class or me-too]" left in asset.classification', '[TBD: first-in-class or me-too]'],
        ['Placeholder "[TBD]" left in ip.patents[0].jurisdictions[2]', '[TBD]'],
      ],
    );
  });

  test('a comment at the end of a value is never part of it', () => {
    const text =
      '# Licence of ZA-101 <!-- a note -->\n\n| Clause | Terms |\n|---|---|\n| Territory | Worldwide <!-- check India --> |\n\n' +
      '**Licensee:** Kanto Pharma K.K. <!-- Japan? -->\n\n## Field\n\nOncology. <!-- narrow to breast cancer -->\n';
    const sheet = readMarkdownSheet(text);
    assert.equal(covered(sheet, getNode(sheet.root, 'title')), 'Licence of ZA-101');
    assert.deepEqual(valueOf(sheet, 'license.territory'), ['Worldwide']);
    assert.equal(covered(sheet, getNode(sheet.root, 'license.territory')), 'Worldwide');
    assert.equal(covered(sheet, getNode(sheet.root, 'parties.licensee.name')), 'Kanto Pharma K.K.');
    assert.equal(valueOf(sheet, 'license.field'), 'Oncology');
  });

  test("a grant's prose gives the territory when no clause of its own states it", () => {
    const grant = readMarkdownSheet(
      '## Licence Grant\n\nAn exclusive licence to develop and sell the compound in Japan and South Korea.\n\n## Field\n\nOncology\n',
    );
    assert.equal(valueOf(grant, 'license.scope'), 'exclusive');
    assert.deepEqual(valueOf(grant, 'license.territory'), ['Japan and South Korea']);
    // The territory's own clause wins, wherever it is written.
    const both = readMarkdownSheet('## Licence Grant\n\nAn exclusive licence in Japan and South Korea.\n\n## Territory\n\nJapan\n');
    assert.deepEqual(valueOf(both, 'license.territory'), ['Japan']);
    assert.equal(keyText(both, 'license.territory'), 'Territory');
  });

  test('a label naming two clauses gives each the value; a clause with a label of its own keeps it', () => {
    const sheet = readMarkdownSheet('1. **Patent Rights and Field of Use.** US 9,968,211; radiopharmaceutical therapy.\n2. **Territory.** United States\n');
    assert.equal(getNode(sheet.root, 'ip.patents')?.kind, 'list');
    assert.equal(valueOf(sheet, 'license.field'), 'US 9,968,211; radiopharmaceutical therapy');
    assert.equal(keyText(sheet, 'license'), 'Territory');
    const own = readMarkdownSheet('| Term | Value |\n|---|---|\n| Territory and Field | Japan; oncology |\n| Field | Oncology |\n');
    assert.equal(valueOf(own, 'license.field'), 'Oncology');
    assert.deepEqual(valueOf(own, 'license.territory'), ['Japan']);
  });

  test('a heading naming two or three clauses gives each its words; one whose section labels them itself is read by those labels', () => {
    const sheet = readMarkdownSheet(
      '# Licence\n\n## Governing Law and Dispute Resolution\n\nEnglish law; HKIAC arbitration.\n\n## Confidentiality; Publicity; Costs\n\nMutual, five years.\n',
    );
    assert.equal(valueOf(sheet, 'governing_law'), 'English law; HKIAC arbitration');
    assert.equal(valueOf(sheet, 'dispute_resolution'), 'English law; HKIAC arbitration');
    assert.equal(valueOf(sheet, 'confidentiality'), undefined, 'a part the model does not know (Publicity) makes no compound');
    const labelled = readMarkdownSheet('# Licence\n\n## Governing Law; Confidentiality\n\nGoverning law: Singapore law.\n');
    assert.equal(valueOf(labelled, 'governing_law'), 'Singapore law');
    assert.equal(valueOf(labelled, 'confidentiality'), undefined);
  });

  test('a clause written again under another heading keeps its words beside the first, never drops them', () => {
    const sheet = readMarkdownSheet(
      '# Licence\n\n## Financial Terms\n\nUpfront payment of USD 15 million.\n\n## Payments\n\nAll payments to Lixing Biotech (HK) Limited.\n',
    );
    assert.deepEqual(valueOf(sheet, 'other_text'), ['All payments to Lixing Biotech (HK) Limited']);
  });

  test("a party's label under Advisors names its advisors, not the party", () => {
    const sheet = readMarkdownSheet(
      '# Licence\n\n**Licensor:** Lixing Biotech Co., Ltd.\n\n## Advisors\n\nLicensor: legal counsel Han Kun Law Offices; tax advisor Deloitte China.\n',
    );
    assert.equal(valueOf(sheet, 'parties.licensor.name'), 'Lixing Biotech Co., Ltd.');
    assert.equal(valueOf(sheet, 'advisors.summary'), 'Licensor: legal counsel Han Kun Law Offices; tax advisor Deloitte China');
  });

  test("a grant's sentence gives the field of use when no clause of its own states it", () => {
    const grant = '# Licence\n\n## Licence\n\nAn exclusive licence to develop TG-551 in the Territory for all human therapeutic uses.\n';
    assert.equal(valueOf(readMarkdownSheet(grant), 'license.field'), 'all human therapeutic uses');
    assert.equal(valueOf(readMarkdownSheet('# Licence\n\n## Licence\n\nAn exclusive licence in the field of oncology.\n'), 'license.field'), 'oncology');
    assert.equal(valueOf(readMarkdownSheet(`${grant}\n## Field\n\nOncology only.\n`), 'license.field'), 'Oncology only');
    assert.equal(valueOf(readMarkdownSheet('# Licence\n\n## Licence\n\nAn exclusive licence in the Field.\n'), 'license.field'), undefined);
  });

  test('the payments a paragraph of financial terms names are read as their clauses, in words and figures alike', () => {
    const sheet = readMarkdownSheet(
      '# Heads of Terms\n\n6. Consideration. The Licensee shall pay (a) an upfront fee of Thirty Million US Dollars (US$30,000,000); ' +
        '(b) development and regulatory milestones of up to US$120,000,000; and (c) sales milestones of up to US$200,000,000, ' +
        'for a total deal value of up to US$350,000,000.\n',
    );
    const deal = readDealValue(dealOf(sheet));
    assert.deepEqual([deal.upfront, deal.milestones, deal.total?.money?.amount, deal.comparison?.matches], [30_000_000, 320_000_000, 350_000_000, true]);
    assert.equal(valueOf(sheet, 'financials.upfront'), 'US$30,000,000');
  });

  test('a paragraph with an amount no payment names, or a payment with no amount of its own, is left as written', () => {
    for (const paragraph of [
      'An upfront payment of EUR 25 million; EUR 40 million on EMA approval; total deal value EUR 65 million.',
      'An upfront payment and development, regulatory and sales milestones, up to USD 517.5 million in aggregate.',
    ]) {
      const sheet = readMarkdownSheet(`# Heads of Terms\n\n8. Payments. ${paragraph}\n`);
      assert.equal(valueOf(sheet, 'financials.upfront'), undefined, paragraph);
      assert.equal(valueOf(sheet, 'financials.total_deal_value'), undefined, paragraph);
    }
  });

  test("parts of a clause's prose that name its clauses are those clauses, among parts that do not", () => {
    const sheet = readMarkdownSheet(
      '## Product\n\nGX-12, an oral KRAS G12D inhibitor; first-in-class; differentiation — novelty: first oral G12D inhibitor; speed: a year ahead.\n\n' +
        '12. Advisers. Legal counsel: Fenwick-Ward LLP for the Licensee.\n',
    );
    assert.equal(covered(sheet, getNode(sheet.root, 'asset.differentiation.novelty')), 'first oral G12D inhibitor');
    assert.equal(keyText(sheet, 'asset.differentiation.novelty'), 'novelty');
    assert.equal(valueOf(sheet, 'asset.differentiation.speed'), 'a year ahead');
    assert.equal(valueOf(sheet, 'asset.classification'), 'first-in-class');
    assert.equal(valueOf(sheet, 'advisors.legal'), 'Fenwick-Ward LLP for the Licensee');
    // A colon in a part that names no clause is prose.
    const prose = readMarkdownSheet('## Product\n\nGX-12; note: oral dosing.\n');
    assert.equal(getEntry(prose.root, 'asset')?.value.kind, 'map');
    assert.equal(getEntry(prose.root, 'asset.note'), undefined);
  });

  test('code blocks hold no clauses', () => {
    const sheet = readMarkdownSheet('```\n**Territory:** Japan\n```\n\n    **Field:** oncology\n');
    assert.equal(getEntry(sheet.root, 'license'), undefined);
  });
});

describe('Markdown reader: front matter', () => {
  const text = '---\ntermsheet: 1\nlicense:\n  territory: [JP]\n---\n\n# Title\n\n**Territory:** Korea\n\n**Field:** oncology\n';

  test('is read as YAML, with ranges into the whole file, and wins over prose', () => {
    const sheet = readMarkdownSheet(text);
    assert.deepEqual(sheet.problems, []);
    assert.deepEqual(valueOf(sheet, 'license.territory'), ['JP']);
    assert.equal(covered(sheet, getNode(sheet.root, 'license.territory')), '[JP]');
    assert.equal(keyText(sheet, 'termsheet'), 'termsheet');
    // Prose adds what the front matter does not say.
    assert.equal(valueOf(sheet, 'license.field'), 'oncology');
    assert.equal(keyText(sheet, 'license.field'), 'Field');
  });

  test('a YAML error is a syntax finding at its place in the file', () => {
    const broken = '---\ntermsheet: 1\nlicense: [unclosed\n---\n\n**Field:** oncology\n';
    const result = lintText(broken, { rules: RULES, fileName: 'x.termsheet.md' });
    assert.deepEqual(
      result.findings.map((finding) => finding.ruleId),
      ['syntax'],
    );
    assert.ok(result.findings[0].range.start.line >= 2 && result.findings[0].range.start.line <= 3);
  });

  test('unclosed front matter is a problem, not a crash', () => {
    const sheet = readMarkdownSheet('---\ntermsheet: 1\ntitle: x\n\n# Heading\n');
    assert.equal(sheet.problems.length, 1);
    assert.match(sheet.problems[0].message, /never closed/);
  });

  test('a thematic break on the first line is not front matter', () => {
    const sheet = readMarkdownSheet('---\n\n**Territory:** Japan\n');
    assert.deepEqual(sheet.problems, []);
    assert.deepEqual(valueOf(sheet, 'license.territory'), ['Japan']);
  });

  test('which Markdown files are term sheets', () => {
    assert.equal(isMarkdownTermSheet(text), true);
    assert.equal(isMarkdownTermSheet('---\ntitle: Notes\n---\n# Notes\n'), false);
    assert.equal(isMarkdownTermSheet('# termsheet: not front matter\n'), false);
    assert.equal(isMarkdownTermSheet('---\ntermsheet: 1\n'), false);
  });
});

describe('Markdown reader: directives', () => {
  test('HTML comments become directives ranged on the comment', () => {
    const text = [
      '<!-- termsheet-disable-next-line non-compete-missing, fto-missing -- agreed in the side letter -->',
      '**Territory:** Japan',
      '<!-- termsheet-disable patent-coverage-gap -->',
      'Some prose <!-- termsheet-enable patent-coverage-gap --> here.',
      '```',
      '<!-- termsheet-disable fto-missing -->',
      '```',
      '',
    ].join('\n');
    const sheet = readMarkdownSheet(text);
    assert.deepEqual(
      sheet.directives.map((d) => ({ kind: d.kind, ruleIds: d.ruleIds, reason: d.reason, text: text.slice(d.range.start.offset, d.range.end.offset) })),
      [
        { kind: 'disable-next-line', ruleIds: ['non-compete-missing', 'fto-missing'], reason: 'agreed in the side letter', text: text.split('\n')[0] },
        { kind: 'disable', ruleIds: ['patent-coverage-gap'], reason: undefined, text: text.split('\n')[2] },
        { kind: 'enable', ruleIds: ['patent-coverage-gap'], reason: undefined, text: '<!-- termsheet-enable patent-coverage-gap -->' },
      ],
    );
  });
});

describe('Markdown reader: robustness', () => {
  test('never throws, on odd input', () => {
    const inputs = [
      '',
      '\n\n\n',
      '---',
      '---\n---\n',
      '|||\n|-|\n|||',
      '| a |\n|---|---|---|\n| b | c | d | e |\n',
      '| Territory |\n|---|\n| Japan |',
      '**Territory:**',
      '**',
      '# \n## \n### 1.\n',
      '- - - -\n  - **Upfront:**\n    - \n',
      '> > > > **Territory:** Japan',
      '<!-- termsheet-disable',
      '<!-- termsheet-disable-next-line -->',
      '## Royalties\n\n%%%% 10% 10% 10% above above up to',
      '## Milestones\n\n| Event | Amount |\n|---|\n| x |\n',
      '\uFEFF---\ntermsheet: 1\n---\n',
      '#'.repeat(10_000),
      '['.repeat(10_000),
      '>'.repeat(5_000) + ' x',
      '- '.repeat(2_000) + 'x',
    ];
    for (const input of inputs) {
      const sheet = readMarkdownSheet(input);
      assert.equal(sheet.format, 'markdown');
      lintText(input, { rules: RULES, fileName: 'odd.termsheet.md' });
    }
  });

  test('5 MB of Markdown is read in bounded time', () => {
    const row = '| Upfront Payment | USD 25,000,000 on signing, non-refundable; Japan and South Korea |\n';
    const text = `# Big\n\n| Clause | Terms |\n|---|---|\n${row.repeat(Math.ceil((5 * 1024 * 1024) / row.length))}`;
    const prose = `## Field\n\n${'Licensee shall develop the product in Japan for USD 5M within 90 days. '.repeat(70_000)}\n`;
    for (const big of [text, prose]) {
      const start = Date.now();
      const sheet = readMarkdownSheet(big);
      assert.ok(sheet.root.entries.length > 0);
      assert.ok(Date.now() - start < 10_000, `took ${Date.now() - start} ms`);
    }
  });

  test('a broken table still yields its rows', () => {
    const sheet = readMarkdownSheet('| Clause | Terms\n|---|---\n| Territory | Japan\n| Upfront Payment\n');
    assert.deepEqual(valueOf(sheet, 'license.territory'), ['Japan']);
    assert.equal(valueOf(sheet, 'financials.upfront'), null);
  });
});

describe('Markdown reader: a list clause written once per item', () => {
  test('each "Development Milestone" line is one milestone of the same list, none kept aside', () => {
    const sheet = readMarkdownSheet(
      '## Payments\n\n- **Development Milestone:** USD 20 million on first patient dosed\n' +
        '- **Development Milestone:** USD 40 million on FDA approval\n- **Development Milestone:** USD 30 million on EMA approval\n',
    );
    assert.deepEqual(valueOf(sheet, 'financials.milestones.development'), ['USD 20 million', 'USD 40 million', 'USD 30 million']);
    assert.equal(getNode(sheet.root, 'other_text'), undefined);
  });

  test('a clause of one value written twice still keeps the second aside', () => {
    const sheet = readMarkdownSheet('**Territory:** Japan\n\n**Territory:** Korea\n');
    assert.deepEqual(valueOf(sheet, 'other_text'), ['Korea']);
  });
});

describe('Markdown reader: a part of a clause written as a clause of its own', () => {
  test('termination in prose, then its reversion: the prose is the summary, the reversion its part', () => {
    const sheet = readMarkdownSheet(
      '1. **Termination.** For breach not cured within 90 days.\n2. **Reversion.** All licensed rights revert to the Licensor.\n',
    );
    assert.equal(valueOf(sheet, 'termination.summary'), 'For breach not cured within 90 days');
    assert.equal(valueOf(sheet, 'termination.reversion.rights'), 'All licensed rights revert to the Licensor');
  });

  test('the reversion first, then termination in prose: the prose is still the summary, not text kept aside', () => {
    const sheet = readMarkdownSheet(
      '1. **Effect of Termination.** All licensed rights revert to the Licensor.\n2. **Termination.** For breach not cured within 90 days.\n',
    );
    assert.equal(valueOf(sheet, 'termination.summary'), 'For breach not cured within 90 days');
    assert.equal(getNode(sheet.root, 'other_text'), undefined);
  });
});
