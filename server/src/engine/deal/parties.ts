import { INSTITUTION } from '../lexicon/institutions';
import { COMPANY_NOUN, LEGAL_FORM, LEGAL_FORMS, PARTY_NATIONALITIES, PARTY_PLACES, ROLE_TERMS, type LegalForm } from '../lexicon/parties';
import { asMap, isBlank, visitScalars, type ModelNode } from '../model';
import { escapeForPattern } from '../text';
import { findPlaces } from '../values/find-in-prose';
import type { Deal } from './deal';
import { placeholdersIn } from './placeholders';
import { textValues } from './prose-statements';
import { sentencesOf } from './sentences';

export type PartyRole = 'licensor' | 'licensee';

/** One party as the sheet states it: in its own clauses, or in a sentence that names both parties. */
export interface PartyReading {
  /** The party's words: its clauses' text, and its part of a sentence naming both parties. */
  text: string;
  /** Where it is from (ISO code), when the sheet says so or its address or legal form does. */
  country?: string;
  /** How the country was read: the country clause, a country named, a province, state or city, the country's adjective ("a Swiss company"), or the legal form. */
  countryFrom?: 'clause' | 'named' | 'place' | 'nationality' | 'legal-form';
  /** The legal form its name is written with ("Co., Ltd.", "K.K."), when one is known. */
  legalForm?: string;
  /** The names the sheet defines for it ("Huabo", "Company"), by which its sentences speak of it. */
  terms: string[];
  /** Its words hold a blank still to be filled in ("[Insert Company's official name]"): placeholder-left reports it. */
  open: boolean;
  /** The sheet says which entity signs for it: a `signing_entity`, or words ("signs through …", "signing entity: …"). */
  signingStated: boolean;
  /** The sheet says which entity is paid: a `payee_entity`, or words ("paid through …", "receives all payments"). */
  payeeStated: boolean;
}

export interface PartiesReading {
  licensor: PartyReading;
  licensee: PartyReading;
  /** True when the sheet names either party at all: in its clauses, or in a sentence naming both. */
  stated: boolean;
}

/** Read once per lint: several rules may ask. */
export function readParties(deal: Deal): PartiesReading {
  return deal.remember('parties', () => partiesOf(deal));
}

const ROLES: readonly PartyRole[] = ['licensor', 'licensee'];

function partiesOf(deal: Deal): PartiesReading {
  const texts: Record<PartyRole, string[]> = { licensor: [], licensee: [] };
  // The parties' clauses by role, or one value naming both ("parties: X ("Huabo") as licensor, and Y as licensee").
  const parties = deal.node('parties');
  const clauses = asMap(parties)?.entries ?? (parties ? [{ key: '', value: parties }] : []);
  for (const entry of clauses) {
    const owner = ROLES.find((role) => role === entry.key);
    for (const text of scalarTexts(entry.value, owner)) for (const part of splitByRole(text, owner)) texts[part.role].push(part.text);
  }
  // No parties clause: a sentence may name both ("The parties are … ("LSU") and Acme Bio, Inc. ("Company")").
  const inProse = texts.licensor.length + texts.licensee.length === 0 ? partiesNamedInProse(deal) : undefined;
  const about: Record<PartyRole, string[]> = { licensor: [], licensee: [] };
  const terms: Record<PartyRole, string[]> = { licensor: [], licensee: [] };
  inProse?.roles?.forEach((role, index) => {
    texts[role].push(inProse.parties[index].text);
    about[role].push(...inProse.parties[index].about);
    terms[role].push(inProse.parties[index].term);
  });
  const [licensor, licensee] = ROLES.map((role) => partyOf(deal, role, texts[role].join('; '), about[role].join(' '), terms[role]));
  if (!licensor.signingStated || !licensor.payeeStated) entitiesStatedElsewhere(deal, licensor, licensee);
  return { licensor, licensee, stated: licensor.text !== '' || licensee.text !== '' || !!inProse };
}

/**
 * The licensor's signing or paid entity said in a clause of its own ("Payments. All payments to Lixing Biotech (HK)
 * Limited, which signs the Definitive Agreement"): a sentence that names the licensor, by its role, a name the
 * sheet defines for it or the first word of its name, and not the licensee.
 */
