import { activeRules, type Config, type Rule, type RuleCategory } from '../engine';
import { BUILT_IN_RULES, docsHrefs } from './check';
import type { RuleInfo } from './protocol';

/** The catalog's section names (rule-catalog.md); a config's own rules come under Custom. */
const SECTIONS: Record<RuleCategory, string> = { pitfalls: 'Pitfalls', asset: 'Asset', economics: 'Economics', structure: 'Hygiene' };

const BUILT_IN_IDS = new Set(BUILT_IN_RULES.map((rule) => rule.meta.id));

/** Every rule with the severity in force under `config` ('off' when it does not run) and its documentation link, as diagnostics give it. */
export function ruleInfos(rules: readonly Rule[], config: Config): RuleInfo[] {
  const severities = new Map(activeRules(rules, config).map((active) => [active.rule.meta.id, active.severity]));
  const docsHref = docsHrefs(config);
  return rules.map(({ meta }) => {
    const href = docsHref(meta.id);
    return {
      id: meta.id,
      title: meta.title,
      category: BUILT_IN_IDS.has(meta.id) ? (SECTIONS[meta.category] ?? 'Hygiene') : 'Custom',
      severity: severities.get(meta.id) ?? 'off',
      fixable: meta.fixable,
      why: meta.why,
      ...(href ? { docsHref: href } : {}),
    };
  });
}
