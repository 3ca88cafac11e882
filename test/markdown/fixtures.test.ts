import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyFixes, lintText, type Finding } from '../../server/src/engine';
import { RULES } from '../../rules';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'markdown');
const EXAMPLES = join(ROOT, 'examples');

/**
 * The rules whose findings these expectations cover. Rules added later are left out of the
 * comparison, so a new rule does not turn these tests red; the same-deal test below covers them.
 */
const COVERED = new Set([
  'regional-registration-control',
  'regional-data-sharing',
  'patent-coverage-gap',
  'patent-india-gap',
  'fto-missing',
  'non-compete-missing',
  'non-compete-vague',
  'non-compete-no-remedy',
  'termination-missing',
  'reversion-missing',
  'reversion-incomplete',
  'advisor-tax-missing',
  'advisor-legal-missing',
  'payee-entity-missing',
  'asset-classification-missing',
  'best-in-class-unsubstantiated',
  'differentiation-missing',
  'counterparty-expectation',
  'stage-buyer-mismatch',
  'china-only-data',
  'trial-design-nonstandard',
  'data-standards-missing',
  'middle-east-bridging',
  'deal-value-mismatch',
  'upfront-refundable',
  'upfront-share-low',
  'royalty-tiers-unordered',
  'currency-inconsistent',
  'timeline-too-short',
  'placeholder-left',
  'required-clause-missing',
  'binding-provisions-unstated',
  'sublicensing-unchecked',
  'unknown-key',
  'syntax',
  'directive-unknown-rule',
  'unused-directive',
  'directive-reason-missing',
]);

