import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSourceScript, useTempDir } from '@ce/test-utils';
import { acquireLock, assertSafeName, isSafeName, resolveInRepo, withLock, writeFileAtomic } from './index.js';

const here = import.meta.dirname;
const coreIndex = join(here, '..', 'index.ts');

/** Runs a TypeScript snippet that imports @ce/core's sources in a real child process (via vitest's node). */
function childScript(body: string): string {
  return `import * as core from ${JSON.stringify(coreIndex)};\n${body}`;
}

const spawnTs = (code: string) => spawnSourceScript(code);

/** Resolves when the child has exited, also when it already has. */
function exited(child: {
  exitCode: number | null;
  signalCode: NodeJS.Signals | null;
  once(e: 'exit', f: () => void): unknown;
}): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', r));
}

describe('writeFileAtomic', () => {
  it('writes, replaces and leaves no temp file', () => {
    const dir = useTempDir();
    const file = join(dir, 'nested', 'a.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['a.json']);
  });

  it('leaves the old or the new content, never a torn file, when the writer is killed with SIGKILL', async () => {
    const dir = useTempDir();
    const file = join(dir, 'state.json');
    const big = (c: string) => c.repeat(4 * 1024 * 1024); // 4 MiB so that a kill lands mid-write
    writeFileSync(file, big('a'));
    // A plain node child (no TS) that rewrites the file atomically in a loop with alternating content.
    const writer = `
      const fs = require('node:fs'); const path = require('node:path');
      const file = process.argv[1]; let i = 0;
      for (;;) {
        const tmp = path.join(path.dirname(file), '.state.json.' + process.pid + '.' + (i++).toString(16).padStart(8, '0') + '.tmp');
        const fd = fs.openSync(tmp, 'w'); fs.writeSync(fd, (i % 2 ? 'b' : 'a').repeat(4 * 1024 * 1024)); fs.fsyncSync(fd); fs.closeSync(fd);
        fs.renameSync(tmp, file);
      }`;
    for (let round = 0; round < 10; round++) {
      const child = spawn(process.execPath, ['-e', writer, file], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 30 + Math.random() * 70));
      child.kill('SIGKILL');
      await exited(child);
      const content = readFileSync(file, 'utf8');
      expect(content === big('a') || content === big('b')).toBe(true);
    }
  });

  it('our own writeFileAtomic survives SIGKILL mid-write the same way', async () => {
    const dir = useTempDir();
    const file = join(dir, 'doc.md');
    writeFileAtomic(file, 'x'.repeat(2 * 1024 * 1024));
    const code = childScript(
      `for (let i = 0; ; i++) core.writeFileAtomic(${JSON.stringify(file)}, (i % 2 ? 'y' : 'x').repeat(2 * 1024 * 1024));`,
    );
    for (let round = 0; round < 5; round++) {
      const child = spawnTs(code);
      await new Promise((r) => setTimeout(r, 400 + Math.random() * 200));
      child.kill('SIGKILL');
      await exited(child);
      const content = readFileSync(file, 'utf8');
      expect(content.length).toBe(2 * 1024 * 1024);
      expect(/^(x+|y+)$/.test(content)).toBe(true);
    }
  });
});

