import type { Rule } from '../../server/src/engine';
import { byMarketSize, familyLocation, licensedTerritory, listByMarket, patentFamilies, uncoveredCountries } from '../../server/src/engine';

/** Beyond this many countries, adding them to a family by a suggestion would be a guess, not a correction. */
const MAX_COUNTRIES_TO_ADD = 12;

export const rule: Rule = {
  meta: {
    id: 'patent-coverage-gap',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'Every country of the territory is covered by a patent',
    why:
      'A licensee pays for exclusivity, and a country with no patent has none: a local copy can launch there. As more ' +
      'Chinese assets go to emerging markets, patent strategy has to reach past the US, Europe and Japan to the ' +
      'countries actually licensed.',
    goodExample: 'license:\n  territory: [JP, KR]\nip:\n  patents:\n    - family: WO2023/123456\n      jurisdictions: [CN, US, EP, JP, KR, IN]',
    fixable: false,
    hasSuggestions: true,
    reads: ['license.territory', 'ip.patents[].jurisdictions'],
  },
  check(context) {
    const territory = licensedTerritory(context.deal);
    if (!territory) return;
    // India has its own rule, patent-india-gap, with its own reason.
    const gaps = byMarketSize(
      uncoveredCountries(
        context.deal,
        territory.reading.countries.filter((country) => country !== 'IN'),
      ),
    );
    if (gaps.length === 0) return;

    const families = patentFamilies(context.deal);
    const first = families[0];
    const canFix = first?.jurisdictions && gaps.length <= MAX_COUNTRIES_TO_ADD;
    context.report({
      message:
        families.length === 0
          ? `No patent family is listed, so no country of the licensed territory is covered (${listByMarket(gaps)})`
          : `No patent family covers ${listByMarket(gaps)} in the licensed territory`,
      range: territory.entry.value.range,
      related: families.map(familyLocation),
      suggestions: canFix
        ? [
            {
              title: `Add ${gaps.join(', ')} to patent family ${first.name} (changes the stated coverage; to confirm)`,
              edits: context.edit.appendToList(first.jurisdictions!, gaps, 'to confirm'),
            },
          ]
        : undefined,
    });
  },
};
