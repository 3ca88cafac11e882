import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigResolver, type ResolvedConfig } from '../config/config-resolver';
import { configSelection, toPosix, type ConfigSelection } from '../config/file-selection';
import { isConfigFileName, type Rule } from '../engine';
import { documentPath, filePathOf } from './file-filter';

/** What file watchers and the client's selector look for. */
export const CONFIG_FILE_GLOB = '**/.termsheetrc.{yaml,yml,json}';

export { filePathOf };

/** True for an open `.termsheetrc.yaml|yml|json`, which is validated like a term sheet. */
export function isConfigUri(uri: string): boolean {
  return isConfigFileName(documentPath(uri));
}

/** The workspace folder holding `path` (the innermost, for nested folders). */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    if ((path === folder || path.startsWith(prefix)) && (!best || folder.length > best.length)) best = folder;
  }
  return best;
}

/**
 * Where `termsheet.configFile` points for a document: absolute as given; relative to the workspace
 * folder holding the document, else the first folder, else (no workspace at all) the document's own folder.
 */
export function explicitConfigPath(configFile: string, documentFile: string, folders: readonly string[]): string {
  if (isAbsolute(configFile)) return resolve(configFile);
  const base = folderOf(documentFile, folders) ?? folders[0] ?? resolve(documentFile, '..');
  return join(base, configFile);
}

/**
 * Resolves the config of each open document with one shared resolver, so that every sheet under
 * the same config file sees the same reading and a reload clears them all at once.
 */
export class SheetConfigs {
  readonly resolver: ConfigResolver;
  /** Absolute paths of the workspace folders; empty for a file opened on its own. */
  folders: string[] = [];

  constructor(private readonly builtInRules: readonly Rule[]) {
    this.resolver = new ConfigResolver(builtInRules);
  }

  forDocument(uri: string, configFile: string | undefined): ResolvedConfig {
    const path = filePathOf(uri);
    if (!path) return { config: {}, rules: this.builtInRules, findings: [] };
    return this.resolver.forSheet(path, configFile ? explicitConfigPath(configFile, path, this.folders) : undefined);
  }

  /**
   * What the document's config says of it with its `files` and `ignore` globs: taken from the config
   * file's folder, or for a `termsheet.configFile` from the workspace folder holding the document.
   */
  selection(uri: string, configFile: string | undefined): ConfigSelection {
    const path = filePathOf(uri);
    if (!path) return undefined;
    const resolved = this.forDocument(uri, configFile);
    if (!resolved.file || resolved.fatal) return undefined;
    const base = (configFile ? folderOf(path, this.folders) : undefined) ?? dirname(resolved.file);
    return configSelection(resolved.config, toPosix(relative(base, path)));
  }

  /** Validates the text of an open config buffer (not cached: it changes with every keystroke). */
  validate(uri: string, text: string): ResolvedConfig {
    return this.resolver.load(filePathOf(uri) ?? documentPath(uri), text);
  }

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(filePathOf).filter((path): path is string => path !== undefined);
  }

  clear(): void {
    this.resolver.clear();
  }
}
