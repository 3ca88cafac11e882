import { isBlank, type Rule } from '../../server/src/engine';
import { TERMINATION_SKELETON } from '../support/skeletons';

export const rule: Rule = {
  meta: {
    id: 'reversion-missing',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'On termination, the licensed rights revert to the licensor',
    why:
      'Returned deals are not rare: 10 of 149 China out-licensing deals of 2018–2023. Termination terms that do not ' +
      'hand the rights back leave the licensor unable to re-license the asset until a second negotiation ends.',
    goodExample:
      'termination:\n  reversion:\n    rights: all licensed rights revert to licensor\n    data_transfer: true\n' +
      '    regulatory_filings_transfer: true\n    transition_assistance: 6 months',
    fixable: true,
  },
  check(context) {
    const termination = context.get('termination');
    if (!termination || isBlank(termination.value)) return;
    const reversion = context.get('termination.reversion');
    if (reversion && !isBlank(reversion.value)) return;
    context.report({
      message: 'Termination does not revert the licensed rights to the licensor',
      range: (reversion ?? termination).keyRange,
      fix: { title: 'Add reversion of rights', edits: context.edit.insertEntry('termination', 'reversion', TERMINATION_SKELETON.reversion) },
    });
  },
};
