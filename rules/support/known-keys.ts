/**
 * The keys of the canonical term-sheet model (spec: term-sheet-format.md), per parent path. A
 * parent path is the model path of a mapping with list items written as `[]`: `ip.patents[]` is
 * any patent family. '' is the top level. One table, so features that need the vocabulary
 * (near-miss hints, completion) agree on it.
 */
export const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': [
    'termsheet', 'title', 'date', 'status', 'binding',
    'parties', 'asset', 'license', 'financials', 'ip', 'non_compete', 'termination', 'timeline', 'advisors',
    'governing_law', 'dispute_resolution', 'confidentiality', 'exclusivity',
  ],
  parties: ['licensor', 'licensee'],
  // Either party may name a type or a signing / paying entity, though the model shows each on one side.
  'parties.licensor': ['name', 'country', 'type', 'signing_entity', 'payee_entity'],
  'parties.licensee': ['name', 'country', 'type', 'signing_entity', 'payee_entity'],

  asset: ['name', 'modality', 'target', 'indications', 'stage', 'classification', 'benchmark', 'differentiation', 'data'],
  'asset.benchmark': ['product', 'evidence'],
  'asset.differentiation': ['novelty', 'speed', 'quality', 'volume', 'global'],
  'asset.data': ['populations', 'trial_countries', 'regulator_interactions', 'standards', 'pivotal_ready', 'trials'],
  'asset.data.trials[]': ['phase', 'enrolled', 'control', 'design'],

  license: ['scope', 'territory', 'field', 'sublicensing', 'regulatory', 'governance'],
  'license.regulatory': ['registration_holder', 'clinical_plan_approval', 'data_sharing'],
  'license.governance': ['jsc'],

  financials: [
    'currency', 'upfront', 'upfront_refundable', 'upfront_creditable', 'milestones', 'total_deal_value', 'royalties', 'equity',
  ],
  'financials.milestones': ['development', 'regulatory', 'commercial'],
  // Milestones are grouped by kind or listed flat.
  'financials.milestones[]': ['event', 'amount'],
  'financials.milestones.development[]': ['event', 'amount'],
  'financials.milestones.regulatory[]': ['event', 'amount'],
  'financials.milestones.commercial[]': ['event', 'amount'],
  'financials.royalties[]': ['up_to', 'above', 'rate'],

  ip: ['patents', 'fto', 'prosecution'],
  'ip.patents[]': ['family', 'jurisdictions', 'expiry'],
  'ip.fto': ['status', 'by', 'date'],

  non_compete: ['scope', 'duration', 'territory', 'remedy'],

  termination: ['for_convenience', 'for_breach', 'for_diligence_failure', 'reversion'],
  'termination.for_convenience': ['notice_days'],
  'termination.for_breach': ['cure_days'],
  'termination.reversion': ['rights', 'data_transfer', 'regulatory_filings_transfer', 'transition_assistance'],

  timeline: ['first_contact', 'target_signing'],
  advisors: ['tax', 'legal', 'financial'],
  exclusivity: ['no_shop_days'],
};

/** The known keys of the mapping at `parentPath` (`[]` for list items), or undefined where the model says nothing. */
export function knownKeysAt(parentPath: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(KNOWN_KEYS, parentPath) ? KNOWN_KEYS[parentPath] : undefined;
}
