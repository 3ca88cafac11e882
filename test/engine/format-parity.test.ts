import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dealOf, lintText, readSheet, uncoveredCountries, type Finding } from '../../server/src/engine';
import { RULES } from '../../rules';
import { COUNTRY_NAMES } from '../../server/src/engine/values/countries';
import { REGIONS } from '../../server/src/engine/values/regions';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/**
 * What a finding is about: its rule and clause. An item of a list of values (`license.territory[0]`) is
 * that clause: YAML writes `[JP]` where Markdown writes "Japan", one value or a list of one.
 */
function about(finding: Finding): string {
  return `${finding.ruleId} ${(finding.path ?? '').replace(/(?:\[\d+\])+$/, '')}`;
}

function findingsOf(text: string, fileName: string): string[] {
  return lintText(text, { rules: RULES, fileName }).findings.map(about).sort();
}

/** The same deal in both formats: each value kind, in the words drafters use, including prose in YAML strings. */
const PAIRS: ReadonlyArray<{ name: string; yaml: string; markdown: string; values: Record<string, unknown> }> = [
  {
    name: 'an enum in words (regional-registration-control fires in both)',
    yaml: 'license:\n  territory: [JP]\n  regulatory:\n    clinical_plan_approval: licensee alone\n',
    markdown: '## Licence\n\n- **Territory:** Japan\n- **Clinical plan approval:** licensee alone\n',
    values: { 'license.regulatory.clinical_plan_approval': 'licensee-alone' },
  },
  {
    name: 'a territory in prose, with the countries in brackets',
    yaml: 'license:\n  territory: Greater China (PRC, Hong Kong, Macau, Taiwan)\n',
    markdown: '## Licence\n\n- **Territory:** Greater China (PRC, Hong Kong, Macau, Taiwan)\n',
    values: { territory: ['CN', 'HK', 'MO', 'TW'] },
  },
  {
    name: 'a territory written as an exclusion',
    yaml: 'license:\n  territory: worldwide excluding Greater China (PRC, Hong Kong, Macau, Taiwan)\n',
    markdown: '## Licence\n\n- **Territory:** worldwide excluding Greater China (PRC, Hong Kong, Macau, Taiwan)\n',
    values: {},
  },
  {
    name: 'amounts in words and figures, and a ceiling',
    yaml: 'financials:\n  upfront: Ten Million US Dollars (US$10,000,000)\n  total_deal_value: up to $900 million\n',
    markdown: '## Financial terms\n\n- **Upfront:** Ten Million US Dollars (US$10,000,000)\n- **Total deal value:** up to $900 million\n',
    values: {
      'financials.upfront': {
        amount: 10_000_000,
        currency: 'USD',
        inWords: { text: 'Ten Million US Dollars', money: { amount: 10_000_000, currency: 'USD' } },
      },
      'financials.total_deal_value': { amount: 900_000_000, currency: 'USD', qualifier: 'up-to' },
    },
  },
  {
    name: 'words and figures that disagree, and equal payments',
    yaml: 'financials:\n  upfront: Ten Million US Dollars (US$1,000,000)\n  milestones:\n    development: ["two payments of $7,000 each"]\n',
    markdown: '## Financial terms\n\n- **Upfront:** Ten Million US Dollars (US$1,000,000)\n- **Development milestones:** two payments of $7,000 each\n',
    values: { 'financials.milestones.development[0]': { amount: 14_000, currency: 'USD', payments: 2 } },
  },
  {
    name: 'a milestone paid per market, the markets counted; one paid per indication, uncounted',
    yaml:
      'financials:\n  milestones:\n    regulatory: ["USD 1 million per first approval in each of the five largest markets"]\n' +
      '    commercial: ["USD 10M per indication"]\n',
    markdown:
      '## Financial terms\n\n- **Regulatory milestones:** USD 1 million per first approval in each of the five largest markets\n' +
      '- **Commercial milestones:** USD 10M per indication\n',
    values: {
      'financials.milestones.regulatory[0]': { amount: 5_000_000, currency: 'USD', payments: 5 },
      'financials.milestones.commercial[0]': { amount: 10_000_000, currency: 'USD', per: 'indication' },
    },
  },
  {
    name: 'amounts stated in thousands, as a filed statement writes them',
    yaml: 'financials:\n  upfront: "$15,000 (in thousands)"\n  total_deal_value: "up to $55,500 (in thousands of U.S. dollars)"\n',
    markdown: '## Financial terms\n\n- **Upfront:** $15,000 (in thousands)\n- **Total deal value:** up to $55,500 (in thousands of U.S. dollars)\n',
    values: {
      'financials.upfront': { amount: 15_000_000, currency: 'USD' },
      'financials.total_deal_value': { amount: 55_500_000, currency: 'USD', qualifier: 'up-to' },
    },
  },
  {
    name: 'a territory whose exclusion list names many places, a region among them',
    yaml: 'license:\n  territory: worldwide, excluding Mainland China, Hong Kong, Macao, Taiwan, USA, Europe, Japan\n',
    markdown: '## Licence\n\n- **Territory:** worldwide, excluding Mainland China, Hong Kong, Macao, Taiwan, USA, Europe, Japan\n',
    values: {
      territory: Object.keys(COUNTRY_NAMES)
        .filter((code) => !['CN', 'HK', 'MO', 'TW', 'US', 'JP'].includes(code) && !REGIONS.europe.includes(code))
        .sort(),
    },
  },
  {
    name: 'rights the licensor retains narrow the territory',
    yaml: 'license:\n  territory: Japan and Korea; the Licensor retains all rights in China\n',
    markdown: '## Licence\n\n- **Territory:** Japan and Korea; the Licensor retains all rights in China\n',
    values: { territory: ['JP', 'KR'] },
  },
  {
    name: 'a region defined by the members in its brackets',
    yaml: 'license:\n  territory: Europe (EU27, UK, Switzerland, Norway)\n',
    markdown: '## Licence\n\n- **Territory:** Europe (EU27, UK, Switzerland, Norway)\n',
    values: { territory: [...REGIONS.eu, 'GB', 'CH', 'NO'].sort() },
  },
  {
    name: 'rest of world less what is excluded',
    yaml: 'license:\n  territory: ROW (ex-US)\n',
    markdown: '## Licence\n\n- **Territory:** ROW (ex-US)\n',
    values: {
      territory: Object.keys(COUNTRY_NAMES)
        .filter((code) => code !== 'US')
        .sort(),
    },
  },
  {
    name: 'patents in prose: a national number and Europe as the European patent (patent-coverage-gap names Russia in both)',
    yaml:
      'license:\n  territory: [US, DE, RU]\nip:\n  patents:\n    - family: US 11,734,201 (composition of matter)\n' +
      '      jurisdictions: filed in China, Europe and Japan\n',
    markdown:
      '## Licence\n\n- **Territory:** United States, Germany and Russia\n\n## Patents\n\n- US 11,734,201 (composition of matter), filed in China, Europe and Japan\n',
    values: { territory: ['DE', 'RU', 'US'] },
  },
  {
    name: 'yes or no in words',
    yaml: 'financials:\n  upfront: USD 5M\n  upfront_refundable: non-refundable\n',
    markdown: '## Financial terms\n\n- **Upfront:** USD 5M\n- **Upfront refundable:** non-refundable\n',
    values: { 'financials.upfront_refundable': false },
  },
  {
    name: 'dates as months',
    yaml: 'timeline:\n  first_contact: March 2026\n  target_signing: June 2026\n',
    markdown: '## Timeline\n\n- **First contact:** March 2026\n- **Target signing:** June 2026\n',
    values: { 'timeline.first_contact': { year: 2026, month: 3 } },
  },
  {
    name: 'dates as drafters write them: a date in Chinese, a quarter in words',
    yaml: 'timeline:\n  first_contact: "2026年3月5日"\n  target_signing: first quarter of 2027\n',
    markdown: '## Timeline\n\n- **First contact:** 2026年3月5日\n- **Target signing:** first quarter of 2027\n',
    values: {
      'timeline.first_contact': { year: 2026, month: 3, day: 5 },
      'timeline.target_signing': { year: 2027, month: 1, span: 'quarter' },
    },
  },
  {
    name: 'a date left blank stays a blank',
    yaml: 'timeline:\n  first_contact: H2 2026\n  target_signing: "[DATE]"\n',
    markdown: '## Timeline\n\n- **First contact:** H2 2026\n- **Target signing:** [DATE]\n',
    values: { 'timeline.first_contact': { year: 2026, month: 7, span: 'half' }, 'timeline.target_signing': undefined },
  },
  {
    name: 'a choice left open at a clause of fixed values, and bracketed text: blanks, never values',
    yaml: 'asset:\n  classification: "[first-in-class | best-in-class]"\nlicense:\n  field: "[any and all uses [in humans]]"\n',
    markdown: '## Asset\n\n- **Classification:** [first-in-class | best-in-class]\n\n## Licence\n\n- **Field:** [any and all uses [in humans]]\n',
    values: { 'asset.classification': undefined },
  },
  {
    name: 'milestones as a table of events and amounts',
    yaml: 'financials:\n  upfront: USD 5M\n  milestones:\n    - {event: IND clearance, amount: USD 5M}\n    - {event: FDA approval, amount: USD 40M}\n',
    markdown:
      '| Term | Value |\n|---|---|\n| Upfront | USD 5M |\n\n| Milestone | Amount |\n|---|---|\n| IND clearance | USD 5M |\n| FDA approval | USD 40M |\n',
    values: { 'financials.milestones[1].amount': { amount: 40_000_000, currency: 'USD' } },
  },
  {
    name: 'values no reader understands are reported in both',
    yaml: 'status: undecided\nlicense:\n  scope: exclusiv\n  sublicensing: maybe\n  territory: [Atlantis]\nfinancials:\n  upfront: lots\n',
    markdown:
      'Status: undecided\n\n## Licence\n\n- **Scope:** exclusiv\n- **Sublicensing:** maybe\n- **Territory:** Atlantis\n\n' +
      '## Financial terms\n\n- **Upfront:** lots\n',
    values: { status: undefined, 'license.scope': undefined },
  },
  {
    name: 'statements in prose: a university declining a non-compete, advisors named inline, the binding sections excepted',
    yaml:
      'parties:\n  licensor: {name: Board of Regents of the University of Example, country: US}\n  licensee: {name: Acme Bio Inc., country: US}\n' +
      'non_compete: None; University reserves the right to license others in the Field\nadvisors:\n  legal: Lin & Okada LLP\n  tax: Harbour Tax Partners\n' +
      'confidentiality: Except for this section and Governing Law, which are binding, this term sheet is non-binding.\n',
    markdown:
      '**Licensor:** Board of Regents of the University of Example, United States\n\n**Licensee:** Acme Bio Inc., United States\n\n' +
      '**Non-compete.** None; University reserves the right to license others in the Field\n\n' +
      '**Advisors.** Legal counsel: Lin & Okada LLP. Tax advisor: Harbour Tax Partners.\n\n' +
      '**Confidentiality.** Except for this section and Governing Law, which are binding, this term sheet is non-binding.\n',
    values: {},
  },
  {
    name: 'patents in prose: granted in some countries, the national phase pending in others',
    yaml: 'license:\n  territory: global ex-Greater China\nip:\n  patents: CN, US, EP, JP granted (exp. 2041); PCT national phase pending in IN, KR, BR, CA, AU\n',
    markdown:
      '## Licence\n\n- **Territory:** global ex-Greater China\n- **Patents:** CN, US, EP, JP granted (exp. 2041); PCT national phase pending in IN, KR, BR, CA, AU\n',
    values: { uncovered: ['RU'] },
  },
];

