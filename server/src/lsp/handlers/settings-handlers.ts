import { DidChangeWatchedFilesNotification, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { errorDetails } from '../errors';
import { readInitializationOptions, readSettingsSection } from '../settings';
import { CONFIG_FILE_GLOB } from '../sheet-config';
import { SETTINGS_SECTION, type ServerState } from './server-state';

export const SETTINGS_CAPABILITIES: ServerCapabilities = { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };

/** What the settings handlers do at the two steps of initialization. */
export interface SettingsLifecycle {
  /** Reads the initialization options, the client's capabilities and its workspace folders. */
  initialize(params: InitializeParams): void;
  /** Asks the client to watch config files and to tell of folder changes, where it can. */
  initialized(): void;
}

/**
 * What decides how documents are linted, besides their text: the editor settings (per workspace folder
 * when the client can be asked for them), the workspace folders, and the config files on disk.
 */
export function registerSettingsHandlers(state: ServerState): SettingsLifecycle {
  const { connection } = state;
  let canPullConfiguration = false;
  let canRegisterWatcher = false;
  let canFollowFolders = false;
  let folderUris: string[] = [];

  const setFolders = (uris: string[]) => {
    folderUris = uris;
    state.configs.setFolders(uris);
  };

  /** Asks again for the settings of the open documents' folders (where the client can be asked), then does `then`. */
  const afterRefresh = (then: () => void): void | Promise<void> => {
    const refreshed = state.settings.refresh(
      state.documents.all().map((document) => document.uri),
      state.configs.folders,
    );
    // Without a client to ask, settings are known at once: act on them before the next message.
    if (!state.settings.perScope) return then();
    return refreshed.then(then);
  };

  const settingsChanged = () =>
    afterRefresh(() => {
      // A new configFile may point at a file that is now missing: say so again.
      state.toldConfigProblems.clear();
      state.workspaceLinter.withdrawDisabled();
      state.relintOpenDocuments(true);
    });

  // Clients without dynamic registration may still send these (VS Code's client watches through its fileEvents option).
  connection.onDidChangeWatchedFiles(
    state.guard(
      'didChangeWatchedFiles',
      undefined,
      () => undefined,
      () => state.reloadConfigs(),
    ),
  );

  connection.onDidChangeConfiguration(
    state.guard(
      'didChangeConfiguration',
      undefined,
      () => undefined,
      (params) => {
        const pushed: unknown = params.settings;
        if (typeof pushed === 'object' && pushed !== null && SETTINGS_SECTION in pushed) {
          // The pushed section is the workspace's; a client that can be asked is asked for each folder's too.
          state.settings.global = readSettingsSection((pushed as Record<string, unknown>)[SETTINGS_SECTION]);
          return settingsChanged();
        }
        if (!canPullConfiguration) return;
        // Clients using the pull model send an empty notification and expect the server to ask.
        return connection.workspace
          .getConfiguration(SETTINGS_SECTION)
          .then((section: unknown) => {
            state.settings.global = readSettingsSection(section);
            return settingsChanged();
          })
          .catch((error: unknown) => state.logError(`termsheet-lint: reading settings failed: ${errorDetails(error)}`));
      },
    ),
  );

  return {
    initialize(params) {
      const options = readInitializationOptions(params.initializationOptions);
      state.linter.debounceMs = options.debounceMs;
      state.openTermSheets.enabled = options.termSheetList;
      state.settings.global = options.settings;
      state.clientCapabilities = params.capabilities;
      const workspace = params.capabilities.workspace;
      canPullConfiguration = workspace?.configuration === true;
      state.settings.perScope = canPullConfiguration;
      canRegisterWatcher = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      canFollowFolders = workspace?.workspaceFolders === true;
      const folders = params.workspaceFolders;
      setFolders(folders ? folders.map((folder) => folder.uri) : params.rootUri ? [params.rootUri] : []);
      void state.settings.refresh([], state.configs.folders);
      // Told at the start: the first lint need not wait for the client to be asked.
      if (options.folderSettings) state.settings.seed(options.folderSettings);
    },

    initialized() {
      if (canRegisterWatcher) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
          .catch((error: unknown) => state.logError(`termsheet-lint: watching config files failed: ${errorDetails(error)}`));
      }
      if (!canFollowFolders) return;
      connection.workspace.onDidChangeWorkspaceFolders(
        state.guard(
          'didChangeWorkspaceFolders',
          undefined,
          () => undefined,
          (event) => {
            const removed = new Set(event.removed.map((folder) => folder.uri));
            setFolders([...folderUris.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)]);
            // Documents may now be in another folder, with other settings.
            return afterRefresh(() => state.reloadConfigs());
          },
        ),
      );
    },
  };
}
