import { CeError } from '../errors/index.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 5. */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial call is let through. Default 30 s. */
  resetAfterMs?: number;
  /** Which errors count as failures of the remote side (default: all). */
  isFailure?: (error: unknown) => boolean;
  name?: string;
  now?: () => number;
}

/**
 * Stops calling a remote service that keeps failing: after N consecutive failures calls fail fast
 * for a while, then one trial call decides whether to close the circuit again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private stateValue: CircuitState = 'closed';
  private readonly threshold: number;
  private readonly resetAfterMs: number;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions = {}) {
    this.threshold = options.failureThreshold ?? 5;
    this.resetAfterMs = options.resetAfterMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.stateValue === 'open' && this.now() - this.openedAt >= this.resetAfterMs) this.stateValue = 'half-open';
    return this.stateValue;
  }

  async call<T>(fn: () => Promise<T>): Promise<T> {
    if (this.state === 'open') {
      const waitS = Math.ceil((this.resetAfterMs - (this.now() - this.openedAt)) / 1000);
      throw new CeError(
        'circuit-open',
        `${this.options.name ?? 'remote service'} failed ${this.failures} times in a row; not calling it for ${waitS}s`,
        {
          hint: 'check the service or your network, then try again',
        },
      );
    }
    try {
      const result = await fn();
      this.failures = 0;
      this.stateValue = 'closed';
      return result;
    } catch (error) {
      if (this.options.isFailure?.(error) ?? true) {
        this.failures++;
        if (this.stateValue === 'half-open' || this.failures >= this.threshold) {
          this.stateValue = 'open';
          this.openedAt = this.now();
        }
      }
      throw error;
    }
  }
}
