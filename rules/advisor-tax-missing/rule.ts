import { TBD } from '../../server/src/engine';
import { advisorRule } from '../support/advisors';

export const rule = advisorRule('tax', {
  meta: {
    id: 'advisor-tax-missing',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'A tax advisor is named',
    why:
      'Which entity signs with the foreign partner and which one receives the upfront and milestones decides how ' +
      'much of the money arrives after tax, and shapes a later listing (A-share or Hong Kong, VIE or red-chip). ' +
      'That is settled before signing, with a tax advisor, not after the first payment.',
    goodExample: 'advisors:\n  tax: Harbour Tax Partners\n  legal: Lin & Okada LLP',
    fixable: false,
    hasSuggestions: true,
  },
  given: 'advisors.tax',
  check: 'required',
  message: 'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing',
  insert: TBD,
});
