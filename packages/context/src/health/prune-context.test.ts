import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryStore } from '../../test/memory.js';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../test/fixtures.js';
import { indexPaths, readManifest } from '../indexer/index-store.js';
import { syncIndex } from '../indexer/sync-index.js';
import { pruneContext } from './prune-context.js';

async function setUp() {
  const root = gitRepo({ ...SOURCES });
  const store = await memoryStore(root);
  await store.write({
    prpId: 'PRP-2',
    kind: 'learnings',
    name: 'rust',
    content: 'Config loading is in rs/lib.rs.',
    references: ['Config/new'],
  });
  await store.write({ prpId: 'PRP-2', kind: 'learnings', name: 'mixed', content: 'See rs/lib.rs and py/service.py.' });
  await store.write({ prpId: 'PRP-2', kind: 'learnings', name: 'java', content: 'App starts in java/App.java.' });
  await store.close();
  await syncIndex(root);
  rmSync(join(root, 'rs/lib.rs'));
  return root;
}

describe('pruneContext', () => {
  it('lists stale index entries and memories on --dry-run and changes nothing', async () => {
    const root = await setUp();
    writeFileSync(join(indexPaths(root).dir, '.symbols.json.999.abcdef01.tmp'), 'x');
    const result = await pruneContext(root, { dryRun: true });
    expect(result.index.files).toEqual(['rs/lib.rs']);
    expect(result.index.symbols).toBeGreaterThan(5);
    expect(result.index.tempFiles).toEqual(['.symbols.json.999.abcdef01.tmp']);
    expect(result.memories).toEqual([{ id: 'PRP-2-learnings-rust', gone: ['rs/lib.rs', 'Config/new'] }]);
    expect(result.review).toEqual([{ id: 'PRP-2-learnings-mixed', gone: ['rs/lib.rs'] }]);
    expect(readManifest(root)!.files['rs/lib.rs']).toBeDefined();
    const store = await memoryStore(root);
    expect(await store.read('PRP-2-learnings-rust')).toBeDefined();
    await store.close();
  });

  it('removes the stale entries, temp files and memories whose code is all gone, keeping the rest', async () => {
    const root = await setUp();
    const temp = join(indexPaths(root).dir, '.manifest.json.999.abcdef01.tmp');
    writeFileSync(temp, 'x');
    await pruneContext(root);
    expect(readManifest(root)!.files['rs/lib.rs']).toBeUndefined();
    expect(existsSync(temp)).toBe(false);
    const store = await memoryStore(root);
    expect((await store.list()).map((m) => m.id).sort()).toEqual(['PRP-2-learnings-java', 'PRP-2-learnings-mixed']);
    await store.close();
    expect((await pruneContext(root, { dryRun: true })).index.files).toEqual([]);
  });
});
