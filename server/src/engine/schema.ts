import { VOCABULARIES } from './markdown/vocabulary';

/**
 * The canonical term-sheet model (spec: term-sheet-format.md) described once: every clause's key,
 * what it means for a licensing deal, the kind of value it holds and, for enums, the allowed
 * values. Near-miss hints, completion and hovers all read it, so they agree on the vocabulary.
 *
 * Paths are model paths with list items written as `[]`: `ip.patents[].jurisdictions` is the
 * jurisdictions of any patent family; '' is the top level.
 */

export type SchemaKind =
  | 'map' // clauses made of clauses
  | 'list' // a list of maps (patent families, royalty tiers, trials)
  | 'text'
  | 'text-list'
  | 'money'
  | 'percent'
  | 'date'
  | 'duration'
  | 'number'
  | 'boolean'
  | 'country' // one ISO 3166-1 code
  | 'territory' // ISO codes and region names, with exclusions
  | 'jurisdictions' // ISO codes and regional patent offices (EP)
  | 'enum'
  | 'enum-list';

export interface EnumValue {
  value: string;
  /** What choosing it means, where the word alone does not say. */
  description?: string;
}

export interface SchemaField {
  key: string;
  /** The field's model path (`ip.patents[].family`); '' for the whole sheet. */
  path: string;
  kind: SchemaKind;
  description: string;
  /** `enum` and `enum-list`: the allowed values, in the vocabulary's order. */
  values?: readonly EnumValue[];
  /** `enum` and `enum-list`: the name of the vocabulary (markdown/vocabulary.ts) whose words write its values. */
  vocabulary?: string;
  /** `map`: its keys. */
  fields?: readonly SchemaField[];
  /** `list`, or a map that may also be written as a flat list: the keys of each item. */
  itemFields?: readonly SchemaField[];
}

// ── Building blocks ────────────────────────────────────────────────────────────────────────

/** A field before it knows its place; paths are filled in when the tree is assembled. */
interface Spec {
  kind: SchemaKind;
  description: string;
  values?: readonly EnumValue[];
  vocabulary?: string;
  fields?: Readonly<Record<string, Spec>>;
  itemFields?: Readonly<Record<string, Spec>>;
}

const text = (description: string): Spec => ({ kind: 'text', description });
const textList = (description: string): Spec => ({ kind: 'text-list', description });
const money = (description: string): Spec => ({ kind: 'money', description });
const date = (description: string): Spec => ({ kind: 'date', description });
const number = (description: string): Spec => ({ kind: 'number', description });
const boolean = (description: string): Spec => ({ kind: 'boolean', description });
const map = (description: string, fields: Record<string, Spec>, itemFields?: Record<string, Spec>): Spec => ({ kind: 'map', description, fields, itemFields });
const list = (description: string, itemFields: Record<string, Spec>): Spec => ({ kind: 'list', description, itemFields });

/**
 * An enum whose values are the vocabulary of that name (markdown/vocabulary.ts), the one list of
 * the words each value may be written as; `notes` explain the values that need it.
 */
function oneOf(vocabulary: string, description: string, notes: Readonly<Record<string, string>> = {}, kind: 'enum' | 'enum-list' = 'enum'): Spec {
  const words = VOCABULARIES[vocabulary];
  if (!words) throw new Error(`No vocabulary "${vocabulary}" for an enum of the schema`);
  const values = words.map(([value]) => (notes[value] ? { value, description: notes[value] } : { value }));
  for (const noted of Object.keys(notes)) {
    if (!values.some((entry) => entry.value === noted)) throw new Error(`"${noted}" is not a value of the vocabulary "${vocabulary}"`);
  }
  return { kind, description, values, vocabulary };
}

const manyOf = (vocabulary: string, description: string, notes: Readonly<Record<string, string>> = {}): Spec =>
  oneOf(vocabulary, description, notes, 'enum-list');

// ── The model ──────────────────────────────────────────────────────────────────────────────

