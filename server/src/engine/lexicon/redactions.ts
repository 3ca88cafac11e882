import { lexiconPattern, type LexiconEntry } from './lexicon';

/**
 * How filed agreements hide a term: the value is stated but not disclosed. No rule reads it, fixes it or
 * reports it missing; placeholder-left leaves it alone.
 */
export const REDACTIONS: readonly LexiconEntry[] = [
  {
    name: 'asterisks',
    description: 'one to five asterisks in brackets, as the SEC filing rules mark an omission',
    pattern: '\\[\\s*\\*(?:\\s*\\*){0,4}\\s*\\]',
    examples: ['[***]', '[**]', '[*]', '[* * *]'],
    nearMisses: ['**bold**', '[*note]', '*', '[a*]'],
  },
  {
    name: 'bare-asterisk-figure',
    description: 'an asterisk where the figure was, after a currency sign or before a percent sign',
    pattern: '(?:[$€£¥]\\s?\\*{1,3}(?![\\w*])|(?<![\\w*])\\*{1,3}\\s?%)',
    examples: ['$*', '$***', '*%', '***%'],
    nearMisses: ['$5*', '*note*', '**bold**', '5%*'],
  },
  {
    name: 'redacted',
    description: 'the word redacted in brackets',
    pattern: '\\[(?:REDACTED|Redacted|redacted)\\]',
    examples: ['[REDACTED]', '[Redacted]', '[redacted]'],
    nearMisses: ['redacted', '[REDACTED TEXT HERE'],
  },
];

/** Any redaction, leftmost first. */
export const REDACTION = lexiconPattern(REDACTIONS);
