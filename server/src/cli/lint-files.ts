import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Diff from 'diff';
import {
  fixAll,
  isConfigFileName,
  lintText,
  maxFileBytes,
  tooLargeToLint,
  type Config,
  type Finding,
  type LintOptions,
  type LintResult,
  type RuleLevel,
  type SuppressedFinding,
} from '../engine';
import { RULES } from '../../../rules';
import { SheetConfigs, ConfigError } from '../config/config-files';
import { describeFsError, PathError, type LintTarget } from '../config/files';
import { isWordDocumentName } from '../engine/docx/names';
import type * as Docx from '../engine/docx';

/** What one run needs to lint a file: plain data, so that a worker thread can be given it. */
export interface LintSettings {
  cwd: string;
  /** `--config`, as given. */
  config?: string;
  /** `--rule` overrides. */
  rules: Record<string, RuleLevel>;
  fix: FixMode;
  /**
   * The output prints each edit (JSON, SARIF), not only its title (stylish): a Markdown insertion is then
   * read back before it is listed, as the editor does before offering it.
   */
  showsEdits: boolean;
}

/** `--fix` writes every fix into its file; `--fix-dry-run` shows them as a diff and changes nothing. */
export type FixMode = 'off' | 'write' | 'diff';

/** Standard input, read up to a bound: the text kept, and the size of all of it in bytes. */
export interface StandardInput {
  text: string;
  bytes: number;
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
      /** `--fix-dry-run`: what `--fix` would change, as a unified diff; absent when it would change nothing. */
      diff?: string;
      /** A Word document, which `--fix` and `--fix-dry-run` leave alone. */
      word?: boolean;
    };

export type SheetOutcome = Extract<TargetOutcome, { kind: 'sheet' }>;

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
  const error =
    failure.kind === 'path' ? new PathError(failure.message) : failure.kind === 'config' ? new ConfigError(failure.message) : new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/** Lints targets one by one with one cache of configs; throws on the first that cannot be read or configured. */
export class TargetLinter {
  private readonly configs: SheetConfigs;

  constructor(
    private readonly settings: LintSettings,
    configs?: SheetConfigs,
  ) {
    this.configs = configs ?? new SheetConfigs(RULES, settings.cwd, settings.config);
  }

  lint(target: LintTarget): TargetOutcome {
    if (isConfigFileName(target.absolute)) {
      // A config file named on the command line is validated, not linted as a term sheet.
      return { kind: 'config', file: target.absolute, findings: this.configs.readConfig(target.absolute).findings };
    }
    if (isWordDocumentName(target.absolute)) {
      // Fixes are written as text: a Word document is never rewritten, so it is linted as it is.
      return { ...this.lintSheet(target, (options) => ({ result: lintWordDocument(target, options) })), word: true };
    }
    return this.lintSheet(target, (options) => {
      const tooLarge = oversized(target, maxFileBytes(options));
      if (tooLarge) return { result: tooLarge };
      return lintSource(readSource(target.absolute, target.display), options, target, this.settings, (text) => writeAtomically(target, text));
    });
  }

  /** The most bytes of a sheet at `target` that are read: larger ones get the size finding. */
  sizeLimit(target: LintTarget): number {
    return maxFileBytes({ config: this.configs.forFile(target.absolute).config });
  }

  /**
   * Standard input, linted as if it were the file at `target`: its format, its config, its name in
   * the report. Nothing is written: `--fix` is refused for it, `--fix-dry-run` diffs it.
   */
  lintStandardInput(target: LintTarget, input: StandardInput): TargetOutcome {
    if (isConfigFileName(target.absolute))
      return { kind: 'config', file: target.absolute, findings: this.configs.readConfig(target.absolute, input.text).findings };
    if (isWordDocumentName(target.absolute))
      throw new PathError(`a Word document cannot be read from standard input: name the file instead (termsheet-lint ${target.display})`);
    if (this.settings.fix === 'write') throw new Error('--fix cannot write to standard input');
    return this.lintSheet(target, (options) => {
      const tooLarge = sizeFinding(input.text, input.bytes, maxFileBytes(options));
      return tooLarge ? { result: tooLarge } : lintSource(decodeSource(input.text), options, target, this.settings);
    });
  }

