import { child, childValue, elements, type XmlElement } from './xml';

/** What the reader needs of a paragraph style: its heading level and the numbering it brings. */
export interface ParagraphStyle {
  /** 1 for Heading 1 (or outline level 0), …; undefined for body text. */
  headingLevel?: number;
  numbering?: { numId: string; level: number };
}

interface StyleDefinition {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  numLevel?: number;
}

/** Outline level 9 is Word's "body text". */
const BODY_OUTLINE_LEVEL = 9;

/** Paragraph styles by id, with what they inherit (`w:basedOn`) resolved. */
export class Styles {
  private readonly definitions = new Map<string, StyleDefinition>();
  private readonly resolved = new Map<string, ParagraphStyle>();

  constructor(styles: XmlElement | undefined) {
    if (!styles) return;
    for (const style of elements(styles)) {
      if (style.name !== 'w:style' || (style.attributes['w:type'] ?? 'paragraph') !== 'paragraph') continue;
      const properties = child(style, 'w:pPr');
      const numPr = child(properties, 'w:numPr');
      const outline = childValue(properties, 'w:outlineLvl');
      const numLevel = childValue(numPr, 'w:ilvl');
      this.definitions.set(style.attributes['w:styleId'] ?? '', {
        name: childValue(style, 'w:name') ?? '',
        basedOn: childValue(style, 'w:basedOn'),
        outlineLevel: outline !== undefined ? Number(outline) : undefined,
        numId: childValue(numPr, 'w:numId'),
        numLevel: numLevel !== undefined ? Number(numLevel) : undefined,
      });
    }
  }

  paragraphStyle(styleId: string | undefined): ParagraphStyle {
    if (styleId === undefined) return {};
    let style = this.resolved.get(styleId);
    if (!style) this.resolved.set(styleId, (style = this.resolve(styleId)));
    return style;
  }

  private resolve(styleId: string): ParagraphStyle {
    let headingLevel: number | undefined;
    let numbering: ParagraphStyle['numbering'];
    const seen = new Set<string>();
    // The nearest style in the chain that says a thing decides it; a loop in a damaged file ends here.
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id);) {
      seen.add(id);
      const definition = this.definitions.get(id);
      if (!definition) break;
      headingLevel ??= headingLevelOf(definition);
      if (!numbering && definition.numId !== undefined) numbering = { numId: definition.numId, level: definition.numLevel ?? 0 };
      id = definition.basedOn;
    }
    return { headingLevel, numbering };
  }
}

/** "heading 2" by name (Word's built-in names, whatever the display language), "Title", or an outline level. */
function headingLevelOf(definition: StyleDefinition): number | undefined {
  const named = /^heading\s*([1-9])$/i.exec(definition.name.trim());
  if (named) return Number(named[1]);
  if (/^title$/i.test(definition.name.trim())) return 1;
  if (definition.outlineLevel !== undefined && definition.outlineLevel < BODY_OUTLINE_LEVEL) return definition.outlineLevel + 1;
  return undefined;
}

/** A paragraph's own outline level, which overrides its style's. */
export function outlineHeadingLevel(properties: XmlElement | undefined): number | undefined {
  const outline = childValue(properties, 'w:outlineLvl');
  if (outline === undefined) return undefined;
  const level = Number(outline);
  return level < BODY_OUTLINE_LEVEL ? level + 1 : 0;
}