describe('the .ce lock', () => {
  it('removes the folders it made only to hold the lock, and keeps those something was written into', async () => {
    const dir = useTempDir();
    await withLock(join(dir, '.ce', 'state', 'lock'), () => undefined);
    expect(readdirSync(dir)).toEqual([]);
    await withLock(join(dir, '.ce', 'state', 'lock'), () => writeFileSync(join(dir, '.ce', 'config.yml'), 'x: 1\n'));
    expect(readdirSync(join(dir, '.ce'))).toEqual(['config.yml']);
    mkdirSync(join(dir, 'kept'));
    await withLock(join(dir, 'kept', 'lock'), () => undefined);
    expect(existsSync(join(dir, 'kept'))).toBe(true);
  });

  it('makes a second process wait until the first releases it', async () => {
    const dir = useTempDir();
    const lock = join(dir, '.ce', 'state', 'lock');
    const log = join(dir, 'log.txt');
    writeFileSync(log, '');
    const holder = childScript(`
      import { appendFileSync } from 'node:fs';
      await core.withLock(${JSON.stringify(lock)}, async () => {
        appendFileSync(${JSON.stringify(log)}, 'A-start\\n');
        await new Promise((r) => setTimeout(r, 600));
        appendFileSync(${JSON.stringify(log)}, 'A-end\\n');
      }, { purpose: 'A' });`);
    const a = spawnTs(holder);
    while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 10));
    await withLock(lock, () => writeFileSync(log, readFileSync(log, 'utf8') + 'B\n'), { timeoutMs: 5000 });
    await exited(a);
    expect(readFileSync(log, 'utf8')).toBe('A-start\nA-end\nB\n');
  });

  it('breaks a lock left by a process killed with SIGKILL and says so', async () => {
    const dir = useTempDir();
    const lock = join(dir, 'lock');
    const child = spawnTs(
      childScript(`await core.acquireLock(${JSON.stringify(lock)}, { purpose: 'ce prp checkpoint' }); setInterval(() => {}, 1000);`),
    );
    while (!existsSync(lock) || readFileSync(lock, 'utf8') === '') await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited(child);
    const held = await acquireLock(lock, { timeoutMs: 2000 });
    expect(held.repaired).toEqual([
      expect.stringMatching(/removed a lock left by process \d+ \(ce prp checkpoint\), which is no longer running/),
    ]);
    held.release();
    expect(existsSync(lock)).toBe(false);
  });

  it('times out with a clear error naming the holder', async () => {
    const dir = useTempDir();
    const lock = join(dir, 'lock');
    mkdirSync(dir, { recursive: true });
    // A live holder: this very test process, from another (simulated) acquisition record.
    writeFileSync(
      lock,
      JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), acquiredAt: 'x', purpose: 'other ce' }),
    );
    await expect(acquireLock(lock, { timeoutMs: 100 })).rejects.toThrowError(new RegExp(`held by process ${process.ppid} \\(other ce\\)`));
  });

  it('is re-entrant within one process', async () => {
    const lock = join(useTempDir(), 'lock');
    await withLock(lock, () => withLock(lock, () => expect(existsSync(lock)).toBe(true)));
    expect(existsSync(lock)).toBe(false);
  });
});

describe('names and paths', () => {
  it.each(['..', '../x', 'a/b', 'a\\b', '*', 'a*', 'a?', '[a]', '{a,b}', 'has space', '', '-rf', 'a\nb', '~/x', '$HOME'])(
    'rejects %j with exit 2',
    (name) => {
      expect(() => assertSafeName(name, 'phase')).toThrowError(expect.objectContaining({ exitCode: 2 }));
      expect(isSafeName(name)).toBe(false);
    },
  );

  it.each(['phase-1', 'api_client', 'v2.1', 'PRP-3.1', 'final'])('accepts %j', (name) => {
    expect(assertSafeName(name, 'phase')).toBe(name);
  });

  it('confines paths to the repository, including through symlinks', () => {
    const root = useTempDir();
    const outside = useTempDir();
    mkdirSync(join(root, 'src'));
    symlinkSync(outside, join(root, 'link'));
    expect(resolveInRepo(root, 'src/a.ts')).toBe(join(root, 'src/a.ts'));
    expect(resolveInRepo(root, 'new/dir/file.ts')).toBe(join(root, 'new/dir/file.ts'));
    expect(() => resolveInRepo(root, '../etc/passwd')).toThrowError(/outside the repository/);
    expect(() => resolveInRepo(root, '/etc/passwd')).toThrowError(/outside the repository/);
    expect(() => resolveInRepo(root, 'link/secret')).toThrowError(/outside the repository/);
  });
});
