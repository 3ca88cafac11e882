import * as fs from 'node:fs';
import * as path from 'node:path';
// Only the engine and the rules: the command line must not pay for loading the LSP stack.
import { isConfigFileName, lintText, type Config, type Finding } from '../engine';
import { RULES } from '../../../rules';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { CliConfigs, ConfigError } from './config-files';
import { comparePaths, describeFsError, displayPath, expandPaths, PathError } from './files';
import { formatJson } from './format-json';
import { formatCatalogTable, formatStylish, wantsColour, type CatalogRow } from './format-stylish';
import type { FileResult } from './results';

const NAME = 'termsheet-lint';

/** Inlined by the bundler; absent when run from the compiled sources. */
declare const TERMSHEET_LINT_VERSION: string | undefined;

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** Runs the command line and returns the exit code; everything it prints goes through `io`. */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    return runOrThrow(argv, io);
  } catch (error) {
    const expected = error instanceof UsageError || error instanceof PathError || error instanceof ConfigError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${NAME}: ${expected ? '' : 'internal error: '}${firstLine(message)}\n`);
    if (io.env.DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}

function runOrThrow(argv: readonly string[], io: CliIo): number {
  const options = parseCliArgs(argv, new Set(RULES.map((rule) => rule.meta.id)));
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(packageVersion() + '\n');
    return 0;
  }
  if (options.listRules) {
    io.stdout.write(listRules(options));
    return 0;
  }

  const configs = new CliConfigs(RULES, io.cwd, options.config);
  configs.checkExplicit();
  const targets = expandPaths(options.paths, io.cwd, configs.select);
  const results: FileResult[] = [];
  /** Config files used by some linted file, with their own findings: reported once each, as files of their own. */
  const configFindings = new Map<string, Finding[]>();
  let errors = 0;
  let warnings = 0;
  const add = (filePath: string, findings: Finding[]) => {
    for (const finding of findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    // --quiet only hides: warnings still count towards --max-warnings.
    results.push({ filePath, findings: options.quiet ? findings.filter((f) => f.severity === 'error') : findings });
  };
  for (const target of targets) {
    if (isConfigFileName(target.absolute)) {
      // A config file named on the command line is validated, not linted as a term sheet.
      configFindings.set(target.absolute, configs.readConfig(target.absolute).findings);
      continue;
    }
    const resolved = configs.forFile(target.absolute);
    if (resolved.file && resolved.findings.length > 0) configFindings.set(resolved.file, resolved.findings);
    // --rule comes last: over the config file, as editor settings do in the editor.
    const config: Config = { ...resolved.config, rules: { ...resolved.config.rules, ...options.rules } };
    const text = readText(target.absolute, target.display);
    add(target.display, lintText(text, { rules: resolved.rules, config, fileName: target.absolute }).findings);
  }
  for (const [file, findings] of configFindings) add(displayPath(file, io.cwd), findings);
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));

  io.stdout.write(options.format === 'json' ? formatJson(results) : formatStylish(results, wantsColour(io.stdout, io.env)));

  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    // stderr, so that JSON on stdout stays parseable.
    io.stderr.write(`${NAME}: too many warnings (${warnings}, maximum ${options.maxWarnings})\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function readText(absolute: string, shown: string): string {
  try {
    const text = fs.readFileSync(absolute, 'utf8');
    // Editors drop a byte-order mark before positions are counted; so must we, or every column on line 1 is off by one.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new PathError(describeFsError(error, shown));
  }
}

function listRules(options: CliOptions): string {
  const rows: CatalogRow[] = RULES.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable,
    title: meta.title,
  }));
  return options.format === 'json' ? JSON.stringify(rows) + '\n' : formatCatalogTable(rows);
}

function packageVersion(): string {
  if (typeof TERMSHEET_LINT_VERSION === 'string') return TERMSHEET_LINT_VERSION;
  // Unbundled: the nearest package.json above this file is the project's.
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) return (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) throw new Error('package.json not found');
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0];
}

// The entry point of the bin: nothing imports this module.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (`termsheet-lint | head`) is not a failure of the linter.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${NAME}: cannot write output: ${error.message}\n`);
  process.exit(2);
});
// exitCode rather than exit(): large output to a pipe must be flushed first.
process.exitCode = run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
