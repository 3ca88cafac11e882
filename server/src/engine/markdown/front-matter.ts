import type { Sheet } from '../model';
import { LineIndex, type Range } from '../text';
import { readYamlSheet } from '../yaml-reader';

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

/** The front matter read as a YAML term sheet; its ranges are already ranges in the whole file. */
export function readFrontMatter(frontMatter: FrontMatter): Sheet {
  return readYamlSheet(frontMatter.yamlText);
}

/**
 * True when a Markdown file whose name does not say so is a term sheet: its front matter has a
 * `termsheet:` key. Any other Markdown file is never linted.
 */
export function isMarkdownTermSheet(text: string): boolean {
  try {
    if (typeof text !== 'string') return false;
    const frontMatter = findFrontMatter(text);
    if (!frontMatter?.closed) return false;
    // A cheap look before parsing: most Markdown files have no such key at all.
    if (!/^termsheet[ \t]*:/m.test(frontMatter.yamlText)) return false;
    return readFrontMatter(frontMatter).root.entries.some((entry) => entry.key === 'termsheet');
  } catch {
    return false;
  }
}
