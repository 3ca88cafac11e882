/**
 * The `termsheet-lint` bin (dist/cli.js). Editor plugins and pre-commit hooks run the command line
 * on every save, so its start counts: this small script answers --help and --version itself, and
 * otherwise starts the command line (dist/cli-main.js, built from main.ts) with its compiled code
 * cached between runs: Node's own compile cache where Node has one (22.1 and later), V8's code cache
 * through code-cache.ts before that.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HELP } from './args';
import { cacheFolder, requireCached } from '../startup/code-cache';

/** Inlined by the bundler; the digest is of dist/cli-main.js as built. */
declare const TERMSHEET_LINT_VERSION: string;
declare const TERMSHEET_LINT_PROGRAM_DIGEST: string;

const PROGRAM = path.join(__dirname, 'cli-main.js');
const HELP_FLAGS = ['-h', '--help'];
const VERSION_FLAGS = ['-v', '--version'];

/**
 * A command line of help and version flags alone gets the answer the program gives it (help wins),
 * without loading the linter. Anything else, even `--version` beside another option, is the
 * program's to parse and check.
 */
function answerAlone(args: readonly string[]): string | undefined {
  if (args.length === 0 || !args.every((arg) => HELP_FLAGS.includes(arg) || VERSION_FLAGS.includes(arg))) return undefined;
  return args.some((arg) => HELP_FLAGS.includes(arg)) ? HELP : `${TERMSHEET_LINT_VERSION}\n`;
}

function start(): void {
  const answer = answerAlone(process.argv.slice(2));
  if (answer !== undefined) {
    process.stdout.write(answer);
    return;
  }
  if (process.env.DEBUG) {
    // DEBUG prints stack traces: map them onto the sources (dist/cli-main.js.map ships for this).
    process.setSourceMapsEnabled(true);
    require(PROGRAM);
    return;
  }
  const folder = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder();
  // The program's worker threads start from its __filename: this file, so that they use the cache
  // too. It sits in the program's folder, so its require finds what the program's would.
  requireCached({ file: PROGRAM, asFile: __filename, require, buildKey: TERMSHEET_LINT_PROGRAM_DIGEST, folder });
}

try {
  start();
} catch (error) {
  // Only a damaged installation gets here: the program reports its own failures.
  const reason = fs.existsSync(PROGRAM) ? String(error) : `${PROGRAM} is missing; reinstall termsheet-lint`;
  process.stderr.write(`termsheet-lint: internal error: ${reason.split('\n', 1)[0]}\n`);
  if (process.env.DEBUG && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  process.exitCode = 2;
}
