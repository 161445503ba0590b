import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitRepo } from '@ce/test-utils';
import { Logger } from '@ce/core';
import { describe, expect, it } from 'vitest';
import { type AgentError, createAgent, type CompleteSuccess, type ImplementSuccess } from '../index.js';
import { agentsConfig, recordingSleep } from '../../test/helpers.js';
import { json, recorded, replayServer, sse } from '../../test/replay-server.js';

const KEY = 'sk-test-abcdefghijklmnopqrstuvwxyz0123x9Zq';

async function openaiAgent(
  responses: Parameters<typeof replayServer>[0],
  extra: Parameters<typeof agentsConfig>[0] = {},
  env: NodeJS.ProcessEnv = { OPENAI_API_KEY: KEY },
) {
  const server = await replayServer(responses, '/v1');
  const { sleep, delays } = recordingSleep();
  const agent = createAgent(agentsConfig({ adapter: 'openai-compatible', model: 'gpt-4.1-mini', baseUrl: server.baseUrl, ...extra }), {
    env,
    sleep,
  });
  return { agent, server, delays };
}

describe('openai-compatible adapter (chat completions, replayed)', () => {
  it('returns text and usage from a JSON completion, with the key as a bearer token', async () => {
    const { agent, server } = await openaiAgent([json(200, 'openai-chat.json')]);
    const result = (await agent.complete('What is drift?', { system: 'Be brief.', maxTokens: 64 })) as CompleteSuccess;
    expect(result).toMatchObject({
      ok: true,
      adapter: 'openai-compatible',
      model: 'gpt-4.1-mini-2025-04-14',
      text: 'Drift is measured on a 0 to 100 scale.',
    });
    expect(result.usage).toMatchObject({ inputTokens: 19, outputTokens: 12, attempts: 1 });
    expect(result.usage.costUsd).toBeUndefined();
    const [request] = server.requests;
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers['authorization']).toBe(`Bearer ${KEY}`);
    expect(request?.body).toMatchObject({
      model: 'gpt-4.1-mini',
      max_tokens: 64,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'What is drift?' },
      ],
    });
  });

  it('streams `data:` chunks up to [DONE] and reads the usage chunk', async () => {
    const { agent, server } = await openaiAgent([sse('openai-stream.sse')]);
    const deltas: string[] = [];
    const result = (await agent.complete('checkpoints?', { onText: (d) => deltas.push(d) })) as CompleteSuccess;
    expect(deltas).toEqual(['Checkpoints', ' are git', ' tags.']);
    expect(result.text).toBe('Checkpoints are git tags.');
    expect(result.usage).toMatchObject({ inputTokens: 16, outputTokens: 6 });
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('honours retry-after on a 429 and retries a 500, then succeeds', async () => {
    const { agent, server, delays } = await openaiAgent([
      json(429, 'openai-429.json', { 'retry-after': '1' }),
      json(500, 'openai-500.json'),
      json(200, 'openai-chat.json'),
    ]);
    const result = (await agent.complete('hi')) as CompleteSuccess;
    expect(result.text).toBe('Drift is measured on a 0 to 100 scale.');
    expect(result.usage.attempts).toBe(3);
    expect(delays[0]).toBe(1000);
    expect(delays).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a connection reset', async () => {
    const { agent, server, delays } = await openaiAgent([
      { status: 200, headers: { 'content-type': 'application/json' }, body: recorded('openai-chat.json'), destroyAfterBytes: 10 },
      json(200, 'openai-chat.json'),
    ]);
    const result = (await agent.complete('hi')) as CompleteSuccess;
    expect(result.ok).toBe(true);
    expect(delays).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('surfaces a 401 at once with the provider message, the key redacted', async () => {
    const leaking = {
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        error: { message: `Incorrect API key provided: ${KEY}.`, type: 'invalid_request_error', code: 'invalid_api_key' },
      }),
    };
    const { agent, server, delays } = await openaiAgent([leaking]);
    const error = (await agent.complete('hi').catch((e: unknown) => e)) as AgentError;
    expect(error.code).toBe('agent-auth');
    expect(error.message).toBe('openai-compatible returned 401: Incorrect API key provided: [REDACTED].');
    expect(error.message).not.toContain(KEY);
    expect(JSON.stringify(error.toJSON())).not.toContain(KEY);
    expect(error.hint).toBe('check the key in the OPENAI_API_KEY environment variable');
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('surfaces a 400 (unknown model) at once with the provider message', async () => {
    const { agent, server } = await openaiAgent([json(400, 'openai-400.json'), json(200, 'openai-chat.json')]);
    await expect(agent.complete('hi')).rejects.toThrow(
      'openai-compatible returned 400: The model `gpt-nonexistent` does not exist or you do not have access to it.',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('uses a named provider from agents.providers: its base URL, key variable, model and ${VAR} headers', async () => {
    const server = await replayServer([json(200, 'openai-chat.json')], '/api/v1');
    const config = agentsConfig({
      adapter: 'openai-compatible',
      provider: 'gateway',
      providers: {
        gateway: {
          type: 'openai-compatible',
          baseUrl: server.baseUrl,
          apiKeyEnv: 'GATEWAY_CREDS',
          model: 'team/coder',
          headers: { 'x-team': 'ce', 'x-route-token': 'tok-${ROUTE}' },
        },
      },
    });
    const agent = createAgent(config, { env: { GATEWAY_CREDS: 'gw-secret-value-123456', ROUTE: 'r-99' } });
    await agent.complete('hi');
    const [request] = server.requests;
    expect(request?.url).toBe('/api/v1/chat/completions');
    expect(request?.headers['authorization']).toBe('Bearer gw-secret-value-123456');
    expect(request?.headers['x-team']).toBe('ce');
    expect(request?.headers['x-route-token']).toBe('tok-r-99');
    expect(request?.body).toMatchObject({ model: 'team/coder' });
    expect(agent.label).toBe('openai-compatible (gateway) team/coder');
  });

  it('talks to a local endpoint (Ollama) without a key', async () => {
    const { agent, server } = await openaiAgent([json(200, 'ollama-chat.json')], { model: 'qwen2.5-coder:7b' }, {});
    const result = (await agent.complete('hi')) as CompleteSuccess;
    expect(result.model).toBe('qwen2.5-coder:7b');
    expect(server.requests[0]?.headers['authorization']).toBeUndefined();
  });

  it('logs each retry with the key redacted from the log file', async () => {
    const dir = gitRepo();
    const logFile = join(dir, '.ce', 'runs', 'test.jsonl');
    const server = await replayServer(
      [
        {
          status: 503,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ error: { message: `upstream rejected key ${KEY}` } }),
        },
        json(200, 'openai-chat.json'),
      ],
      '/v1',
    );
    const agent = createAgent(agentsConfig({ adapter: 'openai-compatible', model: 'm', baseUrl: server.baseUrl, apiKeyEnv: 'LLM_PASS' }), {
      env: { LLM_PASS: KEY },
      logger: new Logger({ file: logFile }),
      sleep: () => Promise.resolve(),
    });
    await agent.complete('hi');
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('retry 1/3');
    expect(log).toContain('upstream rejected key [REDACTED]');
    expect(log).not.toContain(KEY);
  });

  it('implement(): writes the whole files of the reply inside the repository and reports them as changed', async () => {
    const repo = gitRepo({ 'src/old.ts': 'export const old = 1;\n', 'README.md': '# demo\n' });
    const { agent, server } = await openaiAgent([json(200, 'ollama-chat.json')], { model: 'qwen2.5-coder:7b' }, {});
    const result = (await agent.implement(
      { id: 'Task 1', title: 'Add greet()', description: 'Create src/greet.ts and remove src/old.ts.', files: ['src/greet.ts'] },
      { root: repo, context: 'Use template literals.', fileContents: { 'src/old.ts': 'export const old = 1;\n' } },
    )) as ImplementSuccess;
    expect(result.changedFiles).toEqual(['src/greet.ts', 'src/old.ts']);
    expect(readFileSync(join(repo, 'src/greet.ts'), 'utf8')).toBe(
      'export function greet(name: string): string {\n  return `Hello, ${name}!`;\n}\n',
    );
    expect(existsSync(join(repo, 'src/old.ts'))).toBe(false);
    expect(result.summary).toBe('Added greet() and removed the old helper.');
    expect(result.usage).toMatchObject({ inputTokens: 120, outputTokens: 48 });
    const sent = JSON.stringify(server.requests[0]?.body);
    expect(sent).toContain('Task 1: Add greet()');
    expect(sent).toContain('=== FILE: src/old.ts ===');
  });

  it('implement(): refuses a file path outside the repository', async () => {
    const repo = gitRepo({ 'a.txt': 'a\n' });
    const reply = JSON.parse(recorded('openai-chat.json')) as { choices: { message: { content: string } }[] };
    reply.choices[0]!.message.content = '=== FILE: ../escape.txt ===\nx\n=== END FILE ===';
    const { agent } = await openaiAgent(
      [{ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(reply) }],
      {},
      {},
    );
    await expect(agent.implement({ title: 'x' }, { root: repo })).rejects.toThrow(/outside the repository/);
    expect(existsSync(join(repo, '..', 'escape.txt'))).toBe(false);
  });
});
