import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { checkAgents } from './index.js';
import { claudeOnPath } from '../test/claude-stand-in.js';

const row = (result: Awaited<ReturnType<typeof checkAgents>>, adapter: string, provider?: string) =>
  result.adapters.find((r) => r.adapter === adapter && r.provider === provider);

describe('checkAgents', () => {
  it('says why each adapter is unusable: binary missing, key missing, no model, no command', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\n' });
    const result = await checkAgents(repo, { env: { PATH: '/nonexistent' } });
    expect(result).toMatchObject({ selected: 'none', selectedUsable: true });
    expect(row(result, 'none')).toMatchObject({ usable: true, selected: true });
    expect(row(result, 'claude-code')).toMatchObject({ usable: false, problems: ['binary "claude" not found on PATH'] });
    expect(row(result, 'anthropic')).toMatchObject({
      usable: false,
      problems: ['no model configured (agents.model)', 'key missing: ANTHROPIC_API_KEY is not set'],
    });
    expect(row(result, 'openai-compatible')?.problems).toEqual([
      'no model configured (agents.model)',
      'key missing: OPENAI_API_KEY is not set',
    ]);
    expect(row(result, 'command')).toMatchObject({ usable: false, problems: ['no command configured (agents.command)'] });
  });

  it('finds the claude binary on PATH with its version, and a configured provider with its key set', async () => {
    const repo = gitRepo({
      '.ce/config.yml': [
        'version: 1',
        'agents:',
        '  adapter: anthropic',
        '  provider: work',
        '  command: node --version',
        '  providers:',
        '    work: {type: anthropic, model: claude-sonnet-4-5, apiKeyEnv: WORK_ANTHROPIC_KEY}',
        '    ollama: {type: openai-compatible, baseUrl: "http://localhost:11434/v1", model: "qwen2.5-coder:7b"}',
        '    gateway: {type: openai-compatible, baseUrl: "https://gw.example.com/v1", headers: {x-token: "${GW_TOKEN}"}}',
        '',
      ].join('\n'),
    });
    const { env } = claudeOnPath('answer');
    const result = await checkAgents(repo, { env: { ...env, WORK_ANTHROPIC_KEY: 'sk-ant-secret-value-0000000000' } });
    expect(result).toMatchObject({ selected: 'anthropic', provider: 'work', selectedUsable: true });
    expect(row(result, 'claude-code')).toMatchObject({ usable: true, details: { version: '2.0.37 (Claude Code)' } });
    expect(row(result, 'anthropic', 'work')).toMatchObject({
      usable: true,
      selected: true,
      details: { key: 'set', apiKeyEnv: 'WORK_ANTHROPIC_KEY', model: 'claude-sonnet-4-5' },
    });
    expect(row(result, 'openai-compatible', 'ollama')).toMatchObject({ usable: true, details: { key: 'not needed (local endpoint)' } });
    expect(row(result, 'openai-compatible', 'gateway')?.problems).toEqual([
      'no model configured (agents.providers.gateway.model)',
      'key missing: OPENAI_API_KEY is not set',
      'a header names ${GW_TOKEN}, which is not set',
    ]);
    expect(row(result, 'command')).toMatchObject({ usable: true });
    expect(JSON.stringify(result)).not.toContain('sk-ant-secret-value');
  });

  it('reports the selected adapter as unusable when its key is missing (CE_AGENTS__* overrides apply)', async () => {
    const repo = gitRepo({ '.ce/config.yml': 'version: 1\n' });
    const result = await checkAgents(repo, { env: { CE_AGENTS__ADAPTER: 'openai-compatible', CE_AGENTS__MODEL: 'gpt-4.1-mini' } });
    expect(result).toMatchObject({ selected: 'openai-compatible', selectedUsable: false });
    expect(row(result, 'openai-compatible')?.problems).toEqual(['key missing: OPENAI_API_KEY is not set']);
  });
});