  private lintSheet(target: LintTarget, lint: (options: LintOptions) => SheetLint): SheetOutcome {
    const resolved = this.configs.forFile(target.absolute);
    // --rule comes last: over the config file, as editor settings do in the editor.
    const config: Config = { ...resolved.config, rules: { ...resolved.config.rules, ...this.settings.rules } };
    const { result, diff } = lint({ rules: resolved.rules, config, fileName: target.absolute });
    return {
      kind: 'sheet',
      filePath: target.display,
      findings: result.findings,
      suppressed: result.suppressed,
      ...(resolved.file && resolved.findings.length > 0 ? { configFile: resolved.file, configFindings: resolved.findings } : {}),
      ...(diff ? { diff } : {}),
    };
  }
}

/**
 * A Word document is a zip: its size on disk says little of its text (images weigh most of it), so
 * the text limit is checked on what it inflates to; the file itself may be this many times the limit.
 */
const WORD_FILE_PER_TEXT = 16;

/** Lints a `.docx`, loading the Word reader on the first one: a run on text sheets never sets it up. */
function lintWordDocument(target: LintTarget, options: LintOptions): LintResult {
  const limit = maxFileBytes(options);
  let bytes: Buffer;
  try {
    const size = fs.statSync(target.absolute).size;
    if (size > limit * WORD_FILE_PER_TEXT) return tooLargeToLint('', size, limit * WORD_FILE_PER_TEXT);
    bytes = fs.readFileSync(target.absolute);
  } catch (error) {
    throw new PathError(describeFsError(error, target.display));
  }
  const { lintDocx } = require('../engine/docx') as typeof Docx;
  return lintDocx(bytes, { ...options, fixes: false });
}

interface Source {
  text: string;
  /** A byte-order mark was dropped on reading; a fixed file keeps it. */
  bom: boolean;
}

/** What a sheet's lint gives: the findings that remain, and with `--fix-dry-run` the diff of its fixes. */
interface SheetLint {
  result: LintResult;
  diff?: string;
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
    return sizeFinding(head.subarray(0, read).toString('utf8'), size, limit);
  } catch (error) {
    throw new PathError(describeFsError(error, target.display));
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** The size finding for a text of `bytes` bytes starting with `head`, when it is over the limit. */
function sizeFinding(head: string, bytes: number, limit: number): LintResult | undefined {
  // A byte-order mark is dropped on reading, so it does not count.
  const bom = head.charCodeAt(0) === 0xfeff;
  const counted = bom ? bytes - 3 : bytes;
  return counted > limit ? tooLargeToLint(bom ? head.slice(1) : head, counted, limit) : undefined;
}

/**
 * Lints a sheet's text. With `--fix` or `--fix-dry-run`, every fix is applied first (until nothing more
 * applies) and what is reported is what remains; `--fix` hands a changed text to `write`, `--fix-dry-run`
 * returns the change as a diff. A sheet that does not parse is left untouched: a fix computed on a
 * partial model could lose text.
 */
function lintSource(source: Source, options: LintOptions, target: LintTarget, settings: LintSettings, write?: (text: string) => void): SheetLint {
  const mode = settings.fix;
  const fixed = mode === 'off' ? source.text : fixedText(source.text, options);
  const bom = source.bom ? '\ufeff' : '';
  if (fixed !== source.text && mode === 'write') write?.(bom + fixed);
  const diff = fixed !== source.text && mode === 'diff' ? unifiedDiff(target.display, bom + source.text, bom + fixed) : undefined;
  // What is reported is what remains, with the fixes and suggestions each finding offers (every format lists them).
  return { result: lintText(fixed, { ...options, fixes: true, checkInsertions: settings.showsEdits }), diff };
}

function readSource(absolute: string, shown: string): Source {
  try {
    return decodeSource(fs.readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new PathError(describeFsError(error, shown));
  }
}

/** Editors drop a byte-order mark before positions are counted; so must we, or every column on line 1 is off by one. */
function decodeSource(text: string): Source {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** The text with every fix applied, or the text itself when there is none, or when it does not parse. */
function fixedText(text: string, options: LintOptions): string {
  const first = lintText(text, options);
  if (!first.sheet || first.sheet.problems.length > 0) return text;
  if (!first.findings.some((finding) => finding.fix)) return text;
  return fixAll(text, options).text;
}

/** A unified diff as git writes one (`--- a/path`, `+++ b/path`, three lines of context), for `git apply` or `patch -p1`. */
function unifiedDiff(display: string, before: string, after: string): string {
  // Loaded by --fix-dry-run alone: no other run pays for setting up the diff library.
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = require('diff') as typeof Diff;
  return createTwoFilesPatch(`a/${display}`, `b/${display}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
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
