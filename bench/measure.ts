/** Timing helpers and the result table shared by the benchmark sections. */

/** One line of the result table. */
export interface Row {
  /** The section letter and a short name: "a. Markdown, 300 lines". */
  name: string;
  /** What was measured, with its unit: "lint 1.84 ms". */
  ours: string;
  /** What it is compared with: "parse 0.52 ms", or "" when nothing is. */
  reference: string;
  /** The figure the target is about: "3.54×", "14.2 ms". */
  result: string;
  target: string;
  /** Undefined when the row only reports. */
  met?: boolean;
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The value below which `share` of the sorted samples fall (0.5: the median). */
export function quantile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/** How long the functions run before they are timed: at least so many turns and so many milliseconds. */
export interface WarmUp {
  runs: number;
  ms: number;
}

/**
 * Medians, in milliseconds, of each function run `iterations` times after the warm-up. The
 * functions take turns, so a change in the machine's load falls on all of them alike. The warm-up
 * is timed as well as counted: V8 optimizes a function once it has run often enough, and a rule runs
 * once per lint where a parser's inner functions run once per line, so a few turns leave the lint
 * partly unoptimized while the parse is not.
 */
export function medians(runs: ReadonlyArray<() => unknown>, iterations: number, warmUp: WarmUp): number[] {
  const warmUntil = now() + warmUp.ms;
  for (let i = 0; i < warmUp.runs || now() < warmUntil; i++) for (const run of runs) run();
  const samples = runs.map((): number[] => []);
  for (let i = 0; i < iterations; i++) {
    runs.forEach((run, k) => {
      const start = now();
      run();
      samples[k].push(now() - start);
    });
  }
  return samples.map((times) => quantile(times, 0.5));
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

export function times(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function megabytes(kilobytes: number): string {
  return Number.isFinite(kilobytes) ? `${(kilobytes / 1024).toFixed(0)} MB` : 'n/a';
}

const HEADER: Row = { name: 'benchmark', ours: 'ours', reference: 'reference', result: 'result', target: 'target', met: undefined };

/** The rows as an aligned plain-text table (also valid Markdown). */
export function formatTable(rows: readonly Row[]): string {
  const cells = (row: Row) => [
    row.name,
    row.ours,
    row.reference,
    row.result,
    row.target,
    row === HEADER ? 'met' : row.met === undefined ? '' : row.met ? 'yes' : 'NO',
  ];
  const all = [HEADER, ...rows].map(cells);
  const widths = all[0].map((_, column) => Math.max(...all.map((line) => line[column].length)));
  const line = (values: string[]) => `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
  return [line(all[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}
