import { asMap, itemsOf, scalarText, type MapNode, type ModelNode } from '../model';
import type { Deal } from './deal';
import { countriesCoveredBy } from '../patent-offices';
import { readCountry, readRegion } from '../values';
import { normalizeName } from '../values/normalize';
import { OFFICE_BY_REGION_NAME } from '../lexicon/patent-jurisdictions';
import { territoryWords } from './readings';
import { sentencesOf } from './sentences';

export interface PatentFamily {
  node: ModelNode;
  name: string;
  /** The `jurisdictions` value, when the family lists any. */
  jurisdictions?: ModelNode;
  /** Every country the family's jurisdictions cover (built when first asked for). */
  readonly countries: Set<string>;
}

export function patentFamilies(deal: Deal): PatentFamily[] {
  return deal.remember('patent-families', () => readPatentFamilies(deal));
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

function readPatentFamilies(deal: Deal): PatentFamily[] {
  const coverage = new Map<string, readonly string[]>();
  const covers = (text: string): readonly string[] => {
    let countries = coverage.get(text);
    if (!countries) coverage.set(text, (countries = countriesOfJurisdiction(text)));
    return countries;
  };
  const families: PatentFamily[] = [];
  const { nodes, listed } = familyNodes(deal);
  nodes.forEach((node, index) => {
    const family = asMap(node);
    if (!family) {
      // Prose has no list of jurisdictions to add a country to: the family is read, not edited.
      const texts = proseJurisdictionTexts(node, listed);
      if (texts.length > 0) families.push(new ReadFamily(node, scalarText(node)!, undefined, texts, covers));
      return;
    }
    const jurisdictions = jurisdictionsOf(family);
    const name = scalarText(family.entries.find((entry) => entry.key === 'family')?.value) || `#${index + 1}`;
    families.push(new ReadFamily(node, name, jurisdictions, familyJurisdictionTexts(family), covers));
  });
  return families;
}

/**
 * The patent families: the items of `ip.patents`, or, where the sheet has none, the intellectual-property clause's
 * own words when they speak of patents ("Patents granted in China, the US and Europe, expiring 2040").
 */
function familyNodes(deal: Deal): { nodes: readonly ModelNode[]; listed: boolean } {
  const patents = deal.node('ip.patents');
  if (patents) return { nodes: itemsOf(patents), listed: true };
  const prose = deal.node('ip.summary') ?? deal.node('ip');
  return { nodes: prose?.kind === 'scalar' && PATENT.test(scalarText(prose) ?? '') ? [prose] : [], listed: false };
}

const PATENT = /\bpatent/i;

/**
 * The places a family stated in prose names ("CN, US, EP, JP granted; national phase pending in IN, KR"): all of an
 * item `listed` under `ip.patents`; in the intellectual-property clause's words, only the sentences that speak of
 * patents (not "FTO cleared for the US").
 */
function proseJurisdictionTexts(node: ModelNode, listed: boolean): string[] {
  const text = node.kind === 'scalar' ? scalarText(node) : undefined;
  if (!text) return [];
  const ofPatents = listed ? [text] : sentencesOf(text).filter((sentence) => PATENT.test(sentence));
  return ofPatents.flatMap((sentence) => territoryWords(sentence, NO_USER_REGIONS, true) ?? []);
}

/** The family's `jurisdictions` value, when it has one. */
function jurisdictionsOf(family: MapNode): ModelNode | undefined {
  return family.entries.find((entry) => entry.key === 'jurisdictions')?.value;
}

/**
 * The jurisdictions a family names, in order: the country of its national publication numbers ("US 10,950,612",
 * "CN 107 840 887 B", "(United States)"), then each item of its `jurisdictions`, a country, office or
 * region, or prose naming them ("granted in CN, US and EP", "every other PCT contracting state").
 */
function familyJurisdictionTexts(family: MapNode): string[] {
  const name = scalarText(family.entries.find((entry) => entry.key === 'family')?.value);
  // Only a country: a regional office's number ("EP 4 012 556") covers the states the family is validated in, which it lists.
  const texts = name ? (territoryWords(name, NO_USER_REGIONS, true) ?? []).filter((text) => readCountry(text) !== undefined) : [];
  // A national number written under another label ("As listed in Appendix A: US 9,968,211") names its country too.
  for (const entry of family.entries) {
    if (entry.key === 'family' || entry.key === 'jurisdictions') continue;
    for (const match of scalarText(entry.value)?.matchAll(NATIONAL_NUMBER) ?? []) if (readCountry(match[1])) texts.push(match[1]);
  }
  for (const item of itemsOf(jurisdictionsOf(family))) {
    const text = scalarText(item);
    if (text) texts.push(...(territoryWords(text, NO_USER_REGIONS, true) ?? [text]));
  }
  return texts;
}

/** A national publication or patent number: a country code and at least six digits ("US 9,968,211", "CN 107 840 887 B"). */
const NATIONAL_NUMBER = /\b([A-Z]{2})\s?(?=(?:\d[\s,.]?){6,})\d/g;

const NO_USER_REGIONS = {};

/** What one jurisdiction text covers: a country, a regional office's members, or a region's countries ("EPC states"). */
function countriesOfJurisdiction(text: string): readonly string[] {
  const office = OFFICE_BY_REGION_NAME.get(normalizeName(text));
  if (office) return countriesCoveredBy(office);
  const code = readCountry(text) ?? text.trim().toUpperCase();
  return readRegion(text) ?? countriesCoveredBy(code === 'EPC' || code === 'EPO' ? 'EP' : code);
}

/**
 * The countries of `countries` that no patent family covers, in their order. The families are read
 * only until every country is found covered: a sheet with no gap is usually done at its first family,
 * and the families themselves are built only when a rule has a gap to report.
 */
export function uncoveredCountries(deal: Deal, countries: readonly string[]): string[] {
  const uncovered = new Set(countries);
  // Each jurisdiction text once: its countries are the same in every family that lists it.
  const read = new Set<string>();
  const { nodes, listed } = familyNodes(deal);
  for (const node of nodes) {
    if (uncovered.size === 0) break;
    const family = asMap(node);
    for (const text of family ? familyJurisdictionTexts(family) : proseJurisdictionTexts(node, listed)) {
      if (read.has(text)) continue;
      read.add(text);
      for (const country of countriesOfJurisdiction(text)) uncovered.delete(country);
    }
  }
  return countries.filter((country) => uncovered.has(country));
}

/** Where the related location of a coverage finding points: the family's jurisdictions, or the family. */
export function familyLocation(family: PatentFamily) {
  const covered = [...family.countries].sort().join(', ') || 'no country';
  return { range: (family.jurisdictions ?? family.node).range, message: `Patent family ${family.name} covers ${covered}` };
}
