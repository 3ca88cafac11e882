import { isBlank, type Entry } from '../model';
import type { Deal } from './deal';
import { type TerritoryReading } from '../values';

export interface LicensedTerritory {
  entry: Entry;
  reading: TerritoryReading;
  /** A licence for some countries, not the world (or the world but China): the case the first pitfall tip is about. */
  regional: boolean;
}

export function licensedTerritory(deal: Deal): LicensedTerritory | undefined {
  return deal.remember('licensed-territory', () => readTerritory(deal));
}

function readTerritory(deal: Deal): LicensedTerritory | undefined {
  const entry = deal.get('license.territory');
  // A territory left open in a template ("[United States / Worldwide]") is placeholder-left's, not a territory.
  if (!entry || isBlank(entry.value) || deal.isInBlank(entry.value)) return undefined;
  const reading = deal.territory('license.territory');
  if (!reading) return undefined;
  const global = reading.worldwide || reading.regions.some((region) => region === 'worldwide' || region.startsWith('ex-'));
  return { entry, reading, regional: !global && reading.countries.length > 0 };
}
