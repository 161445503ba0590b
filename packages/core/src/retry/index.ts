export { retry, backoffDelay, type RetryOptions } from './retry.js';
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker.js';
