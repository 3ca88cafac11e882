/**
 * The clauses fixes insert, in one place. Values still to be negotiated are `[TBD]`, so the
 * placeholder rule keeps them visible until someone fills them in.
 */
export const TBD = '[TBD]';

export const TERMINATION_SKELETON = {
  for_convenience: { notice_days: TBD },
  for_breach: { cure_days: TBD },
  reversion: {
    rights: 'all licensed rights revert to licensor',
    data_transfer: true,
    regulatory_filings_transfer: true,
    transition_assistance: TBD,
  },
};

export const NON_COMPETE_REMEDY = 'licensor may terminate and reclaim the product';

export const NON_COMPETE_SKELETON = {
  scope: TBD,
  duration: 'term of the agreement',
  territory: 'licensed territory',
  remedy: NON_COMPETE_REMEDY,
};

export const FTO_SKELETON = { status: 'in-progress', by: TBD, date: TBD };

/** Skeletons for the clauses every term sheet needs, keyed by their model path. */
export const REQUIRED_CLAUSES: ReadonlyArray<{ path: string; label: string; skeleton: unknown }> = [
  {
    path: 'parties',
    label: 'parties',
    skeleton: { licensor: { name: TBD, country: TBD }, licensee: { name: TBD, country: TBD } },
  },
  { path: 'asset', label: 'asset', skeleton: { name: TBD, stage: TBD } },
  { path: 'license.territory', label: 'licensed territory', skeleton: TBD },
  { path: 'license.field', label: 'field of use', skeleton: TBD },
  { path: 'financials', label: 'financials', skeleton: { currency: 'USD', upfront: TBD, total_deal_value: TBD } },
  { path: 'ip', label: 'intellectual property', skeleton: { patents: [{ family: TBD, jurisdictions: [TBD] }], fto: FTO_SKELETON } },
  { path: 'governing_law', label: 'governing law', skeleton: TBD },
  { path: 'confidentiality', label: 'confidentiality', skeleton: TBD },
];
