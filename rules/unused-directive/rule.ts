import { UNUSED_DIRECTIVE, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: UNUSED_DIRECTIVE,
    category: 'structure',
    defaultSeverity: 'hint',
    title: 'Every disable directive suppresses a finding',
    why:
      'A waiver that no longer waives anything hides the next real finding of that rule in the same place. ' +
      'Removing it keeps the list of accepted risks in a sheet honest.',
    goodExample: '# termsheet-disable-next-line fto-missing -- FTO opinion due 2027-01, see memo\nip:\n  patents: []',
    markdownExample: '<!-- termsheet-disable-next-line fto-missing -- FTO opinion due 2027-01, see memo -->\n## Intellectual property',
    fixable: false,
  },
  // The engine reports this when it applies directives, after every other rule has run.
  check() {},
};
