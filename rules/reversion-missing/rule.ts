import { isBlank, scalarText, TERMINATION_SKELETON, titleFor, withOneBlank, type Rule } from '../../server/src/engine';
import { isNone } from '../support/values';

/** The reversion a suggestion adds, with one blank. */
const REVERSION_SUGGESTED = withOneBlank(TERMINATION_SKELETON.reversion);

/** Words that show a termination clause written as prose does hand the rights back. */
const REVERSION_WORDS =
  /\b(revert\w*|reversion|revest\w*|return of (the )?(licensed )?rights|returns? (all |its |the )?(licensed )?rights|rights\b[^.;]{0,60}?\breturn(s|ed)? to)\b/i;

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
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    const termination = context.get('termination');
    // No termination at all is termination-missing's finding.
    if (!termination || isBlank(termination.value) || isNone(termination.value)) return;
    const prose = scalarText(termination.value);
    if (prose !== undefined && REVERSION_WORDS.test(prose)) return;
    const reversion = context.get('termination.reversion');
    if (reversion && !isBlank(reversion.value) && !isNone(reversion.value)) return;
    context.report({
      message: 'Termination does not revert the licensed rights to the licensor',
      range: reversion ? (isNone(reversion.value) ? reversion.value.range : reversion.keyRange) : termination.keyRange,
      suggestions: [
        {
          title: titleFor('Add the reversion of rights to the licensor on termination', REVERSION_SUGGESTED),
          edits: context.edit.insertEntry('termination', 'reversion', REVERSION_SUGGESTED),
        },
      ],
    });
  },
};
