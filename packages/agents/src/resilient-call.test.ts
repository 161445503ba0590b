import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { AgentError, createAgent } from './index.js';
import { retryAfter as retryAfterForTest } from './agent-error.js';
import { agentsConfig } from '../test/helpers.js';
import { json, replayServer } from '../test/replay-server.js';

describe('retries, timeouts and the circuit breaker', () => {
  it('times out a call that gets no answer, retries it, then reports a timeout', async () => {
    const server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    onTestFinished(() => {
      server.closeAllConnections();
      server.close();
    });
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const agent = createAgent(agentsConfig({ adapter: 'openai-compatible', model: 'm', baseUrl, timeoutMs: 150, retries: 1 }), {
      env: {},
      sleep: () => Promise.resolve(),
    });
    const error = (await agent.complete('hi').catch((e: unknown) => e)) as AgentError;
    expect(error).toBeInstanceOf(AgentError);
    expect(error.code).toBe('agent-timeout');
    expect(error.message).toBe('openai-compatible did not answer in time (after 2 attempts)');
  });

  it('opens the circuit after repeated transient failures and then fails fast without calling', async () => {
    const failures = Array.from({ length: 5 }, () => json(503, 'openai-500.json'));
    const server = await replayServer([...failures, json(200, 'openai-chat.json')], '/v1');
    const agent = createAgent(agentsConfig({ adapter: 'openai-compatible', model: 'm', baseUrl: server.baseUrl, retries: 0 }), { env: {} });
    for (let i = 0; i < 5; i++) await expect(agent.complete('hi')).rejects.toThrow('returned 503');
    await expect(agent.complete('hi')).rejects.toThrow(/failed 5 times in a row; not calling it for \d+s/);
    expect(server.requests).toHaveLength(5);
  });

  it('does not wait for a Retry-After longer than a minute: the 429 surfaces at once', async () => {
    const server = await replayServer([json(429, 'openai-429.json', { 'retry-after': '3600' }), json(200, 'openai-chat.json')], '/v1');
    const agent = createAgent(agentsConfig({ adapter: 'openai-compatible', model: 'm', baseUrl: server.baseUrl }), {
      env: {},
      sleep: () => Promise.resolve(),
    });
    await expect(agent.complete('hi')).rejects.toThrow(/returned 429: Rate limit reached/);
    expect(server.requests).toHaveLength(1);
  });

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    expect(retryAfterForTest({ 'Retry-After': '3' })).toBe(3000);
    expect(retryAfterForTest({ 'retry-after-ms': '250' })).toBe(250);
    expect(retryAfterForTest({ 'retry-after': new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString() }, Date.UTC(2026, 0, 1))).toBe(10_000);
    expect(retryAfterForTest({})).toBeUndefined();
  });
});
