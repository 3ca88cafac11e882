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

/** The rule's context with its reports asked at `info` (the user's configured severity still wins). */
function quietly(context: RuleContext): RuleContext {
  return Object.create(context, {
    report: { value: (report: Parameters<RuleContext['report']>[0]) => context.report({ ...report, severity: 'info' }) },
  }) as RuleContext;
}
