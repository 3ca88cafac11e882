import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readConfigText, type Rule } from '../../server/src/engine';
import { RULES } from '../index';

/** What each finding says and the text its range covers. */
function problems(text: string, rules: readonly Rule[] = RULES) {
  const reading = readConfigText(text, rules);
  return reading.findings.map((finding) => [finding.message, text.slice(finding.range.start.offset, finding.range.end.offset)]);
}

describe('config-invalid', () => {
  test('a valid config has no finding and is read in full', () => {
    const text =
      'extends: strict\nfiles: [deals/**/*.md]\nignore: [archive/**]\nrules:\n  fto-missing: off\n  placeholder-left: {severity: error}\n' +
      'regions:\n  our-apac: [JP, KR, asean]\ncustom:\n  - id: acme/require-jsc\n    given: license.governance.jsc\n    check: required\n' +
      'max_file_size_mb: 8\n';
    const reading = readConfigText(text, RULES);
    assert.deepEqual(reading.findings, []);
    assert.deepEqual(reading.config, {
      extends: 'strict',
      files: ['deals/**/*.md'],
      ignore: ['archive/**'],
      rules: { 'fto-missing': 'off', 'placeholder-left': { severity: 'error' } },
      regions: { 'our-apac': ['JP', 'KR', 'asean'] },
      custom: [{ id: 'acme/require-jsc', given: 'license.governance.jsc', check: 'required' }],
      max_file_size_mb: 8,
    });
    assert.deepEqual(
      reading.customRules.map((rule) => rule.meta.id),
      ['acme/require-jsc'],
    );
  });

  test('each mistake is a finding at its place, and the rest still applies', () => {
    const text =
      'extends: loose\nrules:\n  fto-mising: off\n  placeholder-left: loud\n  fto-missing: {severity: hint, min_enrolled: 3}\n' +
      'regions:\n  ours: [JP, Atlantis]\ncustom:\n  - id: require-jsc\n    given: license.governance.jsc\n    check: required\n' +
      '  - id: acme/law\n    given: governing_law\n    check: {pattern: "(?<=x)y"}\n  - id: acme/bad-check\n    given: a\n    check: {shorter: 3}\nsurprise: 1\n';
    assert.deepEqual(
      problems(text),
      [
        ['"extends" must be one of recommended, strict, none; found "loose"', 'loose'],
        ['Unknown rule "fto-mising" (did you mean fto-missing?)', 'fto-mising'],
        ['Severity of placeholder-left must be one of off, error, warning, info, hint; found "loud"', 'loud'],
        ['fto-missing has no option "min_enrolled"', 'min_enrolled'],
        ['Region ours: "Atlantis" is neither a country nor a region', 'Atlantis'],
        ['A custom rule id needs a prefix, like acme/approved-governing-law; found "require-jsc"', 'require-jsc'],
        ['Custom rule acme/law: invalid pattern: error parsing regexp: invalid named capture: `(?<=x)y`', '"(?<=x)y"'],
        ['Custom rule acme/bad-check: unknown check "shorter" (one of required, forbidden, pattern, enum, min, max, includes, excludes)', '{shorter: 3}'],
        ['Unknown config key "surprise" (expected extends, files, ignore, rules, regions, custom or max_file_size_mb)', 'surprise'],
      ].sort((a, b) => text.indexOf(a[1]) - text.indexOf(b[1])),
    );
    const reading = readConfigText(text, RULES);
    assert.deepEqual(reading.config.rules, { 'fto-missing': { severity: 'hint' } });
    assert.deepEqual(reading.config.regions, { ours: ['JP'] });
  });

  test('an option of the wrong type', () => {
    const withOption: Rule = {
      meta: { ...RULES[0].meta, id: 'with-option', options: { min_months: { type: 'duration', default: 9, description: 'd' } } },
      check() {},
    };
    assert.deepEqual(problems('rules:\n  with-option: {min_months: soon}\n', [withOption]), [
      ['Option min_months of with-option must be a duration (e.g. 9 months); found "soon"', 'soon'],
    ]);
    assert.deepEqual(problems('rules:\n  with-option: {min_months: 12 months}\n', [withOption]), []);
  });

  test('a file that does not parse is fatal, with its line', () => {
    const reading = readConfigText('rules: [\n', RULES);
    assert.match(reading.fatal ?? '', /\(line 2\)$/);
    assert.equal(reading.findings.length, 1);
  });

  test('a top level that is not a mapping is said in config terms', () => {
    assert.equal(
      readConfigText('- fto-missing\n', RULES).fatal,
      'A config file is a mapping of extends, files, ignore, rules, regions, custom and max_file_size_mb (line 1)',
    );
  });

  test('JSON configs are read with positions', () => {
    assert.deepEqual(problems('{"rules": {"fto-missing": "loud"}}'), [
      ['Severity of fto-missing must be one of off, error, warning, info, hint; found "loud"', '"loud"'],
    ]);
  });
});
