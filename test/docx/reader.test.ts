import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { IN_TRACKED_INSERTION, lintDocx, readDocx } from '../../server/src/engine/docx';
import { RULES } from '../../rules';
import { documentXml, lvl, numberingXml, paragraph, run, STYLES_XML, table, zipDocx } from '../support/docx';

const LIMIT = 64 * 1024 * 1024;

/** A package with this body, Word's heading styles and, when given, numbering. */
function docx(body: string, numbering?: string, extra: Record<string, string> = {}): Uint8Array {
  return zipDocx({
    'word/document.xml': documentXml(body),
    'word/styles.xml': STYLES_XML,
    ...(numbering ? { 'word/numbering.xml': numbering } : {}),
    ...extra,
  });
}

/** Clause numbering as legal drafts have it: "7." for sections, "7.(a)" and "7.(b)" for their paragraphs, "(i)" below. */
const CLAUSES = numberingXml(
  '<w:abstractNum w:abstractNumId="0">' + lvl(0, 'decimal', '%1.', 7) + lvl(1, 'lowerLetter', '%1.(%2)') + lvl(2, 'lowerRoman', '(%3)') + '</w:abstractNum>',
  '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>',
);

describe('Word reader: automatic numbering', () => {
  test('shows the numbers Word shows, though no run holds them', () => {
    const body =
      paragraph(run('Payments'), { style: 'Heading2', numId: 5, level: 0 }) +
      paragraph(run('An upfront payment of USD 5 million.'), { numId: 5, level: 1 }) +
      paragraph(run('A milestone of USD 10 million.'), { numId: 5, level: 1 }) +
      paragraph(run('on first dosing;'), { numId: 5, level: 2 }) +
      paragraph(run('on approval.'), { numId: 5, level: 2 }) +
      paragraph(run('Royalties'), { style: 'Heading2', numId: 5, level: 0 }) +
      paragraph(run('Tiered from 8% to 12%.'), { numId: 5, level: 1 });
    const { text, sections } = readDocx(docx(body, CLAUSES), LIMIT);
    assert.deepEqual(text.split('\n').filter(Boolean), [
      '## 7. Payments',
      '7.(a) An upfront payment of USD 5 million.',
      '7.(b) A milestone of USD 10 million.',
      '(i) on first dosing;',
      '(ii) on approval.',
      '## 8. Royalties',
      // A new section restarts the paragraphs below it.
      '8.(a) Tiered from 8% to 12%.',
    ]);
    assert.deepEqual(
      sections.map((section) => `${section.number} ${section.heading}`),
      ['7 Payments', '7.(a) Payments', '7.(b) Payments', '(i) Payments', '(ii) Payments', '8 Royalties', '8.(a) Royalties'],
    );
  });

  test('numbering brought by a heading style, and bullets as a Markdown list', () => {
    const styles = STYLES_XML.replace(
      '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>',
      '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr>',
    );
    const numbering = CLAUSES.replace(
      '</w:abstractNum>',
      '</w:abstractNum><w:abstractNum w:abstractNumId="1">' + lvl(0, 'bullet', '\u2022') + '</w:abstractNum>',
    ).replace('</w:numbering>', '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num></w:numbering>');
    const body =
      paragraph(run('Advisors'), { style: 'Heading2' }) +
      paragraph(run('Legal Counsel:', true) + run(' Whitcombe & Lane LLP'), { numId: 6 }) +
      paragraph(run('Tax Advisor:', true) + run(' Meridian Tax'), { numId: 6 });
    const { text } = readDocx(docx(body, numbering, { 'word/styles.xml': styles }), LIMIT);
    assert.equal(text, '## 7. Advisors\n\n- **Legal Counsel:** Whitcombe & Lane LLP\n- **Tax Advisor:** Meridian Tax\n');
  });
});

describe('Word reader: labels, tables, footnotes', () => {
  test('a bold or italic run-in label is kept as **Label:**, a bold label before its colon too; typed # is not a heading', () => {
    const italic = '<w:r><w:rPr><w:i/></w:rPr><w:t>Field:</w:t></w:r>';
    const body =
      paragraph(run('Territory:', true) + run('  Japan and Korea')) +
      paragraph(italic + run(' Oncology')) +
      paragraph(run('Governing Law', true) + run(': New York')) +
      paragraph(run('Bold text in the middle is ') + run('not', true) + run(' a label.')) +
      paragraph(run('# of patents: 12'));
    assert.equal(
      readDocx(docx(body), LIMIT).text,
      '**Territory:** Japan and Korea\n\n**Field:** Oncology\n\n**Governing Law**: New York\n\nBold text in the middle is not a label.\n\n\\# of patents: 12\n',
    );
  });

  test('a table is a pipe table, with | escaped and merged cells kept in their columns', () => {
    const merged = '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + paragraph(run('Economics')) + '</w:tc></w:tr>';
    const body = table([
      ['Term', 'Summary'],
      ['Upfront', 'USD 7 million | on signing'],
    ]).replace('</w:tbl>', `${merged}</w:tbl>`);
    assert.equal(readDocx(docx(body), LIMIT).text, '| Term | Summary |\n| --- | --- |\n| Upfront | USD 7 million \\| on signing |\n| Economics |  |\n');
  });

  test("a footnote's terms follow the paragraph that refers to it", () => {
    const footnotes =
      '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
      '<w:footnote w:id="1"><w:p>' +
      run('Royalty:', true) +
      run(' 6% of Net Sales') +
      '</w:p></w:footnote></w:footnotes>';
    const body = paragraph(run('Payments are set out below.') + '<w:r><w:footnoteReference w:id="1"/></w:r>') + paragraph(run('Closing.'));
    assert.equal(
      readDocx(docx(body, undefined, { 'word/footnotes.xml': footnotes }), LIMIT).text,
      'Payments are set out below.\n\n**Royalty:** 6% of Net Sales\n\nClosing.\n',
    );
  });
});

