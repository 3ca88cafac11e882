import { isBlank, nonCompeteDeclined, isRedactedText, NON_COMPETE_REMEDY, scalarText, type Rule } from '../../server/src/engine';

/** Words that show a clause written as prose does provide a remedy. */
const REMEDY_WORDS = /\b(terminat\w*|reclaim\w*|revert\w*|revers\w*|remed\w*|return of (the )?(product|rights))\b/i;

export const rule: Rule = {
  meta: {
    id: 'non-compete-no-remedy',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'A non-compete says what happens on breach',
    why:
      "A non-compete with no remedy is a gentleman's agreement. The licensor needs the right to terminate and take " +
      'the product back when the licensee works on a competitor, so that the two can part cleanly.',
    goodExample: 'non_compete:\n  scope: TROP2-directed ADCs in breast cancer\n  remedy: licensor may terminate and reclaim the product',
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    const entry = context.get('non_compete');
    if (!entry || isBlank(entry.value) || nonCompeteDeclined(context.deal)) return;
    if (entry.value.kind === 'map') {
      const remedy = context.get('non_compete.remedy');
      if (remedy && !isBlank(remedy.value)) return;
      context.report({
        message: 'The non-compete states no remedy for a breach (such as the right to terminate and reclaim the product)',
        range: (remedy ?? entry).keyRange,
        suggestions: [
          {
            title: `Add the remedy "${NON_COMPETE_REMEDY}" (changes the terms)`,
            edits: context.edit.insertEntry('non_compete', 'remedy', NON_COMPETE_REMEDY),
          },
        ],
      });
      return;
    }
    const text = scalarText(entry.value);
    // A redacted non-compete ("[***]") may hold its remedy in what is not disclosed.
    if (text !== undefined && !isRedactedText(text) && !REMEDY_WORDS.test(text)) {
      context.report({
        message: 'The non-compete states no remedy for a breach (such as the right to terminate and reclaim the product)',
        range: entry.value.range,
      });
    }
  },
};
