import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { labelFor, normalizeLabel, resolveLabel, stripNumbering, SYNONYMS } from '../../server/src/engine/markdown/synonyms';

/** Per family: [label as written, the context it is read in ('' = top level), the model path]. */
const FAMILIES: Record<string, ReadonlyArray<readonly [string, string, string]>> = {
  document: [
    ['Title', '', 'title'],
    ['Date of Term Sheet', '', 'date'],
    ['Status', '', 'status'],
    ['Binding Provisions', '', 'binding'],
    ['Non-Binding Nature', '', 'binding'],
  ],
  parties: [
    ['Parties', '', 'parties'],
    ['Licensor', '', 'parties.licensor'],
    ['University', '', 'parties.licensor'],
    ['Licensee', '', 'parties.licensee'],
    ['Company', '', 'parties.licensee'],
    ['Name', 'parties.licensor', 'parties.licensor.name'],
    ['Country', 'parties.licensee', 'parties.licensee.country'],
    ['Signing Entity', '', 'parties.licensor.signing_entity'],
    ['Payee Entity', 'parties', 'parties.licensor.payee_entity'],
    ['Licensee Type', '', 'parties.licensee.type'],
  ],
  asset: [
    ['Licensed Product', '', 'asset'],
    ['Licensed Technology', '', 'asset'],
    ['Licensed Subject Matter', '', 'asset'],
    ['Stage of Development', '', 'asset.stage'],
    ['Classification', '', 'asset.classification'],
    ['Benchmark Product', '', 'asset.benchmark.product'],
    ['Comparative Evidence', '', 'asset.benchmark.evidence'],
    ['Novelty', '', 'asset.differentiation.novelty'],
    ['Data Package', '', 'asset.data'],
    ['Trial Countries', '', 'asset.data.trial_countries'],
    ['Pivotal-Ready', '', 'asset.data.pivotal_ready'],
    ['Enrolled', 'asset.data.trials', 'asset.data.trials[].enrolled'],
  ],
  license: [
    ['Licence Grant', '', 'license.scope'],
    ['Grant of Rights', '', 'license.scope'],
    ['Licensed Territory', '', 'license.territory'],
    ['Territory', '', 'license.territory'],
    ['Field of Use', '', 'license.field'],
    ['Right to Sub-license', '', 'license.sublicensing'],
    ['Marketing Authorisation Holder', '', 'license.regulatory.registration_holder'],
    ['Clinical Development Plan', '', 'license.regulatory.clinical_plan_approval'],
    ['Right of Reference', '', 'license.regulatory.data_sharing'],
    ['Joint Steering Committee', '', 'license.governance.jsc'],
  ],
  financials: [
    ['Upfront Payment', '', 'financials.upfront'],
    ['Signing Fee', '', 'financials.upfront'],
    ['License Issue Fee', '', 'financials.upfront'],
    ['Initial Payment', '', 'financials.upfront'],
    ['Up-Front Payment', '', 'financials.upfront'],
    ['Milestone Payments', '', 'financials.milestones'],
    ['Sales-Based Milestones', '', 'financials.milestones.commercial'],
    ['Development', 'financials.milestones', 'financials.milestones.development'],
    ['Total Deal Value', '', 'financials.total_deal_value'],
    ['Running Royalty', '', 'financials.royalties'],
    ['Earned Royalties', '', 'financials.royalties'],
    ['Annual License Maintenance Fee', '', 'financials.annual_fee'],
    ['Minimum Annual Royalty', '', 'financials.minimum_royalty'],
    ['Sublicense Income', '', 'financials.sublicense_income'],
    ['Patent Cost Reimbursement', '', 'financials.patent_costs'],
    ['Equity Investment', '', 'financials.equity'],
    ['Funding', '', 'financials.research_funding'],
    ['Option Fee', '', 'financials.option_fee'],
  ],
  ip: [
    ['Intellectual Property', '', 'ip'],
    ['Licensed Patents', '', 'ip.patents'],
    ['Patent Rights', '', 'ip.patents'],
    ['Institute Patents', '', 'ip.patents'],
    ['Jurisdictions', 'ip.patents', 'ip.patents[].jurisdictions'],
    ['Territory', 'ip.patents', 'ip.patents[].jurisdictions'],
    ['Freedom to Operate', '', 'ip.fto'],
    ['Status', 'ip.fto', 'ip.fto.status'],
    ['Patent Prosecution and Maintenance', '', 'ip.prosecution'],
  ],
  'non-compete': [
    ['Non-Compete', '', 'non_compete'],
    ['Non-Competition', '', 'non_compete'],
    ['Exclusivity of Efforts', '', 'non_compete'],
    ['Territory', 'non_compete', 'non_compete.territory'],
    ['Remedy', 'non_compete', 'non_compete.remedy'],
    ['Term', 'non_compete', 'non_compete.duration'],
  ],
  termination: [
    ['Term and Termination', '', 'termination'],
    ['Term & Termination', '', 'termination'],
    ['Termination for Convenience', '', 'termination.for_convenience'],
    ['For Breach', 'termination', 'termination.for_breach'],
    ['Effect of Termination', '', 'termination.reversion'],
    ['Reversion of Rights', '', 'termination.reversion'],
    ['Data', 'termination.reversion', 'termination.reversion.data_transfer'],
  ],
  'timeline and advisors': [
    ['Target Signing Date', '', 'timeline.target_signing'],
    ['First Contact', '', 'timeline.first_contact'],
    ['Tax Adviser', '', 'advisors.tax'],
    ['Legal Counsel', '', 'advisors.legal'],
    ['Financial Advisor', '', 'advisors.financial'],
  ],
  boilerplate: [
    ['Governing Law', '', 'governing_law'],
    ['Applicable Law', '', 'governing_law'],
    ['Dispute Resolution', '', 'dispute_resolution'],
    ['Confidentiality', '', 'confidentiality'],
    ['Exclusivity', '', 'exclusivity'],
    ['No-Shop', '', 'exclusivity'],
    ['Diligence Obligations', '', 'diligence'],
    ['Reserved Rights', '', 'publications'],
  ],
  // Cross-border sheets label each clause in both languages: the English words name it.
  bilingual: [
    ['许可方 Licensor', '', 'parties.licensor'],
    ['Licensee 被许可方', '', 'parties.licensee'],
    ['首付款 / Upfront Payment', '', 'financials.upfront'],
    ['許諾地域（Territory）', '', 'license.territory'],
    ['적용법 Governing Law', '', 'governing_law'],
  ],
};

