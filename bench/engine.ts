/**
 * a. The engine against its parse floor: a full lint (parse, model, every rule) of a sheet against
 * a bare parse of the same text by the same parser (yaml's parseDocument, markdown-it's parse).
 */
import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { Lexer, parseDocument } from 'yaml';
import { formatOf, lintText, readSheet } from '../server/src/engine';
import { RULES } from '../rules';
import { medians, ms, times, type Row, type WarmUp } from './measure';
import { markdownSheetOfLines, proseHeadsOfTerms, sheetOfLines } from './sheets';

export interface EngineOptions {
  /** The two sizes compared; the growth factor is the larger's lint time over the smaller's. */
  small: number;
  large: number;
  iterations: number;
  warmUp: WarmUp;
  /** Fresh processes per format: each figure is the median over them, given with its spread. */
  processes: number;
}

/** Lint over parse, for both sizes of YAML and the smaller Markdown sheet (the larger is reported). */
const RATIO_TARGET = { YAML: { small: 1.3, large: 1.3 }, Markdown: { small: 2.5, large: undefined } } as const;
/** The lint may grow from the smaller sheet to the larger at most this much more than the parse does (YAML). */
const GROWTH_OVER_PARSE = 1.05;

type Format = 'YAML' | 'Markdown';

/** What one process measured for one sheet: medians in milliseconds. */
interface SheetTimes {
  lines: number;
  kilobytes: number;
  lint: number;
  parse: number;
  /** The read alone (text → model), for the smaller sheet. */
  read?: number;
}

/** What one process measured for one format. */
interface FormatTimes {
  small: SheetTimes;
  large: SheetTimes;
  /** yaml's lexer alone on the two YAML sheets: times, and how many tokens each yields. */
  lexer?: { small: number; large: number; tokenGrowth: number };
  /** Markdown heads of terms in numbered prose (`proseHeadsOfTerms`). */
  prose?: SheetTimes;
}

/**
 * Each format is measured in fresh processes of its own, taking turns. V8 sizes its young generation
 * by what ran before, so a process measures one format only; and one process's figures move with the
 * machine's load and the heap's state, so each figure is the median over `processes` of them, its
 * spread (lowest–highest) beside it.
 */
export function engineRows(options: EngineOptions): Row[] {
  const formats = ['YAML', 'Markdown'] as const;
  const runs: Record<Format, FormatTimes[]> = { YAML: [], Markdown: [] };
  for (let i = 0; i < options.processes; i++) for (const format of formats) runs[format].push(measureInProcess(format, options));
  return formats.flatMap((format) => formatRows(format, runs[format], options));
}

