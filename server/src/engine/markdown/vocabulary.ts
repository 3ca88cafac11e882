/**
 * The words prose uses for the model's enum values ("Phase II" → phase-2, "subject to Licensor's
 * consent" → with-consent). The earliest phrase in the text wins, the longest on a tie, so
 * "non-exclusive" is not read as "exclusive".
 */
type Vocabulary = ReadonlyArray<readonly [value: string, pattern: RegExp]>;

export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  status: [
    ['draft', /\bdraft\b|\bfor discussion\b/gi],
    ['proposed', /\bproposed\b|\bproposal\b|\boffer(?:ed)?\b/gi],
    ['agreed', /\bagreed\b|\bfinal(?:i[sz]ed)?\b|\bsigned\b|\bexecuted\b|\bexecution version\b/gi],
  ],
  'licensee-type': [
    ['mnc', /\bmncs?\b|\bmultinational\b|\bbig pharma\b|\blarge pharma\w*\b|\bglobal pharma\w*\b/gi],
    ['mid-size-pharma', /\bmid[- ]?(?:size|sized|cap)(?:\s+pharma\w*)?\b/gi],
    ['biotech', /\bbiotech\w*\b/gi],
    ['licensing-firm', /\blicensing (?:firm|company)\b|\broyalty aggregator\b/gi],
    ['regional-pharma', /\bregional[- ]pharma\w*\b|\blocal pharma\w*\b/gi],
    ['incubator', /\bincubator\b|\bnewco\b/gi],
  ],
  stage: [
    ['discovery', /\bdiscovery\b/gi],
    ['lead-optimization', /\blead[- ]optimi[sz]ation\b/gi],
    // A sheet that says only "preclinical" is past discovery and not yet in the clinic: a candidate, as buyers read it.
    ['pcc', /\bpcc\b|\bpre-?clinical(?: (?:development )?candidate)?\b|\bdevelopment candidate\b/gi],
    ['ind-enabling', /\bind[- ]enabling\b/gi],
    ['phase-1', /\bphase[\s-]*(?:0|1|i)[ab]?\b|\bfirst[- ]in[- ]human\b/gi],
    // "Phase I and II trials" have reached the later phase: the longer phrase wins over "Phase I".
    ['phase-2', /\bphase[\s-]*(?:2|ii)[ab]?\b|\bphases?[\s-]*(?:1|i)[ab]?\s*(?:and|&|to)\s*(?:phase[\s-]*)?(?:2|ii)[ab]?\b/gi],
    ['phase-3', /\bphase[\s-]*(?:3|iii)\b|\bpivotal\b|\bphases?[\s-]*(?:2|ii)[ab]?\s*(?:and|&|to)\s*(?:phase[\s-]*)?(?:3|iii)\b/gi],
    ['filed', /\b(?:nda|bla|maa)\s+(?:filed|submitted)\b|\bfiled\b|\bunder regulatory review\b/gi],
    ['marketed', /\bmarketed\b|\bapproved product\b|\bcommercial[- ]stage\b/gi],
  ],
  classification: [
    ['first-in-class', /\bfirst[\s-]+in[\s-]+class\b/gi],
    ['best-in-class', /\bbest[\s-]+in[\s-]+class\b/gi],
    ['me-better', /\bme[\s-]+better\b/gi],
    ['me-too', /\bme[\s-]+too\b/gi],
  ],
  evidence: [
    ['head-to-head-animal', /\bhead[\s-]+to[\s-]+head\b(?:(?!\band\b)[^.;,\n]){0,40}?\b(?:animal|preclinical|in vivo|xenograft|mouse|murine|primate)\w*/gi],
    ['head-to-head-clinical', /\bhead[\s-]+to[\s-]+head\b(?:(?!\band\b)[^.;,\n]){0,40}?\b(?:clinical|trial|patients|human)\w*/gi],
    ['cross-trial-clinical', /\bcross[\s-]+trial\b(?:[^.;\n]{0,20}?\bclinical\b)?/gi],
    ['none', /\bnone\b|\bno comparative\b/gi],
  ],
  scope: [
    ['exclusive', /\bexclusive\b/gi],
    ['co-exclusive', /\bco[\s-]?exclusive\b/gi],
    ['non-exclusive', /\bnon[\s-]?exclusive\b/gi],
    ['option', /\b(?:exclusive\s+)?option\b/gi],
  ],
  sublicensing: [
    [
      'with-consent',
      /\b(?:with|subject to|upon|requires?|requiring|only with)\b[^.;\n]{0,40}?\b(?:consent|approval)\b|\bconsent\b[^.;\n]{0,20}?\brequired\b|\bwith[\s-]consent\b/gi,
    ],
    [
      'free',
      // A value that is only "permitted" (or yes) grants the right with no condition attached.
      /\bfreely\b|\bwithout (?:the )?(?:licensor'?s?\s+)?(?:prior\s+)?(?:consent|approval)\b|\bfree\b|\bunrestricted\b|\bat[\s-]will\b|^\s*(?:permitted|allowed|yes|true)\s*\.?$/gi,
    ],
    ['none', /\bnot permitted\b|\bno sublicens\w*|\bnone\b|\bnot (?:be )?(?:allowed|permitted)\b|\bprohibited\b/gi],
  ],
  party: [
    ['licensee', /\blicensee\b/gi],
    ['licensor', /\blicensor\b|\buniversity\b|\binstitution\b/gi],
    ['joint', /\bjoint(?:ly)?\b/gi],
  ],
  approval: [
    ['jsc', /\bjsc\b|\bjoint steering committee\b|\bjoint development committee\b|\bjdc\b|\bsteering committee\b/gi],
    [
      'licensor-consent',
      /\blicensor(?:'s)?\s+(?:prior\s+)?(?:written\s+)?(?:consent|approval)\b|\b(?:consent|approval)\s+of\s+(?:the\s+)?licensor\b|\bapproved by (?:the )?licensor\b|\blicensor[\s-]consent\b/gi,
    ],
    [
      'licensee-alone',
      /\blicensee[\s-]alone\b|\bsole(?:ly)? (?:discretion|responsibility|control) of (?:the )?licensee\b|\blicensee(?:'s)? sole (?:discretion|control)\b|\blicensee (?:will|shall) (?:decide|determine)\b|\bat licensee(?:'s)? (?:sole )?discretion\b/gi,
    ],
  ],
  'data-sharing': [
    ['mutual', /\bmutual\w*|\beach party\b|\bboth parties\b|\breciprocal\w*|\bcross[\s-]reference\b/gi],
    ['to-licensor', /\bto (?:the )?licensor\b|\blicensor (?:shall|will) (?:have|receive)\b|\blicensee (?:shall|will) share\b/gi],
    ['to-licensee', /\bto (?:the )?licensee\b|\blicensee (?:shall|will) (?:have|receive)\b/gi],
    ['none', /\bnone\b|\bno data sharing\b|\bnot (?:be )?shared\b/gi],
  ],
  fto: [
    ['completed', /\bcomplete[sd]?\b|\bconducted\b|\bobtained\b|\bdelivered\b|\bissued\b|\bclean\b/gi],
    ['in-progress', /\bin[\s-]progress\b|\bongoing\b|\bunder\s?way\b|\bbeing prepared\b|\bcommissioned\b|\bpending\b/gi],
    ['none', /\bnone\b|\bnot (?:yet )?(?:been )?(?:conducted|performed|done|obtained|commissioned)\b|\bno fto\b|\bn\/a\b/gi],
  ],
  control: [
    ['standard-of-care', /\bstandard[\s-]+of[\s-]+care\b|\bsoc\b/gi],
    ['active', /\bactive (?:comparator|control)\b/gi],
    ['placebo', /\bplacebo\b/gi],
    ['none', /\bno control\b|\buncontrolled\b|\bnone\b/gi],
    // Past or outside patients stand in for a concurrent arm, however the sheet names them.
    [
      'historical',
      /\bhistorical\b|\bexternal(?:ly)?[\s-]+(?:control(?:led)?|comparator)\b|\bnatural[\s-]+history\b|\bsynthetic control\b|\breal[\s-]world (?:control|comparator)\b/gi,
    ],
  ],
  design: [
    ['randomized', /\brandomi[sz]ed\b/gi],
    ['single-arm', /\bsingle[\s-]arm\b/gi],
    ['retrospective', /\bretrospective\b/gi],
  ],
  population: [
    ['asian', /\b(?:east\s+)?asians?\b|\bchinese\b|\bjapanese\b|\bkorean\b/gi],
    ['caucasian', /\bcaucasians?\b|\bwhite\b|\beuropean\b/gi],
    ['black', /\bblack\b|\bafrican(?:[\s-]american)?\b/gi],
    ['hispanic', /\bhispanic\b|\blatin[oax]\b/gi],
  ],
  provision: [
    ['confidentiality', /\bconfidentiality\b/gi],
    ['exclusivity', /\bexclusivity\b|\bno[\s-]shop\b/gi],
    ['governing_law', /\bgoverning law\b/gi],
    ['dispute_resolution', /\bdispute resolution\b|\barbitration\b/gi],
    ['costs', /\bcosts\b|\bexpenses\b/gi],
    ['non_solicitation', /\bnon[\s-]?solicitation\b/gi],
  ],
};

export interface VocabularyMatch {
  value: string;
  start: number;
  end: number;
}

/** Every phrase of the vocabulary in the text, earliest first, overlapping ones dropped (longest kept). */
export function findVocabulary(name: string, text: string): VocabularyMatch[] {
  const vocabulary = VOCABULARIES[name];
  if (!vocabulary) return [];
  const all: VocabularyMatch[] = [];
  for (const [value, pattern] of vocabulary) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      all.push({ value, start: m.index, end: m.index + m[0].length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: VocabularyMatch[] = [];
  for (const match of all) {
    if (kept.some((k) => match.start < k.end && match.end > k.start)) continue;
    kept.push(match);
  }
  return kept;
}

/** The enum words written for a value a fix sets ("licensor-consent" → "licensor consent"). */
export function enumWords(value: string): string {
  return value.replace(/-/g, ' ');
}
