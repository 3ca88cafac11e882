/**
 * The largest pharmaceutical markets first, so a message that can name only a few countries
 * names the ones a licensee pays for.
 */
const MAJOR_MARKETS = ['US', 'CN', 'JP', 'DE', 'FR', 'GB', 'IT', 'ES', 'CA', 'KR', 'BR', 'AU', 'IN', 'RU', 'MX', 'TW', 'SA', 'TR', 'CH', 'NL'];

export function byMarketSize(codes: readonly string[]): string[] {
  const rank = (code: string) => {
    const index = MAJOR_MARKETS.indexOf(code);
    return index < 0 ? MAJOR_MARKETS.length : index;
  };
  return [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** "TW, HK and 3 more": a readable list of codes for a one-line message. */
export function listCodes(codes: readonly string[], max = 10): string {
  if (codes.length <= max) return codes.join(', ');
  return `${codes.slice(0, max).join(', ')} and ${codes.length - max} more`;
}
