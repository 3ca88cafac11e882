import type { Finding, Severity, SuppressedFinding } from '../engine';
import type { PlacedFinding } from '../engine/docx';

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

/** Where a finding in a Word document is, in the document's terms: its section and the text it quotes. */
export function wordPlace(finding: Finding): Pick<PlacedFinding, 'section' | 'quote'> {
  const { section, quote } = finding as PlacedFinding;
  return { ...(section !== undefined ? { section } : {}), ...(quote !== undefined ? { quote } : {}) };
}

/** ` — 7.(a) Milestones: "USD [TBD]"` for a finding in a Word document; empty for any other. */
export function describeWordPlace(finding: Finding): string {
  const { section, quote } = wordPlace(finding);
  if (section === undefined && !quote) return '';
  return ` \u2014 ${[section, quote ? `"${quote}"` : undefined].filter(Boolean).join(': ')}`;
}
