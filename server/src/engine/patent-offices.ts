/**
 * Regional patent offices whose grants cover several countries. A family filed at the EPO covers
 * the EPC states, so `jurisdictions: [EP]` must count as covering Germany or France.
 * PCT (`WO`) is an application route, not a grant, so it covers no country by itself.
 */
export const REGIONAL_PATENT_OFFICES: Readonly<Record<string, readonly string[]>> = {
  // European Patent Convention contracting states (39, including Montenegro since 2022).
  EP: [
    'AL',
    'AT',
    'BE',
    'BG',
    'CH',
    'CY',
    'CZ',
    'DE',
    'DK',
    'EE',
    'ES',
    'FI',
    'FR',
    'GB',
    'GR',
    'HR',
    'HU',
    'IE',
    'IS',
    'IT',
    'LI',
    'LT',
    'LU',
    'LV',
    'MC',
    'ME',
    'MK',
    'MT',
    'NL',
    'NO',
    'PL',
    'PT',
    'RO',
    'RS',
    'SE',
    'SI',
    'SK',
    'SM',
    'TR',
  ],
  // Eurasian Patent Organization.
  EA: ['AM', 'AZ', 'BY', 'KG', 'KZ', 'RU', 'TJ', 'TM'],
  // Patent Office of the Cooperation Council for the Arab States of the Gulf.
  GC: ['AE', 'BH', 'KW', 'OM', 'QA', 'SA'],
};

/** The countries a jurisdiction code grants protection in: itself, or a regional office's members. */
export function countriesCoveredBy(jurisdiction: string): readonly string[] {
  const code = jurisdiction.trim().toUpperCase();
  if (code === 'GCC') return REGIONAL_PATENT_OFFICES.GC;
  return REGIONAL_PATENT_OFFICES[code] ?? [code];
}
