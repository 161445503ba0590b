import { describe, expect, it } from 'vitest';
import { AgentError, createAgent, type CompleteSuccess } from '../index.js';
import { agentsConfig, recordingSleep } from '../../test/helpers.js';
import { json, replayServer, sse } from '../../test/replay-server.js';

const KEY = 'sk-ant-api03-test-0123456789abcdefghij';
const env = { ANTHROPIC_API_KEY: KEY };

async function anthropicAgent(responses: Parameters<typeof replayServer>[0], extra: Parameters<typeof agentsConfig>[0] = {}) {
  const server = await replayServer(responses, '/v1');
  const { sleep, delays } = recordingSleep();
  const agent = createAgent(agentsConfig({ adapter: 'anthropic', model: 'claude-sonnet-4-5', baseUrl: server.baseUrl, ...extra }), {
    env,
    sleep,
  });
  return { agent, server, delays };
}

describe('anthropic adapter (Messages API, replayed)', () => {
  it('returns the text and token usage of a JSON response, sending the key only in x-api-key', async () => {
    const { agent, server } = await anthropicAgent([json(200, 'anthropic-message.json')], {
      maxTokens: 256,
      pricing: { inputPerMillion: 3, outputPerMillion: 15 },
    });
    const result = (await agent.complete('What is a PRP?', { system: 'Answer in one sentence.' })) as CompleteSuccess;
    expect(result).toMatchObject({ ok: true, adapter: 'anthropic', model: 'claude-sonnet-4-5-20250929' });
    expect(result.text).toBe('A PRP is a Product Requirements Prompt: a researched implementation brief.');
    expect(result.usage).toMatchObject({ inputTokens: 21, outputTokens: 17, attempts: 1 });
    expect(result.usage.costUsd).toBeCloseTo((21 * 3 + 17 * 15) / 1e6, 9);
    expect(result.usage.durationMs).toBeGreaterThanOrEqual(0);
    const [request] = server.requests;
    expect(request?.url).toBe('/v1/messages');
    expect(request?.headers['x-api-key']).toBe(KEY);
    expect(request?.body).toMatchObject({
      model: 'claude-sonnet-4-5',
      max_tokens: 256,
      system: [{ type: 'text', text: 'Answer in one sentence.' }],
    });
  });

  it('streams text deltas from SSE (message_start … message_delta usage … message_stop)', async () => {
    const { agent, server } = await anthropicAgent([sse('anthropic-stream.sse')]);
    const deltas: string[] = [];
    const result = (await agent.complete('Explain gates.', { onText: (d) => deltas.push(d) })) as CompleteSuccess;
    expect(deltas).toEqual(['Gates run', ' in four levels', ', L1 to L4.']);
    expect(result.text).toBe('Gates run in four levels, L1 to L4.');
    expect(result.usage).toMatchObject({ inputTokens: 14, outputTokens: 12 });
    expect(server.requests[0]?.body).toMatchObject({ stream: true });
  });

  it('waits the retry-after of a 429, then succeeds', async () => {
    const { agent, server, delays } = await anthropicAgent([
      json(429, 'anthropic-429.json', { 'retry-after': '2' }),
      json(200, 'anthropic-message.json'),
    ]);
    const result = (await agent.complete('hi')) as CompleteSuccess;
    expect(result.ok).toBe(true);
    expect(delays).toEqual([2000]);
    expect(result.usage.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 500 with backoff and succeeds on the next attempt, also when streaming', async () => {
    const { agent, server, delays } = await anthropicAgent([json(500, 'anthropic-500.json'), sse('anthropic-stream.sse')]);
    const deltas: string[] = [];
    const result = (await agent.complete('hi', { onText: (d) => deltas.push(d) })) as CompleteSuccess;
    expect(result.text).toBe('Gates run in four levels, L1 to L4.');
    expect(deltas.join('')).toBe(result.text);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(2);
  });

  it('surfaces a 401 at once with the provider message and a hint naming the variable', async () => {
    const { agent, server, delays } = await anthropicAgent([json(401, 'anthropic-401.json'), json(200, 'anthropic-message.json')]);
    const error = (await agent.complete('hi').catch((e: unknown) => e)) as AgentError;
    expect(error).toBeInstanceOf(AgentError);
    expect(error.code).toBe('agent-auth');
    expect(error.message).toBe('anthropic returned 401: invalid x-api-key');
    expect(error.hint).toContain('ANTHROPIC_API_KEY');
    expect(error.transient).toBe(false);
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('surfaces a 400 at once with the provider message', async () => {
    const { agent, server } = await anthropicAgent([json(400, 'anthropic-400.json')]);
    await expect(agent.complete('hi')).rejects.toThrow('anthropic returned 400: model: claude-nonexistent-9');
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after agents.retries transient failures and says how many attempts were made', async () => {
    const { agent, server, delays } = await anthropicAgent(
      [json(500, 'anthropic-500.json'), json(500, 'anthropic-500.json'), json(500, 'anthropic-500.json')],
      { retries: 2 },
    );
    const error = (await agent.complete('hi').catch((e: unknown) => e)) as AgentError;
    expect(error.message).toBe('anthropic returned 500: Internal server error (after 3 attempts)');
    expect(error.transient).toBe(true);
    expect(server.requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
  });

  it('refuses to call without a key and names the variable, never reaching the server', async () => {
    const server = await replayServer([json(200, 'anthropic-message.json')]);
    const agent = createAgent(agentsConfig({ adapter: 'anthropic', model: 'claude-sonnet-4-5', baseUrl: 'https://api.anthropic.com/v1' }), {
      env: {},
    });
    await expect(agent.complete('hi')).rejects.toThrow('no API key for anthropic: the environment variable ANTHROPIC_API_KEY is not set');
    expect(server.requests).toHaveLength(0);
  });
});
