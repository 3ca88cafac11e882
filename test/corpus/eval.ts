/**
 * `npm run eval`: precision and recall of every rule on the corpus of term sheets in test/corpus/.
 *
 *   node out/test/corpus/eval.js [--json] [--verbose] [sheet names ...]
 */
import { corpusSheets, evaluate, type Evaluation, type Score } from './evaluate';

const USAGE = `Usage: npm run eval -- [--json] [--verbose] [sheet names ...]

Lints every term sheet of test/corpus/ with all built-in rules and compares the findings with the
expectations written in the sheets: true positives, false positives, false negatives, precision and
recall per rule and overall.

  --json      the evaluation as JSON (with npm, use npm run --silent eval -- --json)
  --verbose   also list, per sheet, the expected findings missed and the false findings
  names       only these sheets (file names in test/corpus/)
`;

function main(argv: readonly string[]): number {
  const options = new Set(argv.filter((arg) => arg.startsWith('-')));
  const names = argv.filter((arg) => !arg.startsWith('-'));
  const unknown = [...options].filter((option) => !['--json', '--verbose', '--help', '-h'].includes(option));
  if (options.has('--help') || options.has('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const all = corpusSheets();
  const absent = names.filter((name) => !all.some((sheet) => sheet.name === name));
  if (absent.length > 0) {
    process.stderr.write(`Not a corpus sheet: ${absent.join(', ')} (sheets are the term sheets in test/corpus/)\n`);
    return 2;
  }
  const evaluation = evaluate(names.length === 0 ? all : all.filter((sheet) => names.includes(sheet.name)));
  process.stdout.write(options.has('--json') ? `${JSON.stringify(toJson(evaluation), null, 2)}\n` : report(evaluation, options.has('--verbose')));
  const problems = evaluation.sheets.flatMap((sheet) => sheet.problems.map((problem) => `${sheet.name}: ${problem}`));
  if (problems.length > 0) process.stderr.write(`Expectations that could not be read:\n${problems.map((problem) => `  ${problem}\n`).join('')}`);
  return problems.length > 0 ? 1 : 0;
}

function toJson(evaluation: Evaluation): unknown {
  return {
    overall: evaluation.overall,
    rules: evaluation.rules,
    sheets: evaluation.sheets.map(({ name, misses, falseFindings, problems }) => ({ name, misses, falseFindings, problems })),
  };
}

function report(evaluation: Evaluation, verbose: boolean): string {
  const header = ['RULE', 'TP', 'FP', 'FN', 'PRECISION', 'RECALL'];
  const row = (name: string, score: Score): string[] => [
    name,
    String(score.truePositives),
    String(score.falsePositives),
    String(score.falseNegatives),
    ratio(score.precision),
    ratio(score.recall),
  ];
  const rows = [header, ...evaluation.rules.map((rule) => row(rule.ruleId, rule)), row('overall', evaluation.overall)];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  const lines = rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  lines.splice(lines.length - 1, 0, '-'.repeat(lines[0].length));
  let text = `${evaluation.sheets.length} sheets\n\n${lines.join('\n')}\n`;
  if (verbose) {
    for (const sheet of evaluation.sheets) {
      if (sheet.misses.length === 0 && sheet.falseFindings.length === 0) continue;
      text += `\n${sheet.name}\n`;
      for (const miss of sheet.misses)
        text += `  missed  ${miss.line === undefined ? 'sheet' : `line ${miss.line}`}  ${miss.ruleId}${miss.path ? `(${miss.path})` : ''}\n`;
      for (const found of sheet.falseFindings) text += `  false   line ${found.line}  ${found.ruleId}: ${found.message}\n`;
    }
  }
  return text;
}

function ratio(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(2);
}

process.exitCode = main(process.argv.slice(2));
