import { asMap, FTO_SKELETON, isBlank, proseStatement, readSentence, scalarText, titleFor, withOneBlank, type Rule } from '../../server/src/engine';

/** The FTO clause a suggestion adds, with one blank. */
const FTO_SUGGESTED = withOneBlank(FTO_SKELETON);
import { isNone } from '../support/values';

export const rule: Rule = {
  meta: {
    id: 'fto-missing',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'A freedom-to-operate analysis is stated',
    why:
      'Buyers pay non-refundable upfronts, so they ask for a freedom-to-operate analysis and verify the patents ' +
      'themselves before signing. A sheet that states none invites a late diligence finding that reprices the deal.',
    goodExample: 'ip:\n  fto: {status: completed, by: outside counsel, date: 2026-06-30}',
    fixable: false,
    hasSuggestions: true,
    reads: ['ip.fto.status'],
  },
  check(context) {
    const fto = context.get('ip.fto');
    if (!fto || isBlank(fto.value)) {
      // A sentence elsewhere ("A freedom-to-operate analysis was completed by outside counsel") states it too.
      const said = proseStatement(context.deal, 'ip.fto.status');
      if (said && said.value !== 'none') return;
      if (said) {
        context.report({ message: `No freedom-to-operate (FTO) analysis is done: "${said.sentence}"`, range: said.node.range });
        return;
      }
      context.report({
        message: 'No freedom-to-operate (FTO) analysis is stated in ip.fto',
        range: fto ? fto.keyRange : context.missingRange('ip.fto'),
        suggestions: [{ title: titleFor('Add an FTO clause marked in progress', FTO_SUGGESTED), edits: context.edit.insertEntry('ip', 'fto', FTO_SUGGESTED) }],
      });
      return;
    }
    const status = asMap(fto.value) ? context.get('ip.fto.status')?.value : fto.value;
    // A clause in words says none as a sentence: "No freedom-to-operate analysis has been performed".
    const written = scalarText(status);
    const none = asMap(fto.value)
      ? context.deal.enum('ip.fto.status') === 'none'
      : isNone(status) || (written !== undefined && readSentence(written, 'ip.fto.status') === 'none');
    if (status && none) {
      context.report({ message: `The freedom-to-operate (FTO) analysis is "${scalarText(status)}"`, range: status.range });
    }
  },
};
