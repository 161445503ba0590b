import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryStore } from '../../test/memory.js';
import { git, gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../test/fixtures.js';
import { syncIndex } from '../indexer/sync-index.js';
import { contextHealth } from './context-health.js';

const part = (report: Awaited<ReturnType<typeof contextHealth>>, name: string) => report.parts.find((p) => p.name === name)!;

async function remember(root: string, name: string, content: string, references: string[] = []): Promise<void> {
  const store = await memoryStore(root);
  try {
    await store.write({ prpId: 'PRP-1', kind: 'learnings', name, content, references });
  } finally {
    await store.close();
  }
}

describe('contextHealth', () => {
  it('scores 0 and passes right after a sync of a clean repository', async () => {
    const root = gitRepo({ ...SOURCES, 'package.json': '{"name":"demo"}\n' });
    await syncIndex(root);
    const report = await contextHealth(root);
    expect(report.score).toBe(0);
    expect(report.passed).toBe(true);
    expect(report.band).toBe('accept');
    expect(report.git).toMatchObject({ repository: true, clean: true, commitsSinceSync: 0 });
    expect(report.index.exists).toBe(true);
    expect(report.recommendations).toEqual([]);
  });

  it('fails when there is no index yet and recommends a sync', async () => {
    const root = gitRepo({ ...SOURCES });
    const report = await contextHealth(root);
    expect(part(report, 'files').score).toBe(100);
    expect(report.score).toBeGreaterThanOrEqual(30);
    expect(report.passed).toBe(false);
    expect(report.recommendations[0]).toContain('ce context sync');
  });

  it('measures files changed since the last sync, uncommitted changes and dependency manifest changes', async () => {
    const root = gitRepo({ ...SOURCES, 'package.json': '{"name":"demo"}\n' });
    await syncIndex(root);
    writeFileSync(join(root, 'src/runner.ts'), 'export const replaced = 1;\n');
    writeFileSync(join(root, 'package.json'), '{"name":"demo","dependencies":{"zod":"4.0.0"}}\n');
    const report = await contextHealth(root);
    expect(report.changes.modified.sort()).toEqual(['package.json', 'src/runner.ts']);
    expect(part(report, 'files')).toMatchObject({ count: 2, of: 8, score: 100 });
    expect(part(report, 'dependencies')).toMatchObject({ count: 1, score: 50 });
    expect(part(report, 'uncommitted')).toMatchObject({ count: 2, score: 40 });
    expect(report.dependencyChanges).toEqual(['package.json']);
    expect(report.score).toBe(35 + 7.5 + 6);
    expect(report.passed).toBe(false);
    expect(report.recommendations.join('\n')).toMatch(/ce context sync[\s\S]*dependencies changed[\s\S]*commit or stash/);
  });

  it('counts commits made since the last sync', async () => {
    const root = gitRepo({ ...SOURCES });
    await syncIndex(root);
    writeFileSync(join(root, 'lib/util.js'), 'function other() {}\n');
    git(root, 'commit', '-qam', 'change');
    const report = await contextHealth(root);
    expect(report.git.commitsSinceSync).toBe(1);
    expect(part(report, 'files').count).toBe(1);
    expect(part(report, 'uncommitted').count).toBe(0);
  });

  it('finds memories whose referenced files or symbols are gone', async () => {
    const root = gitRepo({ ...SOURCES });
    await remember(root, 'server', 'The server lives in go/server.go and starts with `Server.Start()`.');
    await remember(root, 'runner', 'Jobs run through `Runner/run`.', ['src/runner.ts']);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'memories');
    await syncIndex(root);
    expect(part(await contextHealth(root), 'memories')).toMatchObject({ count: 0, of: 2, score: 0 });

    rmSync(join(root, 'go/server.go'));
    git(root, 'commit', '-qam', 'drop the server');
    await syncIndex(root);
    const report = await contextHealth(root);
    expect(part(report, 'memories')).toMatchObject({ count: 1, of: 2, score: 50 });
    expect(report.memories.stale).toEqual([
      expect.objectContaining({ id: 'PRP-1-learnings-server', gone: ['go/server.go', 'Server/Start'] }),
    ]);
    expect(report.recommendations.join('\n')).toContain('PRP-1-learnings-server');
  });

  it('uses the threshold given instead of context.healthThreshold', async () => {
    const root = gitRepo({ ...SOURCES, '.ce/config.yml': 'context:\n  healthThreshold: 5\n' });
    await syncIndex(root);
    writeFileSync(join(root, 'src/runner.ts'), 'export const replaced = 1;\n');
    const configured = await contextHealth(root);
    expect(configured.threshold).toBe(5);
    expect(configured.passed).toBe(false);
    expect((await contextHealth(root, { threshold: 90 })).passed).toBe(true);
  });
});