/** Per fixture (one house style each): [rule id, message, the exact text the finding's range covers]. */
const EXPECTED: Record<string, ReadonlyArray<readonly [string, string, string]>> = {
  'bold-lines.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'Heads of Terms: VX-19 licence to Sahara Pharma'],
    [
      'advisor-tax-missing',
      'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing',
      'Heads of Terms: VX-19 licence to Sahara Pharma',
    ],
    ['binding-provisions-unstated', 'The sheet does not say which provisions are binding (binding)', 'Heads of Terms: VX-19 licence to Sahara Pharma'],
    [
      'payee-entity-missing',
      'Cross-border deal (HK licensor, SA licensee) does not say which licensor entity signs and which receives payments (parties.licensor.signing_entity, parties.licensor.payee_entity)',
      'Licensor',
    ],
    ['differentiation-missing', 'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)', 'Asset'],
    [
      'regional-data-sharing',
      "Regional licence (SA, AE, EG) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated",
      'Territory',
    ],
    [
      'regional-registration-control',
      'Regional licence (SA, AE, EG) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review',
      'Territory',
    ],
    ['patent-coverage-gap', 'No patent family covers EG in the licensed territory', 'Saudi Arabia, the United Arab Emirates and Egypt'],
    [
      'reversion-incomplete',
      'The reversion does not hand back the data or the regulatory filings: "for breach, with 60 days to cure; rights revert to the Licensor"',
      'for breach, with 60 days to cure; rights revert to the Licensor',
    ],
  ],
  'front-matter.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'termsheet'],
    ['advisor-tax-missing', 'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing', 'termsheet'],
    ['required-clause-missing', 'Missing required clause: parties', 'termsheet'],
    ['required-clause-missing', 'Missing required clause: asset', 'termsheet'],
    [
      'regional-data-sharing',
      "Regional licence (BN, ID, KH, LA, MM, MY and 5 more) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated",
      'license',
    ],
    [
      'regional-registration-control',
      'Regional licence (BN, ID, KH, LA, MM, MY and 5 more) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review',
      'license',
    ],
    ['patent-coverage-gap', 'No patent family covers BN, ID, KH, LA, MM, PH, TL, VN in the licensed territory', '[southeast-asia]'],
    ['fto-missing', 'The freedom-to-operate (FTO) analysis is "none"', 'none'],
    ['non-compete-no-remedy', 'The non-compete states no remedy for a breach (such as the right to terminate and reclaim the product)', '[TBD]'],
    ['non-compete-vague', 'The non-compete names no duration: "[TBD]"', '[TBD]'],
    ['placeholder-left', 'Placeholder "[TBD]" left in non_compete', '[TBD]'],
    [
      'reversion-incomplete',
      `The reversion does not hand back the data or the regulatory filings: "either party on 60 days' notice; all rights revert to the Licensor"`,
      "either party on 60 days' notice; all rights revert to the Licensor",
    ],
  ],
  'headings.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'Exclusive Licence: BX-7 in Greater China'],
    [
      'advisor-tax-missing',
      'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing',
      'Exclusive Licence: BX-7 in Greater China',
    ],
    ['binding-provisions-unstated', 'The sheet does not say which provisions are binding (binding)', 'Exclusive Licence: BX-7 in Greater China'],
    ['non-compete-missing', 'No non-compete clause: nothing stops the licensee from favouring a competing product', 'Exclusive Licence: BX-7 in Greater China'],
    [
      'payee-entity-missing',
      'Cross-border deal (US licensor, CN licensee) does not say which licensor entity signs and which receives payments (parties.licensor.signing_entity, parties.licensor.payee_entity)',
      'Licensor',
    ],
    [
      'differentiation-missing',
      'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)',
      'Licensed Product',
    ],
    [
      'regional-data-sharing',
      "Regional licence (CN, TW, HK, MO) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated",
      'Territory',
    ],
    [
      'regional-registration-control',
      'Regional licence (CN, TW, HK, MO) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review',
      'Territory',
    ],
    ['patent-coverage-gap', 'No patent family covers TW, HK, MO in the licensed territory', 'Greater China'],
    ['fto-missing', 'The freedom-to-operate (FTO) analysis is "None"', 'None'],
    ['reversion-missing', 'Termination does not revert the licensed rights to the licensor', 'Termination'],
  ],
  'numbered-prose.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'Parties'],
    ['advisor-tax-missing', 'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing', 'Parties'],
    ['binding-provisions-unstated', 'The sheet does not say which provisions are binding (binding)', 'Parties'],
    // Both parties in one sentence, each by its defined term: a Suzhou licensor and a Danish licensee.
    [
      'payee-entity-missing',
      'Cross-border deal (CN licensor, DK licensee) does not say which licensor entity signs and which receives payments (parties.licensor.signing_entity, parties.licensor.payee_entity)',
      'Parties',
    ],
    [
      'asset-classification-missing',
      'The asset is not classified (asset.classification): say whether it is first-in-class, best-in-class, me-better or me-too',
      'Licensed Compound',
    ],
    [
      'differentiation-missing',
      'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)',
      'Licensed Compound',
    ],
    // The Danish licensee (A/S) is read from the same sentence: an IND-enabling asset offered to a European buyer.
    [
      'stage-buyer-mismatch',
      'Asset at stage "ind-enabling", before Phase 2 proof of concept, offered to a licensee in Denmark (DK): European, Japanese and Korean buyers mostly in-license after PoC',
      'IND-enabling',
    ],
    [
      'patent-coverage-gap',
      'No patent family covers JP, CA, KR, BR, AU, RU, MX, TW, SA and 196 other countries in the licensed territory',
      'Worldwide excluding China, Hong Kong and Macau',
    ],
    ['patent-india-gap', 'India is in the licensed territory but no patent family covers IN', 'Worldwide excluding China, Hong Kong and Macau'],
  ],
  'placeholders.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'Term sheet — [Project name]'],
    [
      'advisor-tax-missing',
      'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing',
      'Term sheet — [Project name]',
    ],
    ['fto-missing', 'No freedom-to-operate (FTO) analysis is stated in ip.fto', 'Term sheet — [Project name]'],
    ['required-clause-missing', 'Missing required clause: asset', 'Term sheet — [Project name]'],
    ['required-clause-missing', 'Missing required clause: intellectual property (ip)', 'Term sheet — [Project name]'],
    ['placeholder-left', 'Placeholder "[Project name]" left in title', '[Project name]'],
    ['placeholder-left', 'Placeholder "{{licensee}}" left in parties.licensee.name', '{{licensee}}'],
    [
      'regional-data-sharing',
      "Regional licence (JP) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated",
      'Territory',
    ],
    [
      'regional-registration-control',
      'Regional licence (JP) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review',
      'Territory',
    ],
    ['patent-coverage-gap', 'No patent family is listed, so no country of the licensed territory is covered (JP)', 'Japan'],
    ['placeholder-left', 'Placeholder "[●]" left in license.field', '[●]'],
    ['placeholder-left', 'Placeholder "[●]" left in financials.upfront', '[●]'],
    ['placeholder-left', 'Placeholder "TBD" left in financials.total_deal_value', 'TBD'],
    ['placeholder-left', 'Placeholder "[ ]" left in governing_law', '[ ]'],
    ['placeholder-left', 'Placeholder "XX" left in confidentiality', 'XX'],
    ['non-compete-missing', 'The sheet says there is no non-compete: nothing stops the licensee from favouring a competing product', 'none'],
    ['reversion-missing', 'Termination does not revert the licensed rights to the licensor', 'Termination'],
    ['placeholder-left', 'Placeholder "TBC" left in termination', 'TBC'],
  ],
  'setext-crlf.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'Licence — TL-5 in Europe'],
    [
      'advisor-tax-missing',
      'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing',
      'Licence — TL-5 in Europe',
    ],
    ['binding-provisions-unstated', 'The sheet does not say which provisions are binding (binding)', 'Licence — TL-5 in Europe'],
    ['non-compete-missing', 'No non-compete clause: nothing stops the licensee from favouring a competing product', 'Licence — TL-5 in Europe'],
    ['required-clause-missing', 'Missing required clause: asset', 'Licence — TL-5 in Europe'],
    ['termination-missing', 'No termination clause: say how either party may end the licence and what happens then', 'Licence — TL-5 in Europe'],
    [
      'payee-entity-missing',
      'Cross-border deal (CN licensor, DE licensee) does not say which licensor entity signs and which receives payments (parties.licensor.signing_entity, parties.licensor.payee_entity)',
      'Licensor',
    ],
    ['deal-value-mismatch', 'Total deal value EUR 9.5M does not add up: upfront EUR 3.5M + milestones EUR 4M = EUR 7.5M', '€9.5 million'],
    [
      'regional-data-sharing',
      "Regional licence (DE, FR, IT, ES, NL, AT and 21 more) gives the licensor no right to the licensee's data: license.regulatory.data_sharing is not stated",
      'Licence',
    ],
    [
      'regional-registration-control',
      'Regional licence (DE, FR, IT, ES, NL, AT and 21 more) leaves local trials and registrations to the licensee alone: no licensor consent or JSC review',
      'Licence',
    ],
  ],
  'table-only.termsheet.md': [
    ['differentiation-missing', 'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)', 'Product'],
    ['patent-coverage-gap', 'No patent family covers KR in the licensed territory', 'Japan and the Republic of Korea'],
    ['deal-value-mismatch', 'Total deal value USD 95M does not add up: upfront USD 20M + milestones USD 70M = USD 90M', 'USD 95 million'],
    [
      'non-compete-no-remedy',
      'The non-compete states no remedy for a breach (such as the right to terminate and reclaim the product)',
      'Licensee shall not develop TROP2-directed ADCs in breast cancer during the Term',
    ],
    [
      'reversion-incomplete',
      'The reversion does not hand back the data or the regulatory filings: "Either party may terminate for material breach not cured within 90 days; on termination all licensed rights revert to Licensor"',
      'Either party may terminate for material breach not cured within 90 days; on termination all licensed rights revert to Licensor',
    ],
  ],
  'university.termsheet.md': [
    ['advisor-legal-missing', 'No legal counsel is named (advisors.legal)', 'Exclusive Patent License Agreement — Term Sheet'],
    [
      'advisor-tax-missing',
      'No tax advisor is named (advisors.tax): the signing and paying entities need tax advice before signing',
      'Exclusive Patent License Agreement — Term Sheet',
    ],
    ['binding-provisions-unstated', 'The sheet does not say which provisions are binding (binding)', 'Exclusive Patent License Agreement — Term Sheet'],
    [
      'asset-classification-missing',
      'The asset is not classified (asset.classification): say whether it is first-in-class, best-in-class, me-better or me-too',
      'Licensed Technology',
    ],
    [
      'differentiation-missing',
      'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)',
      'Licensed Technology',
    ],
    ['fto-missing', 'No freedom-to-operate (FTO) analysis is stated in ip.fto', 'Patent Rights'],
    ['patent-coverage-gap', 'No patent family covers CN, JP, KR, BR, AU, RU, MX, TW, SA and 198 other countries in the licensed territory', 'Worldwide'],
    ['patent-india-gap', 'India is in the licensed territory but no patent family covers IN', 'Worldwide'],
    ['reversion-missing', 'Termination does not revert the licensed rights to the licensor', 'Termination'],
  ],
};

