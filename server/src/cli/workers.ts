import * as os from 'node:os';
import type { SheetConfigs } from '../config/config-files';
import type { LintTarget } from '../config/files';
import { fromFailure, TargetLinter, toFailure, type FailureData, type LintSettings, type TargetOutcome } from './lint-files';

/** Below this many files, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;
/** Never more threads than this, however many cores: each loads the whole bundle. */
const MAX_THREADS = 8;
/** Marks a worker started by `lintInParallel`, so that the bundle knows to serve rather than run the command line. */
export const WORKER_ROLE = 'termsheet-lint-worker';
/**
 * Set in the environment of the lint workers only. Loading node:worker_threads costs about 2 ms, a
 * noticeable share of a run on one file; without this mark the bundle knows it is not a lint worker
 * without loading it.
 */
const WORKER_MARK = 'TERMSHEET_LINT_WORKER';

type WorkerThreads = typeof import('node:worker_threads');

/** node:worker_threads, loaded when a run starts threads or runs in one. */
function workerThreads(): WorkerThreads {
  return require('node:worker_threads') as WorkerThreads;
}

interface WorkerInput {
  role: typeof WORKER_ROLE;
  settings: LintSettings;
  targets: LintTarget[];
}

type WorkerMessage = { type: 'progress' } | { type: 'done'; outcomes: TargetOutcome[]; failure?: FailureData };

/** The cores a run may use, and how busy they have been. */
export interface Machine {
  cores: number;
  /** The load average over the last minute: 0 where the system does not report one (Windows). */
  load: number;
}

function thisMachine(): Machine {
  return { cores: os.availableParallelism(), load: os.loadavg()[0] };
}

/**
 * How many threads to lint `fileCount` files on: one below the threshold, else one per core that
 * other work leaves free. A worker loads and warms up the linter again, which only pays off on a
 * core of its own: on two busy cores, 600 sheets took 1.7 s on one thread and 2.2 s on two.
 * `TERMSHEET_LINT_THREADS` sets it (tests use it to compare both paths on any machine).
 */
export function threadCount(fileCount: number, env: NodeJS.ProcessEnv, machine: Machine = thisMachine()): number {
  const forced = env.TERMSHEET_LINT_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced) && Number(forced) > 0) return Math.min(Number(forced), Math.max(1, fileCount));
  if (fileCount <= PARALLEL_THRESHOLD) return 1;
  const freeCores = Math.round(machine.cores - machine.load);
  return Math.max(1, Math.min(freeCores, MAX_THREADS));
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
 * Lints contiguous slices of the targets (files of one folder share a config lookup), the first on
 * this thread and each other on a worker thread started from this same script, and returns the
 * outcomes in target order: the same as `lintInThread`. This thread has the linter loaded already;
 * a worker loads it again and warms it up again, so this thread lints its share rather than wait.
 * On failures, the one of the earliest target wins, as it would in one thread.
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
  const [own, ...others] = slices;
  const workers = others.map((slice) => startWorker(script, { role: WORKER_ROLE, settings, targets: slice }, onProgress));
  let outcomes: TargetOutcome[];
  try {
    outcomes = lintInThread(settings, own, onProgress);
  } catch (error) {
    // The first slice holds the earliest targets: its failure wins, and the others need not finish.
    await Promise.allSettled(
      workers.map(async ({ worker, done }) => {
        await worker.terminate();
        await done;
      }),
    );
    throw error;
  }
  for (const slice of await Promise.all(workers.map(({ done }) => done))) {
    if (slice.failure) throw fromFailure(slice.failure);
    outcomes.push(...slice.outcomes);
  }
  return outcomes;
}

interface WorkerResult {
  outcomes: TargetOutcome[];
  failure?: FailureData;
}

function startWorker(
  script: string,
  input: WorkerInput,
  onProgress: () => void,
): { worker: import('node:worker_threads').Worker; done: Promise<WorkerResult> } {
  const worker = new (workerThreads().Worker)(script, { workerData: input, stdout: false, stderr: false, env: { ...process.env, [WORKER_MARK]: WORKER_ROLE } });
  const done = new Promise<WorkerResult>((resolve, reject) => {
    let result: WorkerResult | undefined;
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
  return { worker, done };
}

/** True in a thread started by `lintInParallel`. */
export function isLintWorker(): boolean {
  if (process.env[WORKER_MARK] !== WORKER_ROLE) return false;
  const threads = workerThreads();
  return threads.parentPort !== null && (threads.workerData as Partial<WorkerInput> | undefined)?.role === WORKER_ROLE;
}

/** False in any worker thread; the command line runs only on the main one. Every thread this module starts carries the mark. */
export function isMainThread(): boolean {
  return process.env[WORKER_MARK] === undefined || workerThreads().isMainThread;
}

/** The worker's side: lint the slice, report progress per file, then everything at once. */
export function serveAsWorker(): void {
  const threads = workerThreads();
  const port = threads.parentPort;
  if (!port) return;
  const { settings, targets } = threads.workerData as WorkerInput;
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
