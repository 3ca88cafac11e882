/**
 * Config files built to break things: wrong types for every key of the format, unknown keys, a
 * catastrophic pattern, configs that try to extend themselves or each other, and sizes, depths and
 * bytes no config should have. Shared by the command-line and the language-server suites, so both
 * are held to the same cases.
 */
import { MAX_CONFIG_BYTES } from '../../server/src/engine';
import { SHEET } from './sheets';

export interface HostileConfig {
  name: string;
  /** The text of `.termsheetrc.yaml`. */
  config: string;
  /** Other files beside it (another config it names, for instance). */
  others?: Record<string, string>;
  /** The sheet linted under it; SHEET when absent. */
  sheet?: string;
  /**
   * `findings`: the config is read and what is wrong in it is reported at its place, one pattern per
   * expected finding in order; `fatal`: the config cannot be used at all, and the pattern is the
   * one-line reason.
   */
  expect: { findings: RegExp[] } | { fatal: RegExp };
  /** A rule the sheet must still be linted with, proving the config did not stop linting. */
  sheetRule: string;
}

/** Deterministic bytes (a fixed LCG), NULs included, read as Latin-1 so that each byte is one character. */
export function binaryGarbage(length: number): string {
  let seed = 7;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  return bytes.toString('latin1');
}

const customRuleText = (id: string, fields: string) => `  - id: acme/${id}\n    given: governing_law\n${fields}`;

/** A value a catastrophic-backtracking pattern would take forever to reject. */
const LONG_AS = 'a'.repeat(100_000) + '!';