function lint(file: string, text: string): Finding[] {
  return lintText(text, { rules: RULES, fileName: file }).findings;
}

function described(text: string, findings: readonly Finding[]): Array<[string, string, string]> {
  return findings.map((finding) => [finding.ruleId, finding.message, text.slice(finding.range.start.offset, finding.range.end.offset)]);
}

describe('Markdown fixtures in eight house styles', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    test(file, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const findings = lint(file, text).filter((finding) => COVERED.has(finding.ruleId));
      assert.deepEqual(described(text, findings), expected);
    });
  }

  test('every fixture file has expectations', () => {
    const files = ['bold-lines', 'front-matter', 'headings', 'numbered-prose', 'placeholders', 'setext-crlf', 'table-only', 'university'].map(
      (name) => `${name}.termsheet.md`,
    );
    assert.deepEqual(Object.keys(EXPECTED).sort(), files);
  });

  test('placeholders are errors in an agreed sheet', () => {
    const text = readFileSync(join(FIXTURES, 'placeholders.termsheet.md'), 'utf8');
    const placeholders = lint('placeholders.termsheet.md', text).filter((finding) => finding.ruleId === 'placeholder-left');
    assert.ok(placeholders.length > 0 && placeholders.every((finding) => finding.severity === 'error'));
  });

  test('a directive comment silences the finding on the next line', () => {
    const text = readFileSync(join(FIXTURES, 'setext-crlf.termsheet.md'), 'utf8');
    const result = lintText(text, { rules: RULES, fileName: 'setext-crlf.termsheet.md' });
    assert.ok(!result.findings.some((finding) => finding.ruleId === 'fto-missing'));
    assert.ok(result.suppressed.some((entry) => JSON.stringify(entry).includes('fto-missing')));
  });
});

