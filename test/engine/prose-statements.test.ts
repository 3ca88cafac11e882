import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dealOf, proseStatement, readSentence, readSheet, trialCountriesInProse } from '../../server/src/engine';
import { STATEMENTS } from '../../server/src/engine/lexicon/statements';

describe('statements lexicon', () => {
  test('names are unique and every entry has examples and near misses', () => {
    assert.equal(new Set(STATEMENTS.map((entry) => entry.name)).size, STATEMENTS.length);
    for (const entry of STATEMENTS) assert.ok(entry.examples.length > 0 && entry.nearMisses.length > 0, entry.name);
  });
  for (const entry of STATEMENTS) {
    test(`${entry.name}: each example reads as its value, its near misses as nothing of the term`, () => {
      for (const example of entry.examples) assert.equal(readSentence(`Here ${example} as agreed`, entry.term), entry.value, example);
      for (const text of entry.nearMisses) assert.notEqual(readSentence(text, entry.term), entry.value, text);
    });
    test(`${entry.name}: a negated example reads as the negated value`, () => {
      for (const example of entry.examples) assert.equal(readSentence(`There is no ${example}`, entry.term), entry.negated, example);
    });
  }
});

describe('a statement read from prose', () => {
  test('no freedom-to-operate analysis is none, a completed one is completed', () => {
    assert.equal(readSentence('No freedom-to-operate analysis has been performed', 'ip.fto.status'), 'none');
    assert.equal(readSentence('The FTO analysis has not been performed', 'ip.fto.status'), 'none');
    assert.equal(readSentence('A freedom-to-operate analysis was completed by outside counsel', 'ip.fto.status'), 'completed');
    assert.equal(readSentence("The Licensor's patent counsel completed a freedom-to-operate opinion in June 2026", 'ip.fto.status'), 'completed');
    assert.equal(readSentence('An FTO search is ongoing', 'ip.fto.status'), 'in-progress');
  });

  test('a negation in another part of the sentence is not the statement’s', () => {
    assert.equal(
      readSentence('Either party may terminate for breach not cured within 90 days, and a freedom-to-operate analysis was completed', 'ip.fto.status'),
      'completed',
    );
  });

  test('reads the same from a YAML value and from a Markdown heading of its own', () => {
    const sentence = 'Local clinical development plans require approval by a Joint Steering Committee. Clinical and regulatory data are shared mutually.';
    const yaml = dealOf(readSheet(`license:\n  territory: [JP]\n  summary: ${sentence}\n`, 'yaml')!);
    const markdown = dealOf(readSheet(`## Territory\n\nJapan\n\n## 6. Development and Data\n\n${sentence}\n`, 'markdown')!);
    for (const deal of [yaml, markdown]) {
      assert.equal(proseStatement(deal, 'license.regulatory.clinical_plan_approval')?.value, 'jsc');
      assert.equal(proseStatement(deal, 'license.regulatory.data_sharing')?.value, 'mutual');
      assert.equal(proseStatement(deal, 'ip.fto.status'), undefined);
    }
  });
});

describe('stage and trial countries read from a sentence', () => {
  test('"Phase I and II" is the later phase, in YAML and Markdown alike', () => {
    const yaml = dealOf(readSheet('asset:\n  stage: Phase I and II clinical trials completed\n', 'yaml')!);
    const markdown = dealOf(readSheet('**Asset:** HX-9. Phase I and II clinical trials in China are complete.\n', 'markdown')!);
    assert.equal(yaml.enum('asset.stage'), 'phase-2');
    assert.equal(markdown.enum('asset.stage'), 'phase-2');
  });

  test('the countries after "trials in", as far as the list of countries goes', () => {
    const deal = dealOf(readSheet('asset:\n  summary: Phase 2 trials in China, Australia and the United States are complete.\n', 'yaml')!);
    assert.deepEqual(trialCountriesInProse(deal)?.codes, ['CN', 'AU', 'US']);
    const none = dealOf(readSheet('asset:\n  summary: Trials in patients with asthma.\n', 'yaml')!);
    assert.equal(trialCountriesInProse(none), undefined);
  });
});

describe('parties called by the names the sheet defines for them', () => {
  const sheet = (more: string) =>
    dealOf(
      readSheet(
        `# Heads of Terms\n\n1. **Parties.** Huabo Biologics Co., Ltd. of Shanghai ("Huabo") as licensor, and Gulf Crescent Pharma FZ-LLC ("GCP") as licensee.\n\n${more}\n`,
        'markdown',
      )!,
    );

  test("a sentence naming a party by its defined name reads as naming its role: Huabo's approval is the licensor's", () => {
    const deal = sheet("2. **Development.** Any bridging or local study requires Huabo's prior written approval of protocol and CRO.");
    assert.equal(proseStatement(deal, 'license.regulatory.clinical_plan_approval')?.value, 'licensor-consent');
  });

  test('the other way round, the licensee needing its own approval, is not the licensor’s say', () => {
    const deal = sheet("2. **Development.** Any bridging or local study requires GCP's prior written approval.");
    assert.notEqual(proseStatement(deal, 'license.regulatory.clinical_plan_approval')?.value, 'licensor-consent');
  });

  test('a statement that names no party reads the sentence as written: a licensee called "GCP" leaves "GCP compliant" alone', () => {
    const deal = sheet('2. **Data.** All studies were GLP and GCP compliant.');
    assert.equal(proseStatement(deal, 'asset.data.standards')?.value, 'stated');
  });
});
