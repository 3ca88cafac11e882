import { anyCase, lexiconPattern, WORD_END, WORD_START, type LexiconEntry } from './lexicon';

/**
 * Nouns that name what a field stands for: `[Company name]`, `<DATE>`, `[amount of the upfront]`. A
 * bracketed defined term without one (`[Licensee]`) is not a blank: drafters bracket defined terms in
 * quotations ("[t]he Licensee") and for emphasis, and reporting them would bury the real blanks.
 */
const FIELD_NOUNS = [
  'name',
  'date',
  'address',
  'amount',
  'company',
  'party',
  'number',
  'percentage',
  'title',
  'signatory',
  'country',
  'figure',
  'sum',
  'price',
  'fee',
  'rate',
];

/**
 * Up to four words, then a field noun, and what it is of: the inside of `[Company name]`, `<FULL COMPANY NAME>`
 * or `[Name of project]`.
 */
const FIELD_PHRASE = `(?:[A-Za-z][A-Za-z'’]*[ _-]){0,4}(?:${FIELD_NOUNS.map(anyCase).join('|')})s?(?: (?:of|OF)(?: [A-Za-z][A-Za-z'’-]*){1,3})?`;

/** Verbs a template's instructions start with: `[Insert date]`, `<Define field>`, `[Describe the IP]`. */
const INSTRUCTION_VERBS = ['insert', 'define', 'describe', 'specify', 'enter', 'identify', 'select', 'choose'].map(anyCase).join('|');

/**
 * Words in lower case, as a template brackets text still to be settled: `[target]`, `[in humans]`,
 * `[research, develop]`, `[a non-exclusive]`. The first word has three letters or more (or is followed by
 * more words), so a letter in a quotation (`[t]he`) or a list marker (`[a]`, `[ii]`) is not one.
 */
const LOWER_WORDS = `(?:[a-z]{3,}[a-z'’-]*|[a-z]{1,2}(?= ))(?:,? [a-z][a-z'’-]*)*`;

/** Editorial marks in quotations, which bracket lower-case words that are not to be filled in. */
const EDITORIAL = '(?!(?:sic|redacted|emphasis added|emphasis omitted|citations? omitted|footnotes? omitted)\\])';

/**
 * `inside` in brackets, unless written as a YAML flow list: after a key's colon or a list's dash with nothing after
 * it but a comment or the end of the flow map or list around it (`territory: [southeast-asia]`, `- [asean]`,
 * `{territory: [our-gulf]}`). After a colon with text after it, it is prose (`Fee: [target] payable`).
 */
function notFlowList(inside: string): string {
  return `(?:(?<!:\\s)(?<!-\\s)\\[${inside}\\]|(?<=[:-]\\s)\\[${inside}\\](?=[^\\S\\n]*[^\\s#,}\\]]))`;
}

/** Not a Markdown link's text (`[text](url)`, `[text][ref]`). */
const NOT_LINK = '(?![(\\[])';

/** The note a bracketed marker may carry: `[TBD: scope]`, `[TBD - Phase 3 start]`. */
const NOTE = '\\s*(?:[:\\-–][^\\]\\n]*)?';

const CURRENCY_SIGN = '[$€£¥]\\s?';

/**
 * How templates leave a term to fill in. Each is a placeholder-left finding and never a value. The order
 * matters where two start at one place: the first listed wins.
 */
