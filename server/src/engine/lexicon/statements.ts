import type { LexiconEntry } from './lexicon';

/**
 * Terms a sheet states in a sentence of prose rather than in a clause of their own: "A freedom-to-operate
 * analysis was completed by outside counsel", "Local clinical development plans require approval by a Joint
 * Steering Committee", "Clinical and regulatory data are shared mutually". Each entry reads one value of one
 * term; the same sentence with a negation ("No freedom-to-operate analysis has been performed") reads the
 * term's `negated` value. Patterns are read case-insensitively, within one sentence (no full stop or semicolon).
 */
export interface StatementEntry extends LexiconEntry {
  /** The model path of the term the sentence states. */
  term: StatementTerm;
  /** The value it states, in the schema's spelling. */
  value: string;
  /** The value the negated sentence states. */
  negated: string;
}

export type StatementTerm =
  | 'ip.fto.status'
  | 'license.regulatory.clinical_plan_approval'
  | 'license.regulatory.data_sharing'
  | 'asset.differentiation.novelty'
  | 'termination.reversion.rights'
  | 'asset.data.standards'
  | 'asset.data.pivotal_ready';

const FTO = String.raw`(?:freedom[- ]to[- ]operate|FTO)`;
const FTO_WORK = String.raw`(?:analysis|analyses|search|searches|opinion|review|study|assessment|clearance)`;
const FTO_DONE = String.raw`(?:completed|performed|conducted|done|carried out|delivered|issued|obtained|undertaken)`;
/** Words inside one clause of a sentence: no full stop, semicolon or line break. */
const GAP = (most: number) => String.raw`[^.;\n]{0,${most}}?`;

