import { UNKNOWN_DIRECTIVE, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: UNKNOWN_DIRECTIVE,
    category: 'structure',
    defaultSeverity: 'warning',
    title: 'Directives are spelled as the linter knows them',
    why:
      'A comment such as termsheet-disabel or termsheet-disable-line (an ESLint habit) waives nothing, while its ' +
      'author and every reviewer believe the finding was waived on purpose. The comment is reported with the ' +
      'directive it is nearest to, so it can be corrected.',
    goodExample: '# termsheet-disable-next-line patent-india-gap -- Indian filing decided in 2027\nlicense:\n  territory: worldwide',
    markdownExample: '<!-- termsheet-disable-next-line patent-india-gap -- Indian filing decided in 2027 -->\n**Territory:** worldwide',
    fixable: true,
  },
  // The engine reports this when it applies directives: rules read the model, not the sheet's comments.
  check() {},
};
