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
import { markdownSheetOfLines, sheetOfLines } from './sheets';

export interface EngineOptions {
  /** The two sizes compared; the growth factor is the larger's lint time over the smaller's. */
  small: number;
  large: number;
  iterations: number;
  warmUp: WarmUp;
}

const RATIO_TARGET = { YAML: 2, Markdown: 2.5 } as const;
const GROWTH_TARGET = 12;

type Format = 'YAML' | 'Markdown';

/**
 * Each format is measured in a process of its own. V8 sizes its young generation by what ran
 * before: measured after the 3,000-line YAML lints, the Markdown ratio came out about 5 % apart from
 * what the same code gave in a fresh process, in either direction depending on what ran last.
 */
export function engineRows(options: EngineOptions): Row[] {
  return (['YAML', 'Markdown'] as const).flatMap((format) => {
    const run = spawnSync(process.execPath, [__filename, format, JSON.stringify(options)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`the ${format} engine benchmark failed:\n${run.stderr}`);
    return JSON.parse(run.stdout) as Row[];
  });
}

function formatRows(format: Format, options: EngineOptions): Row[] {
  const markdownIt = new MarkdownIt({ html: true });
  const { fileName, sheet, parse } =
    format === 'YAML'
      ? { fileName: 'bench.termsheet.yaml', sheet: sheetOfLines, parse: (text: string) => parseDocument(text) }
      : { fileName: 'bench.termsheet.md', sheet: markdownSheetOfLines, parse: (text: string) => markdownIt.parse(text, {}) };
  const rows: Row[] = [];
  const lints: number[] = [];
  const floors: number[] = [];
  for (const lines of [options.small, options.large]) {
    const text = sheet(lines);
    const findings = lintText(text, { rules: RULES, fileName }).findings;
    if (findings.length > 0) throw new Error(`the ${format} bench sheet should be clean, got ${findings[0].ruleId}: ${findings[0].message}`);
    // As many runs of the large sheet as of the small one: its times vary more (garbage collection).
    const runs: Array<() => unknown> = [() => lintText(text, { rules: RULES, fileName }), () => parse(text)];
    // The read alone is reported for the smaller sheet only (below).
    if (lines === options.small) runs.push(() => readSheet(text, formatOf(fileName)));
    const [lint, floor, read] = medians(runs, options.iterations, options.warmUp);
    lints.push(lint);
    floors.push(floor);
    // The ratio target holds for both YAML sheets and for the smaller Markdown one; the larger Markdown sheet is reported.
    const target = format === 'YAML' || lines === options.small ? RATIO_TARGET[format] : undefined;
    rows.push({
      name: `a. ${format}, ${text.split('\n').length} lines (${(text.length / 1024).toFixed(0)} KB)`,
      ours: `lint ${ms(lint)}`,
      reference: `parse ${ms(floor)}`,
      result: times(lint / floor),
      target: target === undefined ? '(reported)' : `≤ ${target}×`,
      met: target === undefined ? undefined : lint / floor <= target,
    });
    // Where the smaller sheet's lint goes: reading the text into the model, then the rules.
    if (lines === options.small) {
      rows.push({
        name: `a. ${format}, ${text.split('\n').length} lines: read, then rules`,
        ours: `read ${ms(read)} + rules ${ms(Math.max(0, lint - read))}`,
        reference: `parse ${ms(floor)}`,
        result: `read ${times(read / floor)}`,
        target: '(reported)',
      });
    }
  }
  const growth = lints[1] / lints[0];
  rows.push({
    name: `a. ${format} growth, ${options.large} / ${options.small} lines`,
    ours: `lint ${ms(lints[1])} / ${ms(lints[0])}`,
    // The parser's own growth on the same sheets, for scale.
    reference: `parse ${times(floors[1] / floors[0])}`,
    result: times(growth),
    target: `≤ ${GROWTH_TARGET}×`,
    met: growth <= GROWTH_TARGET,
  });
  if (format === 'YAML') rows.push(yamlLexerGrowth(options));
  return rows;
}

/**
 * yaml's lexer alone on the two YAML sheets: the first stage of any lint through yaml, and the one
 * that does least per token. How its time grows against how its tokens grow shows what the sheet's
 * size costs the parser before any model or rule runs.
 */
function yamlLexerGrowth(options: EngineOptions): Row {
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
  return {
    name: `a. YAML growth, ${options.large} / ${options.small} lines: yaml's lexer alone`,
    ours: `lex ${ms(lexTimes[1])} / ${ms(lexTimes[0])}`,
    reference: `tokens ${times(tokenCounts[1] / tokenCounts[0])}`,
    result: times(lexTimes[1] / lexTimes[0]),
    target: '(reported)',
  };
}

// The process engineRows starts for one format: its rows, as JSON, on standard output.
if (require.main === module) {
  const [format, options] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(formatRows(format as Format, JSON.parse(options) as EngineOptions)));
}
