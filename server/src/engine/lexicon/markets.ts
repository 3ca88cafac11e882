/**
 * The twenty largest pharmaceutical markets, largest first (by medicine sales, as market research ranks
 * them): a message that can name only a few countries names the ones a licensee pays for. One list, used
 * wherever countries are put in market order; the countries after them follow alphabetically.
 */
export const PHARMA_MARKETS: readonly string[] = [
  'US',
  'CN',
  'JP',
  'DE',
  'FR',
  'GB',
  'IT',
  'ES',
  'CA',
  'KR',
  'BR',
  'AU',
  'IN',
  'RU',
  'MX',
  'TW',
  'SA',
  'TR',
  'CH',
  'NL',
];
