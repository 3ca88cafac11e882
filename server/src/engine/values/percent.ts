// Reads a royalty rate, equity stake or similar share, in percent points.

// Above this a "percentage" in a term sheet is a typo or a different kind of number.
const MAX_PERCENT = 1000;
const MAX_LENGTH = 64;

const PERCENT_TEXT = /^(\d+(?:\.\d+)?|\.\d+)\s*(%|percent|per\s?cent)?$/i;

/**
 * "10%", "12.5 %", "10 percent" → 10 / 12.5 / 10. A bare number (number or numeric string)
 * of at least 1 is already in points; a bare number between 0 and 1 is a fraction, as
 * YAML authors often write royalties (0.1 → 10). Negative, above 1000 or unreadable →
 * undefined.
 */
export function readPercent(value: unknown): number | undefined {
  try {
    if (typeof value === 'number') return fromBare(value);
    if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
    const match = PERCENT_TEXT.exec(value.trim());
    if (!match) return undefined;
    const n = Number(match[1]);
    if (match[2] === undefined) return fromBare(n);
    return Number.isFinite(n) && n <= MAX_PERCENT ? n + 0 : undefined;
  } catch {
    // Hostile text must not stop a lint: read as nothing, the value is reported by unreadable-value, not skipped.
    return undefined;
  }
}

function fromBare(n: number): number | undefined {
  if (!Number.isFinite(n) || n < 0 || n > MAX_PERCENT) return undefined;
  if (n === 0) return 0;
  // Round to 1e-9 so 0.1 gives 10, not 10.000000000000002.
  if (n < 1) return Math.round(n * 100 * 1e9) / 1e9;
  return n;
}
