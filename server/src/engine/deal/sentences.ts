/**
 * A full stop or semicolon and the space after it, a blank line, or a line break before a list item: where a
 * sentence of a value may end. Whether a full stop does is decided by what stands around it (see `endsHere`).
 */
const BOUNDARY = /[.;]\s+|\n\s*\n\s*|\n\s*(?=(?:[-*+•]|\d+[.)])\s)/g;
/** Words written with a full stop inside a sentence: "e.g.", "Dr.", "Pte. Ltd.", and an initial or "U.S.". */
const ABBREVIATION = /(?:^|[^\p{L}])(?:e\.g|i\.e|cf|vs|approx|Dr|Mr|Ms|Mrs|Prof|St|Pte|Pty|Sdn|Co|\p{Lu})\.$/u;

/**
 * "A. B; C" → the sentences and clauses a value is written in. A full stop or semicolon ends one when a space
 * follows it, and no number or bracket after it ("Sec. 5", "Inc. (the "Company")") or word in lower case
 * after a full stop ("Acme Bio, Inc. and …") or abbreviation before it ("U.S. Patent") carries it on. A line
 * break alone is a wrapped line, not an end; a blank line and a list item are.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const boundary of text.matchAll(BOUNDARY)) {
    const end = boundary.index + boundary[0].length;
    if (!endsHere(text, boundary.index, end)) continue;
    sentences.push(text.slice(start, boundary.index + 1));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
}

function endsHere(text: string, at: number, next: number): boolean {
  const mark = text[at];
  if (mark !== '.' && mark !== ';') return true;
  const following = text.slice(next, next + 1);
  if (/[\d(]/.test(following)) return false;
  if (mark === ';') return true;
  return !/\p{Ll}/u.test(following) && !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1));
}
