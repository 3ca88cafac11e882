import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { ConfigResolver, type ResolvedConfig } from '../config/config-resolver';
import { isConfigFileName, type Rule } from '../engine';
import type { FileSelector } from './files';

/** An explicit or discovered config file that cannot be used at all: exit code 2, one line. */
export class ConfigError extends Error {}

/**
 * The configs of one command-line run: `--config` for every file when given, else the nearest
 * `.termsheetrc.*` upwards from each file, read through the resolver the language server uses so
 * that both give the same findings. A run sees the files as they were when it started, so the
 * config of each folder is looked up once.
 */
export class CliConfigs {
  private readonly resolver: ConfigResolver;
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly explicit?: string;

  constructor(
    builtInRules: readonly Rule[],
    private readonly cwd: string,
    explicitConfig?: string,
  ) {
    this.resolver = new ConfigResolver(builtInRules);
    this.explicit = explicitConfig === undefined ? undefined : path.resolve(cwd, explicitConfig);
  }

  /** The config of the file at `absolute`; throws ConfigError when it cannot be read or parsed. */
  forFile(absolute: string): ResolvedConfig {
    const resolved = this.lookup(absolute);
    if (resolved.fatal) throw new ConfigError(this.relativeMessage(resolved));
    return resolved;
  }

  private lookup(absolute: string): ResolvedConfig {
    const folder = path.dirname(absolute);
    let resolved = this.byFolder.get(folder);
    if (!resolved) {
      resolved = this.resolver.forSheet(absolute, this.explicit);
      this.byFolder.set(folder, resolved);
    }
    return resolved;
  }

  /** One config file read on its own (named on the command line); throws ConfigError when it cannot be read or parsed. */
  readConfig(absolute: string): ResolvedConfig {
    const resolved = this.resolver.load(absolute);
    if (resolved.fatal) throw new ConfigError(this.relativeMessage(resolved));
    return resolved;
  }

  /** Reads `--config` up front, so that a bad one fails before anything is linted. */
  checkExplicit(): void {
    if (this.explicit) this.readConfig(this.explicit);
  }

  /** Which files a folder walk takes: term-sheet names and the config's `files` globs, minus its `ignore` globs. */
  readonly select: FileSelector = (absolute, byName) => {
    if (isConfigFileName(absolute)) return false;
    // A broken config fails the run for the term sheets under it, not for every other file beside them.
    const resolved = byName ? this.forFile(absolute) : this.lookup(absolute);
    if (resolved.fatal) return false;
    const { files = [], ignore = [] } = resolved.config;
    if (!byName && files.length === 0) return false;
    // A discovered config's globs are relative to its folder; a `--config` file's to the working directory, as the
    // command line's paths are (it may live anywhere, e.g. in a shared folder of lint settings).
    const base = this.explicit || !resolved.file ? this.cwd : path.dirname(resolved.file);
    const relative = toPosix(path.relative(base, absolute));
    if (ignore.some((glob) => matchesIgnore(relative, glob))) return false;
    return byName || files.some((glob) => minimatch(relative, glob));
  };

  /** The resolver's message names the absolute path; the user thinks in paths from where they ran the command. */
  private relativeMessage(resolved: ResolvedConfig): string {
    const fatal = resolved.fatal ?? '';
    return resolved.file ? fatal.replace(resolved.file, toPosix(path.relative(this.cwd, resolved.file)) || resolved.file) : fatal;
  }
}

/** `archive`, `archive/` and `archive/**` all leave out everything under archive. */
function matchesIgnore(relative: string, glob: string): boolean {
  const options = { dot: true };
  const folder = glob.replace(/\/+$/, '');
  return minimatch(relative, glob, options) || minimatch(relative, `${folder}/**`, options);
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
