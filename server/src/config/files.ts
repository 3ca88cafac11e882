import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { isConfigFileName, isMarkdownTermSheet, isTermSheetName, TERM_SHEET_PATTERNS } from '../engine';
import { isWordTermSheetName, WORD_TERM_SHEET_PATTERN } from '../engine/docx/names';

/** Never searched when walking a directory: dependencies and repository internals. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** A named path that cannot be read: exit code 2, naming the path as the user wrote it. */
export class PathError extends Error {}

export interface LintTarget {
  /** Absolute path, for reading. */
  absolute: string;
  /** Relative to the working directory with forward slashes, for output and ordering. */
  display: string;
}

/**
 * Decides on a file found while walking a folder; `byName` says whether its name is a term sheet's.
 * Files named on the command line do not ask: they are linted whatever their name.
 */
export type FileSelector = (absolute: string, byName: boolean) => boolean;

const BY_NAME: FileSelector = (_absolute, byName) => byName;

/** A command-line folder or glob that selected nothing to lint. */
export interface EmptyPath {
  /** As the user wrote it. */
  given: string;
  kind: 'folder' | 'glob';
  /** Files it matched at all (a glob's), or term sheets it held (a folder's). */
  found: number;
  /** Of those, the ones the config's `ignore` left out. */
  ignored: number;
}

export interface Expansion {
  /** The files to lint, without duplicates, in path order. */
  targets: LintTarget[];
  /** The folders and globs that gave none of them, in command-line order. */
  empty: EmptyPath[];
}

/** The files to lint under `paths`, as `expandCommandLine` finds them; a folder or glob that gives none is no error. */
export function expandPaths(paths: readonly string[], cwd: string, select: FileSelector = BY_NAME): LintTarget[] {
  return expandCommandLine(paths, cwd, select).targets;
}

/**
 * Expands the command-line paths into the files to lint, without duplicates, in path order
 * (segment by segment, so a folder's files and subfolders sort by name as in a file tree),
 * and says which folders and globs gave none.
 */
export function expandCommandLine(paths: readonly string[], cwd: string, select: FileSelector = BY_NAME): Expansion {
  const found = new Map<string, LintTarget>();
  const empty: EmptyPath[] = [];
  for (const given of paths) {
    let selected = 0;
    const add = (absolute: string) => {
      selected++;
      if (!found.has(absolute)) found.set(absolute, { absolute, display: displayPath(absolute, cwd) });
    };
    const absolute = path.resolve(cwd, given);
    // A path that exists is taken literally, even with a `[` in its name; otherwise a pattern is a glob.
    if (GLOB_MAGIC.test(given) && !fs.existsSync(absolute)) {
      const counts = expandGlob(given, cwd, add, select);
      if (selected === 0) empty.push({ given, kind: 'glob', ...counts });
      continue;
    }
    const stat = statOrFail(absolute, given);
    // A file named explicitly is linted whatever its name: the user asked for it.
    if (stat.isFile()) {
      add(absolute);
    } else if (stat.isDirectory()) {
      const counts = { found: 0, ignored: 0 };
      walk(absolute, given, cwd, add, select, counts);
      if (selected === 0) empty.push({ given, kind: 'folder', ...counts });
    } else {
      throw new PathError(`not a file or directory: ${given}`);
    }
  }
  return { targets: [...found.values()].sort((a, b) => comparePaths(a.display, b.display)), empty };
}

/** What was looked for in a folder, for the message when nothing was found. */
const LOOKED_FOR = `${TERM_SHEET_PATTERNS}, ${WORD_TERM_SHEET_PATTERN}, Markdown with "termsheet:" front matter and the config's "files"`;

