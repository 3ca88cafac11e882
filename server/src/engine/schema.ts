import { VOCABULARIES } from './markdown/vocabulary';

/**
 * The canonical term-sheet model (spec: term-sheet-format.md) described once: every clause's key,
 * what it means for a licensing deal, the kind of value it holds, for enums the allowed values and
 * the vocabulary whose words write them, the labels a Markdown sheet names it by, and the skeleton a
 * fix inserts. Near-miss hints, completion, hovers, the Markdown reader's label table, fixes and
 * the deal summary all read it, so they agree on the vocabulary.
 *
 * Paths are model paths with list items written as `[]`: `ip.patents[].jurisdictions` is the
 * jurisdictions of any patent family; '' is the top level. A path into one sheet names the item:
 * `ip.patents[0].jurisdictions`.
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

/** How the Markdown reader reads a clause's value from prose. */
export type ValueKind =
  | 'section' // a clause made of clauses
  | 'text'
  | 'money'
  | 'percent'
  | 'duration'
  | 'date'
  | 'territory' // countries and regions, with exclusions
  | 'jurisdictions' // countries and patent offices
  | 'country'
  | 'words' // a short list written with commas and "and"
  | 'flag' // yes / no, or "stated at all"
  | 'days' // a period, as a number of days
  | 'number'
  | 'party' // a company: name and country
  | 'milestones' // grouped or flat milestone payments
  | 'milestone-list'
  | 'royalties'
  | 'patents'
  | 'trials'
  | 'reversion'
  | `enum:${string}`
  | `enum-list:${string}`;

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
  /**
   * Markdown labels that name the clause anywhere in a sheet (a heading, a table's first cell, a
   * `**Label:**` lead-in), the clause nearest the surrounding section winning. Undefined: a Markdown
   * body does not name it (its front matter can).
   */
  labels?: readonly string[];
  /** Generic Markdown labels ("Name", "Scope") that name the clause only inside its parent clause. */
  local?: readonly string[];
  /** How the Markdown reader reads the clause's value from prose. */
  prose: ValueKind;
  /** What a fix inserts for the clause when a sheet lacks it; `[TBD]` marks what is still to be negotiated. */
  skeleton?: unknown;
  /** The clause in a few words, where it is listed on its own (the deal summary's rows). */
  caption?: string;
}

/** A value still to be negotiated: the placeholder rule keeps it visible until someone fills it in. */
export const TBD = '[TBD]';

// ── Building blocks ────────────────────────────────────────────────────────────────────────

/** What a field declares beside its kind and description. */
interface Details {
  labels?: readonly string[];
  local?: readonly string[];
  /** How prose writes the value, where the kind's usual reading does not fit (see PROSE_OF_KIND). */
  prose?: ValueKind;
  skeleton?: unknown;
  caption?: string;
}

/** A field before it knows its place; paths are filled in when the tree is assembled. */
interface Spec extends Details {
  kind: SchemaKind;
  description: string;
  values?: readonly EnumValue[];
  vocabulary?: string;
  fields?: Readonly<Record<string, Spec>>;
  itemFields?: Readonly<Record<string, Spec>>;
}

const field =
  (kind: SchemaKind) =>
  (description: string, details: Details = {}): Spec => ({ kind, description, ...details });
const text = field('text');
const textList = field('text-list');
const money = field('money');
const percent = field('percent');
const date = field('date');
const duration = field('duration');
const number = field('number');
const boolean = field('boolean');
const country = field('country');
const territory = field('territory');
const jurisdictions = field('jurisdictions');
const map = (description: string, fields: Record<string, Spec>, details: Details & { itemFields?: Record<string, Spec> } = {}): Spec => ({
  kind: 'map',
  description,
  fields,
  ...details,
});
const list = (description: string, itemFields: Record<string, Spec>, details: Details = {}): Spec => ({ kind: 'list', description, itemFields, ...details });

/**
 * An enum whose values are the vocabulary of that name (markdown/vocabulary.ts), the one list of
 * the words each value may be written as; `notes` explain the values that need it.
 */
function oneOf(
  vocabulary: string,
  description: string,
  notes: Readonly<Record<string, string>> = {},
  details: Details = {},
  kind: 'enum' | 'enum-list' = 'enum',
): Spec {
  const words = VOCABULARIES[vocabulary];
  if (!words) throw new Error(`No vocabulary "${vocabulary}" for an enum of the schema`);
  const values = words.map(([value]) => (notes[value] ? { value, description: notes[value] } : { value }));
  for (const noted of Object.keys(notes)) {
    if (!values.some((entry) => entry.value === noted)) throw new Error(`"${noted}" is not a value of the vocabulary "${vocabulary}"`);
  }
  return { kind, description, values, vocabulary, ...details };
}

const manyOf = (vocabulary: string, description: string, notes: Readonly<Record<string, string>> = {}, details: Details = {}): Spec =>
  oneOf(vocabulary, description, notes, details, 'enum-list');

/** How prose writes each kind of value, unless a field says otherwise. Lists have no usual reading: each says how its items are written. */
const PROSE_OF_KIND: Readonly<Record<Exclude<SchemaKind, 'enum' | 'enum-list' | 'list'>, ValueKind>> = {
  map: 'section',
  text: 'text',
  'text-list': 'words',
  money: 'money',
  percent: 'percent',
  date: 'date',
  duration: 'duration',
  number: 'number',
  boolean: 'flag',
  country: 'country',
  territory: 'territory',
  jurisdictions: 'jurisdictions',
};

function proseOf(spec: Spec, path: string): ValueKind {
  if (spec.prose) return spec.prose;
  if (spec.kind === 'enum' || spec.kind === 'enum-list') return `${spec.kind}:${spec.vocabulary!}`;
  if (spec.kind === 'list') throw new Error(`The list "${path}" must say how prose writes its items`);
  return PROSE_OF_KIND[spec.kind];
}

// ── The model ──────────────────────────────────────────────────────────────────────────────
//
// Sources of the Markdown labels: the spec's own names; university technology-transfer office
// licence term sheets (license issue fee, annual maintenance fee, minimum annual royalty, sublicense
// income, patent cost reimbursement, diligence milestones); biotech–pharma licensing term sheets
// (upfront, development / regulatory / sales milestones, tiered royalties, JSC, reversion, FTO).

