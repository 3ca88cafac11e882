import * as os from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { SheetConfigs } from '../config/config-files';
import type { LintTarget } from '../config/files';
import { fromFailure, TargetLinter, toFailure, type FailureData, type LintSettings, type TargetOutcome } from './lint-files';

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;
/** Never more threads than this, however many cores: each loads the whole bundle. */
const MAX_THREADS = 8;
/** Marks a worker started by `lintInParallel`, so that the bundle knows to serve rather than run the command line. */
export const WORKER_ROLE = 'termsheet-lint-worker';

interface WorkerInput {
  role: typeof WORKER_ROLE;
  settings: LintSettings;
  targets: LintTarget[];
}

type WorkerMessage = { type: 'progress' } | { type: 'done'; outcomes: TargetOutcome[]; failure?: FailureData };

/**
 * How many threads to lint `fileCount` files on: one below the threshold or on a single core.
 * `TERMSHEET_LINT_THREADS` sets it (tests use it to compare both paths on any machine).
 */
export function threadCount(fileCount: number, env: NodeJS.ProcessEnv): number {
  const forced = env.TERMSHEET_LINT_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced) && Number(forced) > 0) return Math.min(Number(forced), Math.max(1, fileCount));
  if (fileCount <= PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), MAX_THREADS));
}

/** Lints in this thread, in order; the first failure ends the run. */
export function lintInThread(settings: LintSettings, targets: readonly LintTarget[], onProgress: () => void, configs?: SheetConfigs): TargetOutcome[] {
  const linter = new TargetLinter(settings, configs);
  return targets.map((target) => {
    const outcome = linter.lint(target);
    onProgress();
    return outcome;
  });
}

/**
 * Lints contiguous slices of the targets (files of one folder share a config lookup) on worker
 * threads started from this same script, and returns the outcomes in target order: the same
 * as `lintInThread`. On failures, the one of the earliest target wins, as it would in one thread.
 */
export async function lintInParallel(
  settings: LintSettings,
  targets: readonly LintTarget[],
  threads: number,
  script: string,
  onProgress: () => void,
): Promise<TargetOutcome[]> {
  const size = Math.ceil(targets.length / threads);
  const slices: LintTarget[][] = [];
  for (let start = 0; start < targets.length; start += size) slices.push(targets.slice(start, start + size));
  const done = await Promise.all(slices.map((slice) => runWorker(script, { role: WORKER_ROLE, settings, targets: slice }, onProgress)));
  const outcomes: TargetOutcome[] = [];
  for (const slice of done) {
    if (slice.failure) throw fromFailure(slice.failure);
    outcomes.push(...slice.outcomes);
  }
  return outcomes;
}

function runWorker(script: string, input: WorkerInput, onProgress: () => void): Promise<{ outcomes: TargetOutcome[]; failure?: FailureData }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input, stdout: false, stderr: false });
    let result: { outcomes: TargetOutcome[]; failure?: FailureData } | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress();
      else result = { outcomes: message.outcomes, failure: message.failure };
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`a lint worker stopped with exit code ${code} before it finished`));
    });
  });
}

/** True in a thread started by `lintInParallel`. */
export function isLintWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerInput> | undefined)?.role === WORKER_ROLE;
}

/** The worker's side: lint the slice, report progress per file, then everything at once. */
export function serveAsWorker(): void {
  const port = parentPort;
  if (!port) return;
  const { settings, targets } = workerData as WorkerInput;
  const outcomes: TargetOutcome[] = [];
  let failure: FailureData | undefined;
  try {
    const linter = new TargetLinter(settings);
    for (const target of targets) {
      outcomes.push(linter.lint(target));
      port.postMessage({ type: 'progress' } satisfies WorkerMessage);
    }
  } catch (error) {
    failure = toFailure(error);
  }
  port.postMessage({ type: 'done', outcomes, failure } satisfies WorkerMessage);
}
