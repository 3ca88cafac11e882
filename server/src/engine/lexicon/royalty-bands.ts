/**
 * Royalty rates given as bands in words, as press releases and term sheets write them ("tiered royalties
 * from high single digits to low double digits", "mid-teens"). Each base word is a range of percentage
 * points, split in thirds by "low", "mid" and "high". Licensing usage, not arithmetic: "double digits"
 * in a royalty clause means the teens (royalties above 20% are written as such), so "low double digits"
 * is 10–13%.
 */
export interface BandBase {
  /** The words, as a pattern without anchors. */
  pattern: string;
  /** The whole band, and its low, mid and high parts. */
  whole: readonly [number, number];
  low: readonly [number, number];
  mid: readonly [number, number];
  high: readonly [number, number];
  /** Phrases that read as this base (each entry's test reads them). */
  examples: readonly string[];
}

export const BAND_BASES: readonly BandBase[] = [
  {
    pattern: String.raw`single[\s-]*digits?`,
    whole: [1, 9],
    low: [1, 3],
    mid: [4, 6],
    high: [7, 9],
    examples: ['single digits', 'single-digit', 'high single digits', 'mid-single-digit'],
  },
  {
    pattern: String.raw`double[\s-]*digits?|teens`,
    whole: [10, 19],
    low: [10, 13],
    mid: [14, 16],
    high: [17, 19],
    examples: ['double digits', 'low double-digit', 'mid-teens', 'high teens'],
  },
  {
    pattern: String.raw`twenties`,
    whole: [20, 29],
    low: [20, 23],
    mid: [24, 26],
    high: [27, 29],
    examples: ['low twenties', 'mid-twenties'],
  },
];
