// Only the engine's docs constant: the command line must not load the LSP stack for a URL.
import { remoteRuleDocUrl } from '../engine/docs';
import type { Finding, RuleMeta, Severity } from '../engine';
import type { Range } from '../engine';
import type { FileResult } from './results';

/** The schema the output follows (OASIS SARIF 2.1.0, errata 01). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  rules: readonly RuleMeta[];
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF has no info or hint: both are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

function describeRule(meta: RuleMeta): ReportingDescriptor {
  const example = meta.goodExample.replace(/\s+$/, '');
  return {
    id: meta.id,
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.why },
    help: {
      text: `${meta.why}\n\nA good clause:\n\n${example}\n`,
      markdown: `${meta.why}\n\n**A good clause:**\n\n\`\`\`yaml\n${example}\n\`\`\`\n`,
    },
    helpUri: remoteRuleDocUrl(meta.id),
    defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
    properties: { category: meta.category, fixable: meta.fixable },
  };
}

/** A relative path as a URI reference: each segment percent-encoded, forward slashes kept. */
function artifactUri(filePath: string): string {
  return filePath
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** 1-based, end column exclusive: SARIF's convention matches a 0-based half-open range plus one. */
function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function physicalLocation(filePath: string, range: Range) {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(filePath), uriBaseId: '%SRCROOT%' }, region: region(range) } };
}

/** One SARIF log with one run: every rule of the catalog, then a result per finding, suppressed ones included. */
export function toSarif(results: readonly FileResult[], tool: SarifTool): object {
  const rules = tool.rules.map(describeRule);
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  /** Custom rules from config files are not in the catalog: described by their id alone, after it. */
  const ruleIndex = (ruleId: string): number => {
    let index = indexOf.get(ruleId);
    if (index === undefined) {
      index = rules.push({ id: ruleId }) - 1;
      indexOf.set(ruleId, index);
    }
    return index;
  };
  const result = (filePath: string, finding: Finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex(finding.ruleId),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [physicalLocation(filePath, finding.range)],
    ...(finding.related && finding.related.length > 0
      ? { relatedLocations: finding.related.map((related, id) => ({ id, ...physicalLocation(filePath, related.range), message: { text: related.message } })) }
      : {}),
  });

  const sarifResults: object[] = [];
  for (const file of results) {
    // Reported and suppressed findings together, in position order, as a reviewer reads the file.
    const entries = [
      ...file.findings.map((finding) => ({ finding, suppression: undefined })),
      ...file.suppressed.map((entry) => ({ finding: entry.finding, suppression: entry })),
    ].sort((a, b) => a.finding.range.start.line - b.finding.range.start.line || a.finding.range.start.character - b.finding.range.start.character);
    for (const { finding, suppression } of entries) {
      if (!suppression) {
        sarifResults.push(result(file.filePath, finding));
        continue;
      }
      sarifResults.push({
        ...result(file.filePath, finding),
        suppressions: [
          {
            kind: 'inSource',
            ...(suppression.reason ? { justification: suppression.reason } : {}),
            location: physicalLocation(file.filePath, suppression.directive),
          },
        ],
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules,
          },
        },
        // Positions are counted in UTF-16 code units, as in the editor.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], tool: SarifTool): string {
  return JSON.stringify(toSarif(results, tool)) + '\n';
}
