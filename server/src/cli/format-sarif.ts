import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
// Only the engine's docs constant: the command line must not load the LSP stack for a URL.
import { remoteRuleDocUrl } from '../engine/docs';
import type { Finding, Fix, RuleMeta, Severity } from '../engine';
import type { Range } from '../engine';
import { wordPlace, type FileResult } from './results';

/** The schema the output follows (OASIS SARIF 2.1.0, errata 01). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  rules: readonly RuleMeta[];
}

/** The base every artifact location is relative to, as code scanning expects it. */
export const SOURCE_ROOT_ID = '%SRCROOT%';

/**
 * The folder `%SRCROOT%` stands for: the root of the git repository holding `cwd` (the nearest
 * folder upwards with a `.git`, a folder in a clone, a file in a worktree or submodule), else `cwd`.
 * Code scanning resolves locations against the checkout's root, wherever the linter ran from.
 */
export function findSourceRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
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
    properties: { category: meta.category, fixable: meta.fixable, hasSuggestions: meta.hasSuggestions === true },
  };
}

/** Where the report's paths (relative to `cwd`) are resolved, and the root they are written relative to. */
export interface SarifPaths {
  cwd: string;
  sourceRoot: string;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: typeof SOURCE_ROOT_ID;
}

/**
 * A file's location: relative to `%SRCROOT%`, each segment percent-encoded; a file outside the root
 * (linted from above it) by its absolute `file:` URI, since no relative reference under the root names it.
 */
function artifactLocation(filePath: string, paths: SarifPaths): ArtifactLocation {
  const absolute = path.resolve(paths.cwd, filePath);
  const relative = path.relative(paths.sourceRoot, absolute);
  const segments = relative.split(path.sep);
  // On Windows, a file on another drive has no relative path at all.
  if (segments[0] === '..' || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT_ID };
}

/** The root as SARIF wants a base: an absolute `file:` URI ending in a slash. */
function rootUri(sourceRoot: string): string {
  const href = pathToFileURL(sourceRoot).href;
  return href.endsWith('/') ? href : `${href}/`;
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

/**
 * An edit as SARIF writes a fix: replacements by character offset in the file's text (after a byte-order
 * mark), in the run's UTF-16 code units.
 */
function sarifEdit(edit: Fix, artifactLocation: ArtifactLocation) {
  return {
    description: { text: edit.title },
    artifactChanges: [
      {
        artifactLocation,
        replacements: edit.edits.map(({ start, end, newText }) => ({
          deletedRegion: { charOffset: start, charLength: end - start },
          insertedContent: { text: newText },
        })),
      },
    ],
  };
}

/** One SARIF log with one run: every rule of the catalog, then a result per finding, suppressed ones included. */
export function toSarif(results: readonly FileResult[], tool: SarifTool, paths: SarifPaths): object {
  const locations = new Map<string, ArtifactLocation>();
  const locationOf = (filePath: string) => {
    let location = locations.get(filePath);
    if (!location) locations.set(filePath, (location = artifactLocation(filePath, paths)));
    return location;
  };
  const physicalLocation = (filePath: string, range: Range, snippet?: string) => ({
    physicalLocation: { artifactLocation: locationOf(filePath), region: { ...region(range), ...(snippet ? { snippet: { text: snippet } } : {}) } },
  });
  /** A finding in a Word document: its region quotes the text, and its section is its logical location. */
  const findingLocation = (filePath: string, finding: Finding) => {
    const { section, quote } = wordPlace(finding);
    return { ...physicalLocation(filePath, finding.range, quote), ...(section ? { logicalLocations: [{ fullyQualifiedName: section }] } : {}) };
  };
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
    locations: [findingLocation(filePath, finding)],
    ...(finding.related && finding.related.length > 0
      ? { relatedLocations: finding.related.map((related, id) => ({ id, ...physicalLocation(filePath, related.range), message: { text: related.message } })) }
      : {}),
    // SARIF's `fixes` are edits a viewer may apply, one or all, without asking (code scanning offers them as
    // autofixes): only fixes, which keep the deal, go there. Suggestions change terms, and SARIF has no kind
    // of edit for a choice left to a person, so they go in the result's property bag, in the same shape.
    ...(finding.fix && { fixes: [sarifEdit(finding.fix, locationOf(filePath))] }),
    ...(finding.suggestions && { properties: { suggestions: finding.suggestions.map((suggestion) => sarifEdit(suggestion, locationOf(filePath))) } }),
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
        originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: rootUri(paths.sourceRoot) } },
        // Positions are counted in UTF-16 code units, as in the editor.
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], tool: SarifTool, paths: SarifPaths): string {
  return JSON.stringify(toSarif(results, tool, paths)) + '\n';
}
