import { DIRECTIVE_REASON_MISSING, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: DIRECTIVE_REASON_MISSING,
    category: 'structure',
    defaultSeverity: 'warning',
    title: 'Disable directives say why',
    why:
      'A waived finding is an accepted deal risk. Counsel reviewing the sheet, or the team picking it up a year ' +
      'later, needs the reason next to the waiver; the strict preset requires one.',
    goodExample: '# termsheet-disable-next-line fto-missing -- FTO opinion due 2027-01, see memo\nip:\n  patents: []',
    markdownExample: '<!-- termsheet-disable-next-line fto-missing -- FTO opinion due 2027-01, see memo -->\n## Intellectual property',
    fixable: false,
    strictOnly: true,
  },
  // The engine reports this when it applies directives.
  check() {},
};
