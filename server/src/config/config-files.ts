import * as path from 'node:path';
import { ConfigResolver, type ResolvedConfig } from './config-resolver';
import { configSelection, toPosix } from './file-selection';
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
export class SheetConfigs {
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

  /**
   * One config file read on its own (named on the command line, or standard input named as one, whose
   * `text` is given); throws ConfigError when it cannot be read or parsed.
   */
  readConfig(absolute: string, text?: string): ResolvedConfig {
    const resolved = this.resolver.load(absolute, text);
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
    if (!byName && !resolved.config.files?.length) return false;
    // A discovered config's globs are relative to its folder; a `--config` file's to the working directory, as the
    // command line's paths are (it may live anywhere, e.g. in a shared folder of lint settings).
    const base = this.explicit || !resolved.file ? this.cwd : path.dirname(resolved.file);
    const selection = configSelection(resolved.config, toPosix(path.relative(base, absolute)));
    return selection !== 'ignored' && (byName || selection === 'listed');
  };

  /** The resolver's message names the absolute path; the user thinks in paths from where they ran the command. */
  private relativeMessage(resolved: ResolvedConfig): string {
    const fatal = resolved.fatal ?? '';
    return resolved.file ? fatal.replace(resolved.file, toPosix(path.relative(this.cwd, resolved.file)) || resolved.file) : fatal;
  }
}
