import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '@ce/test-utils';
import { Logger } from '../log/index.js';
import { acquireLock, writeFileAtomic } from './index.js';

describe('ce writes regular files only', () => {
  it('refuses to replace a fifo, a directory, a device or a symlink, and leaves each as it was', () => {
    const dir = useTempDir();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'real.txt'), 'real');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'link'));
    for (const [target, kind] of [
      [fifo, 'a fifo'],
      [join(dir, 'folder'), 'a directory'],
      ['/dev/null', 'a device'],
      [join(dir, 'link'), 'a symbolic link'],
    ] as const) {
      expect(() => writeFileAtomic(target, 'x')).toThrowError(
        expect.objectContaining({ exitCode: 2, message: expect.stringContaining(kind) }),
      );
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('real');
    expect(readdirSync(dir).sort()).toEqual(['folder', 'link', 'pipe', 'real.txt']);
  });

  it('never appends a log to a fifo (it would block)', () => {
    const dir = useTempDir();
    execFileSync('mkfifo', [join(dir, 'run.jsonl')]);
    expect(() => new Logger({ file: join(dir, 'run.jsonl') })).toThrowError(/is a fifo/);
  });
});

describe('.ce folders that are symlinks leading out of the repository', () => {
  it.each(['state', 'index', 'memory', 'runs'])(
    'refuses to write through .ce/%s linked elsewhere, and writes nothing there',
    async (name) => {
      const repo = useTempDir();
      const elsewhere = useTempDir();
      mkdirSync(join(repo, '.ce'));
      symlinkSync(elsewhere, join(repo, '.ce', name));
      expect(() => writeFileAtomic(join(repo, '.ce', name, 'x.json'), '{}')).toThrowError(
        expect.objectContaining({ code: 'ce-folder-outside', exitCode: 2 }),
      );
      if (name === 'state')
        await expect(acquireLock(join(repo, '.ce', 'state', 'lock'))).rejects.toMatchObject({ code: 'ce-folder-outside' });
      if (name === 'runs')
        expect(() => new Logger({ file: join(repo, '.ce', 'runs', 'r.jsonl') })).toThrowError(/leading out of the repository/);
      expect(readdirSync(elsewhere)).toEqual([]);
    },
  );

  it('refuses a .ce that is itself a link out, and accepts links that stay inside the repository', () => {
    const repo = useTempDir();
    const elsewhere = useTempDir();
    symlinkSync(elsewhere, join(repo, '.ce'));
    expect(() => writeFileAtomic(join(repo, '.ce', 'state', 'a.json'), '{}')).toThrowError(/\.ce is a symbolic link/);
    const inside = useTempDir();
    mkdirSync(join(inside, 'kept', 'state'), { recursive: true });
    mkdirSync(join(inside, '.ce'));
    symlinkSync(join(inside, 'kept', 'state'), join(inside, '.ce', 'state'));
    writeFileAtomic(join(inside, '.ce', 'state', 'a.json'), '{}');
    expect(existsSync(join(inside, 'kept', 'state', 'a.json'))).toBe(true);
  });
});
