import type { Config, RuleLevel } from './config';
import { boundKind, compilePattern, customRule, type DataRuleSpec } from './data-rules';
import { editDistance } from './edit-distance';
import { isValidGiven } from './given-path';
import { asList, asMap, isBlank, itemsOf, scalarText, type Entry, type MapNode, type ModelNode } from './model';
import { SEVERITIES, type Finding, type Rule, type RuleOptionSpec, type Severity } from './rule';
import { megabytes } from './lint';
import { LineIndex, type Range } from './text';
import { readCountry, readDuration, readMoney, readPercent, readRegion } from './values';
import { readYamlSheet } from './yaml-reader';

export const CONFIG_FILE_NAMES = ['.termsheetrc.yaml', '.termsheetrc.yml', '.termsheetrc.json'] as const;
/** A config is a page or two: anything this large is some other file, and reading it would stall the editor. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const CONFIG_RULE_ID = 'config-invalid';

const PRESETS = ['recommended', 'strict', 'none'];
const KEYS = 'extends, files, ignore, rules, regions, custom and max_file_size_mb';
const LEVELS: readonly string[] = ['off', ...SEVERITIES];
const CHECKS = ['required', 'forbidden', 'pattern', 'enum', 'min', 'max', 'includes', 'excludes'];
const CUSTOM_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
const CUSTOM_FIELDS = ['id', 'given', 'check', 'severity', 'message', 'docs'];

export interface ConfigReading {
  config: Config;
  /** The custom rules of the file, ready to run beside the built-in ones. */
  customRules: Rule[];
  /** Problems in the config file itself, at their place in it; what is wrong is left out, the rest applies. */
  findings: Finding[];
  /** Set when the file could not be parsed at all: nothing of it applies. */
  fatal?: string;
}

export function isConfigFileName(fileName: string): boolean {
  const base = fileName.replace(/^.*[\\/]/, '');
  return (CONFIG_FILE_NAMES as readonly string[]).includes(base);
}

/** Reads and validates a `.termsheetrc.*` text (JSON is read as the YAML subset it is, for its positions). */
export function readConfigText(text: string, builtInRules: readonly Rule[]): ConfigReading {
  const findings: Finding[] = [];
  const problem = (message: string, range: Range, severity: Severity = 'error') => findings.push({ ruleId: CONFIG_RULE_ID, severity, message, range });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CONFIG_BYTES) {
    const message = configTooLarge(bytes);
    const head = new LineIndex(text.slice(0, 10_000));
    problem(message, head.range(0, head.lineEnd(0)));
    return { config: {}, customRules: [], findings, fatal: message };
  }
  const sheet = readYamlSheet(text);
  if (sheet.problems.length > 0) {
    const first = sheet.problems[0];
    // The YAML reader words a non-mapping top level for term sheets; a config file says it its own way.
    const message = first.message.startsWith('The top level of a term sheet') ? `A config file is a mapping of ${KEYS}` : first.message;
    problem(message, first.range);
    return { config: {}, customRules: [], findings, fatal: `${message} (line ${first.range.start.line + 1})` };
  }

  const config: Config = {};
  const custom = readCustom(sheet.root, builtInRules, problem);
  const knownIds = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));
  for (const spec of custom) knownIds.set(spec.id, customRule(spec));

  for (const entry of sheet.root.entries) {
    switch (entry.key) {
      case 'extends': {
        const preset = scalarText(entry.value)?.trim();
        if (preset && PRESETS.includes(preset)) config.extends = preset as Config['extends'];
        else problem(`"extends" must be one of ${PRESETS.join(', ')}; found ${describe(entry.value)}`, entry.value.range);
        break;
      }
      case 'files':
      case 'ignore':
        config[entry.key] = readStrings(entry, problem);
        break;
      case 'rules':
        config.rules = readRuleSettings(entry, knownIds, problem);
        break;
      case 'regions':
        config.regions = readRegions(entry, problem);
        break;
      case 'custom':
        config.custom = custom;
        break;
      case 'max_file_size_mb': {
        const size = entry.value.kind === 'scalar' ? entry.value.value : undefined;
        if (typeof size === 'number' && Number.isFinite(size) && size > 0) config.max_file_size_mb = size;
        else problem(`"max_file_size_mb" must be a positive number of megabytes (e.g. 8); found ${describe(entry.value)}`, entry.value.range);
        break;
      }
      default:
        problem(`Unknown config key "${entry.key}" (expected ${KEYS.replace(' and ', ' or ')})`, entry.keyRange, 'warning');
    }
  }
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { config, customRules: custom.map(customRule), findings };
}

