import { CircuitBreaker, retry, type Logger } from '@ce/core';
import { AgentError, isTransient } from './agent-error.js';

export interface ResilienceOptions {
  /** Attempts after the first (`agents.retries`). */
  retries: number;
  breaker: CircuitBreaker;
  /** For log lines: `anthropic`, `openai-compatible (ollama)`. */
  who: string;
  logger?: Logger;
  signal?: AbortSignal;
  /** First backoff delay (doubles each attempt). Default 500 ms. */
  baseDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the error surfaces instead. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Injected by tests to observe delays without waiting. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * One policy for every remote call: transient failures (timeouts, 429, 5xx, connection resets) are
 * retried with exponential backoff, honouring Retry-After; the circuit breaker stops calling a service
 * that keeps failing; anything else surfaces at once. Returns the result and the attempts made.
 */
export async function resilientCall<T>(
  fn: (attempt: number) => Promise<T>,
  options: ResilienceOptions,
): Promise<{ value: T; attempts: number }> {
  let attempts = 0;
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
  const value = await retry(
    (attempt) => {
      attempts = attempt + 1;
      return options.breaker.call(() => fn(attempt));
    },
    {
      retries: options.retries,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: 30_000,
      isRetryable: (error) => isTransient(error) && ((error as AgentError).retryAfterMs ?? 0) <= maxRetryAfter,
      retryAfterMs: (error) => (error instanceof AgentError ? error.retryAfterMs : undefined),
      onRetry: ({ attempt, delayMs, error }) =>
        options.logger?.warn(`${(error as Error).message}; retry ${attempt}/${options.retries} in ${delayMs} ms`, {
          event: 'agent-retry',
          attempt,
          delayMs,
        }),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    },
  ).catch((error: unknown) => {
    if (error instanceof AgentError && error.transient && attempts > 1) {
      throw new AgentError(error.code, `${error.message} (after ${attempts} attempts)`, {
        transient: true,
        ...(error.status ? { status: error.status } : {}),
        hint: error.hint ?? 'try again later',
        cause: error,
      });
    }
    throw error;
  });
  return { value, attempts };
}

const breakers = new Map<string, CircuitBreaker>();

/** One circuit breaker per remote service for the whole process, so repeated calls share its state. */
export function breakerFor(key: string): CircuitBreaker {
  let breaker = breakers.get(key);
  if (!breaker) {
    breaker = new CircuitBreaker({ name: key, failureThreshold: 5, resetAfterMs: 30_000, isFailure: isTransient });
    breakers.set(key, breaker);
  }
  return breaker;
}