describe('the same deal as YAML and as Markdown', () => {
  const pairs = ['complete', 'pitfalls'];
  for (const name of pairs) {
    test(`${name}: same rule ids and messages`, () => {
      const yaml = readFileSync(join(EXAMPLES, `${name}.termsheet.yaml`), 'utf8');
      const markdown = readFileSync(join(EXAMPLES, `${name}.termsheet.md`), 'utf8');
      const key = (finding: Finding) => `${finding.ruleId}: ${finding.message}`;
      const fromYaml = lint(`${name}.termsheet.yaml`, yaml).map(key).sort();
      const fromMarkdown = lint(`${name}.termsheet.md`, markdown).map(key).sort();
      assert.deepEqual(fromMarkdown, fromYaml);
    });
  }

  test('the complete sheet has no finding in Markdown', () => {
    const markdown = readFileSync(join(EXAMPLES, 'complete.termsheet.md'), 'utf8');
    assert.deepEqual(lint('complete.termsheet.md', markdown), []);
  });

  test('ranges land on the right text in each format', () => {
    const yaml = readFileSync(join(EXAMPLES, 'pitfalls.termsheet.yaml'), 'utf8');
    const markdown = readFileSync(join(EXAMPLES, 'pitfalls.termsheet.md'), 'utf8');
    const at = (file: string, text: string, ruleId: string) => {
      const finding = lint(file, text).find((candidate) => candidate.ruleId === ruleId);
      assert.ok(finding, ruleId);
      return text.slice(finding.range.start.offset, finding.range.end.offset);
    };
    const spots: Array<[string, string, string]> = [
      ['deal-value-mismatch', 'USD 40M', 'USD 40M'],
      ['patent-coverage-gap', '[asean, IN, gcc]', 'ASEAN member states, India and the GCC'],
      ['placeholder-left', '[TBD]', '[TBD]'],
      ['regional-registration-control', 'licensee-alone', 'Licensee alone'],
      ['upfront-share-low', 'USD 1.5M', 'USD 1.5M'],
      ['currency-inconsistent', 'RMB 20,000,000', 'RMB 20,000,000'],
      ['unknown-key', 'dispute_resolutoin', 'Dispute resolutoin'],
      ['timeline-too-short', '2027-01-15', '2027-01-15'],
    ];
    for (const [ruleId, inYaml, inMarkdown] of spots) {
      assert.equal(at('pitfalls.termsheet.yaml', yaml, ruleId), inYaml, `${ruleId} in YAML`);
      assert.equal(at('pitfalls.termsheet.md', markdown, ruleId), inMarkdown, `${ruleId} in Markdown`);
    }
  });
});

describe('fixes in Markdown', () => {
  const files = [...Object.keys(EXPECTED).map((file) => join(FIXTURES, file)), join(EXAMPLES, 'pitfalls.termsheet.md')];
  for (const path of files) {
    test(`every fix offered in ${path.split('/').at(-1)} removes its finding and loses no text`, () => {
      const text = readFileSync(path, 'utf8');
      const file = path.split('/').at(-1)!;
      for (const finding of lint(file, text).filter((candidate) => candidate.fix)) {
        for (const edit of finding.fix!.edits) {
          // Fixes insert, or replace a value on its own line: never a span of several lines.
          assert.ok(!text.slice(edit.start, edit.end).includes('\n'), `${finding.ruleId} replaces several lines`);
        }
        const output = applyFixes(text, [finding.fix!]).text;
        const again = lintText(output, { rules: RULES, fileName: file });
        assert.deepEqual(again.sheet?.problems, [], `${finding.ruleId}: the fixed sheet must read`);
        assert.ok(
          !again.findings.some((other) => other.ruleId === finding.ruleId && other.message === finding.message),
          `${finding.ruleId}: the fix left "${finding.message}"`,
        );
      }
    });
  }
});
