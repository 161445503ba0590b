export interface RetryOptions {
  /** Attempts after the first one. Default 3. */
  retries?: number;
  /** First delay; doubles each attempt up to maxDelayMs. Default 250 ms. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Randomise each delay by ±this fraction so that clients do not retry in lock step. Default 0.2. */
  jitter?: number;
  /** Whether an error is worth another attempt (timeouts, 429, 5xx). Default: every error. */
  isRetryable?: (error: unknown) => boolean;
  /** A delay the server asked for (Retry-After), which wins over the computed one. */
  retryAfterMs?: (error: unknown) => number | undefined;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  signal?: AbortSignal;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
}

/** The delay before retry number `attempt` (1-based), without jitter. */
export function backoffDelay(attempt: number, baseDelayMs = 250, maxDelayMs = 30_000): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
}

/** Calls fn until it succeeds, a non-retryable error is thrown, or the retries run out. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const retryable = options.isRetryable ? options.isRetryable(error) : true;
      if (!retryable || attempt >= retries || options.signal?.aborted) throw error;
      const jitter = options.jitter ?? 0.2;
      const computed = backoffDelay(attempt + 1, options.baseDelayMs, options.maxDelayMs) * (1 + (Math.random() * 2 - 1) * jitter);
      const delayMs = Math.max(0, Math.round(options.retryAfterMs?.(error) ?? computed));
      options.onRetry?.({ attempt: attempt + 1, delayMs, error });
      await sleep(delayMs);
    }
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
