// Word documents for tests and the bench, written from text: the XML parts are strings here, zipped
// by the test, so no binary fixture is ever committed and any of them can be read and changed.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

const PACKAGE_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** Heading 1-3 and a List Paragraph, as Word names them. */
export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  [1, 2, 3]
    .map(
      (level) =>
        `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/>` +
        `<w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr></w:style>`,
    )
    .join('') +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>' +
  '</w:styles>';

/** The parts of a package, by path; `[Content_Types].xml` and the package relationships are added when absent. */
export function zipDocx(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELATIONSHIPS),
  };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** `word/document.xml` around the body's XML. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** `word/numbering.xml` from abstract definitions' XML and `w:num` instances. */
export function numberingXml(abstracts: string, instances: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abstracts}${instances}</w:numbering>`;
}

/** One list level: `lvl('decimal', '%1.')`. */
export function lvl(level: number, format: string, text: string, start = 1): string {
  return `<w:lvl w:ilvl="${level}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${escapeXml(text)}"/></w:lvl>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run of text; `bold` makes it a run-in label's. */
export function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph of runs, with a style and numbering when given. */
export function paragraph(runs: string, options: { style?: string; numId?: number; level?: number } = {}): string {
  const numbering = options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.level ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : '';
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  return `<w:p>${style || numbering ? `<w:pPr>${style}${numbering}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A table of plain cells, the first row its header. */
export function table(rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => `<w:tc>${paragraph(inlineRuns(text))}</w:tc>`;
  return `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** `**bold**` spans as bold runs, the rest as plain runs. */
function inlineRuns(text: string): string {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('**') && part.endsWith('**') ? run(part.slice(2, -2), true) : run(part)))
    .join('');
}

/** numId 1: headings numbered "1.", "2."; 2: bullets; 3: ordered lists "1.". */
const TWIN_NUMBERING = numberingXml(
  '<w:abstractNum w:abstractNumId="0">' +
    lvl(0, 'decimal', '%1.') +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1">' +
    lvl(0, 'bullet', '\u2022') +
    lvl(1, 'bullet', 'o') +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="2">' +
    lvl(0, 'decimal', '%1.') +
    '</w:abstractNum>',
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
);

/**
 * A Word twin of a Markdown term sheet, as a person would write it in Word: headings in heading
 * styles, their "1." and list items' "1." and bullets by automatic numbering (not in the text), bold
 * labels as bold runs, pipe tables as tables. HTML comments (the corpus's expectations) are left out.
 */
export function markdownToDocx(markdown: string): Uint8Array {
  const blocks: string[] = [];
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  let headingNumber = 0;
  let orderedLists = 0;
  let orderedNumId: number | undefined;
  const instances: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) blocks.push(paragraph(inlineRuns(prose.join(' '))));
    prose = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    const ordered = /^(\d+)\.\s+(.*)$/.exec(line);
    if (!ordered) orderedNumId = undefined;
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      const level = heading[1].length;
      const numbered = /^(\d+)\.\s+(.*)$/.exec(heading[2]);
      if (numbered && Number(numbered[1]) === headingNumber + 1) {
        headingNumber++;
        blocks.push(paragraph(inlineRuns(numbered[2]), { style: `Heading${level}`, numId: 1 }));
      } else {
        blocks.push(paragraph(inlineRuns(heading[2]), { style: `Heading${level}` }));
      }
    } else if (bullet) {
      flush();
      blocks.push(paragraph(inlineRuns(bullet[2]), { style: 'ListParagraph', numId: 2, level: bullet[1].length >= 2 ? 1 : 0 }));
    } else if (ordered) {
      flush();
      if (orderedNumId === undefined) {
        orderedNumId = 10 + orderedLists++;
        instances.push(
          `<w:num w:numId="${orderedNumId}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${ordered[1]}"/></w:lvlOverride></w:num>`,
        );
      }
      blocks.push(paragraph(inlineRuns(ordered[2]), { style: 'ListParagraph', numId: orderedNumId }));
    } else if (line.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      for (; index < lines.length && lines[index].startsWith('|'); index++) {
        if (/^\|[\s:|-]+\|?\s*$/.test(lines[index])) continue;
        rows.push(splitRow(lines[index]));
      }
      index--;
      blocks.push(table(rows));
    } else {
      prose.push(line.trim());
    }
  }
  flush();
  return zipDocx({
    'word/document.xml': documentXml(blocks.join('')),
    'word/styles.xml': STYLES_XML,
    'word/numbering.xml': TWIN_NUMBERING.replace('</w:numbering>', `${instances.join('')}</w:numbering>`),
  });
}

/** A pipe-table row's cells, `\|` kept as a `|` in its cell. */
function splitRow(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