const PARTY_TYPE_NOTES = {
  mnc: 'a multinational pharma: pays most for first- and best-in-class assets, and expects the most',
  'mid-size-pharma': 'with biotechs, 60% of the counterparties to China out-licensing in 2023',
  'licensing-firm': 'licenses the asset on to others',
  'regional-pharma': 'develops and sells in its own region only',
  incubator: 'takes early assets to develop and resell, mostly in the US',
};

function party(role: string): Spec {
  return map(role, {
    name: text("The party's legal name."),
    country: {
      kind: 'country',
      description:
        'Where the party is based (ISO country code). A licensor and licensee in different countries make a cross-border deal, ' +
        'where the entity that signs and the entity that is paid matter for tax.',
    },
    type: oneOf(
      'licensee-type',
      "The kind of company. Who buys follows the asset's quality: in 2023, 60% of counterparties to China out-licensing were " +
        'mid-size pharma or biotech, not MNCs.',
      PARTY_TYPE_NOTES,
    ),
    signing_entity: text('The entity that signs the agreement, often an offshore (Hong Kong) company chosen with the tax advisor.'),
    payee_entity: text('The entity that receives the upfront, milestones and royalties, chosen with the tax advisor.'),
  });
}

const MILESTONE_ITEM = {
  event: text('What triggers the payment (an approval, a trial start, a sales threshold).'),
  amount: money('What is paid when the event happens.'),
};

const milestoneKind = (kind: string) =>
  list(`${kind} milestones: payments due when the asset reaches ${kind === 'Commercial' ? 'sales thresholds' : 'these events'}.`, MILESTONE_ITEM);