describe('the same deal gives the same findings in YAML and Markdown', () => {
  for (const pair of PAIRS) {
    test(pair.name, () => {
      const fromYaml = findingsOf(pair.yaml, 'deal.termsheet.yaml');
      assert.deepEqual(findingsOf(pair.markdown, 'deal.termsheet.md'), fromYaml);
      const yaml = dealOf(readSheet(pair.yaml, 'yaml')!);
      const markdown = dealOf(readSheet(pair.markdown, 'markdown')!);
      for (const [path, expected] of Object.entries(pair.values)) {
        if (path === 'uncovered') {
          for (const deal of [yaml, markdown]) assert.deepEqual(uncoveredCountries(deal, ['DE', 'IN', 'JP', 'RU']), expected, 'countries no family covers');
          continue;
        }
        if (path === 'territory') {
          assert.deepEqual(yaml.territory('license.territory')?.countries, expected, 'territory in YAML');
          assert.deepEqual(markdown.territory('license.territory')?.countries, expected, 'territory in Markdown');
          continue;
        }
        // A milestone listed as a bare amount has no clause of its own in the schema: it is read as an amount.
        const read = (deal: typeof yaml) => {
          const reading = deal.reading(path);
          return reading ? (reading.state === 'read' ? reading.value : undefined) : deal.moneyOf(deal.node(path));
        };
        assert.deepEqual(read(yaml), expected, `${path} in YAML`);
        assert.deepEqual(read(markdown), expected, `${path} in Markdown`);
      }
    });
  }

  test('a territory of exclusions only is the world without them, in both formats', () => {
    const sheets = [readSheet('license:\n  territory: ex-US\n', 'yaml')!, readSheet('## Licence\n\n- **Territory:** ex-US\n', 'markdown')!];
    for (const sheet of sheets) {
      const countries = dealOf(sheet).territory('license.territory')?.countries ?? [];
      assert.ok(countries.length > 200 && !countries.includes('US') && countries.includes('IN'), `${sheet.format}: ${countries.length} countries`);
    }
  });

  for (const name of ['complete', 'pitfalls']) {
    test(`the ${name} example: same rules on the same clauses`, () => {
      const yaml = readFileSync(join(EXAMPLES, `${name}.termsheet.yaml`), 'utf8');
      const markdown = readFileSync(join(EXAMPLES, `${name}.termsheet.md`), 'utf8');
      assert.deepEqual(findingsOf(markdown, `${name}.termsheet.md`), findingsOf(yaml, `${name}.termsheet.yaml`));
    });
  }
});
