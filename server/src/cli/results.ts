import type { Finding, Severity, SuppressedFinding } from '../engine';

export interface FileResult {
  /** Relative to the working directory, forward slashes. */
  filePath: string;
  /** Sorted by position, already filtered by `--quiet`. */
  findings: Finding[];
  /** Findings a directive silenced, with its reason (for SARIF's audit trail); filtered by `--quiet` too. */
  suppressed: SuppressedFinding[];
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(results: readonly FileResult[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}
