import { asMap, findEntry, isBlank, isPlaceholder, itemsOf, proseStatement, scalarText, type Rule } from '../../server/src/engine';
import { isNone } from '../support/values';

/** GLP or GCP, including GCP written as its ICH guideline (ICH E6). */
const STANDARD = /\b(GLP|GCP)\b|\bICH[\s-]*E6\b/i;

export const rule: Rule = {
  meta: {
    id: 'data-standards-missing',
    category: 'asset',
    defaultSeverity: 'warning',
    title: 'The data package states GLP/GCP compliance and is ready for FDA/EMA submission',
    why:
      'Speed is what MNCs admire in Chinese biotechs, but a data package that is not compliant or does not meet FDA ' +
      'submission requirements means the buyer must fund more data. Even MNCs guard their operating budgets, and ' +
      "that extra round usually stalls the deal in the buyer's R&D review.",
    goodExample: 'asset:\n  data:\n    standards: [GLP, GCP]\n    pivotal_ready: true',
    fixable: false,
    reads: ['asset.data.pivotal_ready'],
  },
  check(context) {
    const data = context.get('asset.data');
    // A sheet that describes no data package is not judged on one.
    if (!data || !asMap(data.value)) return;
    const map = asMap(data.value)!;

    const standards = findEntry(map, 'standards');
    const items = itemsOf(standards?.value);
    // A sentence may state what no clause does ("The data package is GLP and GCP compliant and pivotal-ready").
    const inProse = (term: 'asset.data.standards' | 'asset.data.pivotal_ready') => proseStatement(context.deal, term)?.value;
    if (!standards || isBlank(standards.value) || isNone(standards.value)) {
      if (standards || inProse('asset.data.standards') !== 'stated')
        context.report({
          message: 'The data package states no GLP or GCP compliance (asset.data.standards)',
          range: standards ? (isNone(standards.value) ? standards.value.range : standards.keyRange) : data.keyRange,
        });
    } else if (!items.some((item) => isPlaceholder(item) || STANDARD.test(scalarText(item) ?? ''))) {
      const written = items
        .map((item) => scalarText(item) ?? '')
        .filter(Boolean)
        .join(', ');
      context.report({
        message: `The data package states no GLP or GCP compliance (standards: ${written})`,
        range: standards.value.range,
      });
    }

    const ready = findEntry(map, 'pivotal_ready');
    if (ready && (context.deal.flag('asset.data.pivotal_ready') === true || isPlaceholder(ready.value))) return;
    if (!ready && inProse('asset.data.pivotal_ready') === 'true') return;
    const stated = ready && !isBlank(ready.value);
    context.report({
      message: stated
        ? `The data package does not meet FDA/EMA submission requirements (pivotal_ready: ${scalarText(ready.value) ?? 'not a yes'})`
        : 'The data package does not say whether it meets FDA/EMA submission requirements (asset.data.pivotal_ready)',
      range: ready ? (stated ? ready.value.range : ready.keyRange) : data.keyRange,
    });
  },
};
