import type { Config, RuleSetting } from '../engine';
import { FOLDER_SETTINGS_OPTION, readFileGlobs, TERM_SHEETS_OPTION } from './protocol';

export type RuleSettings = Record<string, RuleSetting>;

/** What the user set in the editor (`termsheet.*`); the config file is the layer beneath. */
export interface ServerSettings {
  /** `termsheet.enable`: false stops all linting and clears what was shown. */
  enable: boolean;
  rules: RuleSettings;
  /** `termsheet.configFile`: an explicit config file, absolute or relative to the workspace folder; undefined to search upwards. */
  configFile?: string;
  /** `termsheet.run`: lint while typing, or only when a document is opened or saved. */
  run: RunMode;
  /** `termsheet.files`: globs of extra files to lint as term sheets, matched against workspace-relative and absolute paths. */
  files: string[];
}

export type RunMode = 'onType' | 'onSave';

export const DEFAULT_DEBOUNCE_MS = 200;
/** Upper bound for a configured debounce, so a typo cannot silence linting. */
const MAX_DEBOUNCE_MS = 10_000;

export interface InitializationOptions {
  debounceMs: number;
  settings: ServerSettings;
  /** The client wants `termsheet/termSheets` notifications (see protocol.ts). */
  termSheetList: boolean;
  /** Each workspace folder's settings by its URI, when the client told them (see FOLDER_SETTINGS_OPTION). */
  folderSettings?: Map<string, ServerSettings>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rule settings from untrusted JSON: a severity string or an options object per rule id; anything else is ignored. */
export function readRuleSettings(value: unknown): RuleSettings {
  const rules: RuleSettings = {};
  if (!isRecord(value)) return rules;
  for (const [id, setting] of Object.entries(value)) {
    if (typeof setting === 'string') rules[id] = setting as RuleSetting;
    else if (isRecord(setting)) rules[id] = { ...setting };
  }
  return rules;
}

/** The `termsheet` settings section (from `workspace/didChangeConfiguration` or `workspace/configuration`). */
export function readSettingsSection(section: unknown): ServerSettings {
  const record = isRecord(section) ? section : {};
  const configFile = typeof record.configFile === 'string' && record.configFile.trim() !== '' ? record.configFile.trim() : undefined;
  return {
    enable: record.enable !== false,
    rules: readRuleSettings(record.rules),
    configFile,
    run: record.run === 'onSave' ? 'onSave' : 'onType',
    files: readFileGlobs(record.files),
  };
}

/** `initializationOptions`: `{ debounceMs?, enable?, rules?, configFile?, run?, files? }`. */
export function readInitializationOptions(options: unknown): InitializationOptions {
  const record = isRecord(options) ? options : {};
  const delay = record.debounceMs;
  const debounceMs = typeof delay === 'number' && Number.isFinite(delay) ? Math.min(Math.max(0, delay), MAX_DEBOUNCE_MS) : DEFAULT_DEBOUNCE_MS;
  const folders = record[FOLDER_SETTINGS_OPTION];
  const folderSettings = isRecord(folders) ? new Map(Object.entries(folders).map(([uri, section]) => [uri, readSettingsSection(section)] as const)) : undefined;
  return { debounceMs, settings: readSettingsSection(record), termSheetList: record[TERM_SHEETS_OPTION] === true, folderSettings };
}

/**
 * What in a document's settings decides its findings (which rules, how severe, which config file),
 * as a string: two documents' or two moments' settings lint alike when their keys are equal. `run` and
 * `files` decide when and whether a document is linted, not what is found in it.
 */
export function findingSettingsKey(settings: ServerSettings): string {
  return JSON.stringify([settings.enable, settings.configFile ?? null, settings.rules]);
}

/** The engine config: the config file's as the base, the editor settings applied last. */
export function effectiveConfig(settings: ServerSettings, base: Config = {}): Config {
  return { ...base, rules: { ...base.rules, ...settings.rules } };
}
