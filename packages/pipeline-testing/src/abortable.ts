import { CeError } from '@ce/core';

/** The error every cancelled run or node throws: code `pipeline-cancelled`. */
export function cancelledError(what: string, reason?: unknown): CeError {
  const why = reason instanceof Error ? `: ${reason.message}` : typeof reason === 'string' ? `: ${reason}` : '';
  return new CeError('pipeline-cancelled', `${what} was cancelled${why}`, {
    hint: 'the run was aborted through its AbortSignal; nothing after the cancelled nodes ran',
  });
}

/** Resolves after `ms`, or rejects with a cancellation error as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelledError('the wait', signal.reason));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelledError('the wait', signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