function entitiesStatedElsewhere(deal: Deal, licensor: PartyReading, licensee: PartyReading): void {
  const names = (party: PartyReading, role: string) => [role, ...party.terms, ...(/^\p{Lu}[\p{L}\d-]{2,}/u.exec(party.text) ?? [])].map(wordPattern);
  const licensorNames = names(licensor, 'Licensor');
  const licenseeNames = names(licensee, 'Licensee');
  for (const node of textValues(deal)) {
    for (const sentence of sentencesOf(String(node.value))) {
      if (!licensorNames.some((name) => name.test(sentence)) || licenseeNames.some((name) => name.test(sentence))) continue;
      licensor.signingStated ||= SIGNS.test(sentence);
      licensor.payeeStated ||= PAID.test(sentence);
    }
  }
}

/** A party a sentence names, with the term the sheet defines for it. */
interface PartyNamed {
  text: string;
  term: string;
  /** The sentences of the same paragraph that speak of it alone ("Luoxin (HK) Limited signs and receives all payments"). */
  about: string[];
}

/** "The parties are", "by and between": what follows names the parties. */
const PARTIES_ARE = /\b(?:the\s+)?parties\s+(?:to\s+(?:this|the)\s+[^.;,]{1,40}?\s+)?(?:are|will\s+be|shall\s+be)\s+|\bbetween\s+/i;
/** A defined term in brackets: ("LSU"), (the “Company”), ('University'). */
const DEFINED_TERM = /\(\s*(?:the\s+)?["“'‘]([^"”'’()]{1,40})["”'’]\s*\)/g;

/**
 * The two parties a sentence names with their defined terms, and their roles when the sheet says them: by a
 * defined term that is a role ("Company", "University"), by which of the two grants the licence ("LSU grants
 * Company …"), or by a name that is a university's or institute's (it is the licensor). `roles` is undefined
 * when none says which is which: the parties are named, but not guessed.
 */
function partiesNamedInProse(deal: Deal): { parties: [PartyNamed, PartyNamed]; roles?: [PartyRole, PartyRole] } | undefined {
  for (const node of textValues(deal)) {
    for (const sentence of sentencesOf(String(node.value))) {
      const opening = PARTIES_ARE.exec(sentence);
      if (!opening) continue;
      const rest = sentence.slice(opening.index + opening[0].length);
      const terms = [...rest.matchAll(DEFINED_TERM)];
      if (terms.length < 2) continue;
      const first = { text: rest.slice(0, terms[0].index).replace(/[\s,]+$/, ''), term: terms[0][1] };
      const second = {
        text: rest
          .slice(terms[0].index + terms[0][0].length, terms[1].index)
          .replace(/^[\s,;]*(?:and\s+)?/i, '')
          .replace(/[\s,]+$/, ''),
        term: terms[1][1],
      };
      if (first.text === '' || second.text === '') continue;
      const parties: [PartyNamed, PartyNamed] = [first, second].map((party, index, both) => {
        const own = wordPattern(party.term);
        const others = wordPattern(both[1 - index].term);
        const about = sentencesOf(String(node.value)).filter((other) => other !== sentence && own.test(other) && !others.test(other));
        return { ...party, about };
      }) as [PartyNamed, PartyNamed];
      return { parties, roles: rolesOf(deal, parties) };
    }
  }
  return undefined;
}

