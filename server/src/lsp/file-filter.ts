import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Minimatch } from 'minimatch';
import { toPosix } from '../config/file-selection';
import { isMarkdownTermSheet, isTermSheetName } from '../engine';
import { isWordViewUri } from '../engine/docx/names';

/** The decoded path of a document URI (`file:///a/b%20c.yaml` → `/a/b c.yaml`), or the URI itself when it does not parse. */
export function documentPath(uri: string): string {
  try {
    const path = decodeURIComponent(new URL(uri).pathname);
    // A Word document's text view is Markdown, and is read as such.
    return isWordViewUri(uri) ? `${path}.md` : path;
  } catch {
    return uri.replace(/[?#].*$/, '');
  }
}

/** The file system path of a `file:` URI; undefined for untitled and other schemes, which have no folder to search. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Only term sheets are linted; any other YAML or Markdown file is never touched. */
export function isTermSheetUri(uri: string): boolean {
  return isWordViewUri(uri) || isTermSheetName(documentPath(uri));
}

/** Extra files the user declared term sheets (`termsheet.files`), and the workspace folders relative globs start from. */
export interface ExtraTermSheets {
  globs: readonly string[];
  /** Absolute paths of the workspace folders. */
  folders: readonly string[];
}

/** A term sheet by its name, by the user's `files` globs, or a Markdown document whose front matter says `termsheet:`. */
export function isTermSheetDocument(document: { uri: string; getText(): string }, extra?: ExtraTermSheets): boolean {
  if (isTermSheetUri(document.uri)) return true;
  if (extra && matchesFileGlobs(document.uri, extra)) return true;
  return /\.(md|markdown)$/i.test(documentPath(document.uri)) && isMarkdownTermSheet(document.getText());
}

/**
 * True when a glob matches the document's absolute path or its path relative to a workspace folder
 * holding it, as the client's document selector does: `deals/*.md` is taken from a workspace folder, a glob
 * starting with `**` matches anywhere.
 */
export function matchesFileGlobs(uri: string, { globs, folders }: ExtraTermSheets): boolean {
  if (globs.length === 0) return false;
  const absolute = filePathOf(uri) ?? documentPath(uri);
  const candidates = [toPosix(absolute)];
  for (const folder of folders) {
    const inside = relative(folder, absolute);
    if (inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep) && !/^[a-z]:/i.test(inside)) candidates.push(toPosix(inside));
  }
  return globs.some((glob) => {
    const matcher = compiled(glob);
    return candidates.some((candidate) => matcher.match(candidate));
  });
}

// Settings change rarely and every open or edit asks again: compile each glob once.
const matchers = new Map<string, Minimatch>();
const MAX_CACHED_MATCHERS = 500;

function compiled(glob: string): Minimatch {
  let matcher = matchers.get(glob);
  if (!matcher) {
    if (matchers.size >= MAX_CACHED_MATCHERS) matchers.clear();
    // `!x` would mean "every file but x": a list of files to add has no use for it, so it is taken literally.
    matcher = new Minimatch(toPosix(glob), { dot: true, nonegate: true, nocomment: true });
    matchers.set(glob, matcher);
  }
  return matcher;
}