const MODEL: Spec = map('A licensing term sheet for a drug asset.', {
  termsheet: number('The version of the term-sheet format this file is written in (1).'),
  title: text('The deal in one line: the asset, the kind of licence and the territory.'),
  date: date('The date of this draft of the term sheet.'),
  status: oneOf('status', 'Where the negotiation stands. An agreed sheet may not keep any placeholder.', {
    draft: 'still being written',
    proposed: 'sent to the other side',
    agreed: 'accepted by both sides: placeholders left are errors',
  }),
  binding: manyOf(
    'provision',
    'The provisions that bind the parties now. A term sheet is otherwise non-binding, and these exceptions protect the licensor ' +
      'while the 9 to 12 months of a cross-border deal run: usually confidentiality, exclusivity and governing law.',
  ),

  parties: map('Who licenses the asset to whom.', {
    licensor: party('The party granting the licence: it owns the asset and its patents.'),
    licensee: party('The party taking the licence: it develops and sells the asset in the territory.'),
  }),

  asset: map('The drug asset licensed: what it is, how far it has come, and why a buyer should want it.', {
    name: text("The asset's name or code (ZA-101)."),
    modality: text('The kind of molecule: ADC, bispecific, small molecule, cell therapy, ...'),
    target: text('The biological target (TROP2, CLDN18.2).'),
    indications: textList('The diseases the asset is developed for.'),
    stage: oneOf(
      'stage',
      'How far development has come. European, Japanese and Korean buyers mostly in-license after Phase 2 proof of concept; ' +
        'US buyers, with their incubators, take preclinical assets.',
      {
        pcc: 'preclinical candidate nominated',
        'ind-enabling': 'IND-enabling studies under way',
        filed: 'marketing application filed',
      },
    ),
    classification: oneOf(
      'classification',
      'What the asset is against its class. The honest answer decides whom to approach and what to ask; a best-in-class claim ' +
        'needs benchmark data, not self-declaration.',
      {
        'first-in-class': 'a new target or mechanism: nothing approved works this way',
        'best-in-class': 'better than every drug of its class, shown against a benchmark',
        'me-better': 'improves on a drug of its class',
        'me-too': 'like the drugs of its class: it sells, at the price its quality sets',
      },
    ),
    benchmark: map('The product the asset is compared with, and the evidence for the comparison.', {
      product: text('The competing product the asset is measured against.'),
      evidence: manyOf('evidence', 'What supports the comparison. Claiming best-in-class takes head-to-head animal or clinical data.', {
        'head-to-head-animal': 'the two compared in the same animal study',
        'head-to-head-clinical': 'the two compared in the same clinical trial',
        'cross-trial-clinical': 'results compared across separate trials',
        none: 'no comparative data',
      }),
    }),
    differentiation: map('The five dimensions buyers judge a high-quality asset by: new, fast, good, more and comprehensive.', {
      novelty: text('"New": a new target, mechanism or platform. It draws attention, though buyers take longer to understand it.'),
      speed: text('"Fast": the position in the race and the time to market; a fast follower can overtake the leaders.'),
      quality: text('"Good": better efficacy or safety data than the benchmark, in animals or in patients.'),
      volume: text('"More": the breadth of clinical data already generated, which also sells in emerging markets.'),
      global: text('"Comprehensive": multi-ethnic data, trial sites outside China, feedback from the FDA or another regulator.'),
    }),
    data: map('The data package a buyer will diligence.', {
      populations: manyOf('population', 'The ethnic populations in the data. Asian-only data leave a global buyer to generate the rest.'),
      trial_countries: {
        kind: 'territory',
        description: 'Where the trials ran (ISO codes or regions). MNCs distrust data generated in China alone.',
      },
      regulator_interactions: textList('Meetings with and feedback from regulators (FDA pre-IND meeting). FDA feedback lets a buyer decide faster.'),
      standards: textList('The standards the data comply with (GLP, GCP). A non-compliant package makes the buyer fund more data.'),
      pivotal_ready: boolean('Whether the data meet FDA / EMA submission requirements.'),
      trials: list('The clinical trials run so far.', {
        phase: number("The trial's phase (1, 2, 3)."),
        enrolled: number('Patients enrolled. A Phase 2 with too few patients is not a real Phase 2 to a buyer.'),
        control: oneOf('control', 'The control arm. Buyers expect a current, widely used control.', {
          'standard-of-care': 'the treatment patients get today',
          active: 'another active drug',
          none: 'no control arm: buyers discount the trial',
          historical: 'past patients, not a concurrent arm: buyers discount the trial',
        }),
        design: oneOf('design', 'How the trial is designed. It must be prospective to count as a real trial.', {
          'single-arm': 'every patient gets the asset',
          retrospective: 'data looked at after the fact: not accepted as a real trial',
        }),
      }),
    }),
  }),

  license: map('The rights granted: how exclusive, where, for what, and who controls development there.', {
    scope: oneOf('scope', 'How exclusive the licence is.', {
      exclusive: 'only the licensee may exploit the asset in the territory, not even the licensor',
      'co-exclusive': 'the licensee and one other party, often the licensor',
      'non-exclusive': 'the licensor may license others in the same territory',
      option: 'a right to take the licence later, on terms set now',
    }),
    territory: {
      kind: 'territory',
      description:
        'Where the licence applies: ISO country codes and regions (worldwide, ex-china, greater-china, asean, middle-east, eu, ...), ' +
        'with exclusions (-CN). Most licences are regional, which is when control of local trials and data sharing matter.',
    },
    field: text('The uses licensed (all human therapeutic uses).'),
    sublicensing: oneOf(
      'sublicensing',
      "Whether the licensee may sublicense. In a regional licence, the licensor's consent keeps control of who develops its product.",
      {
        free: 'the licensee sublicenses to whom it likes',
        'with-consent': "only with the licensor's consent",
        none: 'no sublicensing',
      },
    ),
    regulatory: map('Who controls clinical development and registration in the territory.', {
      registration_holder: oneOf('party', 'Who holds the marketing authorisations in the territory.'),
      clinical_plan_approval: oneOf(
        'approval',
        "Who approves the local clinical plan. A regional partner's poorly designed local trial weakens the asset's global plan; " +
          'licensor consent or JSC review prevents it.',
        {
          'licensor-consent': 'the licensor must consent to the local plan',
          jsc: 'the joint steering committee reviews it',
          'licensee-alone': 'the licensee decides alone',
        },
      ),
      data_sharing: oneOf(
        'data-sharing',
        "Which way development data flow. In a regional licence the licensor needs the partner's data, and a cross-reference right, for the rest of the world.",
        {
          mutual: 'both ways, with a right of cross-reference',
          'to-licensor': 'the licensee shares its data with the licensor',
          'to-licensee': 'only the licensor shares',
          none: 'no data shared',
        },
      ),
    }),
    governance: map('How the parties run the collaboration.', {
      jsc: boolean('Whether a joint steering committee oversees development.'),
    }),
  }),

  financials: map('What the licensee pays: upfront, milestones and royalties.', {
    currency: text('The currency of the amounts (ISO code: USD, EUR, CNY).'),
    upfront: money('Paid on signing: the cash the licensor actually gets. In H1 2023 China out-licensing it was USD 1.1B of USD 13.1B in deal value.'),
    upfront_refundable: boolean('Whether the upfront can be clawed back. It should not be: a refundable upfront is not really paid.'),
    upfront_creditable: boolean('Whether the upfront is credited against later payments, which lowers what it is worth.'),
    milestones: map(
      'Payments due when the asset reaches events, grouped by kind or listed flat as {event, amount}.',
      {
        development: milestoneKind('Development'),
        regulatory: milestoneKind('Regulatory'),
        commercial: milestoneKind('Commercial'),
      },
      MILESTONE_ITEM,
    ),
    total_deal_value: money('The headline value: the upfront plus every milestone, and it must equal their sum.'),
    royalties: list('Royalty tiers on annual net sales, thresholds increasing.', {
      up_to: money("The tier's rate applies to annual net sales up to this amount."),
      above: money("The tier's rate applies to annual net sales above this amount."),
      rate: { kind: 'percent', description: 'The royalty rate of the tier.' },
    }),
    equity: money('Any equity investment the licensee makes in the licensor, or none.'),
  }),

  ip: map('The patents licensed and the freedom-to-operate position.', {
    patents: list('The patent families licensed.', {
      family: text('The family: its publication number and what it claims (composition of matter, dosing regimen).'),
      jurisdictions: {
        kind: 'jurisdictions',
        description:
          'Where the family is filed or granted: ISO codes and regional offices (EP). Every country of the territory needs cover, ' +
          'India above all: Western buyers hesitate to buy an asset that can be copied there.',
      },
      expiry: date('When the family expires (a year or a date).'),
    }),
    fto: map("The freedom-to-operate analysis: whether the product infringes others' patents. Buyers paying non-refundable upfronts demand one.", {
      status: oneOf('fto', 'How far the analysis has come.'),
      by: text('Who carried it out (outside patent counsel).'),
      date: date('When it was completed.'),
    }),
    prosecution: oneOf('party', 'Who files, prosecutes and maintains the patents.'),
  }),

  non_compete: map(
    'What the licensee may not do in competition with the licensed product. Necessary and hard to draw: name the scope, the duration and the remedy.',
    {
      scope: text('The competing activities barred: name the target, indication, modality or product.'),
      duration: text('How long the restriction lasts (term of the agreement, or a period).'),
      territory: text('Where the restriction applies.'),
      remedy: text('What happens on breach: the licensor may terminate and reclaim the product.'),
    },
  ),

  termination: map('How the licence can end and what happens then. 10 of the 149 China out-licensing deals of 2018-2023 were handed back.', {
    for_convenience: map('Ending the licence without cause.', { notice_days: number('Days of notice required.') }),
    for_breach: map('Ending the licence for material breach.', { cure_days: number('Days the party in breach has to cure it.') }),
    for_diligence_failure: boolean('Whether the licensor may terminate when the licensee does not develop the asset diligently.'),
    reversion: map('What the licensor gets back on termination: the rights, the data and the filings, so it can license again without redoing years of work.', {
      rights: text('The rights that revert to the licensor.'),
      data_transfer: boolean('Whether the licensee hands over the data it generated.'),
      regulatory_filings_transfer: boolean('Whether the licensee transfers its regulatory filings and approvals.'),
      transition_assistance: { kind: 'duration', description: 'How long the licensee helps with the handover (6 months).' },
    }),
  }),

  timeline: map('When talks began and when signing is planned. A cross-border deal takes 9 months (median), lately 12.', {
    first_contact: date('When the parties first talked about this deal.'),
    target_signing: date('When the definitive agreement is to be signed.'),
  }),

  advisors: map("The deal's advisors: a tax advisor and a lawyer are indispensable.", {
    tax: text('The tax advisor: which entity signs, which is paid, and the listing structure.'),
    legal: text('Legal counsel.'),
    financial: text('The financial advisor (FA).'),
  }),

  governing_law: text('The law that governs the agreement (Hong Kong, New York, England).'),
  dispute_resolution: text('How disputes are settled (HKIAC arbitration).'),
  confidentiality: text('How what is shared during the talks is kept confidential; usually binding.'),
  exclusivity: map('A no-shop period in which the licensor negotiates with no one else.', {
    no_shop_days: number('Length of the no-shop period, in days.'),
  }),
});