export function configTooLarge(bytes: number): string {
  return `Too large for a config file: ${megabytes(bytes)} MB (limit ${megabytes(MAX_CONFIG_BYTES)} MB)`;
}

type Problem = (message: string, range: Range, severity?: Severity) => void;

function describe(node: ModelNode): string {
  if (node.kind === 'scalar') return node.value === null ? 'nothing' : `"${String(node.value)}"`;
  return node.kind === 'list' ? 'a list' : 'a mapping';
}

function readStrings(entry: Entry, problem: Problem): string[] {
  const strings: string[] = [];
  for (const item of itemsOf(entry.value)) {
    const text = scalarText(item);
    if (item.kind === 'scalar' && typeof item.value === 'string' && text) strings.push(text);
    else problem(`"${entry.key}" takes glob patterns as strings; found ${describe(item)}`, item.range);
  }
  return strings;
}

function readRuleSettings(entry: Entry, knownIds: ReadonlyMap<string, Rule>, problem: Problem): NonNullable<Config['rules']> {
  const settings: NonNullable<Config['rules']> = {};
  const map = asMap(entry.value);
  if (!map) {
    problem(`"rules" must map rule ids to a severity or to settings; found ${describe(entry.value)}`, entry.value.range);
    return settings;
  }
  for (const setting of map.entries) {
    const rule = knownIds.get(setting.key);
    if (!rule) {
      const near = nearest(setting.key, [...knownIds.keys()]);
      problem(`Unknown rule "${setting.key}"${near ? ` (did you mean ${near}?)` : ''}`, setting.keyRange);
      continue;
    }
    const value = setting.value;
    if (value.kind === 'scalar') {
      const level = scalarText(value)?.trim() ?? '';
      if (LEVELS.includes(level)) settings[setting.key] = level as RuleLevel;
      else problem(`Severity of ${setting.key} must be one of ${LEVELS.join(', ')}; found ${describe(value)}`, value.range);
      continue;
    }
    const options = asMap(value);
    if (!options) {
      problem(`Setting of ${setting.key} must be a severity or a mapping; found a list`, value.range);
      continue;
    }
    const read: Record<string, unknown> & { severity?: RuleLevel } = {};
    for (const option of options.entries) {
      const text = scalarText(option.value);
      if (option.key === 'severity') {
        if (text !== undefined && LEVELS.includes(text.trim())) read.severity = text.trim() as RuleLevel;
        else problem(`Severity of ${setting.key} must be one of ${LEVELS.join(', ')}; found ${describe(option.value)}`, option.value.range);
        continue;
      }
      const spec = rule.meta.options?.[option.key];
      if (!spec) {
        const names = Object.keys(rule.meta.options ?? {});
        problem(`${setting.key} has no option "${option.key}"${names.length ? ` (options: ${names.join(', ')})` : ''}`, option.keyRange);
        continue;
      }
      const scalar = option.value.kind === 'scalar' ? option.value.value : undefined;
      if (isOptionValue(spec, scalar)) read[option.key] = scalar;
      else problem(`Option ${option.key} of ${setting.key} must be ${optionKind(spec)}; found ${describe(option.value)}`, option.value.range);
    }
    settings[setting.key] = read;
  }
  return settings;
}

function isOptionValue(spec: RuleOptionSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'money':
      return readMoney(value) !== undefined;
    case 'percent':
      return readPercent(value) !== undefined;
    case 'duration':
      return (typeof value === 'number' && value >= 0) || readDuration(value) !== undefined;
  }
}

function optionKind(spec: RuleOptionSpec): string {
  return { number: 'a number', money: 'an amount of money (e.g. USD 30M)', percent: 'a percentage (e.g. 5%)', duration: 'a duration (e.g. 9 months)' }[
    spec.type
  ];
}

