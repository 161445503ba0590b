import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, gitRepo, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { headCommit, uncommittedChanges } from './git-info.js';

describe('headCommit', () => {
  it('reads HEAD from a loose ref, a packed ref and a detached HEAD as git does', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const expected = git(root, 'rev-parse', 'HEAD');
    expect(await headCommit(root)).toBe(expected);
    git(root, 'pack-refs', '--all', '--prune');
    expect(await headCommit(root)).toBe(expected);
    git(root, 'checkout', '-q', '--detach');
    expect(await headCommit(root)).toBe(expected);
  });

  it('is null before the first commit and outside git', async () => {
    expect(await headCommit(gitRepo({ 'a.txt': 'a\n' }, { commit: false }))).toBeNull();
    expect(await headCommit(useTempDir())).toBeNull();
  });
});

describe('uncommittedChanges', () => {
  it('lists user changes and leaves out ce’s own index and state', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    writeTreeFiles(root);
    expect((await uncommittedChanges(root))!.map((c) => `${c.status} ${c.path}`)).toEqual([' M a.txt', '?? new.txt']);
  });
});

function writeTreeFiles(root: string): void {
  writeFileSync(join(root, 'a.txt'), 'changed\n');
  writeFileSync(join(root, 'new.txt'), 'new\n');
  git(root, 'config', 'core.excludesFile', '/dev/null');
  mkdirSync(join(root, '.ce', 'index'), { recursive: true });
  mkdirSync(join(root, '.ce', 'state'), { recursive: true });
  writeFileSync(join(root, '.ce', 'index', 'manifest.json'), '{}');
  writeFileSync(join(root, '.ce', 'state', 'lock'), '');
}
