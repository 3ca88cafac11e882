import * as fs from 'node:fs';
import * as path from 'node:path';
// Only the engine and the rules: the command line must not pay for loading the LSP stack.
import type { Finding } from '../engine';
import { RULES } from '../../../rules';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { SheetConfigs, ConfigError } from '../config/config-files';
import { comparePaths, describeEmptyPath, displayPath, expandCommandLine, PathError, type EmptyPath, type LintTarget } from '../config/files';
import { formatJson } from './format-json';
import { findSourceRoot, formatSarif } from './format-sarif';
import { formatCatalogTable, formatStylish, wantsColour, type CatalogRow } from './format-stylish';
import { lintStandardInput, type StandardInputStream } from './stdin';
import type { LintSettings, TargetOutcome } from './lint-files';
import type { FileResult } from './results';
import { isLintWorker, isMainThread, lintInParallel, lintInThread, PARALLEL_THRESHOLD, serveAsWorker, threadCount } from './workers';

const NAME = 'termsheet-lint';

/** Inlined by the bundler; absent when run from the compiled sources. */
declare const TERMSHEET_LINT_VERSION: string | undefined;
declare const TERMSHEET_LINT_REPOSITORY: string | undefined;

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, opened only when `-` asks for it. */
  stdin?: () => StandardInputStream;
}

