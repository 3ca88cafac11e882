import { advisorCalledFor, advisorNamed, dataRule, type AdvisorRole, type BuiltInDataRule, type Rule, type RuleContext } from '../../server/src/engine';

/**
 * A rule that an advisor is named: the data rule's `required` check, where neither the clause nor the advisors'
 * text names one, reported at `info` unless the deal calls for the advisor (see `advisorCalledFor`).
 */
export function advisorRule(role: AdvisorRole, definition: BuiltInDataRule): Rule {
  const required = dataRule(definition);
  return {
    meta: definition.meta,
    check(context) {
      if (advisorNamed(context.deal, role)) return;
      required.check(advisorCalledFor(context.deal, role) ? context : quietly(context));
    },
  };
}

/**
 * The rule's context with its reports asked at `info` (the user's configured severity still wins). Every other
 * call goes to the context itself, which remembers the place a missing clause was asked for until the report.
 */
function quietly(context: RuleContext): RuleContext {
  const report: RuleContext['report'] = (finding) => context.report({ ...finding, severity: 'info' });
  return new Proxy(context, {
    get(target, key) {
      if (key === 'report') return report;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