const PARTY_TYPE_NOTES = {
  mnc: 'a multinational pharma: pays most for first- and best-in-class assets, and expects the most',
  'mid-size-pharma': 'with biotechs, 60% of the counterparties to China out-licensing in 2023',
  'licensing-firm': 'licenses the asset on to others',
  'regional-pharma': 'develops and sells in its own region only',
  incubator: 'takes early assets to develop and resell, mostly in the US',
};

const COUNTRY_LOCAL = ['Country', 'Jurisdiction of Incorporation', 'Domicile', 'Incorporated in', 'Country of Incorporation', 'Headquarters'];

/** A party's labels: its own, and those of the clauses a Markdown body names for it alone. */
interface PartyLabels {
  party: readonly string[];
  signingEntity?: Details;
  payeeEntity?: Details;
  type?: Details;
}

function party(role: 'Licensor' | 'Licensee', description: string, labels: PartyLabels): Spec {
  return map(
    description,
    {
      name: text("The party's legal name.", { labels: [`${role} Name`, `Name of ${role}`], local: ['Name', 'Legal Name', 'Company', 'Entity'] }),
      country: country(
        'Where the party is based (ISO country code). A licensor and licensee in different countries make a cross-border deal, ' +
          'where the entity that signs and the entity that is paid matter for tax.',
        { labels: [`${role} Country`, `${role} Jurisdiction`, `${role} Domicile`], local: COUNTRY_LOCAL },
      ),
      type: oneOf(
        'licensee-type',
        "The kind of company. Who buys follows the asset's quality: in 2023, 60% of counterparties to China out-licensing were " +
          'mid-size pharma or biotech, not MNCs.',
        PARTY_TYPE_NOTES,
        labels.type,
      ),
      signing_entity: text('The entity that signs the agreement, often an offshore (Hong Kong) company chosen with the tax advisor.', labels.signingEntity),
      payee_entity: text('The entity that receives the upfront, milestones and royalties, chosen with the tax advisor.', labels.payeeEntity),
    },
    { labels: labels.party, prose: 'party' },
  );
}

/** A milestone payment. Its labels name the fields of flat milestones; grouped ones are read by their kind's list. */
const milestoneItem = (details: { event?: Details; amount?: Details } = {}) => ({
  event: text('What triggers the payment (an approval, a trial start, a sales threshold).', details.event),
  amount: money('What is paid when the event happens.', details.amount),
});

/** The kinds milestones are grouped by under `financials.milestones`. */
export const MILESTONE_GROUPS = ['development', 'regulatory', 'commercial'] as const;
export type MilestoneGroup = (typeof MILESTONE_GROUPS)[number];

const MILESTONE_GROUP_LABELS: Readonly<Record<MilestoneGroup, Details>> = {
  development: {
    labels: [
      'Development Milestones',
      // One payment per line, each under its own label ("**Development Milestone:** USD 20M on ...").
      'Development Milestone',
      'Development Milestone Payments',
      'Clinical Milestones',
      'Clinical Development Milestones',
      'Development and Clinical Milestones',
      // A combined heading counts its payments once, under the first kind it names.
      'Development and Regulatory Milestones',
      'Development and Regulatory Milestone Payments',
      'Clinical and Regulatory Milestones',
    ],
    local: ['Development', 'Clinical'],
  },
  regulatory: {
    labels: ['Regulatory Milestones', 'Regulatory Milestone', 'Regulatory Milestone Payments', 'Approval Milestones', 'Regulatory Approval Milestones'],
    local: ['Regulatory', 'Approval'],
  },
  commercial: {
    labels: [
      'Commercial Milestones',
      'Commercial Milestone',
      'Sales Milestones',
      'Sales Milestone',
      'Sales-Based Milestones',
      'Net Sales Milestones',
      'Commercial Milestone Payments',
      'Sales Milestone Payments',
      'Sales-Based Milestone Payments',
      'Commercial and Sales Milestones',
    ],
    local: ['Commercial', 'Sales'],
  },
};

function milestoneGroups(): Record<string, Spec> {
  return Object.fromEntries(
    MILESTONE_GROUPS.map((group) => {
      const kind = group.charAt(0).toUpperCase() + group.slice(1);
      const reached = group === 'commercial' ? 'sales thresholds' : 'these events';
      const description = `${kind} milestones: payments due when the asset reaches ${reached}.`;
      return [group, list(description, milestoneItem(), { prose: 'milestone-list', ...MILESTONE_GROUP_LABELS[group] })];
    }),
  );
}

const FTO_SKELETON = { status: 'in-progress', by: TBD, date: TBD };

