import { skeletonOf, TBD } from '../schema';

/**
 * The clauses fixes insert, as the schema's skeletons (engine/schema.ts). Values still to be
 * negotiated are `[TBD]`, so the placeholder rule keeps them visible until someone fills them in.
 */
export { TBD };

/** The schema's skeleton of a clause that has one; a clause named here without one is a mistake in the schema. */
function skeleton<T = unknown>(path: string): T {
  const value = skeletonOf(path);
  if (value === undefined) throw new Error(`The schema gives no skeleton for "${path}"`);
  return value as T;
}

export const TERMINATION_SKELETON = skeleton<{
  for_convenience: { notice_days: string };
  for_breach: { cure_days: string };
  reversion: { rights: string; data_transfer: boolean; regulatory_filings_transfer: boolean; transition_assistance: string };
}>('termination');

export const NON_COMPETE_SKELETON = skeleton<{ scope: string; duration: string; territory: string; remedy: string }>('non_compete');

export const NON_COMPETE_REMEDY = NON_COMPETE_SKELETON.remedy;

export const FTO_SKELETON = skeleton<{ status: string; by: string; date: string }>('ip.fto');

/** The clauses every term sheet needs, keyed by their model path, with what a fix inserts for each. */
export const REQUIRED_CLAUSES: ReadonlyArray<{ path: string; label: string; skeleton: unknown }> = [
  { path: 'parties', label: 'parties' },
  { path: 'asset', label: 'asset' },
  { path: 'license.territory', label: 'licensed territory' },
  { path: 'license.field', label: 'field of use' },
  { path: 'financials', label: 'financials' },
  { path: 'ip', label: 'intellectual property' },
  { path: 'governing_law', label: 'governing law' },
  { path: 'confidentiality', label: 'confidentiality' },
].map((clause) => ({ ...clause, skeleton: skeleton(clause.path) }));
