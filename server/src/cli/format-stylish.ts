import { editKinds, type Severity } from '../engine';
import { countSeverities, describeWordPlace, type FileResult } from './results';

type Paint = (text: string) => string;

interface Palette {
  path: Paint;
  position: Paint;
  ruleId: Paint;
  severity: Record<Severity, Paint>;
  summary: Record<Severity | 'none', Paint>;
}

const plain: Paint = (text) => text;
const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const bold = sgr(1, 22);
const dim = sgr(2, 22);
const red = sgr(31, 39);
const yellow = sgr(33, 39);
const blue = sgr(34, 39);

const COLOURED: Palette = {
  path: sgr(4, 24),
  position: dim,
  ruleId: dim,
  severity: { error: red, warning: yellow, info: blue, hint: dim },
  summary: {
    error: (text) => bold(red(text)),
    warning: (text) => bold(yellow(text)),
    info: (text) => bold(blue(text)),
    hint: bold,
    none: plain,
  },
};

const PLAIN: Palette = {
  path: plain,
  position: plain,
  ruleId: plain,
  severity: { error: plain, warning: plain, info: plain, hint: plain },
  summary: { error: plain, warning: plain, info: plain, hint: plain, none: plain },
};

/**
 * ESLint's familiar layout: findings grouped by file with aligned columns, then one summary
 * line. Files without findings print nothing, so a clean run prints nothing at all.
 */
export function formatStylish(results: readonly FileResult[], colour: boolean): string {
  const palette = colour ? COLOURED : PLAIN;
  const blocks: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((finding) => ({
      line: String(finding.range.start.line + 1),
      column: String(finding.range.start.character + 1),
      severity: finding.severity,
      // One finding per line: a multi-line message would break the columns.
      message: (finding.message + describeWordPlace(finding)).replace(/\s*[\r\n]+\s*/g, ' ').trim(),
      ruleId: finding.ruleId,
      suggestions: finding.suggestions?.map((suggestion) => suggestion.title) ?? [],
    }));
    const width = {
      line: Math.max(...rows.map((row) => row.line.length)),
      column: Math.max(...rows.map((row) => row.column.length)),
      severity: Math.max(...rows.map((row) => row.severity.length)),
      message: Math.max(...rows.map((row) => row.message.length)),
    };
    const lines = [palette.path(result.filePath)];
    for (const row of rows) {
      // Pad before painting: escape sequences have no width on screen.
      const position = `${row.line.padStart(width.line)}:${row.column.padEnd(width.column)}`;
      lines.push(
        `  ${palette.position(position)}  ${palette.severity[row.severity](row.severity.padEnd(width.severity))}  ` +
          `${row.message.padEnd(width.message)}  ${palette.ruleId(row.ruleId)}`,
      );
      // Under the message, each edit a person may choose; --fix never applies one.
      const indent = ' '.repeat(2 + position.length + 2);
      for (const title of row.suggestions) lines.push(`${indent}${palette.position(`suggestion: ${title}`)}`);
    }
    blocks.push(lines.join('\n') + '\n');
  }
  if (blocks.length === 0) return '';

  const counts = countSeverities(results);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const worst: Severity | 'none' = (['error', 'warning', 'info', 'hint'] as const).find((severity) => counts[severity] > 0) ?? 'none';
  const summary =
    `\u2716 ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
    `${plural(counts.info, 'info')}, ${plural(counts.hint, 'hint')})`;
  return blocks.join('\n') + '\n' + palette.summary[worst](summary) + '\n' + editsSummary(results);
}

/** ESLint's "potentially fixable" line, with the suggestions beside it: what --fix would do, and what it leaves to a person. */
function editsSummary(results: readonly FileResult[]): string {
  const findings = results.flatMap((result) => result.findings);
  const fixable = findings.filter((finding) => finding.fix).length;
  const suggested = findings.filter((finding) => finding.suggestions).length;
  const parts = [
    ...(fixable > 0 ? [`${plural(fixable, 'problem')} fixable with --fix (the deal stays as it is)`] : []),
    ...(suggested > 0 ? [`${plural(suggested, 'problem')} with suggestions that change the deal, which --fix never applies`] : []),
  ];
  return parts.length > 0 ? `  ${parts.join('; ')}\n` : '';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Colour only for a person at a terminal; NO_COLOR (no-color.org) wins, FORCE_COLOR asks for it in CI logs. */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

/** `--list-rules` as an aligned table. */
export interface CatalogRow {
  id: string;
  category: string;
  defaultSeverity: Severity;
  fixable: boolean;
  hasSuggestions: boolean;
  title: string;
}

export function formatCatalogTable(rows: readonly CatalogRow[]): string {
  const table = [
    ['ID', 'CATEGORY', 'SEVERITY', 'EDIT', 'TITLE'],
    ...rows.map((row) => [row.id, row.category, row.defaultSeverity, editKinds(row).join('+') || 'none', row.title]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
  return table.map((cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ')).join('\n') + '\n';
}
