import { TBD } from '../../server/src/engine';
import { advisorRule } from '../support/advisors';

export const rule = advisorRule('legal', {
  meta: {
    id: 'advisor-legal-missing',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'Legal counsel is named',
    why:
      'Licensing is drafted by lawyers on both sides; a licensor without its own counsel negotiates termination, ' +
      'reversion and non-compete terms against a partner who has one. Experienced BD teams treat counsel as the ' +
      'partner who keeps them out of the known pitfalls, and choose that partner with care.',
    goodExample: 'advisors:\n  tax: Harbour Tax Partners\n  legal: Lin & Okada LLP',
    fixable: false,
    hasSuggestions: true,
  },
  given: 'advisors.legal',
  check: 'required',
  message: 'No legal counsel is named (advisors.legal)',
  insert: TBD,
});
