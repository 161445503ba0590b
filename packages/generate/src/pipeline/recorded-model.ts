import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAgent, type Agent } from '@ce/agents';
import { defaultConfig } from '@ce/core';

const ANSWER = [
  '## Goal',
  '',
  'Load the application config from a YAML file, with defaults and clear errors.',
  '',
  '## Why',
  '',
  'Users configure the application in one YAML file; a missing file must not stop it, and a typo must be named.',
  '',
  '## What',
  '',
  '### Success Criteria',
  '',
  '- [ ] a missing file falls back to the defaults',
  '- [ ] an unknown key is an error naming the key',
  '',
  '## All Needed Context',
  '',
  '- docs: /eemeli/yaml — `parse(text)` turns the file into plain values',
  '- Keep the loader synchronous (OTHER CONSIDERATIONS).',
  '',
  '## Implementation Blueprint',
  '',
  'Task 1: the config loader',
  '- CREATE src/config/load-config.ts',
  '- Read the file with readFileSync, parse it with `parse` from yaml, merge it over the defaults, reject unknown keys by name.',
  '',
  'Task 2: its tests',
  '- CREATE src/config/load-config.test.ts',
  '- A missing file gives the defaults; an unknown key throws an error naming it.',
  '',
  '## Validation Loop',
  '',
  '### Level 1: Syntax & Style',
  '',
  '```bash',
  'npm run lint',
  '```',
  '',
  '### Level 2: Unit Tests',
  '',
  '```bash',
  'npm test',
  '```',
].join('\n');

/**
 * A chat completion recorded from an OpenAI-compatible endpoint (`POST /v1/chat/completions`, the
 * response body as it came) for the built-in example's synthesis prompt.
 */
export const RECORDED_COMPLETION = {
  id: 'chatcmpl-ce-recorded-1',
  object: 'chat.completion',
  created: 1764979200,
  model: 'gpt-4.1-mini-2025-04-14',
  choices: [{ index: 0, message: { role: 'assistant', content: ANSWER, refusal: null }, logprobs: null, finish_reason: 'stop' }],
  usage: { prompt_tokens: 2873, completion_tokens: 412, total_tokens: 3285 },
  system_fingerprint: 'fp_ce_recorded',
};

/**
 * Runs `use` with a model agent (ce's real openai-compatible adapter, over real HTTP) whose endpoint
 * is a local server on 127.0.0.1 answering every chat completion with the recorded response body.
 * Nothing leaves the machine and no key is needed (a loopback endpoint).
 */
export async function withRecordedModel<T>(use: (agent: Agent) => Promise<T>, body: unknown = RECORDED_COMPLETION): Promise<T> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const agents = { ...defaultConfig().agents, adapter: 'openai-compatible' as const, model: 'gpt-4.1-mini', baseUrl, retries: 0 };
    return await use(createAgent(agents, { env: {} }));
  } finally {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
