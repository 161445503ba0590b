import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, runCe } from '@ce/test-utils';

async function ceJson(cwd: string, ...args: string[]): Promise<{ exitCode: number; data: Record<string, unknown>; stderr: string }> {
  const run = await runCe([...args, '--json'], { cwd });
  return { exitCode: run.exitCode, data: JSON.parse(run.stdout) as Record<string, unknown>, stderr: run.stderr };
}

describe('ce prp', () => {
  it('starts a PRP, checkpoints, lists, restores, cleans up and reports status, all with --json', async () => {
    const root = gitRepo({ '.gitignore': '.ce/state/\nnode_modules/\n', 'src/a.ts': 'export const a = 1;\n' });
    const start = await ceJson(root, 'prp', 'start', 'PRP-7');
    expect(start.exitCode).toBe(0);
    expect(start.data).toMatchObject({ prpId: 'PRP-7', baseCommit: git(root, 'rev-parse', 'HEAD'), baseBranch: 'main', resumed: false });

    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    writeFileSync(join(root, 'src/b.ts'), 'export const b = 1;\n');
    const cp1 = await ceJson(root, 'prp', 'checkpoint', 'phase-1', '-m', 'first phase');
    expect(cp1.exitCode).toBe(0);
    expect(cp1.data).toMatchObject({ prpId: 'PRP-7', phase: 'phase-1', message: 'first phase' });
    expect(String(cp1.data['tag'])).toMatch(/^checkpoint-PRP-7-phase-1-\d{8}T\d{6}Z$/);

    writeFileSync(join(root, 'src/a.ts'), 'export const a = 3;\n');
    rmSync(join(root, 'src/b.ts'));
    await ceJson(root, 'prp', 'checkpoint', 'phase-2');

    const list = await ceJson(root, 'prp', 'list');
    const prps = list.data['prps'] as Array<{ prpId: string; checkpoints: Array<{ phase: string; date: string; message: string }> }>;
    expect(prps.map((p) => p.prpId)).toEqual(['PRP-7']);
    expect(prps[0]?.checkpoints.map((c) => c.phase)).toEqual(['phase-1', 'phase-2']);
    expect(prps[0]?.checkpoints[0]).toMatchObject({
      message: 'first phase',
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });

    const restored = await ceJson(root, 'prp', 'restore', 'PRP-7', 'phase-1');
    expect(restored.exitCode).toBe(0);
    expect(readFileSync(join(root, 'src/a.ts'), 'utf8')).toBe('export const a = 2;\n');
    expect(readFileSync(join(root, 'src/b.ts'), 'utf8')).toBe('export const b = 1;\n');
    expect(String(restored.data['safetyTag'])).toMatch(/^checkpoint-PRP-7-pre-restore-/);

    const status = await ceJson(root, 'prp', 'status');
    expect(status.data).toMatchObject({ active: 'PRP-7', sessions: [expect.objectContaining({ prpId: 'PRP-7', checkpoints: 3 })] });

    const cleanup = await ceJson(root, 'prp', 'cleanup', 'PRP-7');
    expect(cleanup.exitCode).toBe(0);
    expect(cleanup.data).toMatchObject({ prpId: 'PRP-7', deactivated: true });
    expect(String(cleanup.data['keptTag'])).toMatch(/^checkpoint-PRP-7-phase-2-/);
    expect(git(root, 'tag', '-l', 'checkpoint-*').split('\n')).toEqual([cleanup.data['keptTag']]);
  });

  it('prints readable output without --json', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const start = await runCe(['prp', 'start', 'PRP-1'], { cwd: root });
    expect(start.stdout).toMatch(/^started PRP-1 at [0-9a-f]{12} \(main\)/);
    const cp = await runCe(['prp', 'checkpoint', 'phase-1', '-m', 'done'], { cwd: root });
    expect(cp.stdout).toMatch(/^checkpoint-PRP-1-phase-1-\d{8}T\d{6}Z {2}[0-9a-f]{12} {2}done/);
    const list = await runCe(['prp', 'list'], { cwd: root });
    expect(list.stdout).toMatch(/^PRP-1\n {2}phase-1 +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ {2}done/);
  });

  it('refuses ids and phases with "..", "/", "*" or spaces with exit 2 and one line naming the problem', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    for (const args of [
      ['prp', 'start', '../PRP-1'],
      ['prp', 'start', 'PRP-1/x'],
      ['prp', 'start', 'PRP-*'],
      ['prp', 'start', 'PRP 1'],
      ['prp', 'checkpoint', '..', '--prp', 'PRP-1'],
      ['prp', 'checkpoint', 'a/b', '--prp', 'PRP-1'],
      ['prp', 'checkpoint', 'x*', '--prp', 'PRP-1'],
      ['prp', 'checkpoint', 'two words', '--prp', 'PRP-1'],
      ['prp', 'restore', 'PRP-1', '../x'],
      ['memory', 'write', '../escape', 'x'],
      ['memory', 'write', 'a b', 'x', '--prp', 'PRP-1'],
    ]) {
      const run = await runCe(args, { cwd: root });
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^error: .+\n(hint: .+\n)?$/);
    }
    expect(git(root, 'tag', '-l')).toBe('');
  });

  it('refuses a second active PRP unless --switch, and a restore over unsaved work unless --force', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    await runCe(['prp', 'start', 'PRP-1'], { cwd: root });
    const second = await ceJson(root, 'prp', 'start', 'PRP-2');
    expect(second.exitCode).toBe(2);
    expect(second.data).toMatchObject({ error: { code: 'prp-active' } });
    expect((await ceJson(root, 'prp', 'start', 'PRP-2', '--switch')).data).toMatchObject({ switchedFrom: 'PRP-1' });

    await runCe(['prp', 'checkpoint', 'phase-1'], { cwd: root });
    writeFileSync(join(root, 'a.txt'), 'unsaved\n');
    const refused = await ceJson(root, 'prp', 'restore', 'PRP-2');
    expect(refused.exitCode).toBe(2);
    expect(refused.data).toMatchObject({ error: { code: 'uncommitted-work' } });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('unsaved\n');
    expect((await ceJson(root, 'prp', 'restore', 'PRP-2', '--force')).exitCode).toBe(0);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('a\n');
  });

  it('gives a clear error in a repository without commits', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' }, { commit: false });
    const run = await runCe(['prp', 'checkpoint', 'phase-1', '--prp', 'PRP-1'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/error: the repository .* has no commits yet/);
    expect(run.stderr).toMatch(/hint: make a first commit/);
  });
});
