import { PHARMA_MARKETS } from '../lexicon/markets';

/** Market rank by code: the largest pharmaceutical markets first, every other country after them. */
const MARKET_RANK: ReadonlyMap<string, number> = new Map(PHARMA_MARKETS.map((code, index) => [code, index]));

/** The codes in market order: the largest pharmaceutical markets first, then the rest alphabetically. */
export function byMarketSize(codes: readonly string[]): string[] {
  const rank = (code: string) => MARKET_RANK.get(code) ?? PHARMA_MARKETS.length;
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** "TW, HK and 3 more": a readable list of codes for a one-line message. */
export function listCodes(codes: readonly string[], max = 10): string {
  if (codes.length <= max) return codes.join(', ');
  return `${codes.slice(0, max).join(', ')} and ${codes.length - max} more`;
}

/**
 * Countries for a one-line message, in market order: all of them when they are few, else the largest
 * markets among them and a count of the rest ("US, JP, DE and 180 other countries"). A long tail of
 * small territories is never spelt out code by code.
 */
export function listByMarket(codes: readonly string[], max = 10): string {
  const ordered = byMarketSize(codes);
  if (ordered.length <= max) return ordered.join(', ');
  const markets = ordered.filter((code) => MARKET_RANK.has(code)).slice(0, max);
  const named = markets.length > 0 ? markets : ordered.slice(0, max);
  return `${named.join(', ')} and ${ordered.length - named.length} other countries`;
}
