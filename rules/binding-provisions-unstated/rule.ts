import { bindingStatedInProse, isBlank, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'binding-provisions-unstated',
    category: 'structure',
    defaultSeverity: 'info',
    title: 'The sheet says which provisions are binding',
    why:
      'A term sheet is non-binding except where it says otherwise, and the exceptions are what protect the licensor ' +
      'during the 9 to 12 months a cross-border deal takes: confidentiality of the data shared, governing law, any ' +
      'exclusivity granted. A sheet that never says leaves each side to claim the reading that suits it.',
    goodExample: 'binding: [confidentiality, exclusivity, governing_law]',
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    const binding = context.get('binding');
    if (binding && !isBlank(binding.value)) return;
    // An executed sheet, or one whose prose makes exceptions to its being non-binding, has said what binds.
    if (bindingStatedInProse(context.deal)) return;
    const provisions = defaultBinding((key) => context.get(key) !== undefined);
    context.report({
      message: 'The sheet does not say which provisions are binding (binding)',
      range: binding ? binding.keyRange : context.missingRange('binding'),
      suggestions: [
        {
          title: `State that ${inWords(provisions)} bind the parties (makes them binding before signing)`,
          edits: binding ? context.edit.setValue(binding.value, provisions) : context.edit.insertEntry('', 'binding', provisions),
        },
      ],
    });
  },
};

/**
 * What the suggestion proposes: confidentiality and governing law always (they protect both sides and cost
 * nothing); exclusivity and dispute resolution only when the sheet has those clauses, since a
 * binding no-shop is a concession the licensor should make on purpose, not by a quick fix.
 */
/** Clause keys in words, as English lists them: "confidentiality and governing law". */
function inWords(keys: readonly string[]): string {
  const words = keys.map((key) => key.replace(/_/g, ' '));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function defaultBinding(has: (key: string) => boolean): string[] {
  return ['confidentiality', 'exclusivity', 'governing_law', 'dispute_resolution'].filter(
    (key) => key === 'confidentiality' || key === 'governing_law' || has(key),
  );
}
