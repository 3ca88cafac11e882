import { DIRECTIVE_UNKNOWN_RULE, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: DIRECTIVE_UNKNOWN_RULE,
    category: 'structure',
    defaultSeverity: 'warning',
    title: 'Directives name rules that exist',
    why:
      'A misspelt rule id in a disable directive silences nothing, while the author believes the finding was ' +
      'waived on purpose. The directive is reported so the id can be corrected.',
    goodExample: '# termsheet-disable-next-line patent-india-gap -- Indian filing decided in 2027\nlicense:\n  territory: worldwide',
    markdownExample: '<!-- termsheet-disable-next-line patent-india-gap -- Indian filing decided in 2027 -->\n**Territory:** worldwide',
    fixable: false,
  },
  // The engine reports this when it applies directives.
  check() {},
};
