import { INSTITUTION } from '../lexicon/institutions';
import { asMap, isBlank, scalarText, visitScalars, type ModelNode } from '../model';
import { schemaField } from '../schema';
import { isNoneValue, isNoneWord } from '../data-rules';
import type { Deal } from './deal';
import { readParties } from './parties';
import { sentencesOf } from './sentences';
import { readSentence } from './prose-statements';

/**
 * What a sheet states about its advisors, its non-compete and which of its provisions bind, in clauses
 * or in prose: "Tax advisor: Harbour Tax Partners" inside the advisors' paragraph, "None; University
 * reserves the right …", "Except for Sections 5 and 6, which are binding, this term sheet is non-binding".
 */

export type AdvisorRole = 'tax' | 'legal';

/** True when the sheet names the advisor: in its clause, or by its label inside the advisors' text. */
export function advisorNamed(deal: Deal, role: AdvisorRole): boolean {
  const clause = deal.node(`advisors.${role}`);
  if (!isBlank(clause)) return !isNoneValue(clause);
  // Counsel who also advise on tax ("X LLP, which also advises on tax structuring") give the tax advice.
  if (role === 'tax' && advisorsNamed(deal, 'legal').some((named) => TAX_ADVICE.test(named))) return true;
  return advisorsNamed(deal, role).length > 0;
}

/** The advisors of a role the sheet names: its clause's words, or what follows its label in the advisors' text. */
function advisorsNamed(deal: Deal, role: AdvisorRole): string[] {
  const clause = deal.node(`advisors.${role}`);
  if (!isBlank(clause)) return isNoneValue(clause) ? [] : [scalarText(clause) ?? ''];
  const advisors = deal.node('advisors');
  const named: string[] = [];
  if (!advisors) return named;
  visitScalars(advisors, (scalar) => {
    const text = scalarText(scalar) ?? '';
    for (const [, separator, name] of text.matchAll(ADVISOR_LABEL[role])) {
      // Without a colon or dash, only a name follows the label: "legal counsel Han Kun", not "legal counsel to be named".
      if (namesSomeone(name) && (/\S/.test(separator) || /^\p{Lu}/u.test(name))) named.push(name);
    }
    for (const match of text.matchAll(ADVISOR_IN_BRACKETS[role])) named.push(match[1]);
  });
  return named;
}

/** Words that say an advisor also gives tax advice: "also advises on tax structuring", "tax and legal counsel". */
const TAX_ADVICE =
  /\b(?:advis\w*|counsel\w*|assist\w*)\s+(?:\w+\s+){0,3}?(?:on|for|with)\s+(?:the\s+)?(?:tax|taxation)\b|\btax(?:ation)?\s+(?:advice|advisers?|advisors?|counsel|structuring)\b|\btax\s+and\s+legal\b/i;

/**
 * True when a missing advisor matters now: the deal is cross-border and the sheet does not say which licensor
 * entity is paid (the question a tax advisor and counsel settle), or the sheet lists its advisors and leaves
 * this one out. Term sheets otherwise rarely name advisors, and saying nothing of them is not a pitfall.
 */
export function advisorCalledFor(deal: Deal, role: AdvisorRole): boolean {
  const { licensor, licensee } = readParties(deal);
  const crossBorder = !!licensor.country && !!licensee.country && licensor.country !== licensee.country;
  if (crossBorder && !licensor.payeeStated) return true;
  const advisors = deal.node('advisors');
  return !isBlank(advisors) && !advisorNamed(deal, role);
}

/** A label of the advisor's clause, then what follows its colon or dash up to the end of the sentence. */
const ADVISOR_LABEL: Readonly<Record<AdvisorRole, RegExp>> = {
  tax: advisorLabel('tax'),
  legal: advisorLabel('legal'),
};

/** An advisor named with its role in brackets: "advised by Fangda Partners (legal) and KPMG China (tax)". */
const ADVISOR_IN_BRACKETS: Readonly<Record<AdvisorRole, RegExp>> = {
  tax: advisorInBrackets('tax'),
  legal: advisorInBrackets('legal'),
};

function advisorInBrackets(role: AdvisorRole): RegExp {
  return new RegExp(String.raw`(\p{Lu}[^,;:()\n]{0,60}?)\s*\(\s*(?:as\s+)?(?:${advisorLabels(role).join('|')})s?\s*\)`, 'giu');
}

/** The labels of the advisor's clause, longest first. */
function advisorLabels(role: AdvisorRole): string[] {
  const field = schemaField(`advisors.${role}`);
  return [...(field?.labels ?? []), ...(field?.local ?? [])].sort((a, b) => b.length - a.length);
}

function advisorLabel(role: AdvisorRole): RegExp {
  const labels = advisorLabels(role);
  // "Legal counsel to the Licensor: …": a few words may say whose advisor it is.
  // "Tax advisor: X", or the name straight after the label ("legal counsel Han Kun Law Offices"): `named` checks its capital.
  return new RegExp(
    String.raw`\b(?:${labels.join('|')})s?(?:\s+(?:to|for)\s+[^:.;\n]{1,40})?(\s*[:\u2013\u2014-]\s*|\s+)([^;\n]*?)(?=\.(?:\s|$)|;|\n|$)`,
    'gi',
  );
}