/** Runs the command line and returns the exit code; everything it prints goes through `io`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runOrThrow(argv, io);
  } catch (error) {
    const expected = error instanceof UsageError || error instanceof PathError || error instanceof ConfigError;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${NAME}: ${expected ? '' : 'internal error: '}${firstLine(message)}\n`);
    if (io.env.DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}

async function runOrThrow(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv, new Set(RULES.map((rule) => rule.meta.id)));
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(packageInfo().version + '\n');
    return 0;
  }
  if (options.listRules) {
    io.stdout.write(listRules(options));
    return 0;
  }

  const configs = new SheetConfigs(RULES, io.cwd, options.config);
  configs.checkExplicit();
  const settings: LintSettings = { cwd: io.cwd, config: options.config, rules: options.rules, fix: options.fix, showsEdits: options.format !== 'stylish' };
  let outcomes: TargetOutcome[];
  if (options.stdinFilename !== undefined) {
    outcomes = [await lintStandardInput(options.stdinFilename, settings, configs, io.stdin)];
  } else {
    const { targets, empty } = expandCommandLine(options.paths, io.cwd, configs.select);
    if (reportEmptyPaths(empty, options, io)) return 2;
    outcomes = await lintTargets(settings, targets, configs, io);
  }

  const untouched = options.fix === 'off' ? 0 : outcomes.filter((outcome) => outcome.kind === 'sheet' && outcome.word).length;
  if (untouched > 0) {
    const files = untouched === 1 ? 'one Word document' : `${untouched} Word documents`;
    io.stderr.write(`${NAME}: ${options.fix === 'write' ? '--fix' : '--fix-dry-run'} leaves Word documents alone: ${files} linted, not fixed\n`);
  }

  const results: FileResult[] = [];
  /** Config files used by some linted file, with their own findings: reported once each, as files of their own. */
  const configFindings = new Map<string, Finding[]>();
  let errors = 0;
  let warnings = 0;
  const add = (filePath: string, findings: Finding[], suppressed: FileResult['suppressed'] = []) => {
    for (const finding of findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
    }
    // --quiet only hides: warnings still count towards --max-warnings.
    const shown = (finding: Finding) => !options.quiet || finding.severity === 'error';
    results.push({ filePath, findings: findings.filter(shown), suppressed: suppressed.filter((entry) => shown(entry.finding)) });
  };
  for (const outcome of outcomes) {
    if (outcome.kind === 'config') {
      configFindings.set(outcome.file, outcome.findings);
      continue;
    }
    if (outcome.configFile && outcome.configFindings) configFindings.set(outcome.configFile, outcome.configFindings);
    add(outcome.filePath, outcome.findings, outcome.suppressed);
  }
  for (const [file, findings] of configFindings) add(displayPath(file, io.cwd), findings);
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));

  // --fix-dry-run's output is the diff; the exit code still follows what the fixes would leave.
  io.stdout.write(options.fix === 'diff' ? fixDiffs(outcomes) : format(options, results, io));

  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    // stderr, so that JSON on stdout stays parseable.
    io.stderr.write(`${NAME}: too many warnings (${warnings}, maximum ${options.maxWarnings})\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Lints the files found, on worker threads when there are many, with a progress line on a terminal. */
async function lintTargets(settings: LintSettings, targets: readonly LintTarget[], configs: SheetConfigs, io: CliIo): Promise<TargetOutcome[]> {
  const progress = new Progress(io.stderr, targets.length);
  const threads = threadCount(targets.length, io.env);
  try {
    return threads > 1 ? await lintInParallel(settings, targets, threads, __filename, progress.step) : lintInThread(settings, targets, progress.step, configs);
  } finally {
    progress.clear();
  }
}

/** The diffs of `--fix-dry-run`, in path order: empty when no fix would change anything. */
function fixDiffs(outcomes: readonly TargetOutcome[]): string {
  return outcomes.map((outcome) => (outcome.kind === 'sheet' && outcome.diff) || '').join('');
}

/**
 * Says on stderr, one line each, which folders and globs gave nothing to lint. As with ESLint's
 * "no files matching", that fails the run (true: exit code 2) unless --no-error-on-unmatched-pattern:
 * a CI lint that checks nothing, after a typo in a path or an ignore that takes everything, must not pass.
 */
function reportEmptyPaths(empty: readonly EmptyPath[], options: CliOptions, io: CliIo): boolean {
  for (const entry of empty) io.stderr.write(`${NAME}: ${describeEmptyPath(entry)}\n`);
  return empty.length > 0 && options.errorOnUnmatchedPattern;
}

function format(options: CliOptions, results: readonly FileResult[], io: CliIo): string {
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'sarif': {
      const { version, repository } = packageInfo();
      const tool = { name: NAME, version, informationUri: repository, rules: RULES.map((rule) => rule.meta) };
      return formatSarif(results, tool, { cwd: io.cwd, sourceRoot: findSourceRoot(io.cwd) });
    }
    case 'stylish':
      return formatStylish(results, wantsColour(io.stdout, io.env));
  }
}

/** `12/340 files` on one rewritten line, for a person watching a long run; nothing in CI logs or pipes. */
class Progress {
  private done = 0;
  private shownAt = 0;
  private readonly active: boolean;

  constructor(
    private readonly stream: CliIo['stderr'],
    private readonly total: number,
  ) {
    this.active = stream.isTTY === true && total > PARALLEL_THRESHOLD;
  }

  readonly step = (): void => {
    this.done++;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.shownAt < 100 && this.done < this.total) return;
    this.shownAt = now;
    this.stream.write(`\r${NAME}: ${this.done}/${this.total} files`);
  };

  clear(): void {
    if (this.active && this.shownAt > 0) this.stream.write('\r\u001b[K');
  }
}

function listRules(options: CliOptions): string {
  const rows: CatalogRow[] = RULES.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable,
    hasSuggestions: meta.hasSuggestions === true,
    title: meta.title,
  }));
  return options.format === 'json' ? JSON.stringify(rows) + '\n' : formatCatalogTable(rows);
}

interface PackageInfo {
  version: string;
  /** The repository's web address, without `git+` or `.git`. */
  repository: string;
}

function packageInfo(): PackageInfo {
  if (typeof TERMSHEET_LINT_VERSION === 'string' && typeof TERMSHEET_LINT_REPOSITORY === 'string') {
    return { version: TERMSHEET_LINT_VERSION, repository: TERMSHEET_LINT_REPOSITORY };
  }
  // Unbundled: the nearest package.json above this file is the project's.
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const json = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { version: string; repository?: string | { url?: string } };
      const url = typeof json.repository === 'string' ? json.repository : (json.repository?.url ?? '');
      return { version: json.version, repository: url.replace(/^git\+/, '').replace(/\.git$/, '') };
    }
    if (path.dirname(dir) === dir) throw new Error('package.json not found');
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0];
}

// The entry point of the bin: nothing imports this module. The same script serves as the lint worker.
if (isLintWorker()) {
  serveAsWorker();
} else if (isMainThread()) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`termsheet-lint | head`) is not a failure of the linter.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${NAME}: cannot write output: ${error.message}\n`);
    process.exit(2);
  });
  // exitCode rather than exit(): large output to a pipe must be flushed first.
  void run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: () => process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
