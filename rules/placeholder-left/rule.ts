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
      if (typeof node.value !== 'string') return;
      const matches = placeholdersIn(node.value);
      if (!matches) return;
      const found = [...new Set(matches)];
      const quoted = found.map((placeholder) => `"${placeholder}"`).join(', ');
      context.report({
        message: `${found.length > 1 ? 'Placeholders' : 'Placeholder'} ${quoted} left in ${path()}`,
        range: node.range,
        severity: agreed ? 'error' : undefined,
      });
    });
  },
};
