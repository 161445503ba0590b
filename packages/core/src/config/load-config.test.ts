import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { defaultConfig, loadConfig } from './index.js';

describe('loadConfig', () => {
  it('gives every default when there is no config file', () => {
    const root = useTempDir();
    const loaded = loadConfig(root, {});
    expect(loaded.exists).toBe(false);
    expect(loaded.config.drift).toEqual({ acceptBelow: 10, escalateAt: 30 });
    expect(loaded.config.agents.adapter).toBe('none');
    expect(loaded.config.memory.dir).toBe('.ce/memory');
    expect(loaded.config).toEqual(defaultConfig());
  });

  it('merges the file over the defaults', () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  escalateAt: 40\nagents:\n  adapter: claude-code\n' });
    const { config } = loadConfig(root, {});
    expect(config.drift).toEqual({ acceptBelow: 10, escalateAt: 40 });
    expect(config.agents.adapter).toBe('claude-code');
    expect(config.agents.claudeCode.binary).toBe('claude');
  });

  it('names the file and the key path of an unknown key', () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'agents:\n  modle: x\n' });
    expect(() => loadConfig(root, {})).toThrowError(
      expect.objectContaining({ line: '.ce/config.yml: agents.modle: unknown key', exitCode: 2 }),
    );
  });

  it('names the file and the key path of a wrong type', () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  acceptBelow: "ten"\n' });
    expect(() => loadConfig(root, {})).toThrowError(expect.objectContaining({ line: '.ce/config.yml: drift.acceptBelow: must be number' }));
  });

  it('names the file and line of malformed YAML', () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  acceptBelow: [1,\n' });
    expect(() => loadConfig(root, {})).toThrowError(/^malformed YAML at line \d+/);
    expect(() => loadConfig(root, {})).toThrowError(expect.objectContaining({ file: '.ce/config.yml', exitCode: 2 }));
  });

  it('applies CE_SECTION__KEY environment overrides, typed, and validates them', () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  escalateAt: 40\n' });
    const loaded = loadConfig(root, { CE_DRIFT__ESCALATE_AT: '50', CE_AGENTS__CLAUDE_CODE__BINARY: '/opt/claude', CE_DEBUG: '1' });
    expect(loaded.config.drift.escalateAt).toBe(50);
    expect(loaded.config.agents.claudeCode.binary).toBe('/opt/claude');
    expect(loaded.envOverrides).toEqual(['CE_AGENTS__CLAUDE_CODE__BINARY', 'CE_DRIFT__ESCALATE_AT']);
    expect(() => loadConfig(root, { CE_DRIFT__ESCALATE: '5' })).toThrowError(
      /CE_DRIFT__ESCALATE.*drift\.escalate: unknown key|drift\.escalate: unknown key/,
    );
    expect(() => loadConfig(root, { CE_DRIFT__ESCALATE_AT: 'high' })).toThrowError(/drift\.escalateAt: must be number/);
  });

  it('treats an empty file as all defaults and a list as an error', () => {
    expect(loadConfig(writeTree(useTempDir(), { '.ce/config.yml': '# nothing\n' }), {}).config).toEqual(defaultConfig());
    expect(() => loadConfig(writeTree(useTempDir(), { '.ce/config.yml': '- a\n' }), {})).toThrowError(/mapping/);
  });
});
