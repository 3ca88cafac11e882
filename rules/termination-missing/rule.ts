import { dataRule, TERMINATION_SKELETON } from '../../server/src/engine';

export const rule = dataRule({
  meta: {
    id: 'termination-missing',
    category: 'pitfalls',
    defaultSeverity: 'error',
    title: 'A term sheet says how the deal ends',
    why:
      '10 of the 149 China out-licensing deals of 2018–2023 were handed back. Without termination terms agreed up ' +
      'front, a break-up is negotiated from weakness, while the asset sits idle.',
    goodExample:
      'termination:\n  for_convenience: {notice_days: 180}\n  for_breach: {cure_days: 90}\n  for_diligence_failure: true\n' +
      '  reversion:\n    rights: all licensed rights revert to licensor\n    data_transfer: true\n    regulatory_filings_transfer: true',
    fixable: false,
    hasSuggestions: true,
  },
  given: 'termination',
  check: 'required',
  message: 'No termination clause: say how either party may end the licence and what happens then',
  insert: TERMINATION_SKELETON,
});