function namesSomeone(text: string): boolean {
  const words = text.trim().toLowerCase();
  return words !== '' && !isNoneWord(words) && !/^(?:to be (?:named|appointed|confirmed|determined)|not (?:yet )?(?:named|appointed|engaged))\b/.test(words);
}

/**
 * True when the sheet says there is no non-compete: `none`, or prose that opens by saying so ("None; University
 * reserves the right to license others", "No non-compete.", "There is no non-compete").
 */
export function nonCompeteDeclined(deal: Deal): boolean {
  const value = deal.node('non_compete');
  if (isNoneValue(value)) return true;
  const text = scalarText(value);
  return text !== undefined && DECLINED.test(text);
}

const DECLINED = /^\s*(?:(?:none|no|n\/a|nil|not applicable)\s*(?:[.;,:\u2013\u2014-]|$)|(?:there\s+(?:is|will\s+be|shall\s+be)\s+)?no\s+non[- ]?compet)/i;

/** True when the licensor's name says it is a university, research institute, hospital or public laboratory (see lexicon/institutions). */
export function licensorIsInstitution(deal: Deal): boolean {
  return INSTITUTION.test(readParties(deal).licensor.text);
}

/**
 * True when the sheet says, outside a `binding` clause, which of its provisions bind: it is executed or agreed,
 * or a sentence makes exceptions to its being non-binding ("Except for Sections 5 (Confidentiality) and 6
 * (Governing Law), which are binding, …", "does not constitute a binding contract (except as expressly
 * provided below …)", "Only the sections on Confidentiality … are binding").
 */
export function bindingStatedInProse(deal: Deal): boolean {
  if (deal.enum('status') === 'agreed') return true;
  let stated = false;
  visitScalars(deal.root, (scalar) => {
    if (stated || typeof scalar.value !== 'string' || !/\bb(?:ind|ound)/i.test(scalar.value)) return;
    stated = sentencesOf(scalar.value).some(saysWhatBinds);
  });
  return stated;
}

function saysWhatBinds(sentence: string): boolean {
  if (!BINDING_WORD.test(sentence)) return false;
  if (EXCEPTION.test(sentence)) return true;
  // "Sections 8 and 9 are binding", unless a negation says nothing is ("Neither party shall be legally bound …").
  const binds = AFFIRMED_BINDING.exec(sentence);
  return !!binds && !NEGATION.test(sentence.slice(0, binds.index));
}

const BINDING_WORD = /\b(?:non-?)?binding\b|\bbound\b|\bbind(?:s)?\b/i;
// "Except by a definitive agreement" is when the parties will be bound, not an exception to the sheet's being non-binding.
const EXCEPTION =
  /\bexcept\b(?!\s+(?:by|in|upon|through|under)\s+(?:a|the)\s+(?:definitive|final|formal))|\bexception\b|\bother\s+than\b|\bsave\s+(?:for|as)\b|\bapart\s+from\b/i;
const AFFIRMED_BINDING = /\b(?:are|is|shall\s+be|will\s+be|be|remain)\s+(?:legally\s+)?(?:binding|bound)\b|\bshall\s+bind\b/i;
const NEGATION = /\b(?:no|not|neither|nor|nothing|none)\b/i;

/** For tests: the sentence reading behind `bindingStatedInProse`. */
export function sentenceSaysWhatBinds(sentence: string): boolean {
  return saysWhatBinds(sentence);
}

/** The reversion a sheet states in words, to be read for what it hands back. */
export interface ReversionInWords {
  text: string;
  /** The value the words are: the `termination.reversion` clause, or the termination's prose. */
  node: ModelNode;
  /** The words say no rights revert ("No rights revert to the Licensor"). */
  none: boolean;
  /** The words are the termination's prose, there being no reversion clause. */
  inTermination: boolean;
}

/**
 * The reversion written as words: the `termination.reversion` clause's text, or, with no reversion clause, the
 * termination's prose (or its summary) when a sentence of it speaks of rights reverting ("On termination all
 * licensed rights revert to the Institution"). A structured reversion is words only when its `rights` say none
 * revert. Undefined for a structured reversion otherwise, a blank one, and prose that says nothing of reversion.
 */
export function reversionInWords(deal: Deal): ReversionInWords | undefined {
  const clause = deal.node('termination.reversion');
  if (asMap(clause)) {
    const rights = readReversion(deal.node('termination.reversion.rights'), false);
    return rights?.none ? rights : undefined;
  }
  if (!isBlank(clause)) return readReversion(clause, false);
  const termination = deal.node('termination');
  const reading = readReversion(asMap(termination) ? deal.node('termination.summary') : termination, true);
  return reading?.stated ? reading : undefined;
}

function readReversion(node: ModelNode | undefined, inTermination: boolean): (ReversionInWords & { stated: boolean }) | undefined {
  const text = scalarText(node);
  if (!node || text === undefined) return undefined;
  const readings = sentencesOf(text).flatMap((sentence) => readSentence(sentence, 'termination.reversion.rights') ?? []);
  return { text, node, none: readings.length > 0 && readings.every((reading) => reading === 'none'), inTermination, stated: readings.length > 0 };
}
