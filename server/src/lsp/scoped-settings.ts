import { errorDetails } from './errors';
import { filePathOf } from './file-filter';
import { readSettingsSection, type ServerSettings } from './settings';
import { folderOf } from './sheet-config';

/**
 * The settings a user may set per workspace folder: package.json declares them `"scope": "resource"`.
 * The others (`run`, `files`, the trace) are `"window"`: one value for the whole workspace.
 */
export type ResourceSettings = Pick<ServerSettings, 'enable' | 'rules' | 'configFile'>;

export interface ScopedSettingsHost {
  /** `workspace/configuration` for the settings section as it applies to `scopeUri`; the client's answer as sent. */
  pull(scopeUri: string): Promise<unknown>;
  logError(message: string): void;
}

/**
 * The editor settings in force for each document. Without the client's `workspace.configuration`
 * capability there is one set, from the initialization options or `workspace/didChangeConfiguration`.
 * With it, the resource-scoped settings are asked for each document with its URI as `scopeUri`, and
 * kept per workspace folder (per document outside any folder); the window-scoped ones stay global.
 * A client that tells every folder's at the start (`seed`) is asked only when settings change.
 */
export class ScopedSettings {
  /** The workspace's settings: every document's window-scoped ones, and its resource-scoped ones when no folder's are known. */
  global: ServerSettings = readSettingsSection({});
  /** True once the client answers `workspace/configuration`: resource-scoped settings are then asked per folder. */
  perScope = false;
  /** By scope (a folder's path, or a URI outside every folder); null where the client had nothing to say for it. */
  private scoped = new Map<string, ResourceSettings | null>();
  /** Absolute paths of the workspace folders the scopes were worked out with; changed with them, by `refresh`. */
  private folders: readonly string[] = [];
  private readonly pulling = new Map<string, Promise<void>>();
  /** Bumped by each refresh: an answer asked for before it may be out of date. */
  private generation = 0;
  /** True once the client told every folder's settings: a document outside them all has the workspace's. */
  private outsideFoldersAreGlobal = false;

  constructor(private readonly host: ScopedSettingsHost) {}

  /** What is in force for the document now: its folder's resource-scoped settings over the global ones. */
  for(uri: string): ServerSettings {
    const scoped = this.perScope ? this.scoped.get(this.scopeOf(uri)) : undefined;
    if (!scoped) return this.global;
    return { ...this.global, enable: scoped.enable, rules: scoped.rules, configFile: scoped.configFile };
  }

  /** True when `for(uri)` gives the document's own settings, without asking the client first. */
  isReady(uri: string): boolean {
    return !this.perScope || this.isWorkspaceScoped(uri) || this.scoped.has(this.scopeOf(uri));
  }

  /**
   * The client's own account of each workspace folder's settings (by folder URI; see
   * FOLDER_SETTINGS_OPTION), given with the folders `refresh` was last given: these need not be asked,
   * and a document outside every folder has the workspace's settings.
   */
  seed(folderSettings: ReadonlyMap<string, ServerSettings>): void {
    this.outsideFoldersAreGlobal = true;
    for (const [uri, { enable, rules, configFile }] of folderSettings) {
      const folder = filePathOf(uri);
      if (folder !== undefined && this.folders.includes(folder)) this.scoped.set(folder, { enable, rules, configFile });
    }
  }

  /** Resolves once the document's settings are known (asked of the client when they are not). */
  ready(uri: string): Promise<void> {
    if (this.isReady(uri)) return Promise.resolve();
    const scope = this.scopeOf(uri);
    // Asked already, for another document of the scope or by a refresh: that answer serves this one too.
    const asked = this.pulling.get(scope);
    if (asked) return asked.then(() => this.ready(uri));
    const generation = this.generation;
    const pulling = this.pull(uri).then((settings) => {
      if (this.pulling.get(scope) === pulling) this.pulling.delete(scope);
      // Settings changed while the client answered: that answer may predate the change, so the
      // refresh's answer decides, or the settings are asked again.
      if (generation === this.generation) this.scoped.set(scope, settings);
    });
    this.pulling.set(scope, pulling);
    return pulling.then(() => this.ready(uri));
  }

  /**
   * Settings changed, or the workspace folders did (`folders`, their absolute paths): asks again for the
   * scopes of `uris`, and forgets every other folder's until a document of it needs them. Until the
   * answers arrive, documents keep the settings they had; with nothing to ask, the change is made at once.
   */
  refresh(uris: readonly string[], folders: readonly string[] = this.folders): Promise<void> {
    const generation = ++this.generation;
    this.pulling.clear();
    const byScope = new Map<string, string>();
    if (this.perScope) {
      for (const uri of uris)
        if (!this.isWorkspaceScoped(uri, folders) && !byScope.has(this.scopeOf(uri, folders))) byScope.set(this.scopeOf(uri, folders), uri);
    }
    const replace = (answers: Iterable<readonly [string, ResourceSettings | null]>) => {
      // A later refresh has asked again: its answers, not these, are the current ones.
      if (generation !== this.generation) return;
      this.folders = folders;
      this.scoped = new Map(answers);
    };
    if (byScope.size === 0) {
      replace([]);
      return Promise.resolve();
    }
    const refreshed = Promise.all([...byScope].map(async ([scope, uri]) => [scope, await this.pull(uri)] as const)).then(replace);
    // A document of these scopes that needs its settings meanwhile waits for these answers rather than asking again.
    for (const scope of byScope.keys()) this.pulling.set(scope, refreshed);
    void refreshed.then(() => {
      for (const scope of byScope.keys()) if (this.pulling.get(scope) === refreshed) this.pulling.delete(scope);
    });
    return refreshed;
  }

  /** True for a document outside every folder once the client told the folders' settings: the workspace's settings are its own. */
  private isWorkspaceScoped(uri: string, folders = this.folders): boolean {
    if (!this.outsideFoldersAreGlobal) return false;
    const path = filePathOf(uri);
    return path === undefined || folderOf(path, folders) === undefined;
  }

  /** The scope a document's resource-scoped settings are kept under: its workspace folder, else the document itself. */
  private scopeOf(uri: string, folders = this.folders): string {
    const path = filePathOf(uri);
    return (path === undefined ? undefined : folderOf(path, folders)) ?? uri;
  }

  /** The client's resource-scoped settings for the document; null (the global ones apply) when it has none or cannot answer. */
  private async pull(uri: string): Promise<ResourceSettings | null> {
    try {
      const section = await this.host.pull(uri);
      if (typeof section !== 'object' || section === null || Array.isArray(section)) return null;
      const { enable, rules, configFile } = readSettingsSection(section);
      return { enable, rules, configFile };
    } catch (error) {
      this.host.logError(`termsheet-lint: reading settings for ${uri} failed: ${errorDetails(error)}`);
      return null;
    }
  }
}