/** The one line that says a folder or glob gave nothing to lint, and why when the config is the reason. */
export function describeEmptyPath(empty: EmptyPath): string {
  const { given, kind, found, ignored } = empty;
  const where = kind === 'folder' ? `in ${given.endsWith('/') ? given : `${given}/`}` : `match ${given}`;
  if (ignored > 0) {
    const which = kind === 'folder' ? 'found' : 'it matches';
    const leftOut = ignored === 1 ? `the one ${which} is` : `the ${ignored} ${which} are`;
    return `no term sheets to lint ${where}: ${leftOut} left out by the config's "ignore"`;
  }
  if (kind === 'glob') return found === 0 ? `no files ${where}` : `no term sheets ${where}: only config files do`;
  return `no term sheets found ${where} (looked for ${LOOKED_FOR})`;
}

/** Characters that make a command-line path a glob (minimatch syntax). */
const GLOB_MAGIC = /[*?[\]{}]/;

/**
 * Every file a glob matches, from the folder its pattern starts with (node_modules and .git skipped,
 * folders the pattern cannot reach never read). The files it matches are taken whatever their names,
 * minus config files and the config's `ignore` globs. Returns how many it matched, and how many of
 * those the config's `ignore` left out.
 */
function expandGlob(given: string, cwd: string, add: (absolute: string) => void, select: FileSelector): { found: number; ignored: number } {
  const pattern = path.sep === '\\' ? given.split(path.sep).join('/') : given;
  const segments = pattern.split('/');
  const firstMagic = segments.findIndex((segment) => GLOB_MAGIC.test(segment));
  const fixed = segments.slice(0, firstMagic);
  const root = fixed.length === 0 ? cwd : fixed.length === 1 && fixed[0] === '' ? path.parse(cwd).root : path.resolve(cwd, fixed.join('/'));
  const matcher = new Minimatch(segments.slice(firstMagic).join('/'));
  const counts = { found: 0, ignored: 0 };
  const visit = (directory: string, relative: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      // The folder the pattern starts from may simply not exist: then nothing matches.
      if (relative === '' && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new PathError(describeFsError(error, displayPath(directory, cwd) || given));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      const entryRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && matcher.match(entryRelative, true)) visit(full, entryRelative);
      } else if ((entry.isFile() || isFileLink(entry, full)) && matcher.match(entryRelative)) {
        counts.found++;
        if (select(full, true)) add(full);
        else if (!isConfigFileName(full)) counts.ignored++;
      }
    }
  };
  visit(root, '');
  return counts;
}

function walk(
  directory: string,
  given: string,
  cwd: string,
  add: (absolute: string) => void,
  select: FileSelector,
  counts: { found: number; ignored: number },
): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new PathError(describeFsError(error, displayPath(directory, cwd) || given));
  }
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(full, given, cwd, add, select, counts);
    } else if (entry.isFile() || isFileLink(entry, full)) {
      const byName = isTermSheetName(entry.name) || isWordTermSheetName(entry.name) || isMarkdownWithTermSheetFrontMatter(full);
      if (byName) counts.found++;
      if (select(full, byName)) add(full);
      else if (byName) counts.ignored++;
    }
    // Symbolic links to directories are not followed: a link back up the tree would never end.
  }
}

/** Any Markdown file whose front matter says `termsheet:` is a term sheet too, whatever its name. */
function isMarkdownWithTermSheetFrontMatter(file: string): boolean {
  if (!/\.(md|markdown)$/i.test(file)) return false;
  try {
    return isMarkdownTermSheet(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

function isFileLink(entry: fs.Dirent, full: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(full).isFile();
  } catch {
    return false; // A dangling link in a folder is not something the user asked to lint.
  }
}

function statOrFail(absolute: string, given: string): fs.Stats {
  try {
    return fs.statSync(absolute);
  } catch (error) {
    throw new PathError(describeFsError(error, given));
  }
}

export function describeFsError(error: unknown, shownPath: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `no such file or directory: ${shownPath}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${shownPath}`;
    case 'EISDIR':
      return `is a directory: ${shownPath}`;
    default:
      return `cannot read ${shownPath}: ${errorLine(error)}`;
  }
}

/** The first line of what was thrown: enough for a one-line message on stderr. */
export function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
}

export function displayPath(absolute: string, cwd: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

/** Code-unit order per segment: the same on every machine, unlike a locale comparison. */
export function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  }
  return left.length - right.length;
}