/** A defined term as a whole word. */
function wordPattern(term: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])${escapeForPattern(term)}(?![\p{L}\d])`, 'u');
}

function rolesOf(deal: Deal, parties: [PartyNamed, PartyNamed]): [PartyRole, PartyRole] | undefined {
  const ways = [(party: PartyNamed) => roleOfTerm(party.term), (party: PartyNamed) => (grants(deal, party.term) ? 'licensor' : undefined), institutionRole];
  for (const roleOf of ways) {
    const [first, second] = parties.map(roleOf);
    if (first && first !== second) return [first, other(first)];
    if (second && !first) return [other(second), second];
  }
  return undefined;
}

function roleOfTerm(term: string): PartyRole | undefined {
  return ROLES.find((role) => ROLE_TERMS[role].some((word) => word.toLowerCase() === term.trim().toLowerCase()));
}

function institutionRole(party: PartyNamed): PartyRole | undefined {
  return INSTITUTION.test(party.text) ? 'licensor' : undefined;
}

const other = (role: PartyRole): PartyRole => (role === 'licensor' ? 'licensee' : 'licensor');

/** True when a sentence of the sheet has the party grant the licence: "LSU grants Company …", "licensed by LSU". */
function grants(deal: Deal, term: string): boolean {
  const name = escapeForPattern(term);
  const granting = new RegExp(
    String.raw`\b${name}\s+(?:hereby\s+)?(?:grants|licenses|licences|(?:shall|will|agrees\s+to|would)\s+(?:grant|license|licence))\b|\b(?:granted|licensed)\s+by\s+${name}\b`,
    'i',
  );
  return textValues(deal).some((node) => granting.test(String(node.value)));
}

/** The texts of a party's clauses (its country and entities are read as clauses, not as words). */
function scalarTexts(node: ModelNode, owner: PartyRole | undefined): string[] {
  const texts: string[] = [];
  visitScalars(node, (scalar, path) => {
    if (owner && /^(?:country|signing_entity|payee_entity)$/.test(path())) return;
    if (typeof scalar.value === 'string' && scalar.value.trim() !== '') texts.push(scalar.value);
  });
  return texts;
}

/**
 * "Licensor: X … Licensee: Y", "X, a company incorporated in the PRC ("Licensor"), and Y (the "Licensee")", and
 * "X ("Huabo") as licensor, and Y ("GCP") as licensee":
 * the words of each party. Words before any role is named are the owner's (the clause they were written in).
 */
export function splitByRole(text: string, owner?: PartyRole): Array<{ role: PartyRole; text: string }> {
  const parts: Array<{ role: PartyRole; text: string }> = [];
  let from = 0;
  let role = owner;
  const push = (to: number, as: PartyRole | undefined) => {
    const words = text
      .slice(from, to)
      .replace(/^[\s,;.]*(?:and\s+)?/i, '')
      .trim();
    if (as && words !== '') parts.push({ role: as, text: words });
  };
  const markers = [...text.matchAll(ROLE_MARKER)];
  markers.forEach((marker, i) => {
    const named = (marker[1] ?? marker[2] ?? marker[3]).toLowerCase() as PartyRole;
    if (marker[1]) {
      // A label: what follows is the party's.
      push(marker.index, role);
      role = named;
      from = marker.index + marker[0].length;
      return;
    }
    // A defined term: what went before is the party's, and what follows it up to the "and" before the next party.
    push(marker.index, named);
    from = marker.index + marker[0].length;
    const rest = text.slice(from, markers[i + 1]?.index ?? text.length);
    const next = /;\s*and\s+/i.exec(rest) ?? /,\s*and\s+/i.exec(rest) ?? /\s+and\s+/i.exec(rest);
    if (next) {
      push(from + next.index, named);
      from += next.index + next[0].length;
    }
    role = undefined;
  });
  push(text.length, role);
  return parts;
}

/** Words that go on to another entity of the party's group: "with its HK subsidiary", "acting through its US affiliate". */
const OTHER_ENTITY =
  /,?\s+(?:with|through|via|acting\s+through|and)\s+its\s+(?:[\p{L}\d.-]+\s+){0,3}?(?:subsidiary|affiliate|parent|branch|holding\s+company)\b/iu;

/** "Licensor:" (a label), "(the "Licensor")" and "…, as licensor" (what went before is the party's). */
const ROLE_MARKER =
  /\b(Licensor|Licensee)\s*:|\(\s*(?:the\s+)?["“'‘]?(Licensor|Licensee)["”'’]?\s*\)|,?\s+as\s+(?:the\s+)?["“'‘]?([Ll]icensor|[Ll]icensee)\b["”'’]?/g;

/** `about`: other words of the party, read for the entities that sign and are paid, not for where it is from; `namedIn`: the terms a sentence defines for it. */
function partyOf(deal: Deal, role: PartyRole, text: string, about: string, namedIn: readonly string[]): PartyReading {
  const clause = deal.country(`parties.${role}.country`);
  const form = legalFormAt(text);
  // Where the party is from is in its own words, before an affiliate it names ("…, with its HK subsidiary … receiving payments").
  const own = OTHER_ENTITY.exec(text);
  const found = clause ? { country: clause, from: 'clause' as const } : ((own && countryIn(text.slice(0, own.index), form)) ?? countryIn(text, form));
  const stated = (key: string) => !isBlank(deal.node(`parties.${role}.${key}`));
  const defined = [...text.matchAll(DEFINED_TERM)].map((match) => match[1].trim());
  return {
    text,
    terms: [...new Set([...namedIn, ...defined])].filter((term) => term !== ''),
    open: placeholdersIn(text) !== null || deal.reading(`parties.${role}.country`)?.state === 'open',
    ...(found && { country: found.country, countryFrom: found.from }),
    ...(form && { legalForm: form.form.name }),
    signingStated: stated('signing_entity') || SIGNS.test(text) || SIGNS.test(about),
    payeeStated: stated('payee_entity') || PAID.test(text) || PAID.test(about),
  };
}

/**
 * The country a party's words name: a country written out first (an address), else a province, state or city,
 * else the country's adjective before the kind of company, else a legal form used in one country.
 */
function countryIn(
  text: string,
  form: ReturnType<typeof legalFormAt>,
): { country: string; from: 'named' | 'place' | 'nationality' | 'legal-form' } | undefined {
  if (text === '') return undefined;
  const inPlace = PARTY_PLACE.exec(text);
  // "Inner Mongolia" and "Northern Ireland" are places of their own, not the countries their names hold; "AG" is a legal form, not Antigua.
  const taken = [inPlace && { start: inPlace.index, end: inPlace.index + inPlace[0].length }, form].filter((span) => !!span);
  const free = (start: number) => taken.every((span) => start < span.start || start >= span.end);
  const countries = findPlaces(text).filter((place) => place.value.kind === 'country' && !place.value.excluded && free(place.start));
  const named = countries.find((place) => place.text.length > 2) ?? countries[0];
  if (named) return { country: named.value.code, from: 'named' };
  if (inPlace) return { country: PLACE_COUNTRY.get(inPlace[1])!, from: 'place' };
  const nationality = PARTY_NATIONALITY.exec(text);
  if (nationality) return { country: NATIONALITY_COUNTRY.get(nationality[1])!, from: 'nationality' };
  return form?.form.countries.length === 1 ? { country: form.form.countries[0], from: 'legal-form' } : undefined;
}

/** The legal form a party's name is written with, the first one found. */
export function legalFormIn(text: string): LegalForm | undefined {
  return legalFormAt(text)?.form;
}

function legalFormAt(text: string): { form: LegalForm; start: number; end: number } | undefined {
  const match = LEGAL_FORM.exec(text);
  if (!match) return undefined;
  return { form: LEGAL_FORMS[match.slice(1).findIndex((group) => group !== undefined)], start: match.index, end: match.index + match[0].length };
}

const PLACE_COUNTRY: ReadonlyMap<string, string> = new Map(PARTY_PLACES.map((entry) => [entry.name, entry.country]));
/** A place's name as a whole word, longest first ("England and Wales" before "England"). */
const PARTY_PLACE = new RegExp(
  String.raw`(?<![\p{L}'])(${[...PLACE_COUNTRY.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeForPattern)
    .join('|')})(?![\p{L}])`,
  'u',
);

const NATIONALITY_COUNTRY: ReadonlyMap<string, string> = new Map(PARTY_NATIONALITIES.map((entry) => [entry.adjective, entry.country]));
/** "a Swiss company", "an Israeli corporation": the adjective, longest first ("South Korean" before "Korean"). */
const PARTY_NATIONALITY = new RegExp(
  String.raw`\ban?\s+(${[...NATIONALITY_COUNTRY.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeForPattern)
    .join('|')})\s+${COMPANY_NOUN}`,
);

/** Words that say which entity signs: "signs through X", "signing entity: X", "the entity which signs the agreement". */
const SIGNS =
  /\bsign(?:s|ed)?\s+(?:through|via|by|as|with)\b|\bsigns\s+(?:the|this)\s+(?:definitive\s+)?(?:agreement|licen[cs]e|contract)\b|\bsigning\s+entity\b|\bcontracting\s+entity\b|\bentity\s+(?:which|that|who)\s+signs\b|\bsignatory\b/i;
/** Words that say which entity is paid: "paid through X", "payments to X", "receives all payments", "payee: X". */
const PAID =
  /\bpaid\s+(?:through|via|to|into)\b|\bpayments?\s+(?:(?:are|is|will\s+be|shall\s+be)\s+)?(?:made\s+|remitted\s+)?(?:to|into)\b|\bpayee\b|\breceiv(?:es|ing)\s+(?:all\s+)?(?:the\s+)?(?:payments|the\s+upfront)\b|\bpayments\s+(?:go|flow)\s+to\b/i;
