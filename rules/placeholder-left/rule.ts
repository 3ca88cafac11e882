import { placeholdersIn, visitScalars, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'placeholder-left',
    category: 'economics',
    defaultSeverity: 'warning',
    title: 'No placeholder is left in the sheet',
    why:
      'A `[TBD]` in a draft is a to-do; in a sheet marked agreed it is an open term that one side will later read ' +
      'its own way. Placeholders are errors once `status: agreed`.',
    goodExample: 'financials:\n  upfront: USD 20M\n  total_deal_value: USD 90M',
    fixable: false,
    reads: ['status'],
  },
  check(context) {
    const agreed = context.deal.enum('status') === 'agreed';
    visitScalars(context.root, (node, path) => {
      if (typeof node.value !== 'string' || !placeholdersIn(node.value)) return;
      // One finding per blank, on its own text: a paragraph may hold several, lines apart.
      const clause = path();
      for (const blank of context.deal.blanksOf(node)) {
        context.report({
          message: `Placeholder "${blank.text}" left in ${clause}`,
          range: blank.range,
          path: clause,
          severity: agreed ? 'error' : undefined,
        });
      }
    });
  },
};
