import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryStore } from '../../test/memory.js';
import { git, gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../test/fixtures.js';
import { autoSyncPost, autoSyncPre } from './auto-sync.js';

describe('autoSyncPre', () => {
  it('syncs, measures health and proceeds on a clean, healthy repository', async () => {
    const root = gitRepo({ ...SOURCES });
    const result = await autoSyncPre(root, 'PRP-1');
    expect(result.proceed).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.sync!.files.parsed).toBe(7);
    expect(result.health!.score).toBe(0);
  });

  it('stops on a dirty work tree unless forced', async () => {
    const root = gitRepo({ ...SOURCES });
    writeFileSync(join(root, 'notes.txt'), 'wip\n');
    const stopped = await autoSyncPre(root, 'PRP-1');
    expect(stopped.proceed).toBe(false);
    expect(stopped.reasons[0]).toMatch(/1 uncommitted changes \(notes\.txt\)/);
    const forced = await autoSyncPre(root, 'PRP-1', { force: true });
    expect(forced).toMatchObject({ proceed: true, forced: true });
  });

  it('stops when context health is at or above the threshold (stale memories)', async () => {
    const root = gitRepo({ ...SOURCES });
    const store = await memoryStore(root);
    await store.write({ prpId: 'PRP-1', kind: 'learnings', name: 'gone', content: 'Lives in src/removed.ts.' });
    await store.close();
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'memory');
    const result = await autoSyncPre(root, 'PRP-1');
    expect(result.health!.score).toBeGreaterThanOrEqual(30);
    expect(result.proceed).toBe(false);
    expect(result.reasons[0]).toMatch(/context health drift 35 is at or above 30/);
  });

  it('rejects a malformed PRP id with exit 2', async () => {
    const root = gitRepo({ ...SOURCES });
    await expect(autoSyncPre(root, '../x')).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('autoSyncPost', () => {
  it('cleans up the PRP, re-syncs, measures health and makes the final checkpoint tag', async () => {
    const root = gitRepo({ ...SOURCES });
    const store = await memoryStore(root);
    await store.write({ prpId: 'PRP-4', kind: 'temp', name: 'scratch', content: 'scratch' });
    await store.close();
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'temp memory');
    const result = await autoSyncPost(root, 'PRP-4');
    expect(result.cleanup.deletedTemp).toEqual(['PRP-4-temp-scratch']);
    expect(result.sync.symbols).toBeGreaterThan(50);
    expect(result.health.index.exists).toBe(true);
    expect(result.checkpoint.tag).toMatch(/^checkpoint-PRP-4-final-/);
    expect(git(root, 'tag', '--list', 'checkpoint-PRP-4-final-*')).toBe(result.checkpoint.tag);
  });
});
