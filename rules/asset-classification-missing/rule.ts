import {
  asMap,
  LEAVES_ONE_BLANK,
  CLASSIFICATIONS,
  findEntry,
  isBlank,
  isPlaceholder,
  readClassification,
  scalarText,
  type Rule,
} from '../../server/src/engine';

/**
 * What the suggestion writes: a placeholder that lists the four values, so the choice stays with the author and
 * placeholder-left keeps it visible until it is made.
 */
export const CLASSIFICATION_PLACEHOLDER = `[TBD: ${CLASSIFICATIONS.join(' | ')}]`;

export const rule: Rule = {
  meta: {
    id: 'asset-classification-missing',
    category: 'asset',
    defaultSeverity: 'warning',
    title: 'The asset is classified as first-in-class, best-in-class, me-better or me-too',
    why:
      'Deal strategy starts from an honest answer to what the asset is: first-in-class, best-in-class, me-better or ' +
      'me-too. That answer decides whether to approach an MNC, a mid-size pharma, a licensing firm or emerging ' +
      'markets; in 2023, 60% of counterparties to China out-licensing were mid-size pharma or biotech.',
    goodExample: 'asset:\n  name: ZA-101\n  classification: best-in-class',
    fixable: false,
    hasSuggestions: true,
    reads: ['asset.classification'],
  },
  check(context) {
    const asset = context.get('asset');
    // No asset clause at all is required-clause-missing's finding.
    if (!asset || !asMap(asset.value)) return;
    const entry = findEntry(asMap(asset.value)!, 'classification');
    if (entry && !isBlank(entry.value)) {
      // A placeholder is placeholder-left's finding.
      if (readClassification(context.deal) || isPlaceholder(entry.value)) return;
      const written = scalarText(entry.value);
      context.report({
        message:
          written === undefined
            ? `asset.classification must be a single value: one of ${CLASSIFICATIONS.join(', ')}`
            : `asset.classification "${written}" is not one of ${CLASSIFICATIONS.join(', ')}`,
        range: entry.value.range,
      });
      return;
    }
    context.report({
      message: `The asset is not classified (asset.classification): say whether it is ${CLASSIFICATIONS.slice(0, -1).join(', ')} or me-too`,
      range: entry ? entry.keyRange : asset.keyRange,
      suggestions: [
        { title: `Add a classification to choose ${LEAVES_ONE_BLANK}`, edits: context.edit.insertEntry('asset', 'classification', CLASSIFICATION_PLACEHOLDER) },
      ],
    });
  },
};