export const HOSTILE_CONFIGS: HostileConfig[] = [
  {
    name: 'every top-level key with the wrong type',
    config: 'extends: [strict, none]\nfiles: 42\nignore: {archive: yes}\nrules: [fto-missing]\nregions: [JP]\ncustom: {id: acme/x}\nmax_file_size_mb: big\n',
    expect: {
      findings: [
        /^"extends" must be one of recommended, strict, none; found a list$/,
        /^"files" takes glob patterns as strings; found "42"$/,
        /^"ignore" takes glob patterns as strings; found a mapping$/,
        /^"rules" must map rule ids to a severity or to settings; found a list$/,
        /^"regions" must map region names to lists of countries; found a list$/,
        /^"custom" must be a list of rules; found a mapping$/,
        /^"max_file_size_mb" must be a positive number of megabytes/,
      ],
    },
    sheetRule: 'fto-missing',
  },
  {
    name: 'rule settings and options with the wrong types',
    config:
      'rules:\n  fto-missing: [error]\n  placeholder-left: 3\n  trial-design-nonstandard: {severity: 42, min_enrolled: sixty}\n' +
      '  timeline-too-short: {min_months: [12]}\n  counterparty-expectation: {max_me_too_upfront: true}\n  upfront-share-low: {severity: [warning]}\n',
    expect: {
      findings: [
        /^Setting of fto-missing must be a severity or a mapping; found a list$/,
        /^Severity of placeholder-left must be one of .*; found "3"$/,
        /^Severity of trial-design-nonstandard must be one of .*; found "42"$/,
        /^Option min_enrolled of trial-design-nonstandard must be a number; found "sixty"$/,
        /^Option min_months of timeline-too-short must be a duration .*; found a list$/,
        /^Option max_me_too_upfront of counterparty-expectation must be an amount of money .*; found "true"$/,
        /^Severity of upfront-share-low must be one of .*; found a list$/,
      ],
    },
    sheetRule: 'fto-missing',
  },
  {
    name: 'regions with the wrong types',
    config: 'regions:\n  our-apac: 42\n  nested: {a: b}\n  lists: [[JP]]\n  empty:\n',
    expect: {
      findings: [
        /^Region our-apac: "42" is neither a country nor a region$/,
        /^Region nested takes a list of countries and regions; found a mapping$/,
        /^Region lists: a list is neither a country nor a region$/,
        /^Region empty takes a list of countries and regions; found nothing$/,
      ],
    },
    sheetRule: 'fto-missing',
  },
  {
    name: 'custom rules with the wrong types',
    config:
      'custom:\n  - 42\n  - {id: 42, given: [], check: 7}\n' +
      customRuleText('min', '    check: {min: [1]}\n') +
      customRuleText('pattern', '    check: {pattern: [a]}\n') +
      customRuleText('fields', '    check: required\n    severity: []\n    message: {}\n    docs: []\n') +
      customRuleText('check', '    check: []\n'),
    expect: {
      findings: [
        /^A custom rule is a mapping with id, given and check; found "42"$/,
        /^A custom rule id needs a prefix, like acme\/approved-governing-law; found "42"$/,
        /^Custom rule acme\/min: "min" takes a number, an amount, a percentage, a duration or a date; found a list$/,
        /^Custom rule acme\/pattern: "pattern" takes a regular expression as text; found a list$/,
        /^Custom rule acme\/fields: severity must be one of .*; found a list$/,
        /^Custom rule acme\/fields: "message" takes text; found a mapping$/,
        /^Custom rule acme\/fields: "docs" takes text; found a list$/,
        /^Custom rule acme\/check: unknown check a list/,
      ],
    },
    sheetRule: 'fto-missing',
  },
  {
    name: 'unknown keys at every level',
    config:
      'colour: red\nrules:\n  fto-mising: error\n  fto-missing: {severity: error, loudness: 3}\ncustom:\n' +
      customRuleText('law', '    check: required\n    severty: error\n'),
    expect: {
      findings: [
        /^Unknown config key "colour"/,
        /^Unknown rule "fto-mising" \(did you mean fto-missing\?\)$/,
        /^fto-missing has no option "loudness"$/,
        /^Custom rule acme\/law has no field "severty"/,
      ],
    },
    sheetRule: 'fto-missing',
  },
  {
    name: 'a catastrophic pattern, (a+)+$, on a 100,000-character value',
    config:
      'custom:\n  - id: acme/redos\n    given: title\n    check: {pattern: "(a+)+$"}\n  - id: acme/backreference\n    given: title\n    check: {pattern: "(a)\\\\1"}\n',
    sheet: `title: ${LONG_AS}\n${SHEET}`,
    expect: { findings: [/^Custom rule acme\/backreference: invalid pattern: /] },
    sheetRule: 'acme/redos',
  },
  {
    name: 'a config that extends itself',
    config: 'extends: .termsheetrc.yaml\n',
    expect: { findings: [/^"extends" must be one of recommended, strict, none; found ".termsheetrc.yaml"$/] },
    sheetRule: 'fto-missing',
  },
  {
    name: 'two configs that extend each other',
    config: 'extends: ./team.yaml\n',
    others: { 'team.yaml': 'extends: ./.termsheetrc.yaml\n' },
    expect: { findings: [/^"extends" must be one of recommended, strict, none; found ".\/team.yaml"$/] },
    sheetRule: 'fto-missing',
  },
  {
    name: 'extends of a missing file',
    config: 'extends: ./missing.yaml\n',
    expect: { findings: [/^"extends" must be one of recommended, strict, none; found ".\/missing.yaml"$/] },
    sheetRule: 'fto-missing',
  },
  {
    name: 'extends of a remote file',
    config: 'extends: https://example.com/termsheetrc.yaml\n',
    expect: { findings: [/^"extends" must be one of recommended, strict, none; found "https:\/\/example.com\/termsheetrc.yaml"$/] },
    sheetRule: 'fto-missing',
  },
  {
    // Each of regions b to j lists nine aliases of the one before: nine findings each, never the expansion.
    name: 'an alias bomb of regions',
    config: aliasBomb(),
    expect: { findings: Array<RegExp>(81).fill(/^Region [b-j]: a list is neither a country nor a region$/) },
    sheetRule: 'fto-missing',
  },
  {
    name: 'a large config within the limit: 2,000 custom rules and 2,000 regions',
    config:
      'custom:\n' +
      Array.from({ length: 2_000 }, (_, i) => `  - {id: acme/rule-${i}, given: "parties.licensor.name", check: {pattern: "^Alpha"}}\n`).join('') +
      'regions:\n' +
      Array.from({ length: 2_000 }, (_, i) => `  region-${i}: [JP, KR, asean]\n`).join(''),
    expect: { findings: [] },
    sheetRule: 'fto-missing',
  },
  {
    name: 'a config over the size limit',
    config: 'regions:\n' + '  ours: [JP, KR, TW, SG, AU]  # padding the file out\n'.repeat(Math.ceil((2 * MAX_CONFIG_BYTES) / 50)),
    expect: { fatal: /^Too large for a config file: 2\.\d MB \(limit 1\.0 MB\)$/ },
    sheetRule: 'fto-missing',
  },
  {
    name: '10,000-deep flow nesting',
    config: `rules: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    expect: { fatal: /^Nested more than \d+ levels deep: too deep to read \(line 1\)$/ },
    sheetRule: 'fto-missing',
  },
  {
    // 10,000 levels of indentation would be 50 MB of spaces: over the size limit before any nesting counts.
    name: '1,000-deep block nesting',
    config: Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n') + ' 1\n',
    expect: { fatal: /^Nested more than \d+ levels deep: too deep to read \(line \d+\)$/ },
    sheetRule: 'fto-missing',
  },
  {
    name: 'binary garbage',
    config: binaryGarbage(64 * 1024),
    expect: { fatal: /\(line \d+\)$/ },
    sheetRule: 'fto-missing',
  },
  {
    name: 'a list where the mapping should be',
    config: '- fto-missing: off\n',
    expect: { fatal: /^A config file is a mapping of extends, files, ignore, rules, regions, custom and max_file_size_mb \(line 1\)$/ },
    sheetRule: 'fto-missing',
  },
];

function aliasBomb(): string {
  const levels = ['  a: &a [JP, JP, JP, JP, JP, JP, JP, JP, JP]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    levels.push(
      `  ${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  }
  return `regions:\n${levels.join('\n')}\n`;
}
