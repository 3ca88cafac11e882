import { unzipDocx, DocxError } from './container';
import { Numbering } from './numbering';
import { outlineHeadingLevel, Styles } from './styles';
import { child, childValue, elements, parseXml, textOf, XmlError, type XmlElement } from './xml';

/** A heading or numbered paragraph of the document, at a line of its text view. */
export interface DocxSection {
  /** 0-based line of the text view. */
  line: number;
  /** The number Word shows ("7.(a)"), when it is numbered. */
  number?: string;
  heading: string;
}

/**
 * A Word document as the linter reads it: a Markdown text view (the text the editor shows and every
 * finding's line and column count in), the sections found along it, and the stretches of it that
 * are tracked insertions.
 */
export interface DocxView {
  text: string;
  sections: DocxSection[];
  /** Offsets [start, end) of the text view that a tracked change inserted. */
  insertions: Array<[number, number]>;
}

/** Elements whose text is document text; the rest (field codes, deleted text) is not read. */
const TEXT_ELEMENTS = new Set(['w:t']);
const keepsText = (name: string) => TEXT_ELEMENTS.has(name);

/** Containers whose runs are read as if they were the paragraph's own. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:sdt', 'w:sdtContent', 'w:fldSimple', 'w:customXml', 'w:bdo', 'w:dir']);
/** Tracked removals: read as if the change were accepted, so not at all. */
const REMOVED = new Set(['w:del', 'w:moveFrom']);

/** Reads a `.docx` into its text view; throws DocxError for a file that is not a readable Word document. */
export function readDocx(bytes: Uint8Array, maxInflatedBytes: number): DocxView {
  const parts = unzipDocx(bytes, maxInflatedBytes);
  const documentPath = mainDocumentPath(parts.get('_rels/.rels'));
  const documentXml = parts.get(documentPath);
  if (documentXml === undefined) {
    throw new DocxError(
      parts.has('[Content_Types].xml')
        ? `This file is not a Word document: its package has no ${documentPath} (it may be a spreadsheet or a presentation)`
        : 'This file is not a Word document: it is a zip package of another kind',
    );
  }
  try {
    const part = (name: string) => {
      const xml = parts.get(name);
      return xml === undefined ? undefined : parseXml(xml, keepsText);
    };
    const body = child(parseXml(documentXml, keepsText), 'w:body');
    const writer = new ViewWriter(new Styles(part('word/styles.xml')), new Numbering(part('word/numbering.xml')), footnotesOf(part('word/footnotes.xml')));
    if (body) writer.blocks(body);
    return writer.view();
  } catch (error) {
    if (error instanceof XmlError) throw new DocxError(`This Word document is damaged: its XML does not parse (${error.message})`);
    throw error;
  }
}

/** The main part named by the package's relationships, `word/document.xml` by default. */
function mainDocumentPath(relationships: string | undefined): string {
  const fallback = 'word/document.xml';
  if (relationships === undefined) return fallback;
  try {
    const root = parseXml(relationships, () => false);
    const main = elements(root).find((relationship) => /\/officeDocument$/.test(relationship.attributes.Type ?? ''));
    return main?.attributes.Target?.replace(/^\//, '') ?? fallback;
  } catch {
    return fallback;
  }
}

function footnotesOf(footnotes: XmlElement | undefined): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  if (!footnotes) return byId;
  for (const note of elements(footnotes)) {
    const type = note.attributes['w:type'];
    if (note.name === 'w:footnote' && (type === undefined || type === 'normal')) byId.set(note.attributes['w:id'], note);
  }
  return byId;
}

/** A stretch of a paragraph's text, and whether a tracked change inserted it, and whether it is bold or italic. */
interface Piece {
  text: string;
  inserted: boolean;
  emphasis: boolean;
}

/** What a paragraph gives: its pieces of text and the footnotes it refers to. */
interface ParagraphContent {
  pieces: Piece[];
  footnotes: string[];
}