export const BLANKS: readonly LexiconEntry[] = [
  {
    name: 'to-be-decided',
    description: 'a bracketed TBD, TBC or TBA, with or without a note',
    pattern: `\\[\\s*(?:TBD|TBC|TBA|tbd|tbc)${NOTE}\\]`,
    examples: ['[TBD]', '[TBC]', '[TBA]', '[tbd]', '[tbc]', '[TBD: scope]', '[TBD - Phase 3 start]', '[ TBD ]'],
    nearMisses: ['[TBDX]', 'TBD-101', '[Tbd]'],
  },
  {
    name: 'bullet',
    description: 'a bullet in brackets, as filed templates mark a blank',
    pattern: `\\[\\s*[●•]${NOTE}\\]`,
    examples: ['[●]', '[•]', '[ ● ]'],
    nearMisses: ['● a list item', '[● and ■]'],
  },
  {
    name: 'letters-x',
    description: 'x or X in brackets, with or without a note after a colon',
    pattern: '\\[\\s*[xX]+\\s*(?::[^\\]\\n]*)?\\]',
    examples: ['[x]', '[xx]', '[XXX]', '[XX: per cent]'],
    nearMisses: ['[XL]', '[x-ray]', '[ex]'],
  },
  {
    name: 'underscores-in-brackets',
    description: 'underscores in brackets, an amount when a currency sign comes first',
    pattern: `(?:${CURRENCY_SIGN})?\\[\\s*_+${NOTE}\\]`,
    examples: ['[___]', '[_]', '$[___]', '€ [__]'],
    nearMisses: ['[snake_case]', '[_id]'],
  },
  {
    name: 'empty-brackets',
    description: 'brackets with only spaces between them',
    pattern: '\\[ +\\]',
    examples: ['[ ]', '[   ]'],
    nearMisses: ['[]', '[ a ]'],
  },
  {
    name: 'year',
    description: 'a year with its last digits left open',
    pattern: `${WORD_START}(?:19|20)(?:\\[\\s*_*\\s*\\]|__+${WORD_END})`,
    examples: ['20[__]', '20[ ]', '20__', '19[_]'],
    nearMisses: ['2025', '[2025]', '120[__'],
  },
  {
    name: 'underscore-line',
    description: 'a line of three or more underscores, an amount when a currency sign comes first',
    pattern: `(?:${CURRENCY_SIGN})?${WORD_START}_{3,}${WORD_END}`,
    examples: ['$______', '___', '£ _____', '__________'],
    nearMisses: ['__init__', 'snake_case', 'a___b', '__bold__'],
  },
  {
    name: 'template-field',
    description: 'a mail-merge field in double braces',
    pattern: '\\{\\{[^{}\\n]*\\}\\}',
    examples: ['{{licensee}}', '{{ p3_amount }}'],
    nearMisses: ['{licensee}}', '{{a}b}}'],
  },
  {
    name: 'brace-field',
    description: 'a field name in single braces, with the parts a document assembler asks for after it',
    pattern: "(?<!\\{)\\{[A-Za-z][A-Za-z0-9_ .,'’-]{0,40}\\}(?!\\})",
    examples: ['{inventor}', '{Licensee Name}', '{effective_date}', '{EffectiveDate.YMD}', '{Company.US.N,E,A}'],
    nearMisses: ['{a: 1}', '{{a}b}}', '{1}', '{ spaced }', '{1, 2}'],
  },
  {
    name: 'insert-instruction',
    description: 'an instruction to insert, define or describe text, in brackets closed or left open to the end of the line, or in angle brackets',
    pattern: `\\[(?:${INSTRUCTION_VERBS})${WORD_END}[^\\]\\n]*\\]?|<(?:${INSTRUCTION_VERBS})${WORD_END}[^<>\\n]*>`,
    examples: [
      '[INSERT: FULL COMPANY NAME]',
      '[INSERT: FULL COMPANY NAME',
      '[Insert date]',
      '[insert]',
      '<Define field>',
      '[Describe the IP]',
      '<SPECIFY INDICATIONS>',
    ],
    nearMisses: ['[Inserted text]', 'insert the name', '[Defined Terms]', '<Selection>', 'define the field'],
  },
  {
    name: 'bracketed-field',
    description: 'a field named in brackets by what it stands for',
    pattern: `\\[${FIELD_PHRASE}\\]`,
    examples: ['[DATE]', '[Company name]', '[COMPANY]', '[Licensee name]', '[effective date]', '[ROYALTY RATE]'],
    nearMisses: ['[Licensee]', '[the Licensor]', '[Net Sales]', '[1]', '[Rates apply]'],
  },
  {
    name: 'bracketed-capitals',
    description: 'several words in capitals in brackets',
    pattern: `\\[[A-Z][A-Z'’&.]*(?:[ _][A-Z0-9][A-Z0-9'’&.]*)+\\]`,
    examples: ['[LICENSEE NAME]', '[PARTY A]', '[GOVERNING_LAW]'],
    nearMisses: ['[ASEAN]', '[PRC]', '[Licensee Name Here]'],
  },
  {
    name: 'angle-field',
    description: 'a field named in angle brackets by what it stands for, or in capitals',
    pattern: `<(?:${FIELD_PHRASE}|[A-Z][A-Z'’&.]*(?:[ _][A-Z0-9][A-Z0-9'’&.]*)+)>`,
    examples: ['<DATE>', '<COMPANY>', '<Company name>', '<LICENSEE NAME>'],
    nearMisses: ['<br>', '<br/>', '<sup>1</sup>', '<https://example.com>', '<5%', '<TABLE>', '<Licensee>'],
  },
  {
    name: 'options',
    description: 'a choice left open between words, in brackets with a slash or a bar between them',
    pattern: `\\[\\s*[A-Za-z][^\\[\\]\\n|/]+(?:[|/]\\s*[A-Za-z][^\\[\\]\\n|/]+)+\\]${NOT_LINK}`,
    examples: ['[New York / Hong Kong]', '[first-in-class | best-in-class]', '[exclusive/non-exclusive]', '[United States / Worldwide]', '[and/or]'],
    nearMisses: ['[N/A]', 'and/or', 'ex-US/EU', '[1/2]', '[A/B](https://example.com/a/b)'],
  },
  {
    name: 'bracketed-words',
    description: 'words in lower case in brackets: text still to be settled, or a choice to keep or strike',
    pattern: `${notFlowList(`${EDITORIAL}${LOWER_WORDS}(?: ?\\[${LOWER_WORDS}\\])?`)}${NOT_LINK}`,
    examples: ['[target]', '[in humans]', '[research, develop]', '[an exclusive]', '[a non-exclusive]', '[any and all uses [in humans]]'],
    nearMisses: [
      '[t]he',
      '[a]',
      '[ii]',
      '[ex]',
      '[sic]',
      '[emphasis added]',
      '[the Licensee]',
      '[link](https://example.com)',
      '[x-ray]',
      'territory: [southeast-asia]',
      '- [asean]',
      'binding: [confidentiality, exclusivity]  # three',
      'license: {territory: [our-gulf]}',
    ],
  },
  {
    name: 'bracketed-figure',
    description: 'a figure in brackets, proposed but not agreed: after a currency sign, or before a percent sign or a unit',
    pattern: `${CURRENCY_SIGN}\\[\\s*\\d[\\d,.]*\\s*\\]|\\[\\s*\\d[\\d,.]*\\s*\\](?:\\s?%|\\s(?:per\\s?cent|percent|days|weeks|months|years|million|billion)${WORD_END})`,
    examples: ['[5]%', '[5] %', '$[50,000]', '[30] days', '[2.5] million', '[10] per cent'],
    nearMisses: ['[1]', '[2025]', 'see [3] above', '5%'],
  },
  {
    name: 'bang-field',
    description: 'a field in capitals after two exclamation marks, as some laboratory templates mark what to fill in',
    pattern: `!!\\s?[A-Z][A-Z0-9'’&.,/ -]*[A-Z0-9](?:!!)?`,
    examples: ['!!NAME AND ADDRESS OF LICENSEE, AND STATE OF INCORPORATION', '!!LICENSEE!!', '!! EFFECTIVE DATE'],
    nearMisses: ['Important!!', '!!', '!!!', 'wow!! Great'],
  },
  {
    name: 'letter-amount',
    description: 'an amount written as x after a currency sign',
    pattern: `${CURRENCY_SIGN}[Xx]{1,3}(?![A-Za-z0-9_]|-[A-Za-z0-9_])`,
    examples: ['$X', '$XX', '$ x', '€X'],
    nearMisses: ['$X-ray', '$Xeon', '$10'],
  },
  {
    name: 'letter-percent',
    description: 'a percentage written as x',
    pattern: `${WORD_START}[Xx](?:\\s?%|\\s+per\\s?cent${WORD_END})`,
    examples: ['X%', 'X %', 'x percent', 'x per cent'],
    nearMisses: ['10%', 'box %', 'Phase X', '3x%'],
  },
  {
    name: 'letter-range',
    description: 'a range of percentages written as letters',
    pattern: `${WORD_START}[A-Z]%\\s?[-–—]\\s?[A-Z]%`,
    examples: ['W%–Z%', 'A% - B%'],
    nearMisses: ['5%–10%', 'AB%-CD%'],
  },
  {
    name: 'option-range',
    description: 'a choice left open between two numbers, in brackets',
    pattern: '\\[\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*%?\\s*(?:[-–—]|to)\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*%?\\s*\\]',
    examples: ['[1-3]', '[5-10%]', '[5% – 10%]', '[2 to 4]', '[25,000 – 50,000]'],
    nearMisses: ['[1]', '[2025]', '(1-3)', '1-3'],
  },
  {
    name: 'bare-word',
    description: 'TBD, TBC, TBA or XX as a word in capitals',
    pattern: `${WORD_START}(?:TB[DCA]|XX+)(?![A-Za-z0-9_]|-[A-Za-z0-9_])`,
    examples: ['TBD', 'TBC', 'TBA', 'XX', 'XXX'],
    nearMisses: ['TBD-101', 'XXL', 'USD XXM', 'notTBDword', 'tbd'],
  },
];

/** Any blank, leftmost first. */
export const BLANK = lexiconPattern(BLANKS);