// ── Examples ───────────────────────────────────────────────────────────────────────────────

/**
 * A good value for every field, by path: what a finding's hover shows as an example of its clause.
 * Together they make one consistent deal (a TROP2 ADC licensed from China into Japan and Korea), so
 * no example gives another rule a finding. A clause made of clauses is shown with its parts' examples.
 */
const EXAMPLES: Readonly<Record<string, unknown>> = {
  termsheet: 1,
  title: 'Exclusive licence of ZA-101 in Japan and South Korea',
  date: '2026-11-02',
  status: 'proposed',
  binding: ['confidentiality', 'exclusivity', 'governing_law'],

  'parties.licensor.name': "Ze'an Biotech (Shanghai) Co., Ltd.",
  'parties.licensor.country': 'CN',
  'parties.licensor.type': 'biotech',
  'parties.licensor.signing_entity': "Ze'an Biotech (HK) Ltd.",
  'parties.licensor.payee_entity': "Ze'an Biotech (HK) Ltd.",
  'parties.licensee.name': 'Kaede Pharma Co., Ltd.',
  'parties.licensee.country': 'JP',
  'parties.licensee.type': 'mid-size-pharma',
  'parties.licensee.signing_entity': 'Kaede Pharma Co., Ltd.',
  'parties.licensee.payee_entity': 'Kaede Pharma Co., Ltd.',

  'asset.name': 'ZA-101',
  'asset.modality': 'ADC',
  'asset.target': 'TROP2',
  'asset.indications': ['breast cancer', 'gastric cancer'],
  'asset.stage': 'phase-2',
  'asset.classification': 'me-better',
  'asset.benchmark.product': 'sacituzumab govitecan',
  'asset.benchmark.evidence': ['head-to-head-animal', 'cross-trial-clinical'],
  'asset.differentiation.novelty': 'site-specific conjugation of a new topoisomerase I payload',
  'asset.differentiation.speed': 'third TROP2 ADC to reach Phase 2',
  'asset.differentiation.quality': 'less interstitial lung disease than the class in Phase 1',
  'asset.differentiation.volume': '140 patients dosed across Phase 1 and 2',
  'asset.differentiation.global': 'Australian Phase 1 sites and an FDA Type B meeting',
  'asset.data.populations': ['asian', 'caucasian'],
  'asset.data.trial_countries': ['CN', 'AU'],
  'asset.data.regulator_interactions': ['FDA Type B meeting 2026-04'],
  'asset.data.standards': ['GLP', 'GCP'],
  'asset.data.pivotal_ready': true,
  'asset.data.trials[].phase': 2,
  'asset.data.trials[].enrolled': 86,
  'asset.data.trials[].control': 'standard-of-care',
  'asset.data.trials[].design': 'randomized',

  'license.scope': 'exclusive',
  'license.territory': ['JP', 'KR'],
  'license.field': 'all human therapeutic uses',
  'license.sublicensing': 'with-consent',
  'license.regulatory.registration_holder': 'licensee',
  'license.regulatory.clinical_plan_approval': 'jsc',
  'license.regulatory.data_sharing': 'mutual',
  'license.governance.jsc': true,

  'financials.currency': 'USD',
  'financials.upfront': 'USD 20M',
  'financials.upfront_refundable': false,
  'financials.upfront_creditable': false,
  'financials.milestones.development[].event': 'first patient dosed in Phase 3',
  'financials.milestones.development[].amount': 'USD 15M',
  'financials.milestones.regulatory[].event': 'PMDA approval',
  'financials.milestones.regulatory[].amount': 'USD 30M',
  'financials.milestones.commercial[].event': 'annual net sales above USD 100M',
  'financials.milestones.commercial[].amount': 'USD 25M',
  'financials.milestones[].event': 'PMDA approval',
  'financials.milestones[].amount': 'USD 30M',
  'financials.total_deal_value': 'USD 90M',
  // Tiers come in twos at least, thresholds rising: one tier alone would not show how they are written.
  'financials.royalties': [
    { up_to: 'USD 100M', rate: '10%' },
    { above: 'USD 100M', rate: '12%' },
  ],
  'financials.royalties[].up_to': 'USD 100M',
  'financials.royalties[].above': 'USD 100M',
  'financials.royalties[].rate': '10%',
  'financials.equity': 'none',

  'ip.patents[].family': 'WO2023/123456',
  'ip.patents[].jurisdictions': ['CN', 'US', 'EP', 'JP', 'KR', 'IN'],
  'ip.patents[].expiry': 2043,
  'ip.fto.status': 'completed',
  'ip.fto.by': 'outside patent counsel',
  'ip.fto.date': '2026-06-30',
  'ip.prosecution': 'licensor',

  'non_compete.scope': 'TROP2-directed ADCs in breast cancer',
  'non_compete.duration': 'term of the agreement',
  'non_compete.territory': 'licensed territory',
  'non_compete.remedy': 'licensor may terminate and reclaim the product',

  'termination.for_convenience.notice_days': 180,
  'termination.for_breach.cure_days': 90,
  'termination.for_diligence_failure': true,
  'termination.reversion.rights': 'all licensed rights revert to licensor',
  'termination.reversion.data_transfer': true,
  'termination.reversion.regulatory_filings_transfer': true,
  'termination.reversion.transition_assistance': '6 months',

  'timeline.first_contact': '2026-05-01',
  'timeline.target_signing': '2027-02-01',

  'advisors.tax': 'Harbour Tax Partners',
  'advisors.legal': 'Lin & Okada LLP',
  'advisors.financial': 'Meridian Life Science Advisors',

  governing_law: 'Hong Kong',
  dispute_resolution: 'HKIAC arbitration',
  confidentiality: 'mutual, 5 years',
  'exclusivity.no_shop_days': 60,
};