/** Writes the text view block by block, keeping where insertions and sections fall in it. */
class ViewWriter {
  private text = '';
  private line = 0;
  private readonly sections: DocxSection[] = [];
  private readonly insertions: Array<[number, number]> = [];
  /** Whether the last block was a list item: consecutive items stay on consecutive lines, as one Markdown list. */
  private lastWasListItem = false;
  /** The heading last written: numbered paragraphs under it are named after it. */
  private currentHeading = '';

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly footnotes: Map<string, XmlElement>,
  ) {}

  view(): DocxView {
    return { text: this.text.length > 0 ? this.text + '\n' : '', sections: this.sections, insertions: mergeTouching(this.insertions) };
  }

  blocks(container: XmlElement): void {
    for (const block of elements(container)) {
      if (block.name === 'w:p') this.paragraph(block);
      else if (block.name === 'w:tbl') this.table(block);
      else if (block.name === 'w:sdt' || block.name === 'w:sdtContent' || block.name === 'w:customXml' || block.name === 'w:ins') this.blocks(block);
    }
  }

  private paragraph(paragraph: XmlElement): void {
    const properties = child(paragraph, 'w:pPr');
    const style = this.styles.paragraphStyle(childValue(properties, 'w:pStyle'));
    const ownOutline = outlineHeadingLevel(properties);
    const headingLevel = ownOutline !== undefined ? ownOutline || undefined : style.headingLevel;
    const numPr = child(properties, 'w:numPr');
    const numId = childValue(numPr, 'w:numId') ?? style.numbering?.numId;
    const level = Number(childValue(numPr, 'w:ilvl') ?? style.numbering?.level ?? 0);
    const content = runsOf(paragraph);
    const { body, spans } = renderPieces(content.pieces, headingLevel === undefined);
    if (body === '') return;
    const number = numId !== undefined && numId !== '0' ? this.numbering.next(numId, level) : undefined;

    let prefix: string;
    const listItem = number?.bullet === true || (number !== undefined && headingLevel === undefined && /^\d+[.)]$/.test(number.label));
    if (headingLevel !== undefined) {
      prefix = `${'#'.repeat(Math.min(headingLevel, 6))} ${number && !number.bullet ? `${number.label} ` : ''}`;
      this.currentHeading = body;
      this.startBlock(false);
      this.sections.push({ line: this.line, heading: plainHeading(body), ...(number && !number.bullet ? { number: sectionNumber(number.label) } : {}) });
    } else if (number?.bullet) {
      prefix = `${'  '.repeat(level)}- `;
      this.startBlock(true);
    } else if (number) {
      prefix = `${number.label} `;
      this.startBlock(listItem);
      const label = /^\*\*(.+?):?\*\*/.exec(body)?.[1];
      this.sections.push({ line: this.line, number: sectionNumber(number.label), heading: label ?? this.currentHeading });
    } else {
      // Typed text that Markdown would read as a heading or a quote ("# of patents") stays text.
      prefix = /^[#>]/.test(body) ? '\\' : '';
      this.startBlock(false);
    }
    this.write(prefix, body, spans);
    for (const id of content.footnotes) this.footnote(id);
  }

  /** Separates the next block from the last: a blank line, or a line break between items of one list. */
  private startBlock(listItem: boolean): void {
    if (this.text.length > 0) {
      const separator = listItem && this.lastWasListItem ? '\n' : '\n\n';
      this.text += separator;
      this.line += separator.length;
    }
    this.lastWasListItem = listItem;
  }

  private write(prefix: string, body: string, spans: Array<[number, number]>): void {
    const start = this.text.length + prefix.length;
    for (const [from, to] of spans) this.insertions.push([start + from, start + to]);
    this.text += prefix + body;
  }

  /** A footnote's text follows the paragraph that refers to it: the terms it carries are read in that section. */
  private footnote(id: string): void {
    const note = this.footnotes.get(id);
    if (!note) return;
    for (const paragraph of elements(note)) {
      if (paragraph.name !== 'w:p') continue;
      const { body, spans } = renderPieces(runsOf(paragraph).pieces, true);
      if (body === '') continue;
      this.startBlock(false);
      this.write('', body, spans);
    }
  }

  private table(table: XmlElement): void {
    const rows = elements(table).filter((row) => row.name === 'w:tr');
    let first = true;
    for (const row of rows) {
      const cells: Array<{ body: string; spans: Array<[number, number]> }> = [];
      for (const cell of elements(row)) {
        if (cell.name !== 'w:tc') continue;
        const cellProperties = child(cell, 'w:tcPr');
        const merged = child(cellProperties, 'w:vMerge');
        const continued = merged !== undefined && merged.attributes['w:val'] !== 'restart';
        cells.push(continued ? { body: '', spans: [] } : cellText(cell));
        const span = Number(childValue(cellProperties, 'w:gridSpan') ?? 1);
        for (let extra = 1; extra < span; extra++) cells.push({ body: '', spans: [] });
      }
      if (cells.length === 0) continue;
      if (first) this.startBlock(false);
      else {
        this.text += '\n';
        this.line++;
      }
      let rowText = '|';
      for (const { body, spans } of cells) {
        const start = this.text.length + rowText.length + 1;
        for (const [from, to] of spans) this.insertions.push([start + from, start + to]);
        rowText += ` ${body} |`;
      }
      this.text += rowText;
      if (first) {
        const rule = `\n|${' --- |'.repeat(cells.length)}`;
        this.text += rule;
        this.line++;
        first = false;
      }
    }
    this.lastWasListItem = false;
  }
}

