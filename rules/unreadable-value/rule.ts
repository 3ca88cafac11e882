import type { Rule, UnreadableValue } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'unreadable-value',
    category: 'structure',
    defaultSeverity: 'warning',
    title: 'Every value can be read as what its clause holds',
    why:
      'A check reads the amount, the territory or the choice a clause states. A value it cannot read (`upfront: lots`, ' +
      '`territory: Atlantis`, `scope: exclusiv`) is a value no check looks at: the sums, the patent coverage or the ' +
      'regional safeguards would go unchecked while the sheet looks clean.',
    goodExample: 'license:\n  scope: exclusive\n  territory: [JP, KR]\nfinancials:\n  upfront: USD 20M',
    exampleClausesApart: true,
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    for (const value of context.deal.unreadable()) {
      const checks = context.checksReading(value.path);
      context.report({
        message: describe(value) + (checks.length > 0 ? ` Not checked until it is: ${checks.join(', ')}.` : ''),
        range: value.node.range,
        ...(value.nearest && {
          // The nearest word is a guess at what was meant, and reading it changes the deal: the author chooses it.
          suggestions: [
            {
              title: `Change "${value.text.trim()}" to "${value.nearest}" (sets ${clauseName(value.path).toLowerCase()} to ${value.nearest})`,
              edits: context.edit.setValue(value.node, inCaseOf(value.text, value.nearest)),
            },
          ],
        }),
      });
    }
  },
};

function describe(value: UnreadableValue): string {
  const written = value.text.trim() === '' ? 'is empty' : `"${value.text.trim()}" cannot be read`;
  const guess = value.nearest ? ` Did you mean "${value.nearest}"?` : '';
  return `${clauseName(value.path)} ${written}: expected ${value.expected}.${guess}`;
}

/** `license.regulatory.clinical_plan_approval` → "Clinical plan approval"; an item of a list → its list's name. */
function clauseName(path: string): string {
  const key =
    path
      .replace(/(?:\[\d+\])+$/, '')
      .split('.')
      .pop() ?? path;
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The word in the case the drafter wrote: "Exclusve" becomes "Exclusive". */
function inCaseOf(written: string, word: string): string {
  const first = written.trim().charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
