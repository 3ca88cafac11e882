/**
 * The labels people give term-sheet clauses, mapped to the model's keys. A label is a heading, a
 * table's first cell or a `**Label:**` lead-in; it is compared case- and punctuation-insensitively,
 * with numbering ("3.", "3.1", "Section 3 –") stripped and British spellings folded ("Licence").
 *
 * `labels` match anywhere, the clause nearest the surrounding section winning ("Territory" under
 * "Non-Compete" is non_compete.territory, elsewhere license.territory). `local` labels are generic
 * words ("Name", "Scope", "Remedy") that match only inside their parent clause. A list's items are
 * read inside the list's clause: "Family" under "Patents" is `ip.patents[].family`.
 *
 * The labels are the schema's (engine/schema.ts): each clause declares its own.
 */

import { schemaFields, schemaPath, type ValueKind } from '../schema';

export type { ValueKind };

export interface Synonym {
  /** The clause's model path, in the schema's spelling (`ip.patents[].family`). */
  path: string;
  kind: ValueKind;
  labels: readonly string[];
  local?: readonly string[];
}

/**
 * The label table, in the schema's order (a tie between two clauses goes to the earlier): every
 * clause the schema gives Markdown labels. The schema declares them, with how prose writes the value.
 */
export const SYNONYMS: readonly Synonym[] = schemaFields()
  .filter((field) => field.labels !== undefined || field.local !== undefined)
  .map((field) => ({ path: field.path, kind: field.prose, labels: field.labels ?? [], ...(field.local && { local: field.local }) }));

