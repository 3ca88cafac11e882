import MarkdownIt from 'markdown-it';
import { parseDocument } from 'yaml';
import { lintText } from '../server/src/engine';
import { RULES } from '../rules';
import { markdownSheetOfLines, sheetOfLines } from './sheets';

/** Median wall time of `run`, in milliseconds, after warm-up. */
function median(run: () => void, iterations: number): number {
  for (let i = 0; i < Math.min(20, iterations); i++) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const markdownIt = new MarkdownIt({ html: true });
const cases = [
  { format: 'YAML', fileName: 'bench.termsheet.yaml', text: sheetOfLines(300), parse: (text: string) => parseDocument(text) },
  { format: 'YAML', fileName: 'bench.termsheet.yaml', text: sheetOfLines(3000), parse: (text: string) => parseDocument(text) },
  { format: 'Markdown', fileName: 'bench.termsheet.md', text: markdownSheetOfLines(300), parse: (text: string) => markdownIt.parse(text, {}) },
];
const rows: string[][] = [];
for (const { format, fileName, text, parse } of cases) {
  const findings = lintText(text, { rules: RULES, fileName }).findings;
  if (findings.length > 0) throw new Error(`the ${format} bench sheet should be clean, got ${findings[0].ruleId}: ${findings[0].message}`);
  const lint = median(() => lintText(text, { rules: RULES, fileName }), iterations);
  const parsed = median(() => parse(text), iterations);
  const size = `${format}, ${text.split('\n').length} lines (${(text.length / 1024).toFixed(1)} KB)`;
  rows.push([size, parsed.toFixed(3), lint.toFixed(3), (lint / parsed).toFixed(2)]);
}

const header = ['sheet', 'bare parse (ms)', 'full lint (ms)', 'lint / parse'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
console.log(`median of ${iterations} runs after warm-up; node ${process.version}; ${RULES.length} rules; bare parse = yaml parseDocument or markdown-it parse`);
console.log(line(header));
for (const row of rows) console.log(line(row));
