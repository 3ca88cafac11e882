import { parseArgs } from 'node:util';
import type { RuleLevel } from '../engine';
import type { FixMode } from './lint-files';

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

const LEVELS: readonly RuleLevel[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface CliOptions {
  /** Empty when standard input is read. */
  paths: string[];
  /** `--stdin-filename NAME -`: standard input is linted as if it were the file NAME (relative to the working directory). */
  stdinFilename?: string;
  format: Format;
  /** `--config`: the config file for every linted file, as given (relative to the working directory). */
  config?: string;
  /** `--rule` overrides in command-line order; a later one for the same id wins. */
  rules: Record<string, RuleLevel>;
  quiet: boolean;
  /** `--fix` (write): apply every fix (never a suggestion) in place before reporting what remains; `--fix-dry-run` (diff): print them. */
  fix: FixMode;
  /** Undefined when no limit was given. */
  maxWarnings?: number;
  listRules: boolean;
  /** False with `--no-error-on-unmatched-pattern`: a folder or glob with nothing to lint is said, not an error. */
  errorOnUnmatchedPattern: boolean;
  help: boolean;
  version: boolean;
}

/** Bad usage: reported as one line on stderr with exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: termsheet-lint [options] [paths or globs ...]
       termsheet-lint [options] --stdin-filename NAME -

Lints licensing term sheets. Directories are searched for *.termsheet.yaml,
*.termsheet.yml, *.termsheet.md and *.termsheet.docx (node_modules and .git
are skipped), plus the config's "files" globs, minus its "ignore" globs
(relative to the config file's folder, or to the working directory for
--config); a file named explicitly is linted whatever its name. A glob ("deals/**/*.termsheet.yaml",
quoted so the shell leaves it alone) takes every file it matches, minus the
config's "ignore" globs. Default path: the current folder.

Options:
  --format stylish|json|sarif    output format (default: stylish)
  --config FILE                  config file (default: the nearest .termsheetrc.yaml,
                                 .termsheetrc.yml or .termsheetrc.json upwards from each file)
  --rule ID=off|hint|info|warning|error
                                 override one rule's severity (repeatable)
  --quiet                        report errors only
  --fix                          apply every fix in place, then report what remains.
                                 A fix keeps the deal's meaning (a misspelt key or
                                 directive); a suggestion changes a term or adds a
                                 clause, is listed with its finding, and is never applied
  --fix-dry-run                  print what --fix would change as a unified diff (for
                                 git apply) instead of the report, and change nothing
  --max-warnings N               exit with 1 when there are more than N warnings
  --list-rules                   print the rule catalog
  --stdin-filename NAME          with '-': lint standard input as if it were the file NAME
  --no-error-on-unmatched-pattern
                                 a folder or glob with nothing to lint is said on stderr,
                                 and is not an error
  -h, --help                     show this help
  -v, --version                  print the version

Standard input ('-') is linted as the file NAME: NAME's format (.md is
Markdown), the config found from NAME's folder, NAME in the report. '-' needs
--stdin-filename, as a guess could read Markdown as YAML. --fix is refused for
it, as in ESLint, since there is no file to write: --fix-dry-run prints the
fixes as a diff.

Word documents (.docx) are read as text, their tracked changes as if accepted;
each finding names its section and quotes the text, and its line and column
count in that text view (the one the editor shows). --fix leaves them alone.

A folder or glob with nothing to lint is said on stderr, one line each, and is
exit code 2, as ESLint's "no files matching": a CI run that lints nothing after
a typo in a path, or an "ignore" that takes everything, must not pass.

SARIF locations are relative to %SRCROOT%: the root of the git repository the
command runs in (the nearest folder upwards with a .git), else the working
directory.

