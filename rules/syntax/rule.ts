import type { Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: 'syntax',
    category: 'structure',
    defaultSeverity: 'error',
    title: 'The term sheet must parse',
    why:
      'A sheet that does not parse cannot be checked at all: every other rule is silent until it is fixed. ' +
      'The finding points at the place where reading stopped.',
    goodExample: 'license:\n  scope: exclusive\n  territory: [JP, KR]',
    fixable: false,
  },
  check(context) {
    // The first problem is the real one; what follows it is usually the parser losing its footing.
    const [first] = context.problems;
    if (first) context.report({ message: first.message, range: first.range });
  },
};