function readRegions(entry: Entry, problem: Problem): Record<string, string[]> {
  const regions: Record<string, string[]> = {};
  const map = asMap(entry.value);
  if (!map) {
    problem(`"regions" must map region names to lists of countries; found ${describe(entry.value)}`, entry.value.range);
    return regions;
  }
  const names = regionNames(map);
  for (const region of map.entries) {
    const members: string[] = [];
    if (region.value.kind === 'map' || isBlank(region.value)) {
      problem(
        `Region ${region.key} takes a list of countries and regions; found ${describe(region.value)}`,
        region.value.kind === 'map' ? region.value.range : region.keyRange,
      );
      continue;
    }
    for (const item of itemsOf(region.value)) {
      const text = scalarText(item)?.trim();
      const known = text === undefined ? undefined : readPlace(text, names);
      if (known) members.push(known);
      else problem(`Region ${region.key}: ${text === undefined ? describe(item) : `"${text}"`} is neither a country nor a region`, item.range);
    }
    regions[region.key] = members;
  }
  return regions;
}

/** The names of the config's own regions, which its lists may use beside the built-in ones. */
function regionNames(regions: MapNode | undefined): ReadonlySet<string> {
  return new Set(regions?.entries.map((region) => region.key));
}

/** A country as its code, or a region (built-in or the config's own) by its name; undefined for neither. */
function readPlace(text: string, regions: ReadonlySet<string>): string | undefined {
  return readCountry(text) ?? (readRegion(text) || regions.has(text) ? text : undefined);
}

function readCustom(root: MapNode, builtInRules: readonly Rule[], problem: Problem): DataRuleSpec[] {
  const entry = root.entries.find((candidate) => candidate.key === 'custom');
  if (!entry) return [];
  const regions = regionNames(asMap(root.entries.find((candidate) => candidate.key === 'regions')?.value));
  if (!asList(entry.value)) {
    problem(`"custom" must be a list of rules; found ${describe(entry.value)}`, entry.value.range);
    return [];
  }
  const builtIn = new Set(builtInRules.map((rule) => rule.meta.id));
  const specs: DataRuleSpec[] = [];
  const ids = new Set<string>();
  for (const item of itemsOf(entry.value)) {
    const spec = readCustomRule(item, builtIn, regions, problem);
    if (spec && ids.has(spec.id)) problem(`Custom rule ${spec.id} is defined twice`, item.range);
    else if (spec) {
      specs.push(spec);
      ids.add(spec.id);
    }
  }
  return specs;
}

function readCustomRule(item: ModelNode, builtIn: ReadonlySet<string>, regions: ReadonlySet<string>, problem: Problem): DataRuleSpec | undefined {
  const map = asMap(item);
  if (!map) {
    problem(`A custom rule is a mapping with id, given and check; found ${describe(item)}`, item.range);
    return undefined;
  }
  const field = (key: string) => map.entries.find((entry) => entry.key === key);
  const id = scalarText(field('id')?.value)?.trim() ?? '';
  const named = CUSTOM_ID.test(id) ? `Custom rule ${id}` : 'A custom rule';
  for (const entry of map.entries) {
    if (!CUSTOM_FIELDS.includes(entry.key)) problem(`${named} has no field "${entry.key}" (fields: ${CUSTOM_FIELDS.join(', ')})`, entry.keyRange, 'warning');
  }
  if (!CUSTOM_ID.test(id) || builtIn.has(id)) {
    problem(`A custom rule id needs a prefix, like acme/approved-governing-law; found ${id ? `"${id}"` : 'none'}`, field('id')?.value.range ?? map.range);
    return undefined;
  }
  const given = scalarText(field('given')?.value)?.trim() ?? '';
  if (!isValidGiven(given)) {
    problem(
      `Custom rule ${id}: "given" must be a path such as financials.royalties[*].rate; found ${given ? `"${given}"` : 'none'}`,
      field('given')?.value.range ?? map.range,
    );
    return undefined;
  }
  const check = readCheck(id, field('check'), map, regions, problem);
  if (!check) return undefined;
  const spec: DataRuleSpec = { id, given, check };
  const severityField = field('severity');
  if (severityField) {
    const severity = scalarText(severityField.value)?.trim();
    if (severity !== undefined && (SEVERITIES as readonly string[]).includes(severity)) spec.severity = severity as Severity;
    else problem(`Custom rule ${id}: severity must be one of ${SEVERITIES.join(', ')}; found ${describe(severityField.value)}`, severityField.value.range);
  }
  for (const key of ['message', 'docs'] as const) {
    const text = field(key);
    if (!text) continue;
    if (text.value.kind === 'scalar' && text.value.value !== null) spec[key] = String(text.value.value);
    else problem(`Custom rule ${id}: "${key}" takes text; found ${describe(text.value)}`, text.value.range);
  }
  return spec;
}

