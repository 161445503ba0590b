import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo } from '@ce/test-utils';
import {
  cleanupPrp,
  createCheckpoint,
  createMemoryStore,
  listCheckpoints,
  prpStatus,
  recordValidation,
  startPrp,
  writeMemory,
  restoreCheckpoint,
} from './index.js';

// Ids chosen so that a prefix match would confuse them: PRP-1, PRP-1.1, PRP-10.
const PRPS = ['PRP-1', 'PRP-1.1', 'PRP-10'] as const;

interface PrpFootprint {
  tags: string[];
  memories: Record<string, string>;
  validation: unknown;
  status: string | undefined;
}

async function footprint(root: string, prpId: string): Promise<PrpFootprint> {
  const memoryDir = join(root, '.ce', 'memory');
  const memories: Record<string, string> = {};
  for (const dir of [memoryDir, join(memoryDir, 'project')]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      /* none yet */
    }
    for (const name of names.filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      if (name.startsWith(`${prpId}-`) && /^(checkpoint|learnings|temp)-/.test(name.slice(prpId.length + 1))) memories[name] = text;
      else if (text.includes(`prp_id: ${prpId}\n`)) memories[`project/${name}`] = text;
    }
  }
  const status = await prpStatus(root);
  const session = status.sessions.find((s) => s.prpId === prpId);
  return {
    tags: (await listCheckpoints(root, prpId)).map((c) => c.tag),
    memories,
    validation: session?.validation,
    status: session?.status,
  };
}

/** One PRP's work: checkpoints, memories of every kind, validation counters. */
async function work(root: string, prpId: string, step: number): Promise<void> {
  writeFileSync(join(root, `${prpId}.txt`), `${prpId} step ${step}\n`);
  await createCheckpoint(root, prpId, `phase-${step}`, `${prpId} phase ${step}`);
  await writeMemory(root, { name: `note-${step}`, prpId, kind: 'learnings', content: `${prpId} learned ${step}\n` });
  await writeMemory(root, { name: `scratch-${step}`, prpId, kind: 'temp', content: `${prpId} temp ${step}\n` });
  await writeMemory(root, { name: `phase-${step}`, prpId, kind: 'checkpoint', content: `${prpId} at phase ${step}\n` });
  await recordValidation(root, prpId, 'L1', step % 2 === 0);
}

async function othersOf(root: string, prpId: string): Promise<Record<string, PrpFootprint>> {
  const out: Record<string, PrpFootprint> = {};
  for (const other of PRPS.filter((p) => p !== prpId)) out[other] = await footprint(root, other);
  return out;
}

async function expectCleanupOf(root: string, prpId: string): Promise<void> {
  const before = await othersOf(root, prpId);
  const own = await footprint(root, prpId);
  const report = await cleanupPrp(root, prpId);
  expect(await othersOf(root, prpId)).toEqual(before);
  const after = await footprint(root, prpId);
  // The final checkpoint is the last one the PRP took itself (not a restore's safety checkpoint).
  const final = own.tags.filter((t) => !t.includes('-pre-restore-')).at(-1);
  expect(after.tags).toEqual([final]);
  expect(report.keptTag).toBe(final);
  expect(report.deletedTags.sort()).toEqual(own.tags.filter((t) => t !== final).sort());
  expect(after.validation).toEqual({});
  expect(after.status).toBe('cleaned');
  expect(Object.keys(after.memories).some((n) => n.includes('-temp-'))).toBe(false);
  expect(Object.keys(after.memories).some((n) => n.includes('-learnings-'))).toBe(false);
  expect(report.archived.map((a) => a.to).sort()).toEqual(
    Object.keys(after.memories)
      .filter((n) => n.startsWith('project/'))
      .map((n) => n.replace(/\.md$/, ''))
      .sort(),
  );
  // The checkpoint memories stay.
  expect(
    Object.keys(after.memories)
      .filter((n) => n.includes('-checkpoint-'))
      .sort(),
  ).toEqual(
    Object.keys(own.memories)
      .filter((n) => n.includes('-checkpoint-'))
      .sort(),
  );
}

