import * as path from 'node:path';
import { isConfigFileName, MAX_CONFIG_BYTES } from '../engine';
import { UsageError } from './args';
import type { SheetConfigs } from '../config/config-files';
import { displayPath, errorLine, PathError, type LintTarget } from '../config/files';
import { TargetLinter, type LintSettings, type StandardInput, type TargetOutcome } from './lint-files';

/** Standard input as the command line sees it: a stream, and whether it is a terminal. */
export type StandardInputStream = AsyncIterable<Buffer | string> & { isTTY?: boolean };

/**
 * `termsheet-lint --stdin-filename NAME -`: standard input, linted as if it were the file NAME (taken
 * from the working directory), for its format, its config (looked up from NAME's folder) and its name
 * in the report. `open` is called only here, so that a run that reads files never touches stdin.
 */
export async function lintStandardInput(
  name: string,
  settings: LintSettings,
  configs: SheetConfigs,
  open: (() => StandardInputStream) | undefined,
): Promise<TargetOutcome> {
  const stream = open?.();
  if (!stream) throw new UsageError('there is no standard input to read here');
  // Waiting on a terminal would look like a hang: say what is expected instead.
  if (stream.isTTY) throw new UsageError(`standard input is a terminal: pipe a term sheet into it (termsheet-lint --stdin-filename ${name} - < ${name})`);
  const absolute = path.resolve(settings.cwd, name);
  const target: LintTarget = { absolute, display: displayPath(absolute, settings.cwd) };
  const linter = new TargetLinter(settings, configs);
  // A byte-order mark is not counted against the limit.
  const limit = (isConfigFileName(absolute) ? MAX_CONFIG_BYTES : linter.sizeLimit(target)) + 3;
  return linter.lintStandardInput(target, await readBounded(stream, limit));
}

/** Reads a stream to its end, keeping at most `keep` bytes: memory stays bounded whatever is piped in. */
async function readBounded(stream: StandardInputStream, keep: number): Promise<StandardInput> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      bytes += buffer.length;
      if (keptBytes < keep) {
        const part = buffer.subarray(0, keep - keptBytes);
        kept.push(part);
        keptBytes += part.length;
      }
    }
  } catch (error) {
    throw new PathError(`cannot read standard input: ${errorLine(error)}`);
  }
  return { text: Buffer.concat(kept).toString('utf8'), bytes };
}
