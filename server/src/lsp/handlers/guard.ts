import { errorDetails } from '../errors';

/** Where a failed handler is told: the log, and the document it concerned when that document is left unlinted. */
export interface FailureSink {
  logError(message: string): void;
  /** The handler linted this document and failed: an internal-error diagnostic stands in for its findings. */
  reportFailure(uri: string | undefined, error: unknown): void;
}

/** Wraps a handler: a failure is logged, the fallback answers, and the server keeps serving every other document. */
export type Guard = <P, R, A extends unknown[] = []>(
  name: string,
  fallback: R,
  uriOf: (params: P) => string | undefined,
  handler: (params: P, ...rest: A) => R,
) => (params: P, ...rest: A) => R;

/** The handlers that lint a document; a failure in one stands in for its findings. */
const DOCUMENT_EVENTS: ReadonlySet<string> = new Set(['open', 'change', 'save']);

export function createGuard(sink: FailureSink): Guard {
  return <P, R, A extends unknown[] = []>(
    name: string,
    fallback: R,
    uriOf: (params: P) => string | undefined,
    handler: (params: P, ...rest: A) => R,
  ): ((params: P, ...rest: A) => R) => {
    const fail = (params: P, error: unknown): R => {
      try {
        const uri = uriOf(params);
        sink.logError(`termsheet-lint: ${name} failed${uri ? ` for ${uri}` : ''}: ${errorDetails(error)}`);
        // A failed document event leaves the document unlinted: say so on it. A failed request (a
        // malformed one, or a feature's bug) says nothing about the document, whose findings still hold.
        if (DOCUMENT_EVENTS.has(name)) sink.reportFailure(uri, error);
      } catch (reportError) {
        sink.logError(`termsheet-lint: reporting a failure in ${name} failed: ${errorDetails(reportError)}`);
      }
      return fallback;
    };
    return (params: P, ...rest: A) => {
      try {
        const result = handler(params, ...rest);
        // An asynchronous handler fails later: the same treatment, and the fallback as its answer.
        return result instanceof Promise ? (result.catch((error: unknown) => fail(params, error)) as R) : result;
      } catch (error) {
        return fail(params, error);
      }
    };
  };
}
