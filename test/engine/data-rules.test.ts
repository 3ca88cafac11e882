import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare, customRule, lintText, type DataRuleSpec } from '../../server/src/engine';

function run(spec: Omit<DataRuleSpec, 'id'>, text: string, regions?: Record<string, string[]>) {
  const rule = customRule({ id: 'acme/test', ...spec });
  return lintText(text, { rules: [rule], config: { regions } }).findings.map((finding) => [
    finding.message,
    text.slice(finding.range.start.offset, finding.range.end.offset),
  ]);
}

test('required: missing, empty and "none" are reported; the message template is filled', () => {
  const spec = { given: 'license.governance.jsc', check: 'required' as const, message: '{{path}} is needed (got "{{value}}")' };
  assert.deepEqual(run(spec, 'license:\n  scope: exclusive\n'), [['license.governance.jsc is needed (got "")', 'license']]);
  assert.deepEqual(run(spec, 'license:\n  governance:\n    jsc: none\n'), [['license.governance.jsc is needed (got "none")', 'none']]);
  assert.deepEqual(run(spec, 'license:\n  governance: {jsc: true}\n'), []);
});

test('forbidden', () => {
  assert.deepEqual(run({ given: 'financials.equity', check: 'forbidden' }, 'financials: {equity: 5%}\n'), [['financials.equity is not allowed', '5%']]);
});

test('enum, case-insensitively, with the message of config.md', () => {
  const spec = {
    given: 'governing_law',
    check: { enum: ['New York', 'England and Wales', 'Hong Kong'] },
    message: 'Governing law {{value}} is not on the approved list',
  };
  assert.deepEqual(run(spec, 'governing_law: hong kong\n'), []);
  assert.deepEqual(run(spec, 'governing_law: Singapore\n'), [['Governing law Singapore is not on the approved list', 'Singapore']]);
});

test('[*] visits every element', () => {
  const spec = { given: 'financials.royalties[*].rate', check: { min: '5%' }, message: 'Royalty rate {{value}} is below our 5% floor' };
  const text = 'financials:\n  royalties:\n    - {rate: 8%}\n    - {rate: 4%}\n';
  assert.deepEqual(run(spec, text), [['Royalty rate 4% is below our 5% floor', '4%']]);
});

test('[0] checks one item, named as a finding names it; the dotted form ip.patents.0 is read the same', () => {
  const text = 'ip:\n  patents:\n    - {family: WO1, jurisdictions: [CN]}\n    - {family: WO2}\n';
  for (const given of ['ip.patents[1].jurisdictions', 'ip.patents.1.jurisdictions']) {
    assert.deepEqual(
      run({ given, check: 'required', message: '{{path}} is needed' }, text),
      [['ip.patents[1].jurisdictions is needed', '{family: WO2}']],
      given,
    );
  }
  assert.deepEqual(run({ given: 'ip.patents[0].jurisdictions', check: 'required' }, text), []);
  // A position past the end has nothing to check.
  assert.deepEqual(run({ given: 'ip.patents[5].family', check: 'forbidden' }, text), []);
});

test('min and max compare money, percentages, durations and dates as written', () => {
  assert.equal(compare('USD 20M', 'USD 30M'), -1);
  assert.equal(compare(40_000_000, '$30 million'), 1);
  assert.equal(compare('EUR 20M', 'USD 30M'), undefined);
  assert.equal(compare('12%', '10%'), 1);
  assert.equal(compare('1 year', '12 months'), 0);
  assert.equal(compare('6 months', '90 days'), 1);
  assert.equal(compare('2027-03-01', '2027-01-31'), 1);
  assert.deepEqual(run({ given: 'financials.upfront', check: { max: 'USD 50M' } }, 'financials: {upfront: USD 60M}\n'), [
    ['financials.upfront USD 60M is above the maximum USD 50M', 'USD 60M'],
  ]);
});

test("includes and excludes expand regions, including the config's own", () => {
  const text = 'license:\n  territory: [asean]\n';
  assert.deepEqual(run({ given: 'license.territory', check: { excludes: ['greater-china'] } }, text), []);
  assert.deepEqual(run({ given: 'license.territory', check: { includes: ['our-core'] } }, text, { 'our-core': ['SG', 'JP'] }), [
    ['license.territory does not include JP', '[asean]'],
  ]);
});

test('a catastrophic pattern on a long value returns promptly (RE2 runs in linear time)', () => {
  const text = `governing_law: "${'a'.repeat(50_000)}!"\n`;
  const started = Date.now();
  const findings = run({ given: 'governing_law', check: { pattern: '^(a+)+$' } }, text);
  assert.equal(findings.length, 1);
  assert.ok(Date.now() - started < 2_000, 'a backtracking engine would take hours here');
});
