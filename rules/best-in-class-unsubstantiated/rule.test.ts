import { testRule } from '../../test/support/rule-tester';
import { rule } from './rule';

const noBenchmark = (claim: string) => `The ${claim} claim names no benchmark product to compare against (asset.benchmark)`;
const NO_PRODUCT = 'The best-in-class claim names no benchmark product (asset.benchmark.product)';

testRule(rule, {
  valid: [
    {
      name: 'a benchmark and head-to-head evidence named in the words of the claim (Markdown)',
      fileName: 'case.termsheet.md',
      code: '## Asset\n\n| Item | Detail |\n|---|---|\n| Asset | SK-264, a TROP2 ADC; best-in-class against sacituzumab govitecan, on head-to-head animal data |\n',
    },
    { name: 'the same in YAML, in one value', code: 'asset:\n  classification: best-in-class against sacituzumab govitecan, on head-to-head animal data\n' },
    {
      name: 'a benchmark clause in words: the product, then the evidence',
      fileName: 'case.termsheet.md',
      code: '**Classification:** best-in-class\n\n**Benchmark:** deucravacitinib, head-to-head clinical\n',
    },
    {
      name: 'me-better than a product named after the claim',
      code: 'asset:\n  classification: me-better than oral semaglutide, with head-to-head clinical data\n',
    },
    {
      name: 'best-in-class with head-to-head animal data',
      code: 'asset:\n  classification: best-in-class\n  benchmark:\n    product: zolbetuximab\n    evidence: [head-to-head-animal, cross-trial-clinical]\n',
    },
    {
      name: 'me-better with cross-trial data only',
      code: 'asset:\n  classification: me-better\n  benchmark: {product: osimertinib, evidence: cross-trial-clinical}\n',
    },
    { name: 'first-in-class needs no benchmark', code: 'asset:\n  classification: first-in-class\n' },
    { name: 'me-too needs no benchmark', code: 'asset:\n  classification: me-too\n' },
    { name: 'no classification (asset-classification-missing reports it)', code: 'asset:\n  name: X\n' },
    {
      name: 'placeholders are left to placeholder-left',
      code: 'asset:\n  classification: best-in-class\n  benchmark:\n    product: "[TBD]"\n    evidence: ["[TBD]"]\n',
    },
  ],
  invalid: [
    {
      name: 'the benchmark named before "based on" is the product alone',
      code: 'asset:\n  classification: best-in-class vs zolbetuximab based on ORR (cross-trial)\n',
      findings: [
        {
          message: 'The best-in-class claim against zolbetuximab has no head-to-head comparison (evidence: cross-trial-clinical)',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 75,
          severity: 'error',
        },
      ],
    },
    {
      name: 'a benchmark named in words but only cross-trial data: no head-to-head comparison',
      code: 'asset:\n  classification: best-in-class versus pembrolizumab in a cross-trial comparison\n',
      findings: [
        {
          message: 'The best-in-class claim against pembrolizumab has no head-to-head comparison (evidence: cross-trial-clinical)',
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 81,
          severity: 'error',
        },
      ],
    },
    {
      name: 'best-in-class with no benchmark: error on the claim, a benchmark block is added',
      code: 'asset:\n  classification: best-in-class  # our view\n',
      findings: [{ message: noBenchmark('best-in-class'), line: 2, column: 19, endLine: 2, endColumn: 32, severity: 'error' }],
      suggested: 'asset:\n  classification: best-in-class  # our view\n  benchmark:\n    product: "[TBD]"\n',
    },
    {
      name: 'me-better with benchmark none: a warning, no fix',
      code: 'asset:\n  classification: Me-Better\n  benchmark: none\n',
      findings: [{ message: noBenchmark('me-better'), line: 2, column: 19, endLine: 2, endColumn: 28 }],
    },
    {
      name: 'best-in-class on cross-trial data only: error on the evidence',
      code: 'asset:\n  classification: best-in-class\n  benchmark: {product: enhertu, evidence: [cross-trial-clinical]}\n',
      findings: [
        {
          message: 'The best-in-class claim against enhertu has no head-to-head comparison (evidence: cross-trial-clinical)',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 65,
          severity: 'error',
        },
      ],
    },
    {
      name: 'head-to-head data but no product: a warning on benchmark, the product is added',
      code: 'asset:\n  classification: best-in-class\n  benchmark:\n    evidence: [head-to-head-clinical]\n',
      findings: [{ message: NO_PRODUCT, line: 3, column: 3, endLine: 3, endColumn: 12 }],
      suggested: 'asset:\n  classification: best-in-class\n  benchmark:\n    evidence: [head-to-head-clinical]\n    product: "[TBD]"\n',
    },
    {
      name: 'me-better with evidence none points at the value',
      code: 'asset:\n  classification: me-better\n  benchmark:\n    product: enhertu\n    evidence: none\n',
      findings: [{ message: 'The me-better claim against enhertu rests on no evidence (evidence: none)', line: 5, column: 15, endLine: 5, endColumn: 19 }],
    },
    {
      name: 'a benchmark in prose states no evidence: error, nothing to fix',
      code: 'asset:\n  classification: best-in-class\n  benchmark: enhertu\n',
      findings: [
        {
          message: 'The best-in-class claim against enhertu states no evidence (asset.benchmark.evidence)',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 12,
          severity: 'error',
        },
      ],
    },
    {
      name: 'no evidence key: the evidence is added to state',
      code: 'asset:\n  classification: potential best-in-class\n  benchmark:\n    product: enhertu\n',
      findings: [
        {
          message: 'The best-in-class claim against enhertu states no evidence (asset.benchmark.evidence)',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 12,
          severity: 'error',
        },
      ],
      suggested: 'asset:\n  classification: potential best-in-class\n  benchmark:\n    product: enhertu\n    evidence: ["[TBD]"]\n',
    },
    {
      name: 'a configured severity wins over the escalation',
      code: 'asset:\n  classification: best-in-class\n',
      setting: 'warning',
      findings: [{ message: noBenchmark('best-in-class'), line: 2, column: 19, endLine: 2, endColumn: 32, severity: 'warning' }],
      suggested: 'asset:\n  classification: best-in-class\n  benchmark:\n    product: "[TBD]"\n',
    },
  ],
});
