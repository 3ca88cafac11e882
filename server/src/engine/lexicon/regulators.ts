import type { LexiconEntry } from './lexicon';

/**
 * How a sheet says in prose that a regulator has seen the asset (`asset.data.regulator_interactions`):
 * "NMPA accepted the IND", "orphan drug designation was granted by the FDA", "received Breakthrough Therapy
 * designation". A sentence states one when it names a regulator (or, for an approval, the country approving),
 * an interaction, and that it happened: a payment due on a designation still to come is a milestone, not one.
 */

/** A medicines regulator, by the names drafters give it, and the country (or region) it decides for. */
export interface Regulator {
  name: string;
  /** ISO code of its country; `EU` for the European agency. */
  country: string;
  /**
   * A regular expression source of its names, matched case-sensitively (acronyms) as whole words. An acronym
   * with another common meaning is left out (HSA is human serum albumin more often than Singapore's agency).
   */
  pattern: string;
  /** Countries whose name after "approved in" stands for it. */
  countryNames: string;
}

export const REGULATORS: readonly Regulator[] = [
  {
    name: 'FDA',
    country: 'US',
    pattern: String.raw`FDA|U\.S\. Food and Drug Administration|Food and Drug Administration`,
    countryNames: String.raw`the United States|the U\.S\.|the US|USA`,
  },
  {
    name: 'EMA',
    country: 'EU',
    pattern: String.raw`EMA|CHMP|European Medicines Agency|European Commission`,
    countryNames: String.raw`Europe|the EU|the European Union`,
  },
  { name: 'PMDA', country: 'JP', pattern: String.raw`PMDA|MHLW`, countryNames: 'Japan' },
  { name: 'MHRA', country: 'GB', pattern: 'MHRA', countryNames: String.raw`the United Kingdom|the UK` },
  { name: 'Health Canada', country: 'CA', pattern: 'Health Canada', countryNames: 'Canada' },
  { name: 'TGA', country: 'AU', pattern: String.raw`TGA|Therapeutic Goods Administration`, countryNames: 'Australia' },
  { name: 'MFDS', country: 'KR', pattern: 'MFDS', countryNames: String.raw`Korea|South Korea` },
  { name: 'SFDA', country: 'SA', pattern: String.raw`SFDA|Saudi Food and Drug Authority`, countryNames: 'Saudi Arabia' },
  { name: 'HSA', country: 'SG', pattern: 'Health Sciences Authority', countryNames: 'Singapore' },
  {
    name: 'NMPA',
    country: 'CN',
    pattern: String.raw`NMPA|CFDA|CDE|National Medical Products Administration`,
    countryNames: String.raw`China|mainland China|the PRC`,
  },
];

/** One kind of interaction, and whether in it the regulator weighs the asset's data. */
export interface InteractionEntry extends LexiconEntry {
  /**
   * False for a designation granted on the disease's rarity and a rationale (an orphan designation): the
   * regulator reviews no efficacy data, and a buyer's doubt about the data stands.
   */
  reviewsData: boolean;
}

export const INTERACTIONS: readonly InteractionEntry[] = [
  {
    name: 'rarity-designation',
    description: 'an orphan or rare paediatric disease designation, granted without a review of efficacy data',
    reviewsData: false,
    pattern: String.raw`(?:orphan(?:[- ]drug)?|rare p(?:a)?ediatric disease)(?: product)? designation`,
    examples: ['orphan drug designation', 'Orphan designation', 'rare pediatric disease designation'],
    nearMisses: ['orphan disease', 'designation of the contracting entity'],
  },
  {
    name: 'expedited-designation',
    description: 'a designation granted on clinical evidence: Breakthrough Therapy, Fast Track, PRIME, RMAT',
    reviewsData: true,
    pattern: String.raw`(?:breakthrough(?: therapy)?|fast[- ]track|PRIME|RMAT|regenerative medicine advanced therapy|Sakigake)(?: designation| status)`,
    examples: ['Breakthrough Therapy designation', 'Fast Track designation', 'PRIME status'],
    nearMisses: ['a breakthrough in the field', 'fast-tracked negotiations'],
  },
  {
    name: 'application-accepted',
    description: 'an IND, CTA or marketing application accepted, cleared or approved',
    reviewsData: true,
    pattern: String.raw`(?:IND|CTA|NDA|BLA|MAA|clinical trial application|marketing application)s?${gap(40)}(?:accepted|cleared|approved|granted|allowed)|(?:accepted|cleared|approved)${gap(20)}(?:IND|CTA|NDA|BLA|MAA|clinical trial application)`,
    examples: ['IND was accepted', 'CTA cleared', 'accepted the IND', 'BLA approved'],
    nearMisses: ['IND filing expected in 2027', 'an accepted practice'],
  },
  {
    name: 'meeting',
    description: 'a meeting with or advice from the regulator',
    reviewsData: true,
    pattern: String.raw`(?:pre-IND|end-of-phase[- ]?(?:1|2|I|II)|EOP2|Type [ABC]|scientific advice|pre-submission|consultation)(?: meeting)?${gap(40)}(?:held|completed|obtained|received|took place|given)|(?:held|completed|obtained|received|had)${gap(30)}(?:pre-IND|end-of-phase[- ]?(?:1|2|I|II)|EOP2|Type [ABC]|scientific advice|pre-submission)(?: meeting)?|met with`,
    examples: ['pre-IND meeting was held', 'held a Type B meeting', 'obtained scientific advice', 'met with'],
    nearMisses: ['the parties meet quarterly', 'a Type B meeting is planned'],
  },
  {
    name: 'approval',
    description: 'the asset approved in a country or by a regulator',
    reviewsData: true,
    pattern: String.raw`approved (?:in|by)`,
    examples: ['approved in', 'approved by'],
    nearMisses: ['approval in Japan', 'to be approved'],
  },
];

/** Words inside one clause of a sentence: no full stop, semicolon or line break. */
function gap(most: number): string {
  return String.raw`[^.;\n]{0,${most}}?`;
}

/** A designation or approval that is still to come: a payment due on it, a plan, a condition, a request pending. */
export const NOT_YET = String.raw`\b(?:upon|once|if|when|will|shall|expected|anticipated|planned|plans?|intends?|to be|to seek|seek(?:s|ing)?|sought|appl(?:y|ies|ied|ying)|request(?:s|ed|ing)?|pending|subject to|payable|due|milestones?|USD|US\$|EUR|RMB|million)\b|\$`;
