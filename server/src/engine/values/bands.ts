import { BAND_BASES } from '../lexicon/royalty-bands';

/** A rate given as a range of percentage points ("high single digits": 7–9), with the words it was read from. */
export interface PercentBand {
  low: number;
  high: number;
  words: string;
}

type Part = 'low' | 'mid' | 'high';
const PART = String.raw`(low|mid|high)(?:[\s-]*(?:to|-|–)[\s-]*(low|mid|high))?[\s-]*`;
const BANDS = BAND_BASES.map((base) => ({ base, pattern: new RegExp(String.raw`\b(?:${PART})?(?:${base.pattern})\b`, 'gi') }));

interface Found {
  start: number;
  end: number;
  low: number;
  high: number;
}

/** Every band named in the text, in order: "low-to-high teens" is one band (10–19). */
function findBands(text: string): Found[] {
  const found: Found[] = [];
  for (const { base, pattern } of BANDS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [from, to] = [m[1]?.toLowerCase() as Part | undefined, m[2]?.toLowerCase() as Part | undefined];
      const low = from ? base[from][0] : base.whole[0];
      const high = (to ? base[to] : from ? base[from] : base.whole)[1];
      found.push({ start: m.index, end: m.index + m[0].length, low: Math.min(low, high), high: Math.max(low, high) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A royalty rate written as a band: one band ("mid-teens"), or the span of two ("from high single digits to
 * low double digits": 7–13). Undefined when the text names none.
 */
export function readPercentBand(text: string): PercentBand | undefined {
  // Every band word holds one of these: most rates ("12%") are passed over at a glance.
  if (!BAND_WORD.test(text)) return undefined;
  const bands = findBands(text.slice(0, MAX_LENGTH));
  if (bands.length === 0) return undefined;
  const first = bands[0];
  const last = bands[bands.length - 1];
  return {
    low: Math.min(...bands.map((band) => band.low)),
    high: Math.max(...bands.map((band) => band.high)),
    words: text.slice(first.start, last.end),
  };
}

/** A band of digits: "10% to 15%", "10–15%", "up to 20%" (from 0). */
export function readPercentRange(text: string, percents: ReadonlyArray<{ start: number; end: number; value: number }>): PercentBand | undefined {
  if (percents.length >= 2) {
    const [a, b] = percents;
    if (/^\s*(?:to|-|–|—|and)\s*$/i.test(text.slice(a.end, b.start))) return { low: a.value, high: b.value, words: text.slice(a.start, b.end) };
  }
  const range = /(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s?cent\b)/i.exec(text);
  if (range) return { low: Number(range[1]), high: Number(range[2]), words: range[0] };
  const ceiling = /\bup\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s?cent\b)/i.exec(text);
  if (ceiling) return { low: 0, high: Number(ceiling[1]), words: ceiling[0] };
  return undefined;
}

/** "7–9%", or "10%" for a band of one rate. */
export function formatBand(band: PercentBand): string {
  return band.low === band.high ? `${band.low}%` : `${band.low}–${band.high}%`;
}

const MAX_LENGTH = 2_000;
const BAND_WORD = /digit|teens|twenties/i;