describe('synonym table', () => {
  for (const [family, rows] of Object.entries(FAMILIES)) {
    test(`family: ${family}`, () => {
      for (const [label, context, path] of rows) {
        assert.equal(resolveLabel(label, context)?.path, path, `"${label}" in "${context}"`);
      }
    });
  }

  test('a one-word label in the singular or the plural names the same clause; a longer one only as listed', () => {
    assert.equal(resolveLabel('Publication', '')?.path, 'publications');
    assert.equal(resolveLabel('Royalty', '')?.path, resolveLabel('Royalties', '')?.path);
    assert.equal(resolveLabel('Financial', '')?.path, 'financials');
    // A generic word still names its clause only inside its parent: "Publication" is a patent family's there.
    assert.equal(resolveLabel('Publication', 'ip.patents')?.path, 'ip.patents[].family');
    assert.equal(resolveLabel('License Term', ''), undefined);
    // Asked for the label as written: a table's column header in the singular ("| Party | Details |") is not the clause.
    assert.equal(resolveLabel('Party', '', false), undefined);
    assert.equal(resolveLabel('Party', '')?.path, 'parties');
  });

  test('labels match case- and punctuation-insensitively, with numbering stripped', () => {
    for (const label of [
      'UPFRONT PAYMENT',
      'upfront payment:',
      '3. Upfront Payment',
      '3.1 Upfront Payment',
      'Section 3 – Upfront Payment',
      '(a) Upfront Payment',
      'IV. Upfront Payment',
      '**Upfront-Payment**',
    ]) {
      assert.equal(resolveLabel(label.replace(/\*/g, ''), '')?.path, 'financials.upfront', label);
    }
    assert.equal(stripNumbering('Section 3 – Territory'), 'Territory');
    assert.equal(stripNumbering('3.1. Territory:'), 'Territory');
    assert.equal(normalizeLabel('Licence Grant'), normalizeLabel('License grant'));
  });

  test('generic labels name nothing outside their clause', () => {
    assert.equal(resolveLabel('Remedy', ''), undefined);
    assert.equal(resolveLabel('Name', ''), undefined);
    assert.equal(resolveLabel('Scope', 'license')?.path, 'license.scope');
  });

  test('every entry has a label that reads back to it at the top level or in its parent', () => {
    for (const synonym of SYNONYMS) {
      const parent = synonym.path.split('.').slice(0, -1).join('.');
      const label = labelFor(synonym.path);
      assert.ok(resolveLabel(label, '')?.path === synonym.path || resolveLabel(label, parent)?.path === synonym.path, `${synonym.path}: "${label}"`);
    }
  });

  test('no label is listed twice for one path', () => {
    for (const synonym of SYNONYMS) {
      const keys = [...synonym.labels, ...(synonym.local ?? [])].map(normalizeLabel);
      assert.equal(new Set(keys).size, keys.length, synonym.path);
    }
  });
});

test('a label in Chinese alone names no clause: it is kept as written, not guessed', () => {
  assert.equal(resolveLabel('首付款', ''), undefined);
});