describe('isolation of PRPs', () => {
  it('three PRPs run one after another leave each other untouched', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n', 'README.md': '# repo\n' });
    for (const prpId of PRPS) {
      await startPrp(root, prpId, { switch: true });
      await work(root, prpId, 1);
      await work(root, prpId, 2);
      await expectCleanupOf(root, prpId);
    }
    const store = createMemoryStore(root);
    const project = await store.list({ kind: 'project' });
    expect(project.map((m) => m.id).sort()).toEqual(PRPS.flatMap((p) => [`project/${p}-note-1`, `project/${p}-note-2`]).sort());
    expect(project.every((m) => m.content.startsWith(m.prpId ?? '?'))).toBe(true);
  });

  it('three PRPs interleaved leave each other untouched, and cleanup of one keeps the others active or paused', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\n', 'README.md': '# repo\n' });
    await startPrp(root, 'PRP-1');
    await work(root, 'PRP-1', 1);
    await expect(startPrp(root, 'PRP-1.1')).rejects.toMatchObject({ code: 'prp-active', exitCode: 2 });
    await startPrp(root, 'PRP-1.1', { switch: true });
    await work(root, 'PRP-1.1', 1);
    await work(root, 'PRP-1', 2);
    await startPrp(root, 'PRP-10', { switch: true });
    await work(root, 'PRP-10', 1);
    await work(root, 'PRP-1.1', 2);
    await work(root, 'PRP-10', 2);
    await work(root, 'PRP-1', 3);

    await expectCleanupOf(root, 'PRP-1.1');
    // Restoring one PRP's checkpoint needs no other PRP's state and does not change it.
    const others = await othersOf(root, 'PRP-1');
    await restoreCheckpoint(root, 'PRP-1', 'phase-2', { force: true });
    const afterRestore = await othersOf(root, 'PRP-1');
    expect(afterRestore).toEqual(others);
    await expectCleanupOf(root, 'PRP-10');
    await expectCleanupOf(root, 'PRP-1');
    const status = await prpStatus(root);
    expect(status.active).toBeNull();
    expect(status.sessions.map((s) => [s.prpId, s.status])).toEqual(
      expect.arrayContaining([
        ['PRP-1', 'cleaned'],
        ['PRP-1.1', 'cleaned'],
        ['PRP-10', 'cleaned'],
      ]),
    );
  });

  it('refuses ids, phases and memory names with "..", "/", "*" or spaces with exit 2', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    for (const bad of ['PRP-1/..', '../PRP-1', 'PRP-*', 'PRP 1', 'PRP-01']) {
      await expect(startPrp(root, bad)).rejects.toMatchObject({ exitCode: 2 });
      await expect(createCheckpoint(root, bad, 'phase-1')).rejects.toMatchObject({ exitCode: 2 });
      await expect(cleanupPrp(root, bad)).rejects.toMatchObject({ exitCode: 2 });
    }
    for (const bad of ['..', 'a/b', '../x', 'phase*', 'two words', 'x..y']) {
      await expect(createCheckpoint(root, 'PRP-1', bad)).rejects.toMatchObject({ exitCode: 2 });
      await expect(restoreCheckpoint(root, 'PRP-1', bad)).rejects.toMatchObject({ exitCode: 2 });
      await expect(writeMemory(root, { name: bad, prpId: 'PRP-1', kind: 'learnings', content: 'x' })).rejects.toMatchObject({
        exitCode: 2,
      });
      await expect(writeMemory(root, { name: bad, content: 'x' })).rejects.toMatchObject({ exitCode: 2 });
    }
    expect((await listCheckpoints(root)).length).toBe(0);
    expect(existsSync(join(root, '.ce', 'memory'))).toBe(false);
  });
});
