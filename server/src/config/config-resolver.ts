import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, configTooLarge, MAX_CONFIG_BYTES, readConfigText, type Config, type ConfigReading, type Finding, type Rule } from '../engine';

/** What applies to one term sheet: the config file found for it (if any) and the rules to run. */
export interface ResolvedConfig {
  /** Absolute path of the config file, when one applies. */
  file?: string;
  config: Config;
  /** Built-in rules followed by the config's custom rules. */
  rules: readonly Rule[];
  /** Problems in the config file itself. */
  findings: Finding[];
  /** Set when the config file could not be read or parsed: one line, naming the file. */
  fatal?: string;
}

/** The nearest `.termsheetrc.*` walking up from `directory` (in CONFIG_FILE_NAMES order within a folder). */
export function findConfigFile(directory: string): string | undefined {
  let current = resolve(directory);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

// Most folders on the way up hold no config: a miss answers undefined instead of throwing (8× cheaper).
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/**
 * Finds and reads config files, caching each by its modification time and size so that an edited
 * file is read again and an unchanged one is not. Shared by the CLI and the language server so both
 * give the same findings for the same file.
 */
export class ConfigResolver {
  private readonly cache = new Map<string, { stamp: string; reading: ConfigReading }>();

  constructor(private readonly builtInRules: readonly Rule[]) {}

  /** The config for a term sheet at `sheetPath`: `explicitFile` when given, else the nearest one upwards. */
  forSheet(sheetPath: string | undefined, explicitFile?: string): ResolvedConfig {
    const file = explicitFile ? resolve(explicitFile) : sheetPath ? findConfigFile(dirname(sheetPath)) : undefined;
    if (!file) return { config: {}, rules: this.builtInRules, findings: [] };
    return this.load(file);
  }

  /** Reads one config file (or takes its text from an open editor buffer). */
  load(file: string, text?: string): ResolvedConfig {
    let reading: ConfigReading;
    if (text !== undefined) {
      reading = readConfigText(text, this.builtInRules);
    } else {
      let stamp: string;
      try {
        const stats = statSync(file);
        // Not even read: its size alone says it is no config file.
        if (stats.size > MAX_CONFIG_BYTES)
          return { file, config: {}, rules: this.builtInRules, findings: [], fatal: `cannot read config file ${file}: ${configTooLarge(stats.size)}` };
        stamp = `${stats.mtimeMs}:${stats.size}`;
      } catch {
        return { file, config: {}, rules: this.builtInRules, findings: [], fatal: `cannot read config file ${file}` };
      }
      const cached = this.cache.get(file);
      if (cached?.stamp === stamp) {
        reading = cached.reading;
      } else {
        try {
          reading = readConfigText(readFileSync(file, 'utf8'), this.builtInRules);
        } catch {
          return { file, config: {}, rules: this.builtInRules, findings: [], fatal: `cannot read config file ${file}` };
        }
        this.cache.set(file, { stamp, reading });
      }
    }
    return {
      file,
      config: reading.config,
      rules: [...this.builtInRules, ...reading.customRules],
      findings: reading.findings,
      fatal: reading.fatal && `cannot parse config file ${file}: ${reading.fatal}`,
    };
  }

  /** Forgets what was read, so the next lint reads config files again. */
  clear(): void {
    this.cache.clear();
  }
}
