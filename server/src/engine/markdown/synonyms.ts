/**
 * The labels people give term-sheet clauses, mapped to the model's keys. A label is a heading, a
 * table's first cell or a `**Label:**` lead-in; it is compared case- and punctuation-insensitively,
 * with numbering ("3.", "3.1", "Section 3 –") stripped and British spellings folded ("Licence").
 *
 * `labels` match anywhere, the clause nearest the surrounding section winning ("Territory" under
 * "Non-Compete" is non_compete.territory, elsewhere license.territory). `local` labels are generic
 * words ("Name", "Scope", "Remedy") that match only inside their parent clause.
 *
 * Sources of the wording: the spec's own names; university technology-transfer office licence term
 * sheets (license issue fee, annual maintenance fee, minimum annual royalty, sublicense income,
 * patent cost reimbursement, diligence milestones); biotech–pharma licensing term sheets (upfront,
 * development / regulatory / sales milestones, tiered royalties, JSC, reversion, FTO).
 */

/** How the value of a clause is read from prose. */
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

export interface Synonym {
  path: string;
  kind: ValueKind;
  labels: readonly string[];
  local?: readonly string[];
}

export const SYNONYMS: readonly Synonym[] = [
  // ── The document ────────────────────────────────────────────────────────────────────────
  { path: 'termsheet', kind: 'number', labels: ['Term Sheet Format', 'Termsheet Version'] },
  { path: 'title', kind: 'text', labels: ['Title', 'Term Sheet Title', 'Transaction', 'Proposed Transaction', 'Project', 'Project Name', 'Deal', 'Subject'] },
  { path: 'date', kind: 'date', labels: ['Date', 'Dated', 'Date of Term Sheet', 'Term Sheet Date', 'Effective Date of Term Sheet', 'As of'] },
  { path: 'status', kind: 'enum:status', labels: ['Status', 'Document Status', 'Draft Status', 'Version Status', 'Stage of Negotiation'] },
  {
    path: 'binding',
    kind: 'enum-list:provision',
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

  // ── Parties ─────────────────────────────────────────────────────────────────────────────
  { path: 'parties', kind: 'section', labels: ['Parties', 'Parties to the Agreement', 'Contracting Parties'] },
  {
    path: 'parties.licensor',
    kind: 'party',
    labels: ['Licensor', 'Licensor Party', 'Licensing Party', 'University', 'Institution', 'Owner', 'Patent Owner', 'Company (Licensor)'],
  },
  { path: 'parties.licensor.name', kind: 'text', labels: ['Licensor Name', 'Name of Licensor'], local: ['Name', 'Legal Name', 'Company', 'Entity'] },
  {
    path: 'parties.licensor.country',
    kind: 'country',
    labels: ['Licensor Country', 'Licensor Jurisdiction', 'Licensor Domicile'],
    local: ['Country', 'Jurisdiction of Incorporation', 'Domicile', 'Incorporated in', 'Country of Incorporation', 'Headquarters'],
  },
  {
    path: 'parties.licensor.signing_entity',
    kind: 'text',
    labels: ['Licensor Signing Entity', 'Signing Entity', 'Contracting Entity', 'Licensor Contracting Entity', 'Signatory Entity'],
    local: ['Signatory'],
  },
  {
    path: 'parties.licensor.payee_entity',
    kind: 'text',
    labels: ['Payee Entity', 'Licensor Payee Entity', 'Payee', 'Payment Recipient', 'Receiving Entity', 'Entity Receiving Payments', 'Payments To'],
    local: ['Paid To'],
  },
  {
    path: 'parties.licensee',
    kind: 'party',
    labels: ['Licensee', 'Licensee Party', 'Company', 'Partner', 'Commercial Partner', 'Licensee Company'],
  },
  { path: 'parties.licensee.name', kind: 'text', labels: ['Licensee Name', 'Name of Licensee'], local: ['Name', 'Legal Name', 'Company', 'Entity'] },
  {
    path: 'parties.licensee.country',
    kind: 'country',
    labels: ['Licensee Country', 'Licensee Jurisdiction', 'Licensee Domicile'],
    local: ['Country', 'Jurisdiction of Incorporation', 'Domicile', 'Incorporated in', 'Country of Incorporation', 'Headquarters'],
  },
  {
    path: 'parties.licensee.type',
    kind: 'enum:licensee-type',
    labels: ['Licensee Type', 'Type of Licensee', 'Licensee Profile', 'Counterparty Type'],
    local: ['Type', 'Profile', 'Company Type'],
  },

  // ── The asset ───────────────────────────────────────────────────────────────────────────
  {
    path: 'asset',
    kind: 'section',
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
    ],
  },
  { path: 'asset.name', kind: 'text', labels: ['Asset Name', 'Product Name', 'Compound Name', 'Drug Candidate', 'Code Name'], local: ['Name', 'Code'] },
  { path: 'asset.modality', kind: 'text', labels: ['Modality', 'Drug Modality', 'Molecule Type', 'Therapeutic Modality'], local: ['Type', 'Format'] },
  { path: 'asset.target', kind: 'text', labels: ['Target', 'Molecular Target', 'Biological Target', 'Mechanism of Action', 'MoA'] },
  {
    path: 'asset.indications',
    kind: 'words',
    labels: ['Indications', 'Indication', 'Lead Indication', 'Target Indications', 'Disease Area', 'Therapeutic Area'],
  },
  {
    path: 'asset.stage',
    kind: 'enum:stage',
    labels: ['Stage', 'Development Stage', 'Stage of Development', 'Current Stage', 'Clinical Stage', 'Development Status', 'Phase'],
  },
  {
    path: 'asset.classification',
    kind: 'enum:classification',
    labels: ['Classification', 'Asset Classification', 'Competitive Positioning', 'Positioning', 'Class', 'Differentiation Claim', 'Category'],
  },
  { path: 'asset.benchmark', kind: 'section', labels: ['Benchmark', 'Comparator', 'Competitive Benchmark', 'Benchmarking'] },
  {
    path: 'asset.benchmark.product',
    kind: 'text',
    labels: ['Benchmark Product', 'Comparator Product', 'Standard of Care Comparator', 'Benchmark Product Name'],
    local: ['Product', 'Comparator', 'Name'],
  },
  {
    path: 'asset.benchmark.evidence',
    kind: 'enum-list:evidence',
    labels: ['Comparative Evidence', 'Benchmark Evidence', 'Head-to-Head Data', 'Supporting Evidence'],
    local: ['Evidence', 'Data'],
  },
  {
    path: 'asset.differentiation',
    kind: 'section',
    labels: ['Differentiation', 'Differentiation Profile', 'Key Differentiators', 'Asset Quality', 'Five Dimensions'],
  },
  { path: 'asset.differentiation.novelty', kind: 'text', labels: ['Novelty', 'New', 'Novel Mechanism', 'Innovation'] },
  { path: 'asset.differentiation.speed', kind: 'text', labels: ['Speed', 'Fast', 'Speed to Market', 'Competitive Timing', 'Race Position'] },
  { path: 'asset.differentiation.quality', kind: 'text', labels: ['Quality', 'Good', 'Data Quality', 'Efficacy and Safety'] },
  { path: 'asset.differentiation.volume', kind: 'text', labels: ['Volume', 'More', 'Data Volume', 'Breadth of Data', 'Clinical Experience'] },
  { path: 'asset.differentiation.global', kind: 'text', labels: ['Global', 'Comprehensive', 'Global Data', 'Global Readiness', 'Global Development'] },
  { path: 'asset.data', kind: 'section', labels: ['Data Package', 'Clinical Data', 'Data', 'Data Summary', 'Available Data', 'Clinical Data Package'] },
  { path: 'asset.data.populations', kind: 'enum-list:population', labels: ['Populations', 'Patient Populations', 'Ethnicities', 'Study Populations'] },
  {
    path: 'asset.data.trial_countries',
    kind: 'jurisdictions',
    labels: ['Trial Countries', 'Trial Sites', 'Countries of Trials', 'Clinical Sites', 'Study Countries'],
  },
  {
    path: 'asset.data.regulator_interactions',
    kind: 'words',
    labels: ['Regulator Interactions', 'Regulatory Interactions', 'Regulatory Meetings', 'Agency Interactions', 'Regulatory Feedback'],
  },
  { path: 'asset.data.standards', kind: 'words', labels: ['Standards', 'Data Standards', 'Compliance', 'GLP/GCP Compliance', 'Quality Standards'] },
  { path: 'asset.data.pivotal_ready', kind: 'flag', labels: ['Pivotal Ready', 'Submission Ready', 'Meets FDA/EMA Requirements', 'Registrational Quality'] },
  { path: 'asset.data.trials', kind: 'trials', labels: ['Trials', 'Clinical Trials', 'Studies', 'Clinical Studies', 'Trial Summary'] },
  { path: 'asset.data.trials.phase', kind: 'number', labels: [], local: ['Phase', 'Trial Phase'] },
  { path: 'asset.data.trials.enrolled', kind: 'number', labels: [], local: ['Enrolled', 'Patients', 'Enrollment', 'N', 'Subjects', 'Sample Size'] },
  { path: 'asset.data.trials.control', kind: 'enum:control', labels: [], local: ['Control', 'Control Arm', 'Comparator'] },
  { path: 'asset.data.trials.design', kind: 'enum:design', labels: [], local: ['Design', 'Study Design', 'Trial Design'] },

  // ── The licence ─────────────────────────────────────────────────────────────────────────
  { path: 'license', kind: 'section', labels: ['License', 'License Terms', 'License Rights', 'Rights Granted', 'Grant', 'Scope of Rights'] },
  {
    path: 'license.scope',
    kind: 'enum:scope',
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
  {
    path: 'license.territory',
    kind: 'territory',
    labels: ['Territory', 'Licensed Territory', 'License Territory', 'Geographic Scope', 'Geography', 'Region', 'Licensed Region', 'Territories', 'Countries'],
  },
  {
    path: 'license.field',
    kind: 'text',
    labels: ['Field', 'Field of Use', 'Licensed Field', 'Field of Use and Indications', 'Fields of Use', 'Scope of Use', 'Permitted Field'],
  },
  {
    path: 'license.sublicensing',
    kind: 'enum:sublicensing',
    labels: ['Sublicensing', 'Sublicenses', 'Right to Sublicense', 'Sublicense Rights', 'Sublicensing Rights'],
  },
  {
    path: 'license.regulatory',
    kind: 'section',
    labels: ['Regulatory', 'Regulatory Matters', 'Regulatory Responsibilities', 'Development and Regulatory', 'Regulatory and Clinical Development'],
  },
  {
    path: 'license.regulatory.registration_holder',
    kind: 'enum:party',
    labels: [
      'Registration Holder',
      'Marketing Authorization Holder',
      'MAH',
      'Holder of Regulatory Approvals',
      'Regulatory Filings Holder',
      'Ownership of Regulatory Filings',
    ],
  },
  {
    path: 'license.regulatory.clinical_plan_approval',
    kind: 'enum:approval',
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
  {
    path: 'license.regulatory.data_sharing',
    kind: 'enum:data-sharing',
    labels: ['Data Sharing', 'Data Exchange', 'Cross-Reference Rights', 'Right of Reference', 'Right to Reference', 'Access to Data', 'Data Access'],
  },
  { path: 'license.governance', kind: 'section', labels: ['Governance', 'Alliance Management'] },
  {
    path: 'license.governance.jsc',
    kind: 'flag',
    labels: ['JSC', 'Joint Steering Committee', 'Joint Development Committee', 'JDC', 'Steering Committee', 'Joint Committee'],
  },

  // ── Money ───────────────────────────────────────────────────────────────────────────────
  {
    path: 'financials',
    kind: 'section',
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
  },
  { path: 'financials.currency', kind: 'text', labels: ['Currency', 'Payment Currency', 'Currency of Payments'] },
  {
    path: 'financials.upfront',
    kind: 'money',
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
  },
  {
    path: 'financials.upfront_refundable',
    kind: 'flag',
    labels: ['Upfront Refundable', 'Refundability', 'Refundable', 'Refundable Upfront', 'Refundable or Creditable'],
  },
  { path: 'financials.upfront_creditable', kind: 'flag', labels: ['Upfront Creditable', 'Creditable', 'Creditability', 'Creditable Against Royalties'] },
  {
    path: 'financials.milestones',
    kind: 'milestones',
    labels: [
      'Milestones',
      'Milestone Payments',
      'Milestone Fees',
      'Milestone Schedule',
      'Contingent Payments',
      'Success Payments',
      'Event Payments',
      'Milestone Events',
    ],
  },
  {
    path: 'financials.milestones.development',
    kind: 'milestone-list',
    labels: [
      'Development Milestones',
      'Development Milestone Payments',
      'Clinical Milestones',
      'Clinical Development Milestones',
      'Development and Clinical Milestones',
    ],
    local: ['Development', 'Clinical'],
  },
  {
    path: 'financials.milestones.regulatory',
    kind: 'milestone-list',
    labels: ['Regulatory Milestones', 'Regulatory Milestone Payments', 'Approval Milestones', 'Regulatory Approval Milestones'],
    local: ['Regulatory', 'Approval'],
  },
  {
    path: 'financials.milestones.commercial',
    kind: 'milestone-list',
    labels: [
      'Commercial Milestones',
      'Sales Milestones',
      'Sales-Based Milestones',
      'Net Sales Milestones',
      'Commercial Milestone Payments',
      'Sales Milestone Payments',
    ],
    local: ['Commercial', 'Sales'],
  },
  { path: 'financials.milestones.event', kind: 'text', labels: [], local: ['Event', 'Milestone', 'Milestone Event', 'Trigger', 'Description'] },
  { path: 'financials.milestones.amount', kind: 'money', labels: [], local: ['Amount', 'Payment', 'Milestone Payment', 'Fee', 'Amount (USD)', 'Value'] },
  {
    path: 'financials.total_deal_value',
    kind: 'money',
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
  },
  {
    path: 'financials.royalties',
    kind: 'royalties',
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
  },
  { path: 'financials.equity', kind: 'money', labels: ['Equity', 'Equity Investment', 'Equity Consideration', 'Equity Participation', 'Shares'] },
  {
    path: 'financials.annual_fee',
    kind: 'money',
    labels: ['Annual Fee', 'Annual License Fee', 'Annual Maintenance Fee', 'License Maintenance Fee', 'Annual License Maintenance Fee', 'Maintenance Fee'],
  },
  { path: 'financials.minimum_royalty', kind: 'money', labels: ['Minimum Annual Royalty', 'Minimum Royalty', 'Minimum Royalties', 'Annual Minimum Royalty'] },
  {
    path: 'financials.sublicense_income',
    kind: 'percent',
    labels: [
      'Sublicense Income',
      'Sublicense Income Sharing',
      'Sublicensing Revenue',
      'Share of Sublicense Income',
      'Non-Royalty Sublicense Income',
      'Sublicense Fees',
    ],
  },
  {
    path: 'financials.patent_costs',
    kind: 'text',
    labels: ['Patent Costs', 'Patent Cost Reimbursement', 'Patent Expenses', 'Reimbursement of Patent Costs', 'Past Patent Costs'],
  },

  // ── Intellectual property ───────────────────────────────────────────────────────────────
  {
    path: 'ip',
    kind: 'section',
    labels: ['IP', 'Intellectual Property', 'Intellectual Property Rights', 'IP Rights', 'IPR', 'Patent Matters', 'IP and Patents'],
  },
  {
    path: 'ip.patents',
    kind: 'patents',
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
    ],
  },
  {
    path: 'ip.patents.family',
    kind: 'text',
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
  },
  {
    path: 'ip.patents.jurisdictions',
    kind: 'jurisdictions',
    labels: ['Patent Jurisdictions', 'Filed In', 'Patent Countries'],
    local: ['Jurisdictions', 'Countries', 'Coverage', 'Filed', 'Territory'],
  },
  { path: 'ip.patents.expiry', kind: 'date', labels: ['Patent Expiry'], local: ['Expiry', 'Expiration', 'Expires', 'Expiry Date', 'Term'] },
  {
    path: 'ip.fto',
    kind: 'text',
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
  },
  { path: 'ip.fto.status', kind: 'enum:fto', labels: ['FTO Status'], local: ['Status'] },
  { path: 'ip.fto.by', kind: 'text', labels: ['FTO By', 'FTO Counsel'], local: ['By', 'Counsel', 'Conducted By', 'Performed By'] },
  { path: 'ip.fto.date', kind: 'date', labels: ['FTO Date'], local: ['Date', 'Completed', 'Completion Date'] },
  {
    path: 'ip.prosecution',
    kind: 'enum:party',
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

  // ── Non-compete ─────────────────────────────────────────────────────────────────────────
  {
    path: 'non_compete',
    kind: 'text',
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
  },
  {
    path: 'non_compete.scope',
    kind: 'text',
    labels: ['Non-Compete Scope', 'Competing Product'],
    local: ['Scope', 'Restricted Products', 'Restricted Activities', 'Competing Products'],
  },
  {
    path: 'non_compete.duration',
    kind: 'text',
    labels: ['Non-Compete Duration', 'Non-Compete Period', 'Non-Compete Term'],
    local: ['Duration', 'Term', 'Period'],
  },
  { path: 'non_compete.territory', kind: 'text', labels: ['Non-Compete Territory'], local: ['Territory', 'Geographic Scope'] },
  {
    path: 'non_compete.remedy',
    kind: 'text',
    labels: ['Non-Compete Remedy', 'Remedy for Breach of Non-Compete'],
    local: ['Remedy', 'Remedies', 'Consequences of Breach', 'Breach', 'Consequence of Breach'],
  },

  // ── Termination ─────────────────────────────────────────────────────────────────────────
  {
    path: 'termination',
    kind: 'text',
    labels: ['Termination', 'Term and Termination', 'Termination Rights', 'Termination Provisions', 'Duration and Termination'],
  },
  {
    path: 'termination.for_convenience',
    kind: 'days',
    labels: ['Termination for Convenience', 'Termination at Will', 'Convenience Termination', 'Termination without Cause'],
    local: ['For Convenience', 'Convenience', 'Without Cause', 'Notice Period'],
  },
  {
    path: 'termination.for_breach',
    kind: 'days',
    labels: ['Termination for Breach', 'Termination for Cause', 'Material Breach', 'Breach'],
    local: ['For Breach', 'For Cause', 'Cure Period'],
  },
  {
    path: 'termination.for_diligence_failure',
    kind: 'flag',
    labels: ['Termination for Diligence Failure', 'Diligence Failure', 'Failure of Diligence', 'Termination for Lack of Diligence'],
    local: ['For Diligence Failure', 'Diligence'],
  },
  {
    path: 'termination.reversion',
    kind: 'reversion',
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
  },
  { path: 'termination.reversion.rights', kind: 'text', labels: [], local: ['Rights', 'Licensed Rights', 'Scope'] },
  { path: 'termination.reversion.data_transfer', kind: 'flag', labels: ['Data Transfer', 'Transfer of Data'], local: ['Data'] },
  {
    path: 'termination.reversion.regulatory_filings_transfer',
    kind: 'flag',
    labels: ['Regulatory Filings Transfer', 'Transfer of Regulatory Filings', 'Transfer of Marketing Authorizations'],
    local: ['Regulatory Filings', 'Filings'],
  },
  {
    path: 'termination.reversion.transition_assistance',
    kind: 'duration',
    labels: ['Transition Assistance', 'Transition Services', 'Transition Period'],
    local: ['Transition'],
  },

  // ── Timeline ────────────────────────────────────────────────────────────────────────────
  { path: 'timeline', kind: 'section', labels: ['Timeline', 'Timetable', 'Process', 'Key Dates', 'Indicative Timeline', 'Deal Timeline'] },
  { path: 'timeline.first_contact', kind: 'date', labels: ['First Contact', 'Initial Contact', 'Discussions Began', 'First Meeting'] },
  {
    path: 'timeline.target_signing',
    kind: 'date',
    labels: [
      'Target Signing',
      'Target Signing Date',
      'Signing Date',
      'Target Closing',
      'Expected Signing',
      'Anticipated Signing',
      'Definitive Agreement Target Date',
    ],
  },

  // ── Advisors ────────────────────────────────────────────────────────────────────────────
  { path: 'advisors', kind: 'section', labels: ['Advisors', 'Professional Advisors', 'Deal Team', 'Counsel and Advisors'] },
  { path: 'advisors.tax', kind: 'text', labels: ['Tax Advisor', 'Tax Counsel', 'Tax Advice'], local: ['Tax'] },
  { path: 'advisors.legal', kind: 'text', labels: ['Legal Counsel', 'Legal Advisor', 'Counsel', 'Law Firm', 'Outside Counsel'], local: ['Legal'] },
  { path: 'advisors.financial', kind: 'text', labels: ['Financial Advisor', 'Investment Bank', 'Banker', 'Financial Advisers'], local: ['Financial', 'FA'] },

  // ── Boilerplate ─────────────────────────────────────────────────────────────────────────
  {
    path: 'governing_law',
    kind: 'text',
    labels: ['Governing Law', 'Applicable Law', 'Choice of Law', 'Law', 'Governing Law and Jurisdiction', 'Jurisdiction and Governing Law'],
  },
  { path: 'dispute_resolution', kind: 'text', labels: ['Dispute Resolution', 'Disputes', 'Arbitration', 'Jurisdiction', 'Forum', 'Settlement of Disputes'] },
  {
    path: 'confidentiality',
    kind: 'text',
    labels: ['Confidentiality', 'Confidential Information', 'Confidentiality Obligations', 'Non-Disclosure', 'Confidentiality and Publicity', 'CDA', 'NDA'],
  },
  {
    path: 'exclusivity',
    kind: 'section',
    labels: ['Exclusivity', 'Exclusive Negotiation', 'Exclusive Negotiations', 'No-Shop', 'Exclusivity Period', 'Standstill', 'Exclusive Dealing'],
  },
  { path: 'exclusivity.no_shop_days', kind: 'days', labels: ['No-Shop Period'], local: ['Period', 'Duration', 'No-Shop Days'] },
  {
    path: 'diligence',
    kind: 'text',
    labels: [
      'Diligence',
      'Diligence Obligations',
      'Development Diligence',
      'Commercially Reasonable Efforts',
      'Diligence Milestones',
      'Development Obligations',
    ],
  },
  {
    path: 'publications',
    kind: 'text',
    labels: ['Publications', 'Publication Rights', 'Academic Publication', 'Academic Freedom', 'Research Use Reservation', 'Reserved Rights'],
  },
  { path: 'indemnification', kind: 'text', labels: ['Indemnification', 'Indemnity', 'Insurance', 'Indemnification and Insurance', 'Liability'] },
  { path: 'representations', kind: 'text', labels: ['Representations and Warranties', 'Warranties', 'Representations', 'Disclaimer'] },
  { path: 'costs', kind: 'text', labels: ['Costs', 'Expenses', 'Costs and Expenses', 'Fees and Expenses'] },
];

/** Folds a label for look-up: case, punctuation, "&", British spellings, numbering and a leading "the". */
export function normalizeLabel(label: string): string {
  const stripped = stripNumbering(label);
  // Plain words fold by case alone, unless a spelling below applies to them.
  if (PLAIN_WORDS.test(stripped)) {
    const lower = stripped.toLowerCase();
    if (!SPELLINGS.test(lower)) return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  let s = stripped
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/&/g, ' and ').replace(/['’]/g, '');
  s = s
    .replace(/licenc/g, 'licens')
    .replace(/authoris/g, 'authoriz')
    .replace(/commercialis/g, 'commercializ')
    .replace(/organis/g, 'organiz');
  s = s
    .replace(/programme/g, 'program')
    .replace(/advis[eo]r/g, 'advisor')
    .replace(/enrolment/g, 'enrollment');
  s = s
    .replace(/sub[\s-]+licens/g, 'sublicens')
    .replace(/\bnon[\s-]+/g, 'non')
    .replace(/up[\s-]+front/g, 'upfront');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
// Every spelling normalizeLabel folds, in one pattern: text without any of them needs none of the replacements.
const SPELLINGS = /licenc|authoris|commercialis|organis|programme|advis[eo]r|enrolment|sub\s+licens|\bnon\s|up\s+front/;

// "3.", "3.1", "3.1.2)", "(a)", "IV.", "A.", "Section 3 –", "Clause 4:", "Article 2.1", "§ 5", "Schedule 1 -".
const NUMBERING =
  /^\s*(?:(?:section|clause|article|part|schedule|annex|item|§)\s*)?(?:\(?\d+(?:\.\d+)*[.)]?|\(?[ivxlc]+[.)]|\(?[a-z][.)]|\([ivxlc]+\)|\([a-z]\))(?:\s*[-–—:.]\s*|\s+|$)/i;

/** "3.1 Territory" → "Territory"; "Section 3 – Territory" → "Territory". */
export function stripNumbering(label: string): string {
  const match = NUMBERING.exec(label);
  const rest = match && match[0].length < label.length ? label.slice(match[0].length) : label;
  return rest.replace(/\s*[:.]\s*$/, '');
}

/** The number of characters of numbering at the start of a label (for ranges on the label itself). */
export function numberingLength(label: string): number {
  const match = NUMBERING.exec(label);
  return match && match[0].length < label.length ? match[0].length : 0;
}

interface IndexedSynonym {
  synonym: Synonym;
  order: number;
  local: boolean;
  /** The path's segments, and those of its parent. */
  segments: readonly string[];
  parent: readonly string[];
}

const INDEX: ReadonlyMap<string, IndexedSynonym[]> = (() => {
  const index = new Map<string, IndexedSynonym[]>();
  SYNONYMS.forEach((synonym, order) => {
    const add = (label: string, local: boolean) => {
      const key = normalizeLabel(label);
      if (key === '') return;
      const list = index.get(key) ?? [];
      const same = list.find((entry) => entry.synonym === synonym);
      const segments = synonym.path.split('.');
      if (!same) list.push({ synonym, order, local, segments, parent: segments.slice(0, -1) });
      else if (!local) same.local = false;
      index.set(key, list);
    };
    add(synonym.path.replace(/_/g, ' ').split('.').at(-1)!, true);
    for (const label of synonym.labels) add(label, false);
    for (const label of synonym.local ?? []) add(label, true);
  });
  return index;
})();

const BY_PATH: ReadonlyMap<string, Synonym> = new Map(SYNONYMS.map((synonym) => [synonym.path, synonym]));

export function synonymFor(path: string): Synonym | undefined {
  return BY_PATH.get(genericPath(path));
}

/** The kind of value at a model path; list items share their list's item fields. */
export function kindOf(path: string): ValueKind | undefined {
  return synonymFor(path)?.kind;
}

/** "ip.patents.0.family" → "ip.patents.family": list positions do not change a field's meaning. */
function genericPath(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, '');
}

/**
 * The model path a label names, read inside the clause at `context` ('' at the top level).
 * Among the clauses a label can name, the one sharing the longest path with the context wins;
 * ties go to the table's order. Undefined for a label the table does not know.
 */
export function resolveLabel(label: string, context: string): Synonym | undefined {
  const direct = candidatesFor(label);
  if (!direct) return undefined;
  const contextSegments = segmentsOf(context);
  let best: IndexedSynonym | undefined;
  let bestScore = -1;
  for (const candidate of direct) {
    const { segments, parent } = candidate;
    if (candidate.local && !startsWith(contextSegments, parent)) continue;
    let shared = 0;
    while (shared < segments.length && shared < contextSegments.length && segments[shared] === contextSegments[shared]) shared++;
    if (shared > bestScore || (shared === bestScore && best && candidate.order < best.order)) {
      best = candidate;
      bestScore = shared;
    }
  }
  return best?.synonym;
}

/**
 * Look-ups remembered across calls: a document names the same few clauses over and over, and is
 * read again on every edit. Both are pure functions of their argument; the tables are bounded.
 */
const MAX_REMEMBERED = 10_000;
const MAX_REMEMBERED_LENGTH = 200;
/** Label → the synonyms it may name (null: none). */
const CANDIDATES = new Map<string, readonly IndexedSynonym[] | null>();
const CONTEXT_SEGMENTS = new Map<string, readonly string[]>();

/** The synonyms a label may name, without a parenthesised note if need be ("Licensor (China)"). */
function candidatesFor(label: string): readonly IndexedSynonym[] | undefined {
  const remembered = CANDIDATES.get(label);
  if (remembered !== undefined) return remembered ?? undefined;
  const found = INDEX.get(normalizeLabel(label)) ?? (label.includes('(') ? INDEX.get(normalizeLabel(label.replace(/\s*\([^)]*\)\s*/g, ' '))) : undefined);
  if (label.length <= MAX_REMEMBERED_LENGTH) {
    if (CANDIDATES.size >= MAX_REMEMBERED) CANDIDATES.clear();
    CANDIDATES.set(label, found ?? null);
  }
  return found;
}

function segmentsOf(context: string): readonly string[] {
  let segments = CONTEXT_SEGMENTS.get(context);
  if (!segments) {
    segments = context === '' ? [] : genericPath(context).split('.');
    if (context.length <= MAX_REMEMBERED_LENGTH) {
      if (CONTEXT_SEGMENTS.size >= MAX_REMEMBERED) CONTEXT_SEGMENTS.clear();
      CONTEXT_SEGMENTS.set(context, segments);
    }
  }
  return segments;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** The label a fix writes for a model path: the first label of its entry, else the key in words. */
export function labelFor(path: string): string {
  const synonym = synonymFor(path);
  const label = synonym?.labels[0] ?? synonym?.local?.[0];
  return label ?? humanize(path.split('.').at(-1) ?? path);
}

/** "notice_days" → "Notice days". */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The key an unknown label becomes: "Publication Rights" → "publication_rights". */
export function keyFromLabel(label: string): string {
  return (
    normalizeLabel(label)
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 80) || 'clause'
  );
}
