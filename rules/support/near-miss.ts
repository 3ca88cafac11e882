import { editDistance } from '../../server/src/engine';

/** `Non-Compete`, `governingLaw`, `dispute resolution` → the model's snake_case. */
export function normalizeKey(key: string): string {
  return key
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Edits allowed for keys of this length: none for the shortest (`by`, `tax`), where any edit makes another word. */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 5 ? 1 : 2;
}

/** The one known key `key` is a near miss of, or undefined when there is none or more than one equally near. */
export function nearMiss(key: string, known: readonly string[]): string | undefined {
  const normal = normalizeKey(key);
  if (known.includes(normal)) return normal;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of known) {
    // Two slips that change the first letter make another word ("funding", "binding"), not a typo of it.
    const limit = Math.min(allowedEdits(Math.min(normal.length, candidate.length)), normal[0] === candidate[0] ? 2 : 1);
    if (limit === 0) continue;
    const distance = editDistance(normal, candidate, limit);
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}
