import { describe, expect, it } from 'vitest';
import { createAgent, isLocalEndpoint, modelSettings, parseFileBlocks, selectedAdapter } from './index.js';
import { agentsConfig } from '../test/helpers.js';

describe('none adapter', () => {
  it('answers every call with a "no agent configured" result instead of throwing', async () => {
    const agent = createAgent(agentsConfig());
    expect(agent.adapter).toBe('none');
    const completed = await agent.complete('anything');
    const implemented = await agent.implement({ title: 't' }, { root: '.' });
    for (const result of [completed, implemented]) {
      expect(result).toMatchObject({ ok: false, adapter: 'none', reason: 'no-agent' });
      if (!result.ok) expect(result.hint).toContain('ce agents check');
    }
  });
});

describe('agent settings', () => {
  it('takes the adapter type from a named provider and lets agents.model override its model', () => {
    const config = agentsConfig({
      adapter: 'anthropic',
      provider: 'local',
      model: 'llama3.1',
      providers: { local: { type: 'openai-compatible', baseUrl: 'http://localhost:11434/v1/', model: 'qwen' } },
    });
    expect(() => selectedAdapter(config)).not.toThrow();
    expect(() => modelSettings(config, 'anthropic', {})).toThrow(
      'agents.adapter is "anthropic" but agents.providers.local is of type "openai-compatible"',
    );
    const s = modelSettings(config, 'openai-compatible', {});
    expect(s).toMatchObject({
      type: 'openai-compatible',
      provider: 'local',
      model: 'llama3.1',
      baseUrl: 'http://localhost:11434/v1',
      apiKeyEnv: 'OPENAI_API_KEY',
      keyRequired: false,
    });
  });

  it('names the known providers when agents.provider is unknown', () => {
    const config = agentsConfig({ adapter: 'openai-compatible', provider: 'nope', providers: { a: { type: 'anthropic' } } });
    expect(() => modelSettings(config, undefined, {})).toThrow('agents.provider "nope" is not defined in agents.providers');
  });

  it('needs no key variable when a header carries the credentials', () => {
    const config = agentsConfig({
      adapter: 'openai-compatible',
      provider: 'gw',
      providers: {
        gw: {
          type: 'openai-compatible',
          baseUrl: 'https://gw.example.com/v1',
          model: 'm',
          headers: { Authorization: 'Bearer ${GW_TOKEN}' },
        },
      },
    });
    expect(modelSettings(config, undefined, { GW_TOKEN: 'tok-123456789' })).toMatchObject({
      keyRequired: false,
      headers: { Authorization: 'Bearer tok-123456789' },
      missingHeaderVars: [],
    });
  });

  it('treats loopback and private-network endpoints as local (no key needed)', () => {
    for (const url of [
      'http://localhost:11434/v1',
      'http://127.0.0.1:8000/v1',
      'http://192.168.1.20:1234/v1',
      'http://gpu.local:8000/v1',
      'http://[::1]:8080/v1',
    ]) {
      expect(isLocalEndpoint(url), url).toBe(true);
    }
    for (const url of ['https://api.openai.com/v1', 'https://openrouter.ai/api/v1', 'not a url'])
      expect(isLocalEndpoint(url), url).toBe(false);
  });
});

describe('file blocks (the edit format of model adapters)', () => {
  it('reads whole files, deletions and the summary, tolerating code fences', () => {
    const reply = [
      'Here you go.',
      '=== FILE: a/b.ts ===',
      '```ts',
      'export const x = 1;',
      '```',
      '=== END FILE ===',
      '=== DELETE: old.ts ===',
      'Done: added x.',
    ].join('\n');
    expect(parseFileBlocks(reply)).toEqual({
      edits: [{ path: 'a/b.ts', content: 'export const x = 1;\n' }, { path: 'old.ts' }],
      prose: 'Here you go.\nDone: added x.',
    });
  });

  it('keeps an unterminated last block to the end of the reply', () => {
    expect(parseFileBlocks('=== FILE: x.md ===\n# title\nbody').edits).toEqual([{ path: 'x.md', content: '# title\nbody\n' }]);
  });
});
