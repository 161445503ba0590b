import { CeError } from '../errors/index.js';

/**
 * The error of work stopped through its AbortSignal (an MCP client cancelled the call, a person
 * pressed Ctrl-C): code `cancelled`, exit 1. What was saved before the stop stays saved.
 */
export function cancelledError(what: string): CeError {
  return new CeError('cancelled', `${what} was cancelled`, { hint: 'run it again to resume or start over' });
}

/** Throws the cancellation error when `signal` has aborted: called between the steps of long work. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw cancelledError(what);
}
