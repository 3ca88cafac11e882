import { isBlank, licensorIsInstitution, NON_COMPETE_SKELETON, nonCompeteDeclined, titleFor, withOneBlank, type Rule } from '../../server/src/engine';

/** The clause a suggestion adds, with one blank. */
const NON_COMPETE_SUGGESTED = withOneBlank(NON_COMPETE_SKELETON);

export const rule: Rule = {
  meta: {
    id: 'non-compete-missing',
    category: 'pitfalls',
    defaultSeverity: 'warning',
    title: 'The licensee undertakes not to compete with the product',
    why:
      'Without a non-compete, a licensee may in-license a rival asset and let yours wait. Its boundaries are hard ' +
      'to draw, which is why they must be drawn before closing: which targets, indications or modalities, for how ' +
      'long, and what happens on breach.',
    goodExample:
      'non_compete:\n  scope: TROP2-directed ADCs in breast cancer\n  duration: term of the agreement\n' +
      '  territory: licensed territory\n  remedy: licensor may terminate and reclaim the product',
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    // A university or institute licenses out what it does not develop itself: diligence obligations keep the licensee working.
    if (licensorIsInstitution(context.deal)) return;
    const entry = context.get('non_compete');
    if (entry && nonCompeteDeclined(context.deal)) {
      context.report({
        message: 'The sheet says there is no non-compete: nothing stops the licensee from favouring a competing product',
        range: entry.value.range,
      });
      return;
    }
    if (entry && !isBlank(entry.value)) return;
    context.report({
      message: 'No non-compete clause: nothing stops the licensee from favouring a competing product',
      range: entry ? entry.keyRange : context.missingRange('non_compete'),
      suggestions: [
        {
          title: titleFor('Add a non-compete clause binding the licensee', NON_COMPETE_SUGGESTED),
          edits: context.edit.insertEntry('', 'non_compete', NON_COMPETE_SUGGESTED),
        },
      ],
    });
  },
};
