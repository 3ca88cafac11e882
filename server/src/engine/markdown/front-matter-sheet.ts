import type { Sheet } from '../model';
import { readYamlSheet } from '../yaml-reader';
import { termSheetFrontMatter, type FrontMatter } from './front-matter';

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
    const frontMatter = termSheetFrontMatter(text);
    return frontMatter !== undefined && readFrontMatter(frontMatter).root.entries.some((entry) => entry.key === 'termsheet');
  } catch {
    return false;
  }
}