describe('Word reader: tracked changes', () => {
  const inserted = (text: string) => `<w:ins w:id="1" w:author="Counterparty">${run(text)}</w:ins>`;
  const deleted = (text: string) => `<w:del w:id="2" w:author="Counterparty"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;

  test('are read as accepted: insertions kept, deletions dropped', () => {
    const body = paragraph(run('Royalties of ') + deleted('10%') + inserted('6%') + run(' of Net Sales.'));
    const view = readDocx(docx(body), LIMIT);
    assert.equal(view.text, 'Royalties of 6% of Net Sales.\n');
    assert.deepEqual(
      view.insertions.map(([start, end]) => view.text.slice(start, end)),
      ['6%'],
    );
  });

  test('a finding inside a tracked insertion says it is the other side’s proposal; one outside does not', () => {
    const body =
      paragraph(run('Payments'), { style: 'Heading2' }) +
      paragraph(run('Upfront:', true) + run(' USD ') + inserted('[TBD]') + run(' on signing')) +
      paragraph(run('Milestones:', true) + run(' USD [TBD] on approval'));
    const result = lintDocx(docx(body), { rules: RULES, fileName: 'deal.termsheet.docx' });
    const placeholders = result.findings.filter((finding) => finding.ruleId === 'placeholder-left');
    assert.equal(placeholders.length, 2, JSON.stringify(result.findings, null, 1));
    const [first, second] = placeholders;
    assert.match(first.message, new RegExp(`\\(${IN_TRACKED_INSERTION}\\)$`));
    assert.doesNotMatch(second.message, /tracked insertion/);
    assert.equal(first.section, 'Payments');
    assert.equal(first.quote, '[TBD]');
    assert.equal(result.text.split('\n')[first.range.start.line], '**Upfront:** USD [TBD] on signing');
  });
});

describe('Word reader: files that are not readable Word documents', () => {
  const message = (bytes: Uint8Array, maxFileBytes?: number) => {
    const result = lintDocx(bytes, { rules: RULES, fileName: 'deal.termsheet.docx', maxFileBytes });
    assert.equal(result.findings.length, 1, JSON.stringify(result.findings));
    assert.equal(result.findings[0].ruleId, 'syntax');
    assert.equal(result.findings[0].severity, 'error');
    return result.findings[0].message;
  };
  const good = docx(paragraph(run('Territory:', true) + run(' Japan')));

  test('an empty file, a text file', () => {
    assert.equal(message(new Uint8Array()), 'This Word document is empty');
    assert.match(message(strToU8('termsheet: 1\n')), /not a Word document: a \.docx is a zip package/);
  });

  test('a truncated file, and one whose compressed data is damaged', () => {
    assert.match(message(good.subarray(0, Math.floor(good.length / 2))), /truncated or damaged/);
    const damaged = Uint8Array.from(good);
    // Overwrite the start of the document's compressed data, just after its name in its local header.
    const name = Buffer.from(damaged).indexOf('word/document.xml') + 'word/document.xml'.length;
    damaged.fill(0xff, name, name + 24);
    assert.match(message(damaged), /damaged/);
  });

  test('a zip that is not Word, and a Word package whose XML does not parse', () => {
    assert.match(message(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), '[Content_Types].xml': strToU8('<Types/>') })), /no word\/document\.xml/);
    assert.match(message(zipSync({ 'notes.txt': strToU8('hello') })), /zip package of another kind/);
    assert.match(message(zipDocx({ 'word/document.xml': '<w:document><w:body><w:p>' })), /XML does not parse/);
  });

  test('an encrypted document and a Word 97 .doc (OLE compound files)', () => {
    const compound = (stream: string) =>
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le')]);
    assert.match(message(compound('EncryptedPackage')), /encrypted \(password-protected\)/);
    assert.match(message(compound('WordDocument')), /Word 97-2003 document \(\.doc\)/);
    assert.match(message(compound('Workbook')), /OLE compound file of another kind/);
  });

  test('elements nested thousands deep are refused, not walked into a stack overflow', () => {
    const depth = 20_000;
    const nested = `${'<w:sdt><w:sdtContent>'.repeat(depth)}${paragraph(run('Territory: Japan'))}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    assert.match(message(zipDocx({ 'word/document.xml': documentXml(nested) })), /XML does not parse \(elements nested more than 200 deep\)/);
  });

  test('a zip bomb: a small file whose XML inflates past the limit is refused, not read', () => {
    const bomb = zipDocx({ 'word/document.xml': documentXml(paragraph(run('x'.repeat(8 * 1024 * 1024)))) });
    assert.ok(bomb.length < 64 * 1024, `the bomb is ${bomb.length} bytes`);
    assert.match(message(bomb, 64 * 1024), /inflates past the size limit \(1\.0 MB of XML\)/);
  });

  test('a text view over the size limit gets the size finding', () => {
    const large = docx(paragraph(run('Territory: ' + 'Japan, '.repeat(20_000))));
    assert.match(message(large, 64 * 1024), /^File too large to lint/);
  });
});
