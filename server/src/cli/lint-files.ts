import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll, isConfigFileName, lintText, maxFileBytes, tooLargeToLint, type Config, type Finding, type LintOptions, type LintResult, type RuleLevel, type SuppressedFinding } from '../engine';
import { RULES } from '../../../rules';
import { CliConfigs, ConfigError } from './config-files';
import { describeFsError, PathError, type LintTarget } from './files';

/** What one run needs to lint a file: plain data, so that a worker thread can be given it. */
export interface LintSettings {
  cwd: string;
  /** `--config`, as given. */
  config?: string;
  /** `--rule` overrides. */
  rules: Record<string, RuleLevel>;
  fix: boolean;
}

/** The outcome for one target, in the order of the targets. */
export type TargetOutcome =
  | { kind: 'config'; file: string; findings: Finding[] }
  | {
      kind: 'sheet';
      filePath: string;
      findings: Finding[];
      suppressed: SuppressedFinding[];
      /** The config file the sheet used, when it has findings of its own. */
      configFile?: string;
      configFindings?: Finding[];
    };

/** A failure that ends the run, as data: a worker cannot throw across threads. */
export interface FailureData {
  kind: 'path' | 'config' | 'internal';
  message: string;
  stack?: string;
}

export function toFailure(error: unknown): FailureData {
  const kind = error instanceof PathError ? 'path' : error instanceof ConfigError ? 'config' : 'internal';
  return { kind, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
}

export function fromFailure(failure: FailureData): Error {
  const error = failure.kind === 'path' ? new PathError(failure.message) : failure.kind === 'config' ? new ConfigError(failure.message) : new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/** Lints targets one by one with one cache of configs; throws on the first that cannot be read or configured. */
export class TargetLinter {
  private readonly configs: CliConfigs;

  constructor(private readonly settings: LintSettings, configs?: CliConfigs) {
    this.configs = configs ?? new CliConfigs(RULES, settings.cwd, settings.config);
  }

  lint(target: LintTarget): TargetOutcome {
    if (isConfigFileName(target.absolute)) {
      // A config file named on the command line is validated, not linted as a term sheet.
      return { kind: 'config', file: target.absolute, findings: this.configs.readConfig(target.absolute).findings };
    }
    const resolved = this.configs.forFile(target.absolute);
    // --rule comes last: over the config file, as editor settings do in the editor.
    const config: Config = { ...resolved.config, rules: { ...resolved.config.rules, ...this.settings.rules } };
    const options: LintOptions = { rules: resolved.rules, config, fileName: target.absolute };
    const result = oversized(target, maxFileBytes(options)) ?? lintFile(target, options, this.settings.fix);
    return {
      kind: 'sheet',
      filePath: target.display,
      findings: result.findings,
      suppressed: result.suppressed,
      ...(resolved.file && resolved.findings.length > 0 ? { configFile: resolved.file, configFindings: resolved.findings } : {}),
    };
  }
}

interface Source {
  text: string;
  /** A byte-order mark was dropped on reading; a fixed file keeps it. */
  bom: boolean;
}

/** Enough of a file's start for the first line a size finding points at. */
const HEAD_BYTES = 64 * 1024;

/**
 * The size finding for a file over the limit, from its size on disk and its first bytes: such a file
 * is never read whole, so memory stays bounded whatever its size. Undefined for a file within the limit.
 */
function oversized(target: LintTarget, limit: number): LintResult | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(target.absolute, 'r');
    const { size } = fs.fstatSync(descriptor);
    if (size <= limit) return undefined;
    const head = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(descriptor, head, 0, HEAD_BYTES, 0);
    const text = head.subarray(0, read).toString('utf8');
    // A byte-order mark is dropped on reading, so it does not count.
    const bom = text.charCodeAt(0) === 0xfeff;
    const bytes = bom ? size - 3 : size;
    return bytes > limit ? tooLargeToLint(bom ? text.slice(1) : text, bytes, limit) : undefined;
  } catch (error) {
    throw new PathError(describeFsError(error, target.display));
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

function lintFile(target: LintTarget, options: LintOptions, fix: boolean): LintResult {
  const source = readSource(target.absolute, target.display);
  // What is reported is what remains: no report prints a fix, so none is written.
  return lintText(fix ? fixFile(source, options, target) : source.text, { ...options, fixes: false });
}

function readSource(absolute: string, shown: string): Source {
  try {
    const text = fs.readFileSync(absolute, 'utf8');
    // Editors drop a byte-order mark before positions are counted; so must we, or every column on line 1 is off by one.
    return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
  } catch (error) {
    throw new PathError(describeFsError(error, shown));
  }
}

/**
 * Applies every fix until nothing more applies and writes the file once, atomically, when it changed.
 * A sheet that does not parse is left untouched: a fix computed on a partial model could lose text.
 */
function fixFile(source: Source, options: LintOptions, target: LintTarget): string {
  const first = lintText(source.text, options);
  if (!first.sheet || first.sheet.problems.length > 0) return source.text;
  if (!first.findings.some((finding) => finding.fix)) return source.text;
  const fixed = fixAll(source.text, options).text;
  if (fixed !== source.text) writeAtomically(target, (source.bom ? '\ufeff' : '') + fixed);
  return fixed;
}

/** A temporary file beside the target, then a rename: a reader sees the old file or the new one, never half of it. */
function writeAtomically(target: LintTarget, text: string): void {
  const folder = path.dirname(target.absolute);
  const temporary = path.join(folder, `.${path.basename(target.absolute)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const mode = fs.statSync(target.absolute).mode & 0o7777;
    fs.writeFileSync(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    fs.chmodSync(temporary, mode); // The umask may have narrowed it.
    fs.renameSync(temporary, target.absolute);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new PathError(describeFsError(error, target.display).replace(/^cannot read /, 'cannot write '));
  }
}
