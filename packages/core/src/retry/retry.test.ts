import { describe, expect, it } from 'vitest';
import { CircuitBreaker, backoffDelay, retry } from './index.js';

describe('retry', () => {
  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffDelay(n, 100, 1000))).toEqual([100, 200, 400, 800, 1000]);
  });

  it('retries transient failures and returns the first success', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retry(
      async () => {
        calls++;
        if (calls < 3) throw new Error('503');
        return 'ok';
      },
      { baseDelayMs: 100, jitter: 0, sleep: async (ms) => void delays.push(ms) },
    );
    expect(result).toBe('ok');
    expect(delays).toEqual([100, 200]);
  });

  it('gives up after the retries and rethrows the last error', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error(`fail ${calls}`);
        },
        { retries: 2, sleep: async () => {} },
      ),
    ).rejects.toThrow('fail 3');
    expect(calls).toBe(3);
  });

  it('does not retry a non-retryable error', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('400');
        },
        { isRetryable: (e) => (e as Error).message !== '400', sleep: async () => {} },
      ),
    ).rejects.toThrow('400');
    expect(calls).toBe(1);
  });

  it('honours a delay the server asked for', async () => {
    const delays: number[] = [];
    let calls = 0;
    await retry(
      async () => {
        if (calls++ === 0) throw Object.assign(new Error('429'), { retryAfterMs: 1234 });
        return 1;
      },
      {
        retryAfterMs: (e) => (e as { retryAfterMs?: number }).retryAfterMs,
        sleep: async (ms) => void delays.push(ms),
      },
    );
    expect(delays).toEqual([1234]);
  });
});

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures, fails fast, then lets one trial through', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, resetAfterMs: 1000, now: () => now, name: 'anthropic' });
    const fail = () =>
      breaker.call(async () => {
        throw new Error('500');
      });
    await expect(fail()).rejects.toThrow('500');
    await expect(fail()).rejects.toThrow('500');
    expect(breaker.state).toBe('open');
    let called = false;
    await expect(
      breaker.call(async () => {
        called = true;
      }),
    ).rejects.toThrow(/anthropic failed 2 times in a row/);
    expect(called).toBe(false);
    now = 1000;
    expect(breaker.state).toBe('half-open');
    await expect(breaker.call(async () => 'ok')).resolves.toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('reopens at once when the trial call fails', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, resetAfterMs: 10, now: () => now });
    await expect(
      breaker.call(async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow();
    now = 10;
    await expect(
      breaker.call(async () => {
        throw new Error('y');
      }),
    ).rejects.toThrow('y');
    expect(breaker.state).toBe('open');
  });
});
