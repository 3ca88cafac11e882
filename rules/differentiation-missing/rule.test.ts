import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const NONE = 'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)';
const few = (count: number, wanted: number, empty: string) =>
  `The asset states ${count} of the five dimensions of differentiation (fewer than ${wanted}); empty: ${empty}`;

testRule(rule, {
  valid: [
    { name: 'novelty argued in a sentence of the asset', code: 'asset:\n  name: ZA-101\n  summary: ZA-101 blocks PD-1 and VEGF by a novel mechanism.\n' },
    {
      name: 'novelty argued in prose (Markdown)',
      fileName: 'case.termsheet.md',
      code: '## Licensed Product\n\nZA-101, a bispecific antibody. It acts by a novel mechanism.\n',
    },
    {
      name: 'all five dimensions',
      code:
        'asset:\n  differentiation:\n    novelty: new target\n    speed: second to Phase 2\n    quality: lower CRS\n' +
        '    volume: 140 patients\n    global: AU sites\n',
    },
    { name: 'two dimensions meet the default', code: 'asset:\n  differentiation: {speed: first to Phase 3, global: FDA Type B meeting}\n' },
    { name: 'one dimension with min_dimensions 1', code: 'asset:\n  differentiation: {quality: better ORR}\n', setting: { min_dimensions: 1 } },
    { name: 'differentiation argued in prose is not split', code: 'asset:\n  differentiation: only CLDN18.2 bispecific with Phase 2 data\n' },
    { name: 'placeholders count as stated (placeholder-left reports them)', code: 'asset:\n  differentiation: {novelty: "[TBD]", speed: "[TBD]"}\n' },
    { name: 'no asset (required-clause-missing reports it)', code: 'title: x\n' },
  ],
  invalid: [
    {
      name: 'a bare first-in-class claim, or a denied novelty, argues no dimension',
      code: 'asset:\n  classification: first-in-class\n  summary: Not a novel mechanism.\n',
      findings: [
        {
          message: 'The asset states none of the five dimensions of differentiation (novelty, speed, quality, volume, global)',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 6,
        },
      ],
      suggested: 'asset:\n  classification: first-in-class\n  summary: Not a novel mechanism.\n  differentiation:\n    novelty: "[TBD]"\n',
    },
    {
      name: 'no differentiation: one suggestion a dimension, the first adds novelty under the asset, comment kept',
      code: 'asset:\n  name: ZA-101  # lead\n',
      findings: [{ message: NONE, line: 1, column: 1, endLine: 1, endColumn: 6 }],
      suggested: 'asset:\n  name: ZA-101  # lead\n  differentiation:\n    novelty: "[TBD]"\n',
    },
    {
      name: 'one dimension: info naming the empty ones; the first suggestion fills the first empty key, none is kept',
      code: 'asset:\n  differentiation:\n    novelty: new target\n    speed:\n    quality: none\n',
      findings: [{ message: few(1, 2, 'speed, quality, volume, global'), line: 2, column: 3, endLine: 2, endColumn: 18, severity: 'info' }],
      suggested: 'asset:\n  differentiation:\n    novelty: new target\n    speed: "[TBD]"\n    quality: none\n',
    },
    {
      name: 'an empty last key and absent keys: the first suggestion fills the empty key',
      code: 'asset:\n  differentiation:\n    novelty: new target\n    speed:\n',
      findings: [{ message: few(1, 2, 'speed, quality, volume, global'), line: 2, column: 3, endLine: 2, endColumn: 18, severity: 'info' }],
      suggested: 'asset:\n  differentiation:\n    novelty: new target\n    speed: "[TBD]"\n',
    },
    {
      name: 'min_dimensions raised in the config, flow style',
      code: 'asset:\n  differentiation: {novelty: new target, volume: 300 patients}\n',
      setting: { min_dimensions: 3 },
      findings: [{ message: few(2, 3, 'speed, quality, global'), line: 2, column: 3, endLine: 2, endColumn: 18, severity: 'info' }],
      suggested: 'asset:\n  differentiation: {novelty: new target, volume: 300 patients, speed: "[TBD]"}\n',
    },
    {
      name: 'differentiation: none points at the value, nothing to fill',
      code: 'asset:\n  differentiation: none\n',
      findings: [{ message: NONE, line: 2, column: 20, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'every dimension none: a warning with no fix',
      code: 'asset:\n  differentiation: {novelty: none, speed: none, quality: none, volume: none, global: none}\n',
      findings: [{ message: NONE, line: 2, column: 3, endLine: 2, endColumn: 18 }],
    },
    {
      name: 'an empty differentiation is filled',
      code: 'asset:\n  differentiation:\n',
      setting: { severity: 'error', min_dimensions: 5 },
      findings: [{ message: NONE, line: 2, column: 3, endLine: 2, endColumn: 18, severity: 'error' }],
      suggested: 'asset:\n  differentiation:\n    novelty: "[TBD]"\n',
    },
  ],
});
