import { SaxesParser } from 'saxes';

/** An XML element as the Word reader walks it: qualified name (`w:p`), attributes, children in order. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Word nests a few levels (tables in tables, content controls); far more is a damaged or hostile file. */
const MAX_DEPTH = 200;

/** A part of the document whose XML is not well formed: the file is damaged. */
export class XmlError extends Error {}

/**
 * Parses one part into a tree. Text is kept only inside the elements that hold text (`w:t` and the
 * like): the whitespace between Word's elements means nothing, and skipping it keeps the tree small.
 */
export function parseXml(xml: string, keepsText: (elementName: string) => boolean): XmlElement {
  const parser = new SaxesParser({ position: false });
  const root: XmlElement = { name: '', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    // The reader walks the tree recursively: a hostile file nested thousands deep must not overflow the stack.
    if (stack.length > MAX_DEPTH) throw new XmlError(`elements nested more than ${MAX_DEPTH} deep`);
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1].children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (text: string) => {
    const parent = stack[stack.length - 1];
    if (keepsText(parent.name)) parent.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  if (failure) throw new XmlError(failure.message.split('\n', 1)[0]);
  const document = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!document) throw new XmlError('no root element');
  return document;
}

/** The element's child elements. */
export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

/** `w:val` of a child element (`<w:pStyle w:val="Heading1"/>`). */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes['w:val'];
}

/** A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): on unless its value says off. */
export function isOn(element: XmlElement | undefined, name: string): boolean {
  const property = child(element, name);
  if (!property) return false;
  const value = property.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** The text directly inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.filter((node): node is string => typeof node === 'string').join('');
}
