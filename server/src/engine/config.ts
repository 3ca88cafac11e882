import type { DataRuleSpec } from './data-rules';
import type { Rule, Severity } from './rule';
import { SEVERITIES } from './rule';

export type RuleLevel = Severity | 'off';
export type RuleSetting = RuleLevel | ({ severity?: RuleLevel } & Record<string, unknown>);

/** The shape of `.termsheetrc.*` (see config.md). */
export interface Config {
  extends?: 'recommended' | 'strict' | 'none';
  /** Extra globs to lint, beside the `*.termsheet.*` defaults. */
  files?: string[];
  ignore?: string[];
  rules?: Record<string, RuleSetting>;
  regions?: Record<string, string[]>;
  custom?: DataRuleSpec[];
  /** Larger files are reported, not read (the default is 4 MB). */
  max_file_size_mb?: number;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** True when the config set the severity, so a rule's own escalation must not override it. */
  severityFromConfig: boolean;
  options: Record<string, unknown>;
}

function isLevel(value: unknown): value is RuleLevel {
  return value === 'off' || SEVERITIES.includes(value as Severity);
}

/** The rules that run under `config`, each with its severity and options. */
export function activeRules(rules: readonly Rule[], config: Config = {}): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    const settingObject = typeof setting === 'object' && setting !== null ? setting : undefined;
    const configured = isLevel(setting) ? setting : isLevel(settingObject?.severity) ? settingObject.severity : undefined;
    const preset = config.extends ?? 'recommended';
    const base = rule.meta.strictOnly && preset !== 'strict' ? 'off' : baseLevel(rule.meta.defaultSeverity, preset);
    const level = configured ?? base;
    if (level === 'off') continue;
    const options: Record<string, unknown> = {};
    // Most rules have no options and most configs set none: those are skipped without a look.
    if (rule.meta.options) for (const [name, spec] of Object.entries(rule.meta.options)) options[name] = spec.default;
    if (settingObject) for (const [name, value] of Object.entries(settingObject)) if (name !== 'severity') options[name] = value;
    active.push({ rule, severity: level, severityFromConfig: configured !== undefined, options });
  }
  return active;
}

function baseLevel(defaultSeverity: Severity, preset: NonNullable<Config['extends']>): RuleLevel {
  if (preset === 'none') return 'off';
  if (preset === 'strict' && (defaultSeverity === 'info' || defaultSeverity === 'hint')) return 'warning';
  return defaultSeverity;
}