/**
 * The examples above as prose writes them, where a Markdown sheet writes a value in words that the
 * Markdown reader turns into the example (`on 180 days' notice` is `{notice_days: 180}`).
 */
const PROSE_EXAMPLES: Readonly<Record<string, string>> = {
  binding: 'confidentiality, exclusivity and governing law',
  'financials.royalties': '10% of annual net sales up to USD 100M and 12% above',
  'termination.for_convenience': "on 180 days' notice",
  'termination.for_breach': '90 days to cure',
};

/** The parts a large clause is shown by in its example; any other clause of clauses shows all of its parts. */
const EXAMPLE_PARTS: Readonly<Record<string, readonly string[]>> = {
  // A Markdown sheet cannot state the licensor's type: the example would not read back there.
  'parties.licensor': ['name', 'country'],
  'parties.licensee': ['name', 'country', 'type'],
  asset: ['name', 'modality', 'target', 'stage', 'classification'],
  license: ['scope', 'territory', 'field', 'sublicensing'],
  // The milestones too: without them the upfront would not add up to the total deal value.
  financials: ['currency', 'upfront', 'milestones', 'total_deal_value'],
  ip: ['patents', 'fto'],
};

// ── Assembly and look-up ───────────────────────────────────────────────────────────────────

function build(key: string, path: string, spec: Spec): SchemaField {
  const field: SchemaField = { key, path, kind: spec.kind, description: spec.description };
  if (spec.values) field.values = spec.values;
  if (spec.vocabulary) field.vocabulary = spec.vocabulary;
  if (spec.fields) field.fields = Object.entries(spec.fields).map(([child, inner]) => build(child, join(path, child), inner));
  if (spec.itemFields) field.itemFields = Object.entries(spec.itemFields).map(([child, inner]) => build(child, join(`${path}[]`, child), inner));
  return field;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The whole model, rooted at the sheet ('' path). */
export const TERM_SHEET_SCHEMA: SchemaField = build('', '', MODEL);

const BY_PATH = new Map<string, SchemaField>();
/** Parent path (`ip.patents[]` for an item) → the fields a map there may have. */
const FIELDS_AT = new Map<string, readonly SchemaField[]>();
(function index(field: SchemaField) {
  BY_PATH.set(field.path, field);
  if (field.fields) FIELDS_AT.set(field.path, field.fields);
  if (field.itemFields) FIELDS_AT.set(`${field.path}[]`, field.itemFields);
  for (const child of [...(field.fields ?? []), ...(field.itemFields ?? [])]) index(child);
})(TERM_SHEET_SCHEMA);
/** Parent path → the keys of its fields: unknown-key asks for them at every map of a sheet. */
const KEYS_AT = new Map([...FIELDS_AT].map(([path, fields]) => [path, fields.map((field) => field.key)] as const));

/**
 * A model path in the schema's spelling: list positions become `[]`, whether written
 * `ip.patents[0].family` (the rules' paths) or `ip.patents.0.family` (the Markdown reader's).
 */
export function schemaPath(path: string): string {
  // A path with no digit has no list position to rewrite (most paths asked for).
  if (!/\d/.test(path)) return path;
  return path.replace(/\[\d+\]/g, '[]').replace(/\.\d+(?=\.|$)/g, '[]');
}

/** The field at a model path, or undefined where the model says nothing. */
export function schemaField(path: string): SchemaField | undefined {
  return BY_PATH.get(schemaPath(path));
}

/** The fields a map at `parentPath` may have (`ip.patents[]` for a patent family), or undefined where the model says nothing. */
export function schemaFieldsAt(parentPath: string): readonly SchemaField[] | undefined {
  return FIELDS_AT.get(schemaPath(parentPath));
}

/** The keys a map at `parentPath` may have. */
export function schemaKeysAt(parentPath: string): readonly string[] | undefined {
  return KEYS_AT.get(schemaPath(parentPath));
}

/** Every parent path with its keys: the table near-miss hints check keys against. */
export function schemaKeyTable(): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(KEYS_AT);
}

