import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { askAgent } from './index.js';
import { json, replayServer } from '../test/replay-server.js';

describe('askAgent', () => {
  it('returns the no-agent result when none is configured, and logs the run', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\n' });
    const { result, log } = await askAgent(repo, 'hi', { env: {} });
    expect(result).toMatchObject({ ok: false, reason: 'no-agent' });
    expect(log).toMatch(/^\.ce\/runs\/\d{8}T\d{6}Z-ask-\d+\.jsonl$/);
    const records = readFileSync(join(repo, log), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; event: string });
    expect(records.map((r) => r.event)).toEqual(['agent-call', 'agent-result']);
  });

  it('asks the provider named in the call and logs usage without the prompt or the key', async () => {
    const server = await replayServer([json(200, 'openai-chat.json')], '/v1');
    const repo = gitRepo({
      '.ce/config.yml': `version: 1\nagents:\n  providers:\n    hosted: {type: openai-compatible, baseUrl: "${server.baseUrl}", model: gpt-4.1-mini, apiKeyEnv: HOSTED_KEY}\n`,
    });
    const { result, log } = await askAgent(repo, 'a private question', {
      provider: 'hosted',
      env: { HOSTED_KEY: 'hosted-key-0123456789' },
    });
    expect(result).toMatchObject({ ok: true, adapter: 'openai-compatible', text: 'Drift is measured on a 0 to 100 scale.' });
    const text = readFileSync(join(repo, log), 'utf8');
    expect(text).toContain('"inputTokens":19');
    expect(text).not.toContain('a private question');
    expect(text).not.toContain('hosted-key-0123456789');
  });
});
