import {
  asMap,
  benchmarkInWords,
  findEntry,
  isBlank,
  isPlaceholder,
  isStated,
  itemsOf,
  readClassification,
  scalarText,
  LEAVES_ONE_BLANK,
  TBD,
  type Rule,
} from '../../server/src/engine';
import { isNone } from '../support/values';

const HEAD_TO_HEAD = /head[\s_-]*to[\s_-]*head|\bh2h\b/i;

export const rule: Rule = {
  meta: {
    id: 'best-in-class-unsubstantiated',
    category: 'asset',
    defaultSeverity: 'warning',
    title: 'A best-in-class or me-better claim names its benchmark and the evidence for it',
    why:
      'Best-in-class is something the data show, not something the licensor declares: buyers expect a named ' +
      'benchmark product and animal and clinical comparisons against it, ideally head-to-head. A claim with no ' +
      'comparison behind it costs credibility in the first diligence call.',
    goodExample:
      'asset:\n  classification: best-in-class\n  benchmark:\n    product: sacituzumab govitecan\n' +
      '    evidence: [head-to-head-animal, cross-trial-clinical]',
    fixable: false,
    hasSuggestions: true,
    reads: ['asset.classification', 'asset.benchmark.evidence'],
  },
  check(context) {
    const claim = readClassification(context.deal);
    if (claim !== 'best-in-class' && claim !== 'me-better') return;
    const bestInClass = claim === 'best-in-class';
    const claimNode = context.node('asset.classification')!;
    const benchmark = context.get('asset.benchmark');
    const map = benchmark && asMap(benchmark.value);

    // A benchmark named in words ("best-in-class against topotecan, on head-to-head data") substantiates the
    // claim as a benchmark block would, unless the block itself says more.
    const inWords = !map || (!findEntry(map, 'product') && !findEntry(map, 'evidence')) ? benchmarkInWords(context.deal) : undefined;
    if (inWords) {
      const range = benchmark?.keyRange ?? claimNode.range;
      if (inWords.evidence.length === 0) {
        const message = `The ${claim} claim against ${inWords.product} states no evidence (asset.benchmark.evidence)`;
        context.report({ message, range, severity: bestInClass ? 'error' : undefined });
      } else if (bestInClass && !inWords.evidence.some((word) => word.startsWith('head-to-head'))) {
        const message = `The best-in-class claim against ${inWords.product} has no head-to-head comparison (evidence: ${inWords.evidence.join(', ')})`;
        context.report({ message, range, severity: 'error' });
      }
      return;
    }

    if (!benchmark || !isStated(benchmark.value)) {
      context.report({
        message: `The ${claim} claim names no benchmark product to compare against (asset.benchmark)`,
        range: claimNode.range,
        // With no benchmark there is no head-to-head evidence at all.
        severity: bestInClass ? 'error' : undefined,
        suggestions: [
          {
            title: `Add the benchmark product ${LEAVES_ONE_BLANK}`,
            edits: benchmark && isNone(benchmark.value) ? [] : context.edit.insertEntry('asset', 'benchmark', { product: TBD }),
          },
        ],
      });
      return;
    }

    const productEntry = map && findEntry(map, 'product');
    const product = map ? scalarText(productEntry?.value) : scalarText(benchmark.value);
    const evidenceEntry = map && findEntry(map, 'evidence');
    const evidence = itemsOf(evidenceEntry?.value);
    // Placeholders are placeholder-left's finding.
    const pending = evidence.length > 0 && evidence.every((item) => isPlaceholder(item));
    const headToHead = evidence.some((item) => HEAD_TO_HEAD.test(scalarText(item) ?? ''));
    const escalate = bestInClass && !headToHead && !pending ? 'error' : undefined;

    if (map && (!productEntry || !isStated(productEntry.value))) {
      const refused = productEntry !== undefined && isNone(productEntry.value);
      context.report({
        message: `The ${claim} claim names no benchmark product (asset.benchmark.product)`,
        range: productEntry ? (refused ? productEntry.value.range : productEntry.keyRange) : benchmark.keyRange,
        severity: escalate,
        suggestions: refused
          ? undefined
          : [{ title: `Add the benchmark product ${LEAVES_ONE_BLANK}`, edits: context.edit.insertEntry('asset.benchmark', 'product', TBD) }],
      });
    }
    const against = product && product.trim() !== '' && !isNone(productEntry?.value) ? ` against ${product.trim()}` : '';
    if (pending) return;

    if (!evidenceEntry || isBlank(evidenceEntry.value)) {
      context.report({
        message: `The ${claim} claim${against} states no evidence (asset.benchmark.evidence)`,
        range: (evidenceEntry ?? benchmark).keyRange,
        severity: escalate,
        suggestions: map
          ? [{ title: `Add the evidence to state ${LEAVES_ONE_BLANK}`, edits: context.edit.insertEntry('asset.benchmark', 'evidence', [TBD]) }]
          : undefined,
      });
    } else if (evidence.every((item) => isNone(item))) {
      context.report({
        message: `The ${claim} claim${against} rests on no evidence (evidence: ${scalarText(evidence[0])})`,
        range: evidenceEntry.value.range,
        severity: escalate,
      });
    } else if (escalate) {
      const stated = evidence.flatMap((item) => (isNone(item) ? [] : (scalarText(item) ?? []))).join(', ');
      context.report({
        message: `The best-in-class claim${against} has no head-to-head comparison (evidence: ${stated})`,
        range: evidenceEntry.value.range,
        severity: escalate,
      });
    }
  },
};
