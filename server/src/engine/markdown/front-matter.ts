// No YAML parser here: the editor client asks `termSheetFrontMatter` of every Markdown file it opens.
import { LineIndex, type Range } from '../text';

export interface FrontMatter {
  /** The YAML text: the file up to the closing line, so offsets into it are offsets into the file. */
  yamlText: string;
  /** Where the Markdown body starts (after the closing line). */
  bodyStart: number;
  closed: boolean;
  /** The opening `---`. */
  opening: Range;
}

const OPENING = /^\uFEFF?---[ \t]*\r?$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/;
// Only YAML-looking text after an unclosed `---` is front matter; otherwise the `---` is a thematic break.
const YAML_LINE = /^(?:[\w"'][^:#]*:(?:\s|$)|#)/;

/** Finds YAML front matter: a `---` first line, then YAML, then a `---` or `...` line. */
export function findFrontMatter(text: string, lines: LineIndex = new LineIndex(text)): FrontMatter | undefined {
  if (!OPENING.test(lines.lineText(0))) return undefined;
  const opening = lines.range(lines.lineStart(0), lines.lineEnd(0));
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSING.test(lines.lineText(line))) {
      const closeStart = lines.lineStart(line);
      const bodyStart = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      return { yamlText: text.slice(0, closeStart), bodyStart, closed: true, opening };
    }
  }
  if (lines.lineCount < 2 || !YAML_LINE.test(lines.lineText(1))) return undefined;
  return { yamlText: text, bodyStart: text.length, closed: false, opening };
}

/**
 * The closed front matter of a Markdown file that may be a term sheet: one with a `termsheet:` line
 * (`isMarkdownTermSheet` reads the YAML to be sure). Most Markdown files fail this at once.
 */
export function termSheetFrontMatter(text: string): FrontMatter | undefined {
  if (typeof text !== 'string') return undefined;
  const frontMatter = findFrontMatter(text);
  return frontMatter?.closed && TERM_SHEET_KEY_LINE.test(frontMatter.yamlText) ? frontMatter : undefined;
}

const TERM_SHEET_KEY_LINE = /^termsheet[ \t]*:/m;
