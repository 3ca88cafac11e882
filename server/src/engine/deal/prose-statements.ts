import { NEGATION, STATEMENTS, type StatementTerm } from '../lexicon/statements';
import { visitScalars, type ScalarNode } from '../model';
import type { Deal } from './deal';
import { readParties } from './parties';
import { escapeForPattern } from '../text';
import { sentencesOf } from './sentences';

/** A term a sentence of the sheet states, wherever the sentence stands (a summary, a clause of other words). */
export interface ProseStatement {
  /** The value it states, in the schema's spelling (`completed`, `jsc`, `mutual`, or a negated value: `none`). */
  value: string;
  /** The value the sentence is part of. */
  node: ScalarNode;
  /** The sentence, as written. */
  sentence: string;
}

const PATTERNS = STATEMENTS.map((entry) => ({ entry, pattern: new RegExp(entry.pattern, 'i'), namesParty: /licens(?:or|ee)/i.test(entry.pattern) }));
const NEGATED = new RegExp(NEGATION, 'i');
/** How far before a statement a negation still reads as its own ("No freedom-to-operate ..."). */
const NEGATION_REACH = 24;

/**
 * The first sentence of the sheet, in document order, that states `term`: read from every value, as YAML and
 * Markdown alike give prose in values. Undefined when no sentence states it.
 */
export function proseStatement(deal: Deal, term: StatementTerm): ProseStatement | undefined {
  return deal.remember(`prose-statement:${term}`, () => {
    const roles = partyRoles(deal);
    for (const node of textValues(deal)) {
      for (const sentence of sentencesOf(String(node.value))) {
        const statement = readSentence(sentence, term, roles);
        if (statement) return { value: statement, node, sentence };
      }
    }
    return undefined;
  });
}

/**
 * The value a sentence states of `term`, negated when a negation stands in it or just before it. `roles` reads
 * the names the sheet defines for its parties as the parties' roles ("Huabo's consent" as "Licensor's consent"),
 * for the statements that say who does what; the others read the sentence as written (a licensee called "GCP"
 * leaves "GCP compliant" alone).
 */
export function readSentence(sentence: string, term: StatementTerm, roles?: (sentence: string) => string): string | undefined {
  let byRole: string | undefined;
  for (const { entry, pattern, namesParty } of PATTERNS) {
    if (entry.term !== term) continue;
    const read = namesParty && roles ? (byRole ??= roles(sentence)) : sentence;
    const match = pattern.exec(read);
    if (!match) continue;
    sentence = read;
    const around = sentence.slice(Math.max(0, match.index - NEGATION_REACH), match.index + match[0].length);
    return NEGATED.test(around) ? entry.negated : entry.value;
  }
  return undefined;
}

/**
 * The names the sheet defines for its parties, each replaced in a sentence by the party's role ("Huabo" by
 * "Licensor"); undefined when the sheet defines none. Made once per lint.
 */
function partyRoles(deal: Deal): ((sentence: string) => string) | undefined {
  return deal.remember('party-roles', () => {
    const { licensor, licensee } = readParties(deal);
    const roleOf = new Map<string, string>();
    for (const [party, role] of [
      [licensor, 'Licensor'],
      [licensee, 'Licensee'],
    ] as const) {
      for (const term of party.terms) if (!roleOf.has(term)) roleOf.set(term, role);
    }
    if (roleOf.size === 0) return undefined;
    const names = new RegExp(String.raw`(?<![\p{L}\d])(?:${[...roleOf.keys()].map(escapeForPattern).join('|')})(?![\p{L}\d])`, 'gu');
    return (sentence: string) => sentence.replace(names, (name) => roleOf.get(name)!);
  });
}

/** Every scalar value of the sheet that holds a word, in document order: found once per lint, for every term asked. */
export function textValues(deal: Deal): readonly ScalarNode[] {
  return deal.remember('text-values', () => {
    const found: ScalarNode[] = [];
    // visitScalars reads a YAML alias's node once, so an alias bomb costs no more than its text.
    visitScalars(deal.root, (node) => {
      if (typeof node.value === 'string' && /[a-z]/i.test(node.value)) found.push(node);
    });
    return found.sort((a, b) => a.range.start.offset - b.range.start.offset);
  });
}

/** "Phase I and II clinical trials in China", "studies were run in Australia and the US": the words after "in". */
const TRIALS_IN = /\b(?:trials?|studies|study)\b[^.;\n]{0,30}?\b(?:in|at sites in)\s+/gi;
/** A country's name is at most a few words ("People's Republic of China"). */
const MAX_COUNTRY_WORDS = 5;

/**
 * The countries a sentence says the trials ran in, when no clause lists them: `asset.data.trial_countries`
 * written in prose. Undefined when no sentence names a country after "trials in".
 */
export function trialCountriesInProse(deal: Deal): { node: ScalarNode; codes: string[] } | undefined {
  return deal.remember('prose-trial-countries', () => {
    for (const node of textValues(deal)) {
      const text = String(node.value);
      for (const match of text.matchAll(TRIALS_IN)) {
        const codes = countriesListed(deal, text.slice(match.index + match[0].length));
        if (codes.length > 0) return { node, codes };
      }
    }
    return undefined;
  });
}

/** The countries a list at the start of `text` names ("China, Australia and the US are ..."), in order. */
function countriesListed(deal: Deal, text: string): string[] {
  const codes: string[] = [];
  for (const piece of text.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+/)) {
    const words = piece.replace(/^the\s+/i, '').split(/\s+/);
    let code: string | undefined;
    // The longest run of words from the start that names a country ("United States are complete" → US).
    for (let count = Math.min(words.length, MAX_COUNTRY_WORDS); count > 0 && !code; count--)
      code = deal.countryNamed(
        words
          .slice(0, count)
          .join(' ')
          .replace(/[.;:)]+$/, ''),
      );
    if (!code) break;
    codes.push(code);
    // A piece that ran on past its country ends the list.
    if (deal.countryNamed(piece.replace(/^the\s+/i, '').replace(/[.;:)]+$/, '')) !== code) break;
  }
  return codes;
}
