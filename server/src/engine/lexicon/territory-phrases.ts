/**
 * How drafters narrow or define a territory in prose, around the places they name: the words that
 * exclude what follows ("worldwide, excluding ..."), the words by which the licensor keeps a country
 * ("the Licensor retains all rights in China"), the words after a place that say it is kept ("China,
 * which the Licensor retains"), the words inside an exclusion list that continue it ("the PRC (including
 * Hong Kong and Macau)"), and the words that open a definition in brackets ("Europe (i.e. the EU27 ...)").
 *
 * Each entry is a pattern read against the text between two places, with the examples that define it
 * and the near misses it must leave alone (test/engine/territory-phrases.test.ts reads them all).
 */
import type { LexiconEntry } from './lexicon';

/** Before a place, at the end of the gap: what follows is taken out of the territory. */
export const EXCLUDING_BEFORE: readonly LexiconEntry[] = [
  {
    name: 'exclusion word',
    description: 'a word or phrase that takes the places after it out: "excluding", "except for", "other than", "ex-"',
    pattern: String.raw`(?:excluding|except(?:\s+for|\s+in)?|excl\.?|ex\.?|other\s+than|not\s+including|but\s+not(?:\s+in)?|outside(?:\s+of)?|save|less|without|minus)[\s-]*(?:the\s+)?$`,
    examples: ['excluding ', 'except for the ', 'ex-', 'other than ', 'but not in ', 'outside of the '],
    nearMisses: ['including ', 'in ', 'and the '],
  },
  {
    name: 'licensor retains',
    description: 'the licensor keeps the places after it: "the Licensor retains all rights in", "X will retain rights to the Product in"',
    pattern: String.raw`(?<![A-Za-z])(?:retain(?:s|ed|ing)?|reserve(?:s|d)?|keep(?:s|ing)?)(?![A-Za-z])[^.;:]{0,80}?(?<![A-Za-z])(?:in|within|throughout|for|of)\s+(?:the\s+)?$`,
    examples: ['. The Licensor retains all rights in ', 'Licensor will retain all rights to the Product in the ', 'reserves for itself the territory of '],
    nearMisses: ['. The Licensee may sell in ', 'retains all rights. Sales in ', 'in '],
  },
  {
    name: 'retained territory',
    description: 'a "retained territory" the sheet defines by naming its places: "the Retained Territory (Greater China)"',
    pattern: String.raw`(?<![A-Za-z])(?:retained|reserved|licensor)\s+territor(?:y|ies)(?:\s|\(|,|:|-|–|—|means|being|i\.\s?e\.|is)*(?:the\s+)?$`,
    examples: ['Retained Territory (', 'the retained territory, being ', 'Licensor Territory: '],
    nearMisses: ['Licensed Territory: ', 'territory in '],
  },
];

/** After a place, at the start of the gap: the places just listed are the licensor's, not the licensee's. */
export const RETAINED_AFTER: readonly LexiconEntry[] = [
  {
    name: 'which the licensor retains',
    description: 'a clause after the places that gives them to the licensor: ", which the Licensor retains", "(retained by Licensor)"',
    pattern: String.raw`^\s*[,(]?\s*(?:(?:which|where|that)\s+(?:the\s+)?(?:licensor|[A-Z][\w-]*)\s+(?:(?:shall|will|does|may)\s+)?(?:retains?|keeps?|reserves?)|(?:(?:is|are|being|shall\s+be|will\s+be)\s+)?(?:retained|reserved|kept)\s+(?:by|to|for)(?![A-Za-z]))`,
    examples: [', which the Licensor retains', ' (retained by Licensor', ' are reserved to ', ', which Qixing will retain'],
    nearMisses: [', which the Licensee may enter', ' and ', ' (including '],
  },
];

/** Inside a list of places, words that continue the list rather than end it: the PRC (including Hong Kong), Taiwan. */
export const LIST_CONTINUES: LexiconEntry = {
  name: 'list continues',
  description: 'separators, "and", "or", "the", and "including" or "together with" inside brackets',
  pattern: String.raw`^(?:\s|,|;|/|&|\(|\)|(?<![A-Za-z])(?:and|or|the|including|incl\.?|together\s+with|as\s+well\s+as|plus)(?![A-Za-z]))*$`,
  examples: [', ', ' and the ', ' (including ', '), ', ' together with '],
  nearMisses: [', where ', ' for '],
};

/** Opens a bracket that defines the place before it by its members: "Europe (i.e. the EU27, UK, ...)". */
export const MEMBERS_OPEN: LexiconEntry = {
  name: 'members open',
  description: 'an opening bracket, with "i.e.", "namely", "meaning", "being", "comprising" or "consisting of"',
  pattern: String.raw`^\s*\(\s*(?:(?:i\.?\s?e\.?|namely|meaning|being|comprising|consisting\s+of|defined\s+as|that\s+is)[\s,:]*)?(?:the\s+)?$`,
  examples: [' (', '(i.e. ', ' (namely the ', ' (consisting of '],
  nearMisses: [' (excluding ', ' (including ', ', '],
};

/** Between members inside a defining bracket: separators and "and" only. */
export const MEMBERS_GAP: LexiconEntry = {
  name: 'members gap',
  description: 'separators and "and" between the members a bracket lists',
  pattern: String.raw`^(?:\s|,|;|/|&|(?<![A-Za-z])(?:and|the)(?![A-Za-z]))*$`,
  examples: [', ', ' and ', ', and the '],
  nearMisses: [' excluding ', ' (including '],
};

/** Closes a defining bracket. */
export const MEMBERS_CLOSE = /^\s*\)/;

/** A pattern finding any of the entries; flags `i`. */
export function phrasePattern(entries: readonly LexiconEntry[]): RegExp {
  return new RegExp(entries.map((entry) => `(?:${entry.pattern})`).join('|'), 'i');
}