Exit codes: 0 no error, 1 errors found (or too many warnings), 2 bad usage,
unreadable path or config, nothing to lint, or internal failure.
`;

/**
 * Parses and validates the command line. `knownRuleIds` lets a typo in `--rule` fail loudly
 * instead of silently overriding nothing.
 */
export function parseCliArgs(argv: readonly string[], knownRuleIds: ReadonlySet<string>): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'max-warnings': { type: 'string' },
        'list-rules': { type: 'boolean' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`invalid --format '${format}' (expected one of: ${FORMATS.join(', ')})`);
  }

  const rules: Record<string, RuleLevel> = {};
  for (const spec of values.rule ?? []) {
    const [id, level] = parseRuleSpec(spec, knownRuleIds);
    rules[id] = level;
  }

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`invalid --max-warnings '${raw}' (expected a whole number, 0 or more)`);
    maxWarnings = Number(raw);
  }

  if (values.config !== undefined && values.config.trim() === '') throw new UsageError("option '--config' needs a file name");
  const fix = fixMode(values.fix ?? false, values['fix-dry-run'] ?? false, format);
  const stdinFilename = standardInputName(positionals, values['stdin-filename'], fix);

  return {
    paths: stdinFilename !== undefined ? [] : positionals.length > 0 ? positionals : ['.'],
    stdinFilename,
    format: format as Format,
    config: values.config,
    rules,
    quiet: values.quiet ?? false,
    fix,
    maxWarnings,
    listRules: values['list-rules'] ?? false,
    errorOnUnmatchedPattern: !(values['no-error-on-unmatched-pattern'] ?? false),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function fixMode(fix: boolean, dryRun: boolean, format: string): FixMode {
  if (fix && dryRun) throw new UsageError('--fix and --fix-dry-run exclude each other: --fix writes the fixes, --fix-dry-run only prints them');
  // The diff is the output: a json or sarif report beside it would be neither.
  if (dryRun && format !== 'stylish') throw new UsageError(`--fix-dry-run prints a diff, not ${format}: leave out --format`);
  return fix ? 'write' : dryRun ? 'diff' : 'off';
}

/**
 * The name standard input is linted as, when `-` asks for it. The name decides the format and the
 * config, so it is required rather than guessed (ESLint's `<text>` would be read as YAML whatever it
 * holds); and as ESLint does, `--fix` is refused, since there is no file to write the fixes to.
 */
function standardInputName(positionals: readonly string[], name: string | undefined, fix: FixMode): string | undefined {
  const dashes = positionals.filter((positional) => positional === '-').length;
  if (dashes === 0) {
    if (name !== undefined) throw new UsageError("--stdin-filename names standard input: add '-' to read it (termsheet-lint --stdin-filename NAME -)");
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError("'-' (standard input) cannot be linted with other paths: lint it on its own");
  if (name === undefined)
    throw new UsageError("'-' reads standard input: say which file it is with --stdin-filename NAME (e.g. deal.termsheet.yaml), for its format and config");
  if (name.trim() === '') throw new UsageError("option '--stdin-filename' needs a file name");
  if (fix === 'write') throw new UsageError('--fix cannot write to standard input: use --fix-dry-run to print the fixes as a diff');
  return name;
}

function parseRuleSpec(spec: string, knownRuleIds: ReadonlySet<string>): [string, RuleLevel] {
  const match = /^([^=\s]+)=([^=\s]+)$/.exec(spec.trim());
  if (!match) throw new UsageError(`invalid --rule '${spec}' (expected ID=${LEVELS.join('|')})`);
  const [, id, level] = match;
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new UsageError(`invalid severity '${level}' in --rule '${spec}' (expected one of: ${LEVELS.join(', ')})`);
  }
  // Custom rules (`acme/…`) live in config files, read after the command line: their ids are taken as given.
  if (!knownRuleIds.has(id) && !id.includes('/')) throw new UsageError(`unknown rule '${id}' in --rule (see --list-rules)`);
  return [id, level as RuleLevel];
}

/** parseArgs messages are long and suggest `--`; one short line is enough on a terminal. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option '${option}' (see --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /argument missing/.test(message)) {
    return `option '${option}' needs a value (see --help)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /ambiguous/.test(message)) {
    return `option '${option}' needs a value; write ${option}=<value> for one starting with '-'`;
  }
  const first = message.split('\n', 1)[0];
  return first.charAt(0).toLowerCase() + first.slice(1);
}