/** The allowed values of the enum at `path` (empty for anything not an enum). */
export function enumValues(path: string): readonly string[] {
  return schemaField(path)?.values?.map((entry) => entry.value) ?? [];
}

/**
 * A good value for the clause at `path`, in any spelling (`ip.patents[0]`, `ip.patents.0`): its own
 * example, or for a clause of clauses its parts' (a list: one item of them). `prose`: in the words a
 * Markdown sheet would write it, where they differ. Undefined where the model says nothing.
 */
export function exampleValue(path: string, prose = false): unknown {
  const spelled = schemaPath(path);
  if (prose && Object.hasOwn(PROSE_EXAMPLES, spelled)) return PROSE_EXAMPLES[spelled];
  if (Object.hasOwn(EXAMPLES, spelled)) return EXAMPLES[spelled];
  const field = BY_PATH.get(spelled);
  if (field?.kind === 'list') {
    const item = exampleValue(`${spelled}[]`, prose);
    return item === undefined ? undefined : [item];
  }
  const parts = field ? field.fields : FIELDS_AT.get(spelled);
  if (!parts) return undefined;
  const shown = EXAMPLE_PARTS[spelled];
  const value: Record<string, unknown> = {};
  for (const part of parts) {
    if (shown && !shown.includes(part.key)) continue;
    const example = exampleValue(part.path, prose);
    if (example !== undefined) value[part.key] = example;
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

for (const path of [...Object.keys(EXAMPLES), ...Object.keys(PROSE_EXAMPLES), ...Object.keys(EXAMPLE_PARTS)]) {
  if (!BY_PATH.has(path) && !FIELDS_AT.has(path)) throw new Error(`An example is given for "${path}", which is not in the schema`);
}
