import { asMap, itemsOf, scalarText, type ModelNode, type RuleContext } from '../../server/src/engine';
import { countriesCoveredBy } from '../../server/src/engine/patent-offices';
import { readCountry } from '../../server/src/engine/values';

export interface PatentFamily {
  node: ModelNode;
  name: string;
  /** The `jurisdictions` value, when the family lists any. */
  jurisdictions?: ModelNode;
  /** Every country the family's jurisdictions cover (built when first asked for). */
  readonly countries: Set<string>;
}

export function patentFamilies(context: RuleContext): PatentFamily[] {
  return context.shared('patent-families', () => readPatentFamilies(context));
}

/** A family as read from the sheet; its countries are worked out when first asked for, from what each jurisdiction covers. */
class ReadFamily implements PatentFamily {
  #countries: Set<string> | undefined;

  constructor(
    readonly node: ModelNode,
    readonly name: string,
    readonly jurisdictions: ModelNode | undefined,
    /** The jurisdiction texts, in order. */
    readonly texts: readonly string[],
    /** What one jurisdiction text covers; shared by the families of one sheet, which repeat the same texts. */
    readonly covers: (text: string) => readonly string[],
  ) {}

  get countries(): Set<string> {
    return (this.#countries ??= new Set(this.texts.flatMap(this.covers)));
  }
}

function readPatentFamilies(context: RuleContext): PatentFamily[] {
  const coverage = new Map<string, readonly string[]>();
  const covers = (text: string): readonly string[] => {
    let countries = coverage.get(text);
    if (!countries) coverage.set(text, (countries = countriesCoveredBy(readCountry(text) ?? text)));
    return countries;
  };
  const families: PatentFamily[] = [];
  itemsOf(context.node('ip.patents')).forEach((node, index) => {
    const family = asMap(node);
    if (!family) return;
    const jurisdictions = family.entries.find((entry) => entry.key === 'jurisdictions')?.value;
    const texts: string[] = [];
    for (const item of itemsOf(jurisdictions)) {
      const text = scalarText(item);
      if (text) texts.push(text);
    }
    const name = scalarText(family.entries.find((entry) => entry.key === 'family')?.value) || `#${index + 1}`;
    families.push(new ReadFamily(node, name, jurisdictions, texts, covers));
  });
  return families;
}

/** Every country some family covers. Computed once per list of families (rules share the list), so callers must not change it. */
export function coveredCountries(families: readonly PatentFamily[]): ReadonlySet<string> {
  let covered = COVERED.get(families);
  if (!covered) {
    covered = new Set<string>();
    const seen = new Set<string>();
    for (const family of families) {
      if (!(family instanceof ReadFamily)) {
        for (const country of family.countries) covered.add(country);
        continue;
      }
      // Each jurisdiction text once: its countries are the same in every family that lists it.
      for (const text of family.texts) {
        if (seen.has(text)) continue;
        seen.add(text);
        for (const country of family.covers(text)) covered.add(country);
      }
    }
    COVERED.set(families, covered);
  }
  return covered;
}

const COVERED = new WeakMap<readonly PatentFamily[], Set<string>>();

/** Where the related location of a coverage finding points: the family's jurisdictions, or the family. */
export function familyLocation(family: PatentFamily) {
  const covered = [...family.countries].sort().join(', ') || 'no country';
  return { range: (family.jurisdictions ?? family.node).range, message: `Patent family ${family.name} covers ${covered}` };
}
