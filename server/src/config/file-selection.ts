import { sep } from 'node:path';
import { minimatch } from 'minimatch';
import type { Config } from '../engine';

/** What a config's globs say of one file: `ignore` leaves it out, `files` adds it to the term sheets. */
export type ConfigSelection = 'ignored' | 'listed' | undefined;

/**
 * The config's word on a file, given its path (with `/`) relative to where the globs are taken from:
 * the config file's folder, or the working folder for a config named explicitly.
 */
export function configSelection(config: Config, relativePath: string): ConfigSelection {
  const { files = [], ignore = [] } = config;
  if (ignore.some((glob) => matchesIgnore(relativePath, glob))) return 'ignored';
  return files.some((glob) => minimatch(relativePath, glob)) ? 'listed' : undefined;
}

/** `archive`, `archive/` and `archive/**` all leave out everything under archive. */
function matchesIgnore(relativePath: string, glob: string): boolean {
  const options = { dot: true };
  const folder = glob.replace(/\/+$/, '');
  return minimatch(relativePath, glob, options) || minimatch(relativePath, `${folder}/**`, options);
}

/** A path with `/` between its parts, as globs are written. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