/** Folds a label for look-up: case, punctuation, "&", British spellings, numbering and a leading "the". */
export function normalizeLabel(label: string): string {
  const stripped = stripNumbering(label);
  // Plain words fold by case alone, unless a spelling below applies to them.
  if (PLAIN_WORDS.test(stripped)) {
    const lower = stripped.toLowerCase();
    if (!SPELLINGS.test(lower)) return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  let s = stripped
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/&/g, ' and ').replace(/['’]/g, '');
  s = s
    .replace(/licenc/g, 'licens')
    .replace(/authoris/g, 'authoriz')
    .replace(/commercialis/g, 'commercializ')
    .replace(/organis/g, 'organiz');
  s = s
    .replace(/programme/g, 'program')
    .replace(/advis[eo]r/g, 'advisor')
    .replace(/enrolment/g, 'enrollment');
  s = s
    .replace(/sub[\s-]+licens/g, 'sublicens')
    .replace(/\bnon[\s-]+/g, 'non')
    .replace(/up[\s-]+front/g, 'upfront');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
// Every spelling normalizeLabel folds, in one pattern: text without any of them needs none of the replacements.
const SPELLINGS = /licenc|authoris|commercialis|organis|programme|advis[eo]r|enrolment|sub\s+licens|\bnon\s|up\s+front/;

// "3.", "3.1", "3.1.2)", "(a)", "IV.", "A.", "Section 3 –", "Clause 4:", "Article 2.1", "§ 5", "Schedule 1 -".
const NUMBERING =
  /^\s*(?:(?:section|clause|article|part|schedule|annex|item|§)\s*)?(?:\(?\d+(?:\.\d+)*[.)]?|\(?[ivxlc]+[.)]|\(?[a-z][.)]|\([ivxlc]+\)|\([a-z]\))(?:\s*[-–—:.]\s*|\s+|$)/i;

/** "3.1 Territory" → "Territory"; "Section 3 – Territory" → "Territory". */
export function stripNumbering(label: string): string {
  const match = NUMBERING.exec(label);
  const rest = match && match[0].length < label.length ? label.slice(match[0].length) : label;
  return rest.replace(/\s*[:.]\s*$/, '');
}

/** The number of characters of numbering at the start of a label (for ranges on the label itself). */
export function numberingLength(label: string): number {
  const match = NUMBERING.exec(label);
  return match && match[0].length < label.length ? match[0].length : 0;
}

interface IndexedSynonym {
  synonym: Synonym;
  order: number;
  local: boolean;
  /** The path's keys, and those of its parent. */
  segments: readonly string[];
  parent: readonly string[];
}

const INDEX: ReadonlyMap<string, IndexedSynonym[]> = (() => {
  const index = new Map<string, IndexedSynonym[]>();
  SYNONYMS.forEach((synonym, order) => {
    const segments = keysOf(synonym.path);
    const add = (label: string, local: boolean) => {
      const key = normalizeLabel(label);
      if (key === '') return;
      const list = index.get(key) ?? [];
      const same = list.find((entry) => entry.synonym === synonym);
      if (!same) list.push({ synonym, order, local, segments, parent: segments.slice(0, -1) });
      else if (!local) same.local = false;
      index.set(key, list);
    };
    add(segments.at(-1)!.replace(/_/g, ' '), true);
    for (const label of synonym.labels) add(label, false);
    for (const label of synonym.local ?? []) add(label, true);
  });
  return index;
})();

const BY_PATH: ReadonlyMap<string, Synonym> = new Map(SYNONYMS.map((synonym) => [synonym.path, synonym]));

export function synonymFor(path: string): Synonym | undefined {
  return BY_PATH.get(schemaPath(path));
}

/** The kind of value at a model path (`ip.patents[0].family` or `ip.patents[].family`). */
export function kindOf(path: string): ValueKind | undefined {
  return synonymFor(path)?.kind;
}

/** A path's keys, list positions left out: "ip.patents[].family" → ip, patents, family. A list's items are read inside its clause. */
function keysOf(path: string): string[] {
  return path === '' ? [] : path.replace(/\[\d*\]/g, '').split('.');
}

/**
 * The model path a label names, read inside the clause at `context` ('' at the top level).
 * Among the clauses a label can name, the one sharing the longest path with the context wins;
 * ties go to the table's order. Undefined for a label the table does not know. `eitherNumber`: a one-word
 * label the table knows only in the other number names the clause too ("Publication").
 */
export function resolveLabel(label: string, context: string, eitherNumber = true): Synonym | undefined {
  const direct = candidatesFor(label);
  const found = direct && nearestTo(direct, context);
  if (found || !eitherNumber || label.includes(' ')) return found;
  const other = INDEX.get(otherNumber(normalizeLabel(label)));
  return other && nearestTo(other, context);
}

/** Among the clauses a label can name, the one sharing the longest path with the context; ties go to the table's order. */
function nearestTo(direct: readonly IndexedSynonym[], context: string): Synonym | undefined {
  const contextSegments = segmentsOf(context);
  let best: IndexedSynonym | undefined;
  let bestScore = -1;
  for (const candidate of direct) {
    const { segments, parent } = candidate;
    if (candidate.local && !startsWith(contextSegments, parent)) continue;
    let shared = 0;
    while (shared < segments.length && shared < contextSegments.length && segments[shared] === contextSegments[shared]) shared++;
    if (shared > bestScore || (shared === bestScore && best && candidate.order < best.order)) {
      best = candidate;
      bestScore = shared;
    }
  }
  return best?.synonym;
}

/**
 * Look-ups remembered across calls: a document names the same few clauses over and over, and is
 * read again on every edit. Both are pure functions of their argument; the tables are bounded.
 */
const MAX_REMEMBERED = 10_000;
const MAX_REMEMBERED_LENGTH = 200;
/** Label → the synonyms it may name (null: none). */
const CANDIDATES = new Map<string, readonly IndexedSynonym[] | null>();
/** A label in Chinese, Japanese or Korean and in English words: drafters of cross-border sheets write both. */
const BILINGUAL =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][\s\S]*[A-Za-z]{2}|[A-Za-z]{2}[\s\S]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The Chinese, Japanese or Korean words of a label, with their own punctuation. */
const CJK_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;
const CONTEXT_SEGMENTS = new Map<string, readonly string[]>();

/**
 * The synonyms a label may name, without a parenthesised note if need be ("Licensor (China)"), or by its English
 * words alone in a bilingual label ("许可方 Licensor", "首付款 / Upfront Payment").
 */
function candidatesFor(label: string): readonly IndexedSynonym[] | undefined {
  const remembered = CANDIDATES.get(label);
  if (remembered !== undefined) return remembered ?? undefined;
  const found =
    INDEX.get(normalizeLabel(label)) ??
    (label.includes('(') ? INDEX.get(normalizeLabel(label.replace(/\s*\([^)]*\)\s*/g, ' '))) : undefined) ??
    (BILINGUAL.test(label) ? INDEX.get(normalizeLabel(label.replace(CJK_WORDS, ' '))) : undefined);
  if (label.length <= MAX_REMEMBERED_LENGTH) {
    if (CANDIDATES.size >= MAX_REMEMBERED) CANDIDATES.clear();
    CANDIDATES.set(label, found ?? null);
  }
  return found;
}

/**
 * A one-word label in the other number ("Publication" → "publications", "Patents" → "patent"): drafters write
 * either, and a clause is the same clause. Not for a longer label, where a plural can change the meaning.
 */
function otherNumber(normalized: string): string {
  if (normalized.length < 4) return '';
  if (normalized.endsWith('ies')) return `${normalized.slice(0, -3)}y`;
  if (normalized.endsWith('s') && !normalized.endsWith('ss')) return normalized.slice(0, -1);
  return normalized.endsWith('y') ? `${normalized.slice(0, -1)}ies` : `${normalized}s`;
}

function segmentsOf(context: string): readonly string[] {
  let segments = CONTEXT_SEGMENTS.get(context);
  if (!segments) {
    segments = keysOf(context);
    if (context.length <= MAX_REMEMBERED_LENGTH) {
      if (CONTEXT_SEGMENTS.size >= MAX_REMEMBERED) CONTEXT_SEGMENTS.clear();
      CONTEXT_SEGMENTS.set(context, segments);
    }
  }
  return segments;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** The label a fix writes for a model path: the first label of its entry, else the key in words. */
/**
 * The clause a key's words name, as the same words would as a label in `context` (`upfront_payment` in `financials`
 * is `financials.upfront`; `licensor` at the top is `parties.licensor`), or undefined.
 */
export function clauseNamedBy(key: string, context: string): string | undefined {
  return resolveLabel(key.replace(/_/g, ' '), context)?.path;
}

export function labelFor(path: string): string {
  const synonym = synonymFor(path);
  const label = synonym?.labels[0] ?? synonym?.local?.[0];
  return label ?? humanize(keysOf(path).at(-1) ?? path);
}

/** "notice_days" → "Notice days". */
export function humanize(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The key an unknown label becomes: "Publication Rights" → "publication_rights". */
export function keyFromLabel(label: string): string {
  return (
    normalizeLabel(label)
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 80) || 'clause'
  );
}