function measureInProcess(format: Format, options: EngineOptions): FormatTimes {
  const run = spawnSync(process.execPath, [__filename, format, JSON.stringify(options)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the ${format} engine benchmark failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as FormatTimes;
}

/** The median of a figure over the processes, with its spread: "1.21× (1.18–1.25)". */
function spread(values: readonly number[], show: (value: number) => string): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.length > 1 ? `${show(median(values))} (${show(low)}–${show(high)})` : show(values[0]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function formatRows(format: Format, runs: readonly FormatTimes[], options: EngineOptions): Row[] {
  const rows: Row[] = [];
  for (const size of ['small', 'large'] as const) {
    const sheets = runs.map((run) => run[size]);
    const { lines, kilobytes } = sheets[0];
    const ratios = sheets.map((sheet) => sheet.lint / sheet.parse);
    const target = RATIO_TARGET[format][size];
    rows.push({
      name: `a. ${format}, ${lines} lines (${kilobytes} KB)`,
      ours: `lint ${ms(median(sheets.map((sheet) => sheet.lint)))}`,
      reference: `parse ${ms(median(sheets.map((sheet) => sheet.parse)))}`,
      result: spread(ratios, times),
      target: target === undefined ? '(reported)' : `≤ ${target}×`,
      met: target === undefined ? undefined : median(ratios) <= target,
    });
    // Where the smaller sheet's lint goes: reading the text into the model, then the rules.
    if (size === 'small') {
      const reads = sheets.map((sheet) => sheet.read ?? 0);
      const lint = median(sheets.map((sheet) => sheet.lint));
      const read = median(reads);
      rows.push({
        name: `a. ${format}, ${lines} lines: read, then rules`,
        ours: `read ${ms(read)} + rules ${ms(Math.max(0, lint - read))}`,
        reference: `parse ${ms(median(sheets.map((sheet) => sheet.parse)))}`,
        result: `read ${spread(
          reads.map((value, i) => value / sheets[i].parse),
          times,
        )}`,
        target: '(reported)',
      });
    }
  }
  const lintGrowths = runs.map((run) => run.large.lint / run.small.lint);
  const parseGrowths = runs.map((run) => run.large.parse / run.small.parse);
  // Each process's lint growth over its own parse growth: the machine's state falls on both alike.
  const overParse = runs.map((_, i) => lintGrowths[i] / parseGrowths[i]);
  const growthTarget = format === 'YAML';
  rows.push({
    name: `a. ${format} growth, ${options.large} / ${options.small} lines`,
    ours: `lint ${spread(lintGrowths, times)}`,
    reference: `parse ${spread(parseGrowths, times)}`,
    result: `${spread(overParse, times)} the parse's`,
    target: growthTarget ? `lint ≤ ${GROWTH_OVER_PARSE} × parse growth` : '(reported)',
    met: growthTarget ? median(overParse) <= GROWTH_OVER_PARSE : undefined,
  });
  if (format === 'Markdown') {
    const proses = runs.map((run) => run.prose!);
    rows.push({
      name: `a. Markdown heads of terms in prose, ${proses[0].lines} lines (${proseHeadsOfTerms().name})`,
      ours: `lint ${ms(median(proses.map((sheet) => sheet.lint)))}`,
      reference: `parse ${ms(median(proses.map((sheet) => sheet.parse)))}`,
      result: spread(
        proses.map((sheet) => sheet.lint / sheet.parse),
        times,
      ),
      target: '(reported)',
    });
  }
  if (format === 'YAML') {
    const lexers = runs.map((run) => run.lexer!);
    rows.push({
      name: `a. YAML growth, ${options.large} / ${options.small} lines: yaml's lexer alone`,
      ours: `lex ${ms(median(lexers.map((lexer) => lexer.large)))} / ${ms(median(lexers.map((lexer) => lexer.small)))}`,
      reference: `tokens ${times(lexers[0].tokenGrowth)}`,
      result: spread(
        lexers.map((lexer) => lexer.large / lexer.small),
        times,
      ),
      target: '(reported)',
    });
  }
  return rows;
}

/** One process's measurements of one format: both sheets, lint and parse taking turns. */
function measureFormat(format: Format, options: EngineOptions): FormatTimes {
  const markdownIt = new MarkdownIt({ html: true });
  const { fileName, sheet, parse } =
    format === 'YAML'
      ? { fileName: 'bench.termsheet.yaml', sheet: sheetOfLines, parse: (text: string) => parseDocument(text) }
      : { fileName: 'bench.termsheet.md', sheet: markdownSheetOfLines, parse: (text: string) => markdownIt.parse(text, {}) };
  const measure = (lines: number): SheetTimes => {
    const text = sheet(lines);
    const findings = lintText(text, { rules: RULES, fileName }).findings;
    if (findings.length > 0) throw new Error(`the ${format} bench sheet should be clean, got ${findings[0].ruleId}: ${findings[0].message}`);
    // As many runs of the large sheet as of the small one: its times vary more (garbage collection).
    const runs: Array<() => unknown> = [() => lintText(text, { rules: RULES, fileName }), () => parse(text)];
    // The read alone is reported for the smaller sheet only.
    if (lines === options.small) runs.push(() => readSheet(text, formatOf(fileName)));
    const [lint, floor, read] = medians(runs, options.iterations, options.warmUp);
    return { lines: text.split('\n').length, kilobytes: Math.round(text.length / 1024), lint, parse: floor, ...(read !== undefined && { read }) };
  };
  const small = measure(options.small);
  const large = measure(options.large);
  return {
    small,
    large,
    ...(format === 'YAML' && { lexer: yamlLexer(options) }),
    ...(format === 'Markdown' && { prose: measureProse(options, (text) => markdownIt.parse(text, {})) }),
  };
}

/** The prose heads of terms: a lint that reports what the sheet leaves out, against the parse. */
function measureProse(options: EngineOptions, parse: (text: string) => unknown): SheetTimes {
  const { name, text } = proseHeadsOfTerms();
  const [lint, floor] = medians([() => lintText(text, { rules: RULES, fileName: name }), () => parse(text)], options.iterations, options.warmUp);
  return { lines: text.split('\n').length, kilobytes: Math.round(text.length / 1024), lint, parse: floor };
}

/**
 * yaml's lexer alone on the two YAML sheets: the first stage of any lint through yaml, and the one
 * that does least per token. How its time grows against how its tokens grow shows what the sheet's
 * size costs the parser before any model or rule runs.
 */
function yamlLexer(options: EngineOptions): FormatTimes['lexer'] {
  const lexTimes: number[] = [];
  const tokenCounts: number[] = [];
  for (const lines of [options.small, options.large]) {
    const text = sheetOfLines(lines);
    const lex = () => {
      let tokens = 0;
      for (const _token of new Lexer().lex(text)) tokens++;
      return tokens;
    };
    tokenCounts.push(lex());
    lexTimes.push(medians([lex], options.iterations, options.warmUp)[0]);
  }
  return { small: lexTimes[0], large: lexTimes[1], tokenGrowth: tokenCounts[1] / tokenCounts[0] };
}

// The process engineRows starts for one format: its measurements, as JSON, on standard output.
if (require.main === module) {
  const [format, options] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(measureFormat(format as Format, JSON.parse(options) as EngineOptions)));
}