const MODEL: Spec = map('A licensing term sheet for a drug asset.', {
  termsheet: number('The version of the term-sheet format this file is written in (1).', { labels: ['Term Sheet Format', 'Termsheet Version'] }),
  title: text('The deal in one line: the asset, the kind of licence and the territory.', {
    labels: ['Title', 'Term Sheet Title', 'Transaction', 'Proposed Transaction', 'Project', 'Project Name', 'Deal', 'Subject'],
  }),
  // Read from a Markdown sheet's prose outside its clauses (opening words under the title, a clause written twice),
  // so that a blank written there is reported like one in a clause. No rule reads it as terms.
  other_text: textList('What the sheet writes outside its clauses: its opening words, remarks, a clause written a second time.', {
    labels: ['Notes', 'Remarks', 'Other Text'],
    prose: 'text',
  }),
  date: date('The date of this draft of the term sheet.', {
    labels: ['Date', 'Dated', 'Date of Term Sheet', 'Term Sheet Date', 'Effective Date of Term Sheet', 'As of'],
  }),
  status: oneOf(
    'status',
    'Where the negotiation stands. An agreed sheet may not keep any placeholder.',
    {
      draft: 'still being written',
      proposed: 'sent to the other side',
      agreed: 'accepted by both sides: placeholders left are errors',
    },
    { labels: ['Status', 'Document Status', 'Draft Status', 'Version Status', 'Stage of Negotiation'] },
  ),
  binding: manyOf(
    'provision',
    'The provisions that bind the parties now. A term sheet is otherwise non-binding, and these exceptions protect the licensor ' +
      'while the 9 to 12 months of a cross-border deal run: usually confidentiality, exclusivity and governing law.',
    {},
    {
      labels: [
        'Binding Provisions',
        'Binding Terms',
        'Binding Effect',
        'Binding Nature',
        'Non-Binding Nature',
        'Non-Binding Effect',
        'Non-Binding Term Sheet',
        'Legal Effect',
        'Effect of Term Sheet',
        'Nature of this Term Sheet',
        'Binding and Non-Binding Provisions',
      ],
    },
  ),

  parties: map(
    'Who licenses the asset to whom.',
    {
      licensor: party('Licensor', 'The party granting the licence: it owns the asset and its patents.', {
        party: ['Licensor', 'Licensor Party', 'Licensing Party', 'University', 'Institution', 'Owner', 'Patent Owner', 'Company (Licensor)'],
        // The licensor's entities are the ones a cross-border deal's tax structure turns on, so the plain labels name them.
        signingEntity: {
          labels: ['Licensor Signing Entity', 'Signing Entity', 'Contracting Entity', 'Licensor Contracting Entity', 'Signatory Entity'],
          local: ['Signatory'],
        },
        payeeEntity: {
          labels: ['Payee Entity', 'Licensor Payee Entity', 'Payee', 'Payment Recipient', 'Receiving Entity', 'Entity Receiving Payments', 'Payments To'],
          local: ['Paid To'],
        },
      }),
      licensee: party('Licensee', 'The party taking the licence: it develops and sells the asset in the territory.', {
        party: ['Licensee', 'Licensee Party', 'Company', 'Partner', 'Commercial Partner', 'Licensee Company'],
        type: { labels: ['Licensee Type', 'Type of Licensee', 'Licensee Profile', 'Counterparty Type'], local: ['Type', 'Profile', 'Company Type'] },
      }),
    },
    {
      labels: ['Parties', 'Parties to the Agreement', 'Contracting Parties'],
      skeleton: { licensor: { name: TBD, country: TBD }, licensee: { name: TBD, country: TBD } },
    },
  ),

  asset: map(
    'The drug asset licensed: what it is, how far it has come, and why a buyer should want it.',
    {
      name: text("The asset's name or code (ZA-101).", {
        labels: ['Asset Name', 'Product Name', 'Compound Name', 'Drug Candidate', 'Code Name'],
        local: ['Name', 'Code'],
      }),
      modality: text('The kind of molecule: ADC, bispecific, small molecule, cell therapy, ...', {
        labels: ['Modality', 'Drug Modality', 'Molecule Type', 'Therapeutic Modality'],
        local: ['Type', 'Format'],
      }),
      target: text('The biological target (TROP2, CLDN18.2).', { labels: ['Target', 'Molecular Target', 'Biological Target', 'Mechanism of Action', 'MoA'] }),
      indications: textList('The diseases the asset is developed for.', {
        labels: ['Indications', 'Indication', 'Lead Indication', 'Target Indications', 'Disease Area', 'Therapeutic Area'],
      }),
      stage: oneOf(
        'stage',
        'How far development has come. European, Japanese and Korean buyers mostly in-license after Phase 2 proof of concept; ' +
          'US buyers, with their incubators, take preclinical assets.',
        {
          pcc: 'preclinical candidate nominated',
          'ind-enabling': 'IND-enabling studies under way',
          filed: 'marketing application filed',
        },
        { labels: ['Stage', 'Development Stage', 'Stage of Development', 'Current Stage', 'Clinical Stage', 'Development Status', 'Phase'] },
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
        { labels: ['Classification', 'Asset Classification', 'Competitive Positioning', 'Positioning', 'Class', 'Differentiation Claim', 'Category'] },
      ),
      benchmark: map(
        'The product the asset is compared with, and the evidence for the comparison.',
        {
          product: text('The competing product the asset is measured against.', {
            labels: ['Benchmark Product', 'Comparator Product', 'Standard of Care Comparator', 'Benchmark Product Name'],
            local: ['Product', 'Comparator', 'Name'],
          }),
          evidence: manyOf(
            'evidence',
            'What supports the comparison. Claiming best-in-class takes head-to-head animal or clinical data.',
            {
              'head-to-head-animal': 'the two compared in the same animal study',
              'head-to-head-clinical': 'the two compared in the same clinical trial',
              'cross-trial-clinical': 'results compared across separate trials',
              none: 'no comparative data',
            },
            { labels: ['Comparative Evidence', 'Benchmark Evidence', 'Head-to-Head Data', 'Supporting Evidence'], local: ['Evidence', 'Data'] },
          ),
        },
        { labels: ['Benchmark', 'Comparator', 'Competitive Benchmark', 'Benchmarking'] },
      ),
      differentiation: map(
        'The five dimensions buyers judge a high-quality asset by: new, fast, good, more and comprehensive.',
        {
          novelty: text('"New": a new target, mechanism or platform. It draws attention, though buyers take longer to understand it.', {
            labels: ['Novelty', 'New', 'Novel Mechanism', 'Innovation'],
            caption: 'New: a novel target, mechanism or platform',
          }),
          speed: text('"Fast": the position in the race and the time to market; a fast follower can overtake the leaders.', {
            labels: ['Speed', 'Fast', 'Speed to Market', 'Competitive Timing', 'Race Position'],
            caption: 'Fast: position in the race to the clinic and the market',
          }),
          quality: text('"Good": better efficacy or safety data than the benchmark, in animals or in patients.', {
            labels: ['Quality', 'Good', 'Data Quality', 'Efficacy and Safety'],
            caption: 'Good: better data than the benchmark',
          }),
          volume: text('"More": the breadth of clinical data already generated, which also sells in emerging markets.', {
            labels: ['Volume', 'More', 'Data Volume', 'Breadth of Data', 'Clinical Experience'],
            caption: 'More: breadth of clinical data',
          }),
          global: text('"Comprehensive": multi-ethnic data, trial sites outside China, feedback from the FDA or another regulator.', {
            labels: ['Global', 'Comprehensive', 'Global Data', 'Global Readiness', 'Global Development'],
            caption: 'Comprehensive: multi-ethnic data, sites outside China, FDA feedback',
          }),
        },
        { labels: ['Differentiation', 'Differentiation Profile', 'Key Differentiators', 'Asset Quality', 'Five Dimensions'] },
      ),
      data: map(
        'The data package a buyer will diligence.',
        {
          populations: manyOf(
            'population',
            'The ethnic populations in the data. Asian-only data leave a global buyer to generate the rest.',
            {},
            { labels: ['Populations', 'Patient Populations', 'Ethnicities', 'Study Populations'] },
          ),
          trial_countries: territory('Where the trials ran (ISO codes or regions). MNCs distrust data generated in China alone.', {
            labels: ['Trial Countries', 'Trial Sites', 'Countries of Trials', 'Clinical Sites', 'Study Countries'],
            // Prose names trial sites by country and agency ("FDA"), not by licensed region with exclusions.
            prose: 'jurisdictions',
          }),
          regulator_interactions: textList('Meetings with and feedback from regulators (FDA pre-IND meeting). FDA feedback lets a buyer decide faster.', {
            labels: ['Regulator Interactions', 'Regulatory Interactions', 'Regulatory Meetings', 'Agency Interactions', 'Regulatory Feedback'],
          }),
          standards: textList('The standards the data comply with (GLP, GCP). A non-compliant package makes the buyer fund more data.', {
            labels: ['Standards', 'Data Standards', 'Compliance', 'GLP/GCP Compliance', 'Quality Standards'],
          }),
          pivotal_ready: boolean('Whether the data meet FDA / EMA submission requirements.', {
            labels: ['Pivotal Ready', 'Submission Ready', 'Meets FDA/EMA Requirements', 'Registrational Quality'],
          }),
          trials: list(
            'The clinical trials run so far.',
            {
              phase: number("The trial's phase (1, 2, 3).", { labels: [], local: ['Phase', 'Trial Phase'] }),
              enrolled: number('Patients enrolled. A Phase 2 with too few patients is not a real Phase 2 to a buyer.', {
                labels: [],
                local: ['Enrolled', 'Patients', 'Enrollment', 'N', 'Subjects', 'Sample Size'],
              }),
              control: oneOf(
                'control',
                'The control arm. Buyers expect a current, widely used control.',
                {
                  'standard-of-care': 'the treatment patients get today',
                  active: 'another active drug',
                  none: 'no control arm: buyers discount the trial',
                  historical: 'past patients, not a concurrent arm: buyers discount the trial',
                },
                { labels: [], local: ['Control', 'Control Arm', 'Comparator'] },
              ),
              design: oneOf(
                'design',
                'How the trial is designed. It must be prospective to count as a real trial.',
                {
                  'single-arm': 'every patient gets the asset',
                  retrospective: 'data looked at after the fact: not accepted as a real trial',
                },
                { labels: [], local: ['Design', 'Study Design', 'Trial Design'] },
              ),
            },
            { labels: ['Trials', 'Clinical Trials', 'Studies', 'Clinical Studies', 'Trial Summary'], prose: 'trials' },
          ),
        },
        { labels: ['Data Package', 'Clinical Data', 'Data', 'Data Summary', 'Available Data', 'Clinical Data Package'] },
      ),
    },
    {
      labels: [
        'Asset',
        'Licensed Product',
        'Licensed Products',
        'Product',
        'Compound',
        'Licensed Compound',
        'Program',
        'Licensed Asset',
        'Technology',
        'Licensed Technology',
        'Invention',
        'Product Candidate',
        // What a university licence grants rights in: its disclosures and the invention they describe.
        'Licensed Subject Matter',
        'Subject Matter',
      ],
      skeleton: { name: TBD, stage: TBD },
    },
  ),

  license: map(
    'The rights granted: how exclusive, where, for what, and who controls development there.',
    {
      scope: oneOf(
        'scope',
        'How exclusive the licence is.',
        {
          exclusive: 'only the licensee may exploit the asset in the territory, not even the licensor',
          'co-exclusive': 'the licensee and one other party, often the licensor',
          'non-exclusive': 'the licensor may license others in the same territory',
          option: 'a right to take the licence later, on terms set now',
        },
        {
          labels: [
            'License Grant',
            'Grant of License',
            'Grant of Rights',
            'Scope of License',
            'Nature of License',
            'Type of License',
            'License Type',
            'Exclusivity of License',
            'Exclusivity of the License',
            'License Scope',
            'Licensed Rights',
          ],
          local: ['Scope', 'Type', 'Exclusivity'],
        },
      ),
      territory: territory(
        'Where the licence applies: ISO country codes and regions (worldwide, ex-china, greater-china, asean, middle-east, eu, ...), ' +
          'with exclusions (-CN). Most licences are regional, which is when control of local trials and data sharing matter.',
        {
          labels: [
            'Territory',
            'Licensed Territory',
            'License Territory',
            'Geographic Scope',
            'Geography',
            'Region',
            'Licensed Region',
            'Territories',
            'Countries',
          ],
          skeleton: TBD,
        },
      ),
      field: text('The uses licensed (all human therapeutic uses).', {
        labels: ['Field', 'Field of Use', 'Licensed Field', 'Field of Use and Indications', 'Fields of Use', 'Scope of Use', 'Permitted Field'],
        skeleton: TBD,
      }),
      sublicensing: oneOf(
        'sublicensing',
        "Whether the licensee may sublicense. In a regional licence, the licensor's consent keeps control of who develops its product.",
        {
          free: 'the licensee sublicenses to whom it likes',
          'with-consent': "only with the licensor's consent",
          none: 'no sublicensing',
        },
        { labels: ['Sublicensing', 'Sublicenses', 'Right to Sublicense', 'Sublicense Rights', 'Sublicensing Rights'] },
      ),
      regulatory: map(
        'Who controls clinical development and registration in the territory.',
        {
          registration_holder: oneOf(
            'party',
            'Who holds the marketing authorisations in the territory.',
            {},
            {
              labels: [
                'Registration Holder',
                'Marketing Authorization Holder',
                'MAH',
                'Holder of Regulatory Approvals',
                'Regulatory Filings Holder',
                'Ownership of Regulatory Filings',
              ],
            },
          ),
          clinical_plan_approval: oneOf(
            'approval',
            "Who approves the local clinical plan. A regional partner's poorly designed local trial weakens the asset's global plan; " +
              'licensor consent or JSC review prevents it.',
            {
              'licensor-consent': 'the licensor must consent to the local plan',
              jsc: 'the joint steering committee reviews it',
              'licensee-alone': 'the licensee decides alone',
            },
            {
              labels: [
                'Clinical Plan Approval',
                'Clinical Development Plan',
                'Development Plan',
                'Local Clinical Plans',
                'Clinical and Regulatory Strategy',
                'Local Trial Design',
                'Development Plan Approval',
                'Clinical Development Plan Approval',
                'Regulatory Strategy',
              ],
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
            {
              labels: ['Data Sharing', 'Data Exchange', 'Cross-Reference Rights', 'Right of Reference', 'Right to Reference', 'Access to Data', 'Data Access'],
            },
          ),
        },
        { labels: ['Regulatory', 'Regulatory Matters', 'Regulatory Responsibilities', 'Development and Regulatory', 'Regulatory and Clinical Development'] },
      ),
      governance: map(
        'How the parties run the collaboration.',
        {
          jsc: boolean('Whether a joint steering committee oversees development.', {
            labels: ['JSC', 'Joint Steering Committee', 'Joint Development Committee', 'JDC', 'Steering Committee', 'Joint Committee'],
          }),
        },
        { labels: ['Governance', 'Alliance Management'] },
      ),
    },
    { labels: ['License', 'License Terms', 'License Rights', 'Rights Granted', 'Grant', 'Scope of Rights'] },
  ),

  financials: map(
    'What the licensee pays: upfront, milestones and royalties.',
    {
      currency: text('The currency of the amounts (ISO code: USD, EUR, CNY).', { labels: ['Currency', 'Payment Currency', 'Currency of Payments'] }),
      upfront: money('Paid on signing: the cash the licensor actually gets. In H1 2023 China out-licensing it was USD 1.1B of USD 13.1B in deal value.', {
        labels: [
          'Upfront',
          'Upfront Payment',
          'Upfront Fee',
          'Signing Fee',
          'Signing Payment',
          'License Issue Fee',
          'License Fee',
          'Initial Payment',
          'Initial License Fee',
          'Execution Fee',
          'Initial Fee',
          'Upfront License Fee',
          'Entry Fee',
          'Access Fee',
          'Upfront Cash',
        ],
      }),
      upfront_refundable: boolean('Whether the upfront can be clawed back. It should not be: a refundable upfront is not really paid.', {
        labels: ['Upfront Refundable', 'Refundability', 'Refundable', 'Refundable Upfront', 'Refundable or Creditable'],
      }),
      upfront_creditable: boolean('Whether the upfront is credited against later payments, which lowers what it is worth.', {
        labels: ['Upfront Creditable', 'Creditable', 'Creditability', 'Creditable Against Royalties'],
      }),
      milestones: map('Payments due when the asset reaches events, grouped by kind or listed flat as {event, amount}.', milestoneGroups(), {
        itemFields: milestoneItem({
          event: { labels: [], local: ['Event', 'Milestone', 'Milestone Event', 'Trigger', 'Description'] },
          amount: { labels: [], local: ['Amount', 'Payment', 'Milestone Payment', 'Fee', 'Amount (USD)', 'Value'] },
        }),
        labels: [
          'Milestones',
          'Milestone Payments',
          'Milestone Fees',
          'Milestone Schedule',
          'Contingent Payments',
          'Success Payments',
          'Event Payments',
          'Milestone Events',
          'Near-Term Milestones',
          'Near-Term Payments',
          'Contingent Near-Term Payments',
        ],
        prose: 'milestones',
      }),
      total_deal_value: money('The headline value: the upfront plus every milestone, and it must equal their sum.', {
        labels: [
          'Total Deal Value',
          'Total Deal Size',
          'Deal Value',
          'Total Value',
          'Aggregate Deal Value',
          'Total Potential Value',
          'Total Consideration',
          'Headline Value',
          'Total Transaction Value',
          'Aggregate Value',
          'Total Potential Payments',
          'Total',
        ],
      }),
      royalties: list(
        'Royalty tiers on annual net sales, thresholds increasing.',
        {
          up_to: money("The tier's rate applies to annual net sales up to this amount."),
          above: money("The tier's rate applies to annual net sales above this amount."),
          rate: percent('The royalty rate of the tier.'),
        },
        {
          labels: [
            'Royalties',
            'Royalty',
            'Royalty Rate',
            'Royalty Rates',
            'Running Royalty',
            'Running Royalties',
            'Earned Royalties',
            'Earned Royalty',
            'Tiered Royalties',
            'Royalty Tiers',
            'Royalties on Net Sales',
            'Royalty Payments',
          ],
          prose: 'royalties',
          // The usual two tiers, so the rising thresholds show how tiers are written.
          skeleton: [
            { up_to: TBD, rate: TBD },
            { above: TBD, rate: TBD },
          ],
        },
      ),
      equity: money('Any equity investment the licensee makes in the licensor, or none.', {
        labels: ['Equity', 'Equity Investment', 'Equity Consideration', 'Equity Participation', 'Shares'],
      }),
      annual_fee: money('A fee the licensee pays every year to keep the licence, as university licences ask; usually creditable against royalties.', {
        labels: ['Annual Fee', 'Annual License Fee', 'Annual Maintenance Fee', 'License Maintenance Fee', 'Annual License Maintenance Fee', 'Maintenance Fee'],
      }),
      minimum_royalty: money('The least the licensee pays in royalties each year once the product is sold, whatever its sales.', {
        labels: ['Minimum Annual Royalty', 'Minimum Royalty', 'Minimum Royalties', 'Annual Minimum Royalty'],
      }),
      sublicense_income: percent("The licensor's share of what the licensee earns from its sublicensees, beyond royalties.", {
        labels: [
          'Sublicense Income',
          'Sublicense Income Sharing',
          'Sublicensing Revenue',
          'Share of Sublicense Income',
          'Non-Royalty Sublicense Income',
          'Sublicense Fees',
        ],
      }),
      // A collaboration's heads of terms fund research and price an option before any licence fee: the money clauses
      // such a sheet has, under names of their own.
      research_funding: money("What the licensee pays towards the licensor's research or the project's budget.", {
        labels: ['Research Funding', 'Funding', 'Project Funding', 'Sponsored Research Funding', 'Research Support', 'Research Budget'],
      }),
      option_fee: money('What the licensee pays for an option on the licence: to hold it, or to exercise it.', {
        labels: ['Option Fee', 'Option Exercise Fee', 'Exercise Fee', 'Option Payment', 'Option Exercise Payment'],
      }),
      patent_costs: text('Whether and how the licensee reimburses the patent costs the licensor has paid and will pay.', {
        labels: ['Patent Costs', 'Patent Cost Reimbursement', 'Patent Expenses', 'Reimbursement of Patent Costs', 'Past Patent Costs'],
      }),
    },
    {
      labels: [
        'Financials',
        'Financial Terms',
        'Economic Terms',
        'Economics',
        'Consideration',
        'Financial Consideration',
        'Payments',
        'Payment Terms',
        'Financial Provisions',
        'Deal Economics',
        'Compensation',
        'License Fees and Royalties',
      ],
      skeleton: { currency: 'USD', upfront: TBD, total_deal_value: TBD },
    },
  ),

  ip: map(
    'The patents licensed and the freedom-to-operate position.',
    {
      patents: list(
        'The patent families licensed.',
        {
          family: text('The family: its publication number and what it claims (composition of matter, dosing regimen).', {
            labels: [],
            local: [
              'Family',
              'Patent Family',
              'Patent',
              'Publication',
              'Application',
              'Patent Application',
              'Patent or Application',
              'Publication Number',
              'Patent Number',
            ],
          }),
          jurisdictions: jurisdictions(
            'Where the family is filed or granted: ISO codes and regional offices (EP). Every country of the territory needs cover, ' +
              'India above all: Western buyers hesitate to buy an asset that can be copied there.',
            { labels: ['Patent Jurisdictions', 'Filed In', 'Patent Countries'], local: ['Jurisdictions', 'Countries', 'Coverage', 'Filed', 'Territory'] },
          ),
          expiry: date('When the family expires (a year or a date).', {
            labels: ['Patent Expiry'],
            local: ['Expiry', 'Expiration', 'Expires', 'Expiry Date', 'Term'],
          }),
        },
        {
          labels: [
            'Patents',
            'Licensed Patents',
            'Patent Rights',
            'Patent Estate',
            'Patent Families',
            'Patent Portfolio',
            'Licensed Patent Rights',
            'Patent Coverage',
            'Patent Applications',
            // Templates name the patents by their owner. ("Patent Rights and Field of Use" names two clauses: the
            // Markdown reader gives each the value.)
            'University Patents',
            'Institute Patents',
            'Institution Patents',
            'Licensor Patents',
            'Licensor Patent Rights',
            'Subject Patents',
          ],
          prose: 'patents',
        },
      ),
      fto: map(
        "The freedom-to-operate analysis: whether the product infringes others' patents. Buyers paying non-refundable upfronts demand one.",
        {
          status: oneOf('fto', 'How far the analysis has come.', {}, { labels: ['FTO Status'], local: ['Status'] }),
          by: text('Who carried it out (outside patent counsel).', {
            labels: ['FTO By', 'FTO Counsel'],
            local: ['By', 'Counsel', 'Conducted By', 'Performed By'],
          }),
          date: date('When it was completed.', { labels: ['FTO Date'], local: ['Date', 'Completed', 'Completion Date'] }),
        },
        {
          labels: [
            'FTO',
            'Freedom to Operate',
            'Freedom-to-Operate Analysis',
            'FTO Analysis',
            'FTO Opinion',
            'Freedom to Operate Opinion',
            'Third-Party IP',
            'Third Party Rights',
          ],
          // Prose states an analysis in a sentence ("No FTO analysis has been performed"), read as a statement.
          prose: 'text',
          skeleton: FTO_SKELETON,
        },
      ),
      prosecution: oneOf(
        'party',
        'Who files, prosecutes and maintains the patents.',
        {},
        {
          labels: [
            'Prosecution',
            'Patent Prosecution',
            'Patent Prosecution and Maintenance',
            'Prosecution and Maintenance',
            'Patent Maintenance',
            'Patent Enforcement',
            'Prosecution and Enforcement',
          ],
        },
      ),
    },
    {
      labels: ['IP', 'Intellectual Property', 'Intellectual Property Rights', 'IP Rights', 'IPR', 'Patent Matters', 'IP and Patents'],
      skeleton: { patents: [{ family: TBD, jurisdictions: [TBD] }], fto: FTO_SKELETON },
    },
  ),

  non_compete: map(
    'What the licensee may not do in competition with the licensed product. Necessary and hard to draw: name the scope, the duration and the remedy.',
    {
      scope: text('The competing activities barred: name the target, indication, modality or product.', {
        labels: ['Non-Compete Scope', 'Competing Product'],
        local: ['Scope', 'Restricted Products', 'Restricted Activities', 'Competing Products'],
      }),
      duration: text('How long the restriction lasts (term of the agreement, or a period).', {
        labels: ['Non-Compete Duration', 'Non-Compete Period', 'Non-Compete Term'],
        local: ['Duration', 'Term', 'Period'],
      }),
      territory: text('Where the restriction applies.', { labels: ['Non-Compete Territory'], local: ['Territory', 'Geographic Scope'] }),
      remedy: text('What happens on breach: the licensor may terminate and reclaim the product.', {
        labels: ['Non-Compete Remedy', 'Remedy for Breach of Non-Compete'],
        local: ['Remedy', 'Remedies', 'Consequences of Breach', 'Breach', 'Consequence of Breach'],
      }),
    },
    {
      labels: [
        'Non-Compete',
        'Non-Competition',
        'Exclusivity of Efforts',
        'Restrictive Covenants',
        'Competing Products',
        'Covenant Not to Compete',
        'Non-Competition Covenant',
        'Exclusive Efforts',
      ],
      // A non-compete is mostly one paragraph of prose; its parts, when labeled, are read as such.
      prose: 'text',
      skeleton: { scope: TBD, duration: 'term of the agreement', territory: 'licensed territory', remedy: 'licensor may terminate and reclaim the product' },
    },
  ),

  termination: map(
    'How the licence can end and what happens then. 10 of the 149 China out-licensing deals of 2018-2023 were handed back.',
    {
      for_convenience: map(
        'Ending the licence without cause.',
        { notice_days: number('Days of notice required.') },
        {
          labels: ['Termination for Convenience', 'Termination at Will', 'Convenience Termination', 'Termination without Cause'],
          local: ['For Convenience', 'Convenience', 'Without Cause', 'Notice Period'],
          prose: 'days',
        },
      ),
      for_breach: map(
        'Ending the licence for material breach.',
        { cure_days: number('Days the party in breach has to cure it.') },
        {
          labels: ['Termination for Breach', 'Termination for Cause', 'Material Breach', 'Breach'],
          local: ['For Breach', 'For Cause', 'Cure Period'],
          prose: 'days',
        },
      ),
      for_diligence_failure: boolean('Whether the licensor may terminate when the licensee does not develop the asset diligently.', {
        labels: ['Termination for Diligence Failure', 'Diligence Failure', 'Failure of Diligence', 'Termination for Lack of Diligence'],
        local: ['For Diligence Failure', 'Diligence'],
      }),
      reversion: map(
        'What the licensor gets back on termination: the rights, the data and the filings, so it can license again without redoing years of work.',
        {
          rights: text('The rights that revert to the licensor.', { labels: [], local: ['Rights', 'Licensed Rights', 'Scope'] }),
          data_transfer: boolean('Whether the licensee hands over the data it generated.', { labels: ['Data Transfer', 'Transfer of Data'], local: ['Data'] }),
          regulatory_filings_transfer: boolean('Whether the licensee transfers its regulatory filings and approvals.', {
            labels: ['Regulatory Filings Transfer', 'Transfer of Regulatory Filings', 'Transfer of Marketing Authorizations'],
            local: ['Regulatory Filings', 'Filings'],
          }),
          transition_assistance: duration('How long the licensee helps with the handover (6 months).', {
            labels: ['Transition Assistance', 'Transition Services', 'Transition Period'],
            local: ['Transition'],
          }),
        },
        {
          labels: [
            'Reversion',
            'Reversion of Rights',
            'Effect of Termination',
            'Consequences of Termination',
            'Return of Rights',
            'Rights on Termination',
            'Post-Termination Rights',
            'Reverted Rights',
            'Termination Consequences',
          ],
          prose: 'reversion',
        },
      ),
    },
    {
      labels: ['Termination', 'Term and Termination', 'Termination Rights', 'Termination Provisions', 'Duration and Termination'],
      // Termination is often one paragraph of prose; its parts, when labeled, are read as such.
      prose: 'text',
      skeleton: {
        for_convenience: { notice_days: TBD },
        for_breach: { cure_days: TBD },
        reversion: {
          rights: 'all licensed rights revert to licensor',
          data_transfer: true,
          regulatory_filings_transfer: true,
          transition_assistance: TBD,
        },
      },
    },
  ),

  timeline: map(
    'When talks began and when signing is planned. A cross-border deal takes 9 months (median), lately 12.',
    {
      first_contact: date('When the parties first talked about this deal.', {
        labels: ['First Contact', 'Initial Contact', 'Discussions Began', 'First Meeting'],
      }),
      target_signing: date('When the definitive agreement is to be signed.', {
        labels: [
          'Target Signing',
          'Target Signing Date',
          'Signing Date',
          'Target Closing',
          'Expected Signing',
          'Anticipated Signing',
          'Definitive Agreement Target Date',
        ],
      }),
    },
    { labels: ['Timeline', 'Timetable', 'Process', 'Key Dates', 'Indicative Timeline', 'Deal Timeline'] },
  ),

  advisors: map(
    "The deal's advisors: a tax advisor and a lawyer are indispensable.",
    {
      tax: text('The tax advisor: which entity signs, which is paid, and the listing structure.', {
        labels: ['Tax Advisor', 'Tax Counsel', 'Tax Advice'],
        local: ['Tax'],
      }),
      legal: text('Legal counsel.', { labels: ['Legal Counsel', 'Legal Advisor', 'Counsel', 'Law Firm', 'Outside Counsel'], local: ['Legal'] }),
      financial: text('The financial advisor (FA).', {
        labels: ['Financial Advisor', 'Investment Bank', 'Banker', 'Financial Advisers'],
        local: ['Financial', 'FA'],
      }),
    },
    { labels: ['Advisors', 'Professional Advisors', 'Deal Team', 'Counsel and Advisors'] },
  ),

  governing_law: text('The law that governs the agreement (Hong Kong, New York, England).', {
    labels: ['Governing Law', 'Applicable Law', 'Choice of Law', 'Law', 'Governing Law and Jurisdiction', 'Jurisdiction and Governing Law'],
    skeleton: TBD,
  }),
  dispute_resolution: text('How disputes are settled (HKIAC arbitration).', {
    labels: ['Dispute Resolution', 'Disputes', 'Arbitration', 'Jurisdiction', 'Forum', 'Settlement of Disputes'],
  }),
  confidentiality: text('How what is shared during the talks is kept confidential; usually binding.', {
    labels: ['Confidentiality', 'Confidential Information', 'Confidentiality Obligations', 'Non-Disclosure', 'Confidentiality and Publicity', 'CDA', 'NDA'],
    skeleton: TBD,
  }),
  exclusivity: map(
    'A no-shop period in which the licensor negotiates with no one else.',
    {
      no_shop_days: number('Length of the no-shop period, in days.', {
        labels: ['No-Shop Period'],
        local: ['Period', 'Duration', 'No-Shop Days'],
        prose: 'days',
      }),
    },
    { labels: ['Exclusivity', 'Exclusive Negotiation', 'Exclusive Negotiations', 'No-Shop', 'Exclusivity Period', 'Standstill', 'Exclusive Dealing'] },
  ),
  diligence: text('What the licensee undertakes to do to develop and sell the asset (commercially reasonable efforts, diligence milestones).', {
    labels: [
      'Diligence',
      'Diligence Obligations',
      'Development Diligence',
      'Commercially Reasonable Efforts',
      'Diligence Milestones',
      'Development Obligations',
    ],
  }),
  publications: text('What the licensor may still publish or use for research, as universities reserve.', {
    labels: ['Publications', 'Publication Rights', 'Academic Publication', 'Academic Freedom', 'Research Use Reservation', 'Reserved Rights'],
  }),
  indemnification: text('Who answers for claims arising from the product, and the insurance that backs it.', {
    labels: ['Indemnification', 'Indemnity', 'Insurance', 'Indemnification and Insurance', 'Liability'],
  }),
  representations: text('What each party warrants (the licensor: that it owns the patents and may license them), and what it disclaims.', {
    labels: ['Representations and Warranties', 'Warranties', 'Representations', 'Disclaimer'],
  }),
  costs: text('Who bears the costs of negotiating the deal; usually each party its own, and often binding.', {
    labels: ['Costs', 'Expenses', 'Costs and Expenses', 'Fees and Expenses'],
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
  other_text: ['Proposed by the licensor for discussion only'],
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
  // What a university licence adds: the fees and the reserved rights.
  'financials.annual_fee': 'USD 50K',
  'financials.research_funding': 'USD 500K',
  'financials.option_fee': 'USD 1M',
  'financials.minimum_royalty': 'USD 500K',
  'financials.sublicense_income': '20%',
  'financials.patent_costs': 'licensee reimburses past patent costs',
  diligence: 'commercially reasonable efforts to develop the asset in the territory',
  publications: 'licensor may publish after a 60-day review',
  indemnification: 'licensee indemnifies licensor for its development and sales',
  representations: 'licensor warrants that it owns the licensed patents',
  costs: 'each party bears its own',
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
  const field: SchemaField = { key, path, kind: spec.kind, description: spec.description, prose: proseOf(spec, path) };
  if (spec.values) field.values = spec.values;
  if (spec.vocabulary) field.vocabulary = spec.vocabulary;
  if (spec.labels) field.labels = spec.labels;
  if (spec.local) field.local = spec.local;
  if (spec.skeleton !== undefined) field.skeleton = spec.skeleton;
  if (spec.caption) field.caption = spec.caption;
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
const ALL_FIELDS: SchemaField[] = [];
/** Parent path (`ip.patents[]` for an item) → the fields a map there may have. */
const FIELDS_AT = new Map<string, readonly SchemaField[]>();
(function index(field: SchemaField) {
  BY_PATH.set(field.path, field);
  ALL_FIELDS.push(field);
  if (field.fields) FIELDS_AT.set(field.path, field.fields);
  if (field.itemFields) FIELDS_AT.set(`${field.path}[]`, field.itemFields);
  for (const child of [...(field.fields ?? []), ...(field.itemFields ?? [])]) index(child);
})(TERM_SHEET_SCHEMA);
/** Each field's parts by key, and its list items' parts by key: a walk beside the schema steps down by key. */
const PARTS_BY_KEY = new Map<SchemaField, ReadonlyMap<string, SchemaField>>();
const ITEM_PARTS_BY_KEY = new Map<SchemaField, ReadonlyMap<string, SchemaField>>();
for (const field of ALL_FIELDS) {
  if (field.fields) PARTS_BY_KEY.set(field, new Map(field.fields.map((part) => [part.key, part])));
  if (field.itemFields) ITEM_PARTS_BY_KEY.set(field, new Map(field.itemFields.map((part) => [part.key, part])));
}
/** Parent path → the keys of its fields: unknown-key asks for them at every map of a sheet. */
const KEYS_AT = new Map([...FIELDS_AT].map(([path, fields]) => [path, fields.map((field) => field.key)] as const));

/**
 * A model path in the schema's spelling: list positions become `[]` (`ip.patents[0].family` →
 * `ip.patents[].family`). A path in the schema's spelling is its own.
 */
export function schemaPath(path: string): string {
  // A path with no digit has no list position to rewrite (most paths asked for).
  if (!/\d/.test(path)) return path;
  return path.replace(/\[\d+\]/g, '[]');
}

/** Every field of the model, the sheet itself first, each clause before its parts (and a list before its items' fields). */
export function schemaFields(): readonly SchemaField[] {
  return ALL_FIELDS;
}

/** What a fix inserts for the clause at `path` (its schema skeleton), or undefined where the schema gives none. */
export function skeletonOf(path: string): unknown {
  return schemaField(path)?.skeleton;
}

/** The field at a model path, or undefined where the model says nothing. */
export function schemaField(path: string): SchemaField | undefined {
  return BY_PATH.get(schemaPath(path));
}

/** The fields a map at `parentPath` may have (`ip.patents[]` for a patent family), or undefined where the model says nothing. */
export function schemaFieldsAt(parentPath: string): readonly SchemaField[] | undefined {
  return FIELDS_AT.get(schemaPath(parentPath));
}

/**
 * The parts of a clause of clauses by key (`schemaFieldsAt(field.path)`), or with `items` those of each
 * of its list items (`schemaFieldsAt(`${field.path}[]`)`): a walk that keeps the schema beside the model
 * steps down by key, without writing paths. Undefined where a map there has no known keys.
 */
export function schemaPartsByKey(field: SchemaField, items = false): ReadonlyMap<string, SchemaField> | undefined {
  return (items ? ITEM_PARTS_BY_KEY : PARTS_BY_KEY).get(field);
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
 * A good value for the clause at `path` (`ip.patents[0]` or `ip.patents[]`): its own
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
