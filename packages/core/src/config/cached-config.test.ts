import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { cachedConfigPart } from './cached-config.js';

/** A repository whose config was last written a minute ago (past the one-second racy window). */
function repoWithConfig(text: string): { root: string; cache: string } {
  const root = writeTree(useTempDir(), { '.ce/config.yml': text });
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(join(root, '.ce/config.yml'), minuteAgo, minuteAgo);
  return { root, cache: join(root, '.ce/index/config-cache.json') };
}

describe('cachedConfigPart: a part of the validated configuration, cached against the config file', () => {
  it('reads the file once while it stays the same', () => {
    const { root, cache } = repoWithConfig('drift:\n  escalateAt: 40\n');
    const pick = vi.fn((config: { drift: { escalateAt: number } }) => config.drift.escalateAt);
    expect(cachedConfigPart(root, cache, pick, {})).toBe(40);
    expect(cachedConfigPart(root, cache, pick, {})).toBe(40);
    expect(pick).toHaveBeenCalledTimes(1);
  });

  it('validates again after the file changes, and an invalid file fails as loadConfig does', () => {
    const { root, cache } = repoWithConfig('drift:\n  escalateAt: 40\n');
    expect(cachedConfigPart(root, cache, (c) => c.drift.escalateAt, {})).toBe(40);
    writeFileSync(join(root, '.ce/config.yml'), 'drift:\n  escalateAt: "forty"\n');
    expect(() => cachedConfigPart(root, cache, (c) => c.drift.escalateAt, {})).toThrowError(
      expect.objectContaining({ line: '.ce/config.yml: drift.escalateAt: must be number', exitCode: 2 }),
    );
  });

  it('does not trust a file written within a second of its reading (size and mtime could hide a later write)', () => {
    const root = writeTree(useTempDir(), { '.ce/config.yml': 'drift:\n  escalateAt: 40\n' });
    const cache = join(root, '.ce/index/config-cache.json');
    const pick = vi.fn((config: { drift: { escalateAt: number } }) => config.drift.escalateAt);
    cachedConfigPart(root, cache, pick, {});
    cachedConfigPart(root, cache, pick, {});
    expect(pick).toHaveBeenCalledTimes(2);
  });

  it('validates again when the CE_ overrides change, and stores them hashed, never their values', () => {
    const { root, cache } = repoWithConfig('drift:\n  escalateAt: 40\n');
    const pick = vi.fn((config: { drift: { escalateAt: number } }) => config.drift.escalateAt);
    expect(cachedConfigPart(root, cache, pick, { CE_DRIFT__ESCALATE_AT: '55' })).toBe(55);
    expect(cachedConfigPart(root, cache, pick, { CE_DRIFT__ESCALATE_AT: '56' })).toBe(56);
    expect(pick).toHaveBeenCalledTimes(2);
    const secret = 'sk-proj-cachedconfig0123456789abcdef';
    cachedConfigPart(root, cache, (c) => c.drift.escalateAt, { CE_AGENTS__MODEL: secret });
    expect(readFileSync(cache, 'utf8')).not.toContain(secret);
  });
});

describe('checkConfig: the check every command makes, through the cache', () => {
  it('registers the secret variables the config names even when the cache answers', async () => {
    const { root } = repoWithConfig('agents:\n  apiKeyEnv: LLM_CRED\n');
    const env = { LLM_CRED: 'hunter2-held-in-a-plain-name' };
    (await import('./cached-config.js')).checkConfig(root, env);
    // A new process: nothing registered yet, and the cache in .ce/state answers.
    vi.resetModules();
    const load = await import('./load-config.js');
    const spy = vi.spyOn(load, 'loadConfig');
    const { checkConfig } = await import('./cached-config.js');
    const { redactSecrets } = await import('../log/redact.js');
    expect(redactSecrets('token hunter2-held-in-a-plain-name', {})).toContain('hunter2');
    checkConfig(root, env);
    expect(spy).not.toHaveBeenCalled();
    expect(redactSecrets('token hunter2-held-in-a-plain-name', {})).not.toContain('hunter2');
  });
});

describe('cachedConfigPart: a cache that is not a regular file', () => {
  it('is a miss, never waited on (a fifo planted as the cache)', () => {
    const { root, cache } = repoWithConfig('drift:\n  escalateAt: 40\n');
    mkdirSync(join(root, '.ce/index'), { recursive: true });
    execFileSync('mkfifo', [cache]);
    expect(cachedConfigPart(root, cache, (c) => c.drift.escalateAt, {})).toBe(40);
  });
});