export const STATEMENTS: readonly StatementEntry[] = [
  {
    name: 'fto-in-progress',
    description: 'a freedom-to-operate analysis under way',
    term: 'ip.fto.status',
    value: 'in-progress',
    negated: 'none',
    pattern: String.raw`${FTO}${GAP(40)}(?:is|are)${GAP(20)}(?:in progress|ongoing|under ?way|being (?:prepared|conducted|performed))`,
    examples: ['FTO analysis is in progress', 'A freedom-to-operate search is ongoing', 'The freedom to operate opinion is being prepared'],
    nearMisses: ['FTO: completed by outside counsel', 'Progress reports are due quarterly'],
  },
  {
    name: 'fto-done',
    description: 'a freedom-to-operate analysis done (or, negated, none done)',
    term: 'ip.fto.status',
    value: 'completed',
    negated: 'none',
    pattern: String.raw`${FTO}${GAP(40)}${FTO_DONE}|${FTO_DONE}${GAP(30)}${FTO}${GAP(10)}${FTO_WORK}`,
    examples: [
      'freedom-to-operate analysis was completed',
      'freedom-to-operate analysis has been performed',
      'completed a freedom-to-operate opinion',
      'FTO search conducted',
    ],
    nearMisses: ['The study was completed in 2025. FTO is the licensee’s matter', 'Freedom to operate'],
  },
  {
    name: 'clinical-plans-jsc',
    description: 'local clinical plans approved or reviewed by the joint steering committee',
    term: 'license.regulatory.clinical_plan_approval',
    value: 'jsc',
    negated: 'licensee-alone',
    pattern: String.raw`(?:clinical|development|trial)${GAP(30)}plans?${GAP(40)}(?:approv|review|consent|endorse)${GAP(40)}(?:joint steering committee|JSC|joint development committee|JDC)`,
    examples: ['clinical development plans require approval by a Joint Steering Committee', 'development plan is reviewed and approved by the JSC'],
    nearMisses: ['The Joint Steering Committee meets quarterly', 'development plans are the Licensee’s. The JSC reviews budgets'],
  },
  {
    name: 'clinical-plans-licensor-consent',
    description: "local clinical plans subject to the licensor's consent, or developed jointly",
    term: 'license.regulatory.clinical_plan_approval',
    value: 'licensor-consent',
    negated: 'licensee-alone',
    pattern: String.raw`(?:clinical|development|trial|bridging|local)${GAP(30)}(?:plans?|stud(?:y|ies)|trials?|protocols?)${GAP(40)}(?:subject to|require|need)${GAP(30)}licensor(?:'s|’s)?${GAP(20)}(?:consent|approval)|jointly develop`,
    examples: [
      "local clinical plans are subject to the Licensor's prior written consent",
      "Any bridging or local study requires Licensor's prior written approval of protocol and CRO",
      'jointly develop',
    ],
    nearMisses: ['The Licensee develops the product alone', 'jointly owned inventions', "Assignment requires the Licensor's consent"],
  },
  {
    name: 'clinical-plans-licensee-alone',
    description: 'the licensee runs the local trials on its own',
    term: 'license.regulatory.clinical_plan_approval',
    value: 'licensee-alone',
    negated: 'licensor-consent',
    pattern: String.raw`licensee${GAP(20)}(?:designs|runs|conducts|decides|plans)${GAP(60)}(?:on its own|alone|at its (?:sole )?discretion)`,
    examples: ['Licensee designs and runs all trials in the territory on its own', 'Licensee runs the local trials alone'],
    nearMisses: ['The Licensee designs the trials with the JSC', 'the Licensor alone owns the patents'],
  },
  {
    name: 'data-shared-mutually',
    description: 'development data shared both ways (or, negated, not shared)',
    term: 'license.regulatory.data_sharing',
    value: 'mutual',
    negated: 'none',
    pattern: String.raw`data${GAP(40)}(?:shared|exchanged)${GAP(10)}(?:mutually|both ways|between the parties|with each other)|mutual(?:ly)? (?:shar|exchang)[a-z]*${GAP(30)}data`,
    examples: ['data are shared mutually', 'data are exchanged between the parties', 'mutual sharing of clinical data'],
    nearMisses: ['Data Sharing: to the licensor', 'Shared costs are split equally'],
  },
  {
    name: 'data-to-licensor',
    description: "the licensee's data go to the licensor (or, negated, do not)",
    term: 'license.regulatory.data_sharing',
    value: 'to-licensor',
    negated: 'none',
    pattern: String.raw`licensee${GAP(20)}(?:shares?|provides?|transfers?|discloses?|delivers?|gives?|makes? available)${GAP(60)}data${GAP(60)}(?:to|with) (?:the )?licensor|data${GAP(60)}(?:shared with|provided to|transferred to|disclosed to|delivered to|made available to) (?:the )?licensor`,
    examples: [
      'Licensee shares all clinical and pharmacovigilance data generated in the Territory with Licensor',
      'all clinical data generated in the Territory are provided to the Licensor',
    ],
    nearMisses: ['Licensor shares its clinical data with Licensee', 'Licensee provides quarterly sales reports to Licensor'],
  },
  {
    name: 'novelty',
    // A bare "first-in-class" is the classification's claim, not an argument for it: only the new thing named states novelty.
    description: 'the asset is new: a new mechanism, target or modality',
    term: 'asset.differentiation.novelty',
    value: 'stated',
    negated: 'none',
    pattern: String.raw`(?:novel|new|first-ever) (?:mechanism|target|modality|platform|mode of action|binding site)s?`,
    examples: ['novel mechanism', 'new target', 'first-ever modality'],
    nearMisses: ['first-in-class', 'best-in-class', 'a new trial site', 'novel formulation of an old drug'],
  },
  {
    name: 'rights-revert',
    description: 'the rights revert to the licensor on termination (or, negated, none do)',
    term: 'termination.reversion.rights',
    value: 'stated',
    negated: 'none',
    pattern: String.raw`(?:rights?|licen[cs]es?|results)(?![a-z])${GAP(60)}(?:revert|revest|return)[a-z]*|revert[a-z]*|reversion|revest[a-z]*|return of${GAP(20)}rights`,
    examples: [
      'all licensed rights revert to the Licensor',
      'rights then revert to University',
      'reversion of the licensed rights',
      'return of the licensed rights',
    ],
    nearMisses: ['The Licensee returns the samples', 'Either party may terminate for breach'],
  },
  {
    name: 'data-standards',
    description: 'the data package complies with GLP or GCP (or, negated, does not)',
    term: 'asset.data.standards',
    value: 'stated',
    negated: 'none',
    pattern: String.raw`(?<![a-z])(?:GLP|GCP)(?![a-z])${GAP(30)}(?:complian|conform|standard|grade)|(?:complian|conform)[a-z]*${GAP(10)}(?:with )?(?:GLP|GCP|ICH[\s-]*E6)(?![a-z])`,
    examples: ['GLP and GCP compliant', 'GCP-compliant', 'compliant with GLP'],
    nearMisses: ['GLP toxicology is planned for 2027', 'compliant with the budget'],
  },
  {
    name: 'pivotal-ready',
    description: 'the data package meets FDA/EMA submission requirements (or, negated, does not)',
    term: 'asset.data.pivotal_ready',
    value: 'true',
    negated: 'false',
    pattern: String.raw`pivotal[- ]ready|ready for (?:a )?pivotal|submission[- ]ready|meets?${GAP(20)}(?:FDA|EMA)${GAP(20)}requirements`,
    examples: ['pivotal-ready', 'ready for a pivotal trial', 'meets FDA and EMA submission requirements'],
    nearMisses: ['a pivotal trial starts in 2027', 'the parties meet quarterly'],
  },
];

/** A negation of the statement it stands just before or inside: "No FTO analysis", "has not been performed". */
export const NEGATION = String.raw`(?:^|[^a-z])(?:no|not|never|without|neither|nor|none|yet to|has yet|have yet)(?![a-z])`;
