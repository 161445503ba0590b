import type { APICallError } from 'ai';
import { CeError, errorMessage, isCeError, redactSecrets } from '@ce/core';

export interface AgentErrorOptions {
  /** Worth another attempt: timeouts, 429, 5xx, connection resets. */
  transient: boolean;
  status?: number;
  /** The delay the server asked for (Retry-After), in ms. */
  retryAfterMs?: number;
  hint?: string;
  cause?: unknown;
}

/** A failed call to a model or agent, with its message already redacted of keys. */
export class AgentError extends CeError {
  readonly transient: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: string, message: string, options: AgentErrorOptions) {
    super(code, redactSecrets(message), {
      hint: options.hint,
      cause: options.cause,
      details: { transient: options.transient, ...(options.status ? { status: options.status } : {}) },
    });
    this.transient = options.transient;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isTransient(error: unknown): boolean {
  return error instanceof AgentError && error.transient;
}

const TRANSIENT_CODES =
  /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT)\b|socket hang up|other side closed|terminated/i;

/**
 * Maps whatever a provider call threw onto an AgentError: HTTP status and the provider's own message
 * for API errors, timeouts and connection failures as transient, everything redacted of keys.
 */
export function toAgentError(error: unknown, who: string, keyEnv?: string): AgentError {
  if (error instanceof AgentError) return error;
  if (isCeError(error)) return new AgentError(error.code, error.message, { transient: false, hint: error.hint, cause: error });
  if (isTimeout(error)) {
    return new AgentError('agent-timeout', `${who} did not answer in time`, {
      transient: true,
      hint: 'raise agents.timeoutMs in .ce/config.yml, or check the service',
      cause: error,
    });
  }
  if (isAbort(error)) return new AgentError('agent-aborted', `${who}: the call was cancelled`, { transient: false, cause: error });
  if (isApiCallError(error)) {
    const status = error.statusCode;
    const message = providerMessage(error);
    if (status === undefined || status < 400) {
      // No status, or a success whose body never arrived whole: the connection failed.
      const detail = causeChain(error);
      return new AgentError(
        'agent-unreachable',
        `${who}: ${error.message}${detail && !error.message.includes(detail.split(': ').pop() ?? detail) ? ` (${detail})` : ''}`,
        {
          transient: true,
          hint: 'check agents.baseUrl and that the service is running',
          cause: error,
        },
      );
    }
    const transient = status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
    const retryAfterMs = retryAfter(error.responseHeaders);
    return new AgentError(
      status === 401 || status === 403 ? 'agent-auth' : transient ? 'agent-unavailable' : 'agent-request',
      `${who} returned ${status}: ${message}`,
      {
        transient,
        status,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        hint: hintFor(status, keyEnv),
        cause: error,
      },
    );
  }
  const message = errorMessage(error);
  const causeMessage = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const transient = TRANSIENT_CODES.test(`${message} ${causeMessage} ${(error as { code?: string } | null)?.code ?? ''}`);
  return new AgentError(transient ? 'agent-unreachable' : 'agent-failed', `${who}: ${message}${causeMessage}`, { transient, cause: error });
}

/** The messages of an error's causes: `terminated: other side closed`. */
function causeChain(error: Error): string {
  const parts: string[] = [];
  let cause: unknown = error.cause;
  while (cause instanceof Error && parts.length < 4) {
    parts.push(cause.message);
    cause = cause.cause;
  }
  return parts.join(': ');
}

function hintFor(status: number, keyEnv: string | undefined): string | undefined {
  if (status === 401 || status === 403) return keyEnv ? `check the key in the ${keyEnv} environment variable` : 'check the API key';
  if (status === 404) return 'check agents.model and agents.baseUrl';
  if (status === 429) return 'the provider is rate limiting; wait or lower the request rate';
  if (status >= 500) return 'the provider is failing; try again later';
  return undefined;
}

/** The provider's own error text (`{"error":{"message":…}}` in both wire formats), else the SDK's message. */
function providerMessage(error: APICallError): string {
  const data = error.data as { error?: { message?: unknown; type?: unknown } | string; message?: unknown } | undefined;
  const fromData =
    typeof data?.error === 'string'
      ? data.error
      : typeof data?.error?.message === 'string'
        ? data.error.message
        : typeof data?.message === 'string'
          ? data.message
          : undefined;
  if (fromData) return fromData;
  if (error.responseBody) {
    try {
      const body = JSON.parse(error.responseBody) as { error?: { message?: string } | string; message?: string };
      const text = typeof body.error === 'string' ? body.error : (body.error?.message ?? body.message);
      if (text) return text;
    } catch {
      /* not JSON: fall through to the raw text */
    }
    const raw = error.responseBody.trim().slice(0, 300);
    if (raw) return raw;
  }
  return error.message;
}

/** `retry-after-ms`, or `retry-after` as seconds or an HTTP date. */
export function retryAfter(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const ms = Number.parseFloat(lower['retry-after-ms'] ?? '');
  if (Number.isFinite(ms) && ms >= 0) return Math.round(ms);
  const value = lower['retry-after'];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'TimeoutError' || (error instanceof Error && error.cause instanceof Error && error.cause.name === 'TimeoutError');
}

function isAbort(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'AbortError';
}

/**
 * The AI SDK's own `APICallError.isInstance` test (a global marker symbol), without loading the SDK:
 * it is imported only when a model is called, so commands that use no model never pay its load time.
 */
function isApiCallError(error: unknown): error is APICallError {
  const marker = Symbol.for('vercel.ai.error.AI_APICallError');
  return error !== null && typeof error === 'object' && (error as Record<symbol, unknown>)[marker] === true;
}
