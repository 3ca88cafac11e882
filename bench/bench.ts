import { parseDocument } from 'yaml';
import { lintText } from '../server/src/engine';
import { RULES } from '../rules';
import { sheetOfLines } from './sheets';

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
const rows: string[][] = [];
for (const lines of [300, 3000]) {
  const text = sheetOfLines(lines);
  const findings = lintText(text, { rules: RULES, fileName: 'bench.termsheet.yaml' }).findings;
  if (findings.length > 0) throw new Error(`the bench sheet should be clean, got ${findings[0].ruleId}: ${findings[0].message}`);
  const lint = median(() => lintText(text, { rules: RULES, fileName: 'bench.termsheet.yaml' }), iterations);
  const parse = median(() => parseDocument(text), iterations);
  rows.push([`${text.split('\n').length} lines (${(text.length / 1024).toFixed(1)} KB)`, parse.toFixed(3), lint.toFixed(3), (lint / parse).toFixed(2)]);
}

const header = ['sheet', 'yaml parseDocument (ms)', 'full lint (ms)', 'lint / parse'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
console.log(`median of ${iterations} runs after warm-up; node ${process.version}; ${RULES.length} rules`);
console.log(line(header));
for (const row of rows) console.log(line(row));
