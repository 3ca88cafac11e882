import { CONFIG_RULE_ID, type Rule } from '../../server/src/engine';

export const rule: Rule = {
  meta: {
    id: CONFIG_RULE_ID,
    category: 'structure',
    defaultSeverity: 'error',
    title: 'The config file is valid',
    why:
      'A misspelt rule id or a severity the linter does not know is silently ignored by most linters, and the team ' +
      'believes a check is on, or off, when it is not. Each mistake is shown where it is, and the rest of the ' +
      'config still applies.',
    goodExample: 'extends: recommended\nrules:\n  upfront-share-low: off\n  trial-design-nonstandard: {severity: error, min_enrolled: 60}',
    fixable: false,
  },
  // Reported while reading `.termsheetrc.*` files, not while checking a term sheet.
  check() {},
};
