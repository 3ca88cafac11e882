import type { Rule } from '../../server/src/engine';
import { familyLocation, licensedTerritory, patentFamilies, uncoveredCountries } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'patent-india-gap',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'India is covered by a patent when it is in the territory',
    why:
      'Western buyers hesitate over an asset with no Indian patent: India has strong local R&D and copies are quick ' +
      'to make. When the territory is worldwide or takes in emerging markets, an Indian patent is part of what is sold.',
    goodExample: 'license:\n  territory: [IN, SG]\nip:\n  patents:\n    - family: WO2023/077310\n      jurisdictions: [CN, US, EP, SG, IN]',
    fixable: false,
    hasSuggestions: true,
    reads: ['license.territory', 'ip.patents[].jurisdictions'],
  },
  check(context) {
    const territory = licensedTerritory(context.deal);
    if (!territory?.reading.countries.includes('IN')) return;
    if (uncoveredCountries(context.deal, ['IN']).length === 0) return;
    const families = patentFamilies(context.deal);
    const first = families[0];
    context.report({
      message: 'India is in the licensed territory but no patent family covers IN',
      range: territory.entry.value.range,
      related: families.map(familyLocation),
      suggestions: first?.jurisdictions
        ? [
            {
              title: `Add IN to patent family ${first.name} (changes the stated coverage; to confirm)`,
              edits: context.edit.appendToList(first.jurisdictions, ['IN'], 'to confirm'),
            },
          ]
        : undefined,
    });
  },
};
