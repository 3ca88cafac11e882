import type { Finding, Severity } from '../engine';

export interface FileResult {
  /** Relative to the working directory, forward slashes. */
  filePath: string;
  /** Sorted by position, already filtered by `--quiet`. */
  findings: Finding[];
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(results: readonly FileResult[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}
