import { asMap, FTO_SKELETON, isBlank, scalarText, type Rule } from '../../server/src/engine';
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
    fixable: true,
    reads: ['ip.fto.status'],
  },
  check(context) {
    const fto = context.get('ip.fto');
    if (!fto || isBlank(fto.value)) {
      context.report({
        message: 'No freedom-to-operate (FTO) analysis is stated in ip.fto',
        range: fto ? fto.keyRange : context.missingRange('ip.fto'),
        fix: { title: 'Insert an FTO entry', edits: context.edit.insertEntry('ip', 'fto', FTO_SKELETON) },
      });
      return;
    }
    const status = asMap(fto.value) ? context.get('ip.fto.status')?.value : fto.value;
    const none = asMap(fto.value) ? context.deal.enum('ip.fto.status') === 'none' : isNone(status);
    if (status && none) {
      context.report({ message: `The freedom-to-operate (FTO) analysis is "${scalarText(status)}"`, range: status.range });
    }
  },
};