/** A cell's paragraphs on one line, `|` escaped, as a pipe table needs them. */
function cellText(cell: XmlElement): { body: string; spans: Array<[number, number]> } {
  let body = '';
  const spans: Array<[number, number]> = [];
  const paragraphs = elements(cell).flatMap((block) => (block.name === 'w:p' ? [block] : block.name === 'w:tbl' ? nestedParagraphs(block) : []));
  for (const paragraph of paragraphs) {
    const pieces = runsOf(paragraph).pieces.map((piece) => ({ ...piece, text: piece.text.replace(/\|/g, '\\|'), emphasis: false }));
    const rendered = renderPieces(pieces, false);
    if (rendered.body === '') continue;
    if (body !== '') body += ' ';
    for (const [from, to] of rendered.spans) spans.push([body.length + from, body.length + to]);
    body += rendered.body;
  }
  return { body, spans };
}

/** A table inside a cell is read as its paragraphs, in order. */
function nestedParagraphs(table: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    for (const node of elements(element)) {
      if (node.name === 'w:p') found.push(node);
      else visit(node);
    }
  };
  visit(table);
  return found;
}

/** The runs of a paragraph, tracked insertions kept and marked, tracked deletions dropped. */
function runsOf(paragraph: XmlElement): ParagraphContent {
  const content: ParagraphContent = { pieces: [], footnotes: [] };
  const visit = (container: XmlElement, inserted: boolean) => {
    for (const node of elements(container)) {
      if (node.name === 'w:r') run(node, inserted, content);
      else if (node.name === 'w:ins') visit(node, true);
      else if (node.name === 'w:moveTo' || TRANSPARENT.has(node.name)) visit(node, inserted);
      else if (REMOVED.has(node.name)) continue;
    }
  };
  visit(paragraph, false);
  return content;
}

function run(element: XmlElement, inserted: boolean, content: ParagraphContent): void {
  const properties = child(element, 'w:rPr');
  const emphasis = isEmphasis(properties);
  let text = '';
  for (const node of elements(element)) {
    switch (node.name) {
      case 'w:t':
        text += textOf(node).replace(/[\r\n\t]/g, ' ');
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        text += ' ';
        break;
      case 'w:noBreakHyphen':
        text += '-';
        break;
      case 'w:footnoteReference':
        if (node.attributes['w:id'] !== undefined) content.footnotes.push(node.attributes['w:id']);
        break;
    }
  }
  if (text !== '') content.pieces.push({ text, inserted, emphasis });
}

function isEmphasis(properties: XmlElement | undefined): boolean {
  if (!properties) return false;
  for (const name of ['w:b', 'w:i']) {
    const property = child(properties, name);
    if (property && !['0', 'false', 'off'].includes(property.attributes['w:val'] ?? 'true')) return true;
  }
  return false;
}

/**
 * A paragraph's pieces as one line of Markdown, trimmed, with a leading bold or italic label that
 * ends in a colon written as `**Label:**` (when `labels`); and where the tracked insertions fall in it.
 */
function renderPieces(pieces: readonly Piece[], labels: boolean): { body: string; spans: Array<[number, number]> } {
  let raw = '';
  const spans: Array<[number, number]> = [];
  const add = (text: string, inserted: boolean) => {
    if (inserted && text !== '') spans.push([raw.length, raw.length + text.length]);
    raw += text;
  };
  let index = 0;
  let afterLabel = false;
  if (labels) {
    let end = 0;
    while (end < pieces.length && pieces[end].emphasis) end++;
    const label = pieces
      .slice(0, end)
      .map((piece) => piece.text)
      .join('');
    // "Label:" or "Label." in bold, or a bold "Label" with the colon after it.
    const punctuated = /\S[:.]\s*$/.test(label);
    if (end < pieces.length && /\S/.test(label) && (punctuated || /^[:.]/.test(pieces[end].text))) {
      add('**', false);
      // The label's own pieces, without the spaces around it.
      const first = label.length - label.trimStart().length;
      const last = label.trimEnd().length;
      let at = 0;
      for (const piece of pieces.slice(0, end)) {
        const from = Math.max(0, first - at);
        const to = Math.min(piece.text.length, last - at);
        if (to > from) add(piece.text.slice(from, to), piece.inserted);
        at += piece.text.length;
      }
      add(punctuated ? '** ' : '**', false);
      index = end;
      afterLabel = punctuated;
    }
  }
  for (; index < pieces.length; index++) {
    let text = pieces[index].text.replace(/\s+/g, ' ');
    if (afterLabel) {
      text = text.trimStart();
      if (text !== '') afterLabel = false;
    }
    add(text, pieces[index].inserted);
  }
  const leading = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return {
    body,
    spans: spans.map(([from, to]) => [Math.max(0, from - leading), Math.min(body.length, to - leading)] as [number, number]).filter(([from, to]) => to > from),
  };
}

/** Insertions split over runs or cells made one where they touch: a finding over two runs is inside one insertion. */
function mergeTouching(spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** A heading's text without Markdown's marks. */
function plainHeading(body: string): string {
  return body.replace(/\*\*/g, '').trim();
}

/** "7." is section 7; "7.(a)" stays as it is. */
function sectionNumber(label: string): string {
  return label.replace(/\.$/, '');
}
