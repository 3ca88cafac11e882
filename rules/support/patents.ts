import { asMap, itemsOf, scalarText, type ModelNode, type RuleContext } from '../../server/src/engine';
import { countriesCoveredBy } from '../../server/src/engine/patent-offices';
import { readCountry } from '../../server/src/engine/values';

export interface PatentFamily {
  node: ModelNode;
  name: string;
  /** The `jurisdictions` value, when the family lists any. */
  jurisdictions?: ModelNode;
  countries: Set<string>;
}

export function patentFamilies(context: RuleContext): PatentFamily[] {
  return context.shared('patent-families', () => readPatentFamilies(context));
}

function readPatentFamilies(context: RuleContext): PatentFamily[] {
  const families: PatentFamily[] = [];
  itemsOf(context.node('ip.patents')).forEach((node, index) => {
    const family = asMap(node);
    if (!family) return;
    const jurisdictions = family.entries.find((entry) => entry.key === 'jurisdictions')?.value;
    const countries = new Set<string>();
    for (const item of itemsOf(jurisdictions)) {
      const text = scalarText(item);
      if (!text) continue;
      for (const code of countriesCoveredBy(readCountry(text) ?? text)) countries.add(code);
    }
    const name = scalarText(family.entries.find((entry) => entry.key === 'family')?.value) || `#${index + 1}`;
    families.push({ node, name, jurisdictions, countries });
  });
  return families;
}

export function coveredCountries(families: readonly PatentFamily[]): Set<string> {
  return new Set(families.flatMap((family) => [...family.countries]));
}

/** Where the related location of a coverage finding points: the family's jurisdictions, or the family. */
export function familyLocation(family: PatentFamily) {
  const covered = [...family.countries].sort().join(', ') || 'no country';
  return { range: (family.jurisdictions ?? family.node).range, message: `Patent family ${family.name} covers ${covered}` };
}