/**
 * A custom rule's check, when its value is of the kind the check needs: a regular expression for
 * `pattern`, a list of values for `enum` (of countries and regions for `includes` / `excludes`), and
 * a number, amount, percentage, duration or date for `min` / `max`. Anything else is a finding at its
 * place, and leaves the check out.
 */
function readCheck(id: string, entry: Entry | undefined, rule: MapNode, regions: ReadonlySet<string>, problem: Problem): DataRuleSpec['check'] | undefined {
  if (!entry) {
    problem(`Custom rule ${id} has no "check" (one of ${CHECKS.join(', ')})`, rule.range);
    return undefined;
  }
  const word = scalarText(entry.value)?.trim();
  if (word === 'required' || word === 'forbidden') return word;
  const map = asMap(entry.value);
  const kinds = map?.entries.map((check) => check.key) ?? [];
  const unknown = kinds.filter((kind) => !CHECKS.includes(kind));
  if (!map || kinds.length === 0 || unknown.length > 0) {
    problem(`Custom rule ${id}: unknown check ${unknown.length ? `"${unknown[0]}"` : describe(entry.value)} (one of ${CHECKS.join(', ')})`, entry.value.range);
    return undefined;
  }
  const first = map.entries[0];
  const scalar = (node: ModelNode) => (node.kind === 'scalar' ? node.value : undefined);
  switch (first.key) {
    case 'required':
    case 'forbidden':
      return first.key;
    case 'pattern': {
      if (first.value.kind !== 'scalar' || typeof first.value.value !== 'string' || first.value.value === '') {
        problem(`Custom rule ${id}: "pattern" takes a regular expression as text; found ${describe(first.value)}`, first.value.range);
        return undefined;
      }
      const pattern = first.value.value;
      try {
        compilePattern(pattern);
        return { pattern };
      } catch (error) {
        problem(`Custom rule ${id}: invalid pattern: ${error instanceof Error ? error.message : String(error)}`, first.value.range);
        return undefined;
      }
    }
    case 'enum':
    case 'includes':
    case 'excludes': {
      const list = asList(first.value);
      const items = list ? itemsOf(list) : [];
      const notValue = items.find((item) => scalar(item) === undefined || scalar(item) === null);
      if (!list || items.length === 0 || notValue) {
        const found = !list ? describe(first.value) : notValue ? `${describe(notValue)} in it` : 'an empty list';
        problem(`Custom rule ${id}: "${first.key}" takes a list of values, e.g. [a, b]; found ${found}`, (notValue ?? first.value).range);
        return undefined;
      }
      const notPlace = first.key === 'enum' ? undefined : items.find((item) => readPlace(String(scalar(item)).trim(), regions) === undefined);
      if (notPlace) {
        problem(`Custom rule ${id}: "${first.key}" takes countries and regions; ${describe(notPlace)} is neither`, notPlace.range);
        return undefined;
      }
      return { [first.key]: items.map(scalar) };
    }
    default: {
      const bounds: { min?: unknown; max?: unknown } = {};
      for (const bound of map.entries) {
        if (bound.key !== 'min' && bound.key !== 'max') continue;
        const value = scalar(bound.value);
        if (value === undefined || value === null || boundKind(value) === undefined) {
          problem(
            `Custom rule ${id}: "${bound.key}" takes a number, an amount, a percentage, a duration or a date; found ${describe(bound.value)}`,
            bound.value.range,
          );
        } else {
          bounds[bound.key] = value;
        }
      }
      return bounds.min === undefined && bounds.max === undefined ? undefined : bounds;
    }
  }
}

/** The known id closest to a misspelt one, when it is close enough to be a typo. */
function nearest(id: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(id, candidate, limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
