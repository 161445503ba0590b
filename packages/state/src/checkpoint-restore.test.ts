import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, readTree } from '@ce/test-utils';
import { createCheckpoint, listCheckpoints, restoreCheckpoint, startPrp } from './index.js';

const BINARY = Buffer.from([0, 1, 2, 255, 254, 13, 10, 0, 128, 10, 13, 0x1b]);

/** The working tree as the user sees it, without git's own folder, ce state and ignored files. */
function visibleTree(root: string): Record<string, Buffer> {
  return readTree(
    root,
    (rel) =>
      rel === '.git' ||
      rel.startsWith('.git/') ||
      rel === '.ce' ||
      rel.startsWith('.ce/') ||
      rel === 'node_modules' ||
      rel.startsWith('node_modules/') ||
      rel === '.env' ||
      rel.endsWith('.log'),
  );
}

function userGitState(root: string): Record<string, string> {
  return {
    head: git(root, 'rev-parse', 'HEAD'),
    branch: git(root, 'rev-parse', '--abbrev-ref', 'HEAD'),
    staged: git(root, 'diff', '--cached', '--name-status'),
    index: git(root, 'ls-files', '-s'),
    stash: git(root, 'stash', 'list'),
    branches: git(root, 'for-each-ref', 'refs/heads', 'refs/stash'),
  };
}

function sampleRepo(): string {
  const root = gitRepo({
    '.gitignore': 'node_modules/\n.env\n*.log\n.ce/state/\n',
    'a.txt': 'alpha\n',
    'crlf.txt': 'one\r\ntwo\r\n',
    'image.bin': BINARY,
    'old-name.txt': 'to be renamed\n',
    'doomed.txt': 'to be deleted\n',
    'dir/nested.txt': 'nested\n',
    'run.sh': '#!/bin/sh\necho hi\n',
  });
  chmodSync(join(root, 'run.sh'), 0o755);
  git(root, 'add', 'run.sh');
  git(root, 'commit', '-q', '-m', 'exec bit');
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'pkg', 'index.js'), 'module.exports = 1;\n');
  writeFileSync(join(root, '.env'), 'TOKEN=original\n');
  return root;
}

/** Modified, added, deleted, untracked, binary and renamed files, plus a staged change. */
function makeChanges(root: string): void {
  writeFileSync(join(root, 'a.txt'), 'alpha changed\n');
  writeFileSync(join(root, 'added.txt'), 'brand new\n');
  git(root, 'add', 'added.txt');
  rmSync(join(root, 'doomed.txt'));
  renameSync(join(root, 'old-name.txt'), join(root, 'new-name.txt'));
  writeFileSync(join(root, 'image.bin'), Buffer.concat([BINARY, BINARY.reverse()]));
  mkdirSync(join(root, 'dir', 'untracked'), { recursive: true });
  writeFileSync(join(root, 'dir', 'untracked', 'u.txt'), 'untracked\n');
  writeFileSync(join(root, 'debug.log'), 'ignored log\n');
}

describe('checkpoint and restore', () => {
  it('restores modified, added, deleted, untracked, binary and renamed files byte-identically and never touches ignored files', async () => {
    const root = sampleRepo();
    await startPrp(root, 'PRP-1');
    makeChanges(root);
    const saved = visibleTree(root);
    const before = userGitState(root);

    const cp = await createCheckpoint(root, 'PRP-1', 'phase-1', 'first phase');
    expect(cp.tag).toMatch(/^checkpoint-PRP-1-phase-1-\d{8}T\d{6}Z$/);
    expect(git(root, 'cat-file', '-t', cp.tag)).toBe('tag');
    expect(git(root, 'tag', '-l', '--format=%(contents:subject)', cp.tag)).toBe('first phase');
    // The user's branch, index and stash are untouched by a checkpoint.
    expect(userGitState(root)).toEqual(before);
    expect(visibleTree(root)).toEqual(saved);

    // Wreck the tree: edits, deletions, new files, changed ignored files.
    writeFileSync(join(root, 'a.txt'), 'wrecked\n');
    rmSync(join(root, 'new-name.txt'));
    writeFileSync(join(root, 'old-name.txt'), 'back again\n');
    writeFileSync(join(root, 'image.bin'), Buffer.from('not binary'));
    rmSync(join(root, 'dir'), { recursive: true });
    writeFileSync(join(root, 'junk.txt'), 'junk\n');
    writeFileSync(join(root, '.env'), 'TOKEN=changed-after\n');
    writeFileSync(join(root, 'node_modules', 'pkg', 'index.js'), 'module.exports = 2;\n');
    chmodSync(join(root, 'run.sh'), 0o644);
    const wrecked = visibleTree(root);

    const result = await restoreCheckpoint(root, 'PRP-1', undefined, { force: true });
    expect(result.tag).toBe(cp.tag);
    expect(visibleTree(root)).toEqual(saved);
    expect(statSync(join(root, 'run.sh')).mode & 0o111).not.toBe(0);
    // Ignored files keep what they held after the checkpoint.
    expect(readFileSync(join(root, '.env'), 'utf8')).toBe('TOKEN=changed-after\n');
    expect(readFileSync(join(root, 'node_modules', 'pkg', 'index.js'), 'utf8')).toBe('module.exports = 2;\n');
    expect(readFileSync(join(root, 'debug.log'), 'utf8')).toBe('ignored log\n');
    expect(git(root, 'rev-parse', 'HEAD')).toBe(before['head']);

    // The safety checkpoint undoes the restore.
    expect(result.safetyTag).toMatch(/^checkpoint-PRP-1-pre-restore-/);
    await restoreCheckpoint(root, 'PRP-1', 'pre-restore');
    const undone = visibleTree(root);
    expect(Object.keys(undone).sort()).toEqual(Object.keys(wrecked).sort());
    for (const [path, bytes] of Object.entries(wrecked)) expect(undone[path]?.equals(bytes), path).toBe(true);
  });

  it('restores the latest checkpoint of the PRP when no phase is given, and a named phase when one is', async () => {
    const root = sampleRepo();
    writeFileSync(join(root, 'a.txt'), 'one\n');
    await createCheckpoint(root, 'PRP-2', 'phase-1');
    writeFileSync(join(root, 'a.txt'), 'two\n');
    await createCheckpoint(root, 'PRP-2', 'phase-2');
    writeFileSync(join(root, 'a.txt'), 'three\n');
    await createCheckpoint(root, 'PRP-2', 'phase-3');

    await restoreCheckpoint(root, 'PRP-2', 'phase-1');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('one\n');
    await restoreCheckpoint(root, 'PRP-2');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('three\n');
    const phases = (await listCheckpoints(root, 'PRP-2')).map((c) => c.phase);
    expect(phases).toEqual(['phase-1', 'phase-2', 'phase-3', 'pre-restore', 'pre-restore']);
  });

  it('works on a detached HEAD and leaves HEAD detached where it was', async () => {
    const root = sampleRepo();
    git(root, 'checkout', '-q', '--detach');
    const head = git(root, 'rev-parse', 'HEAD');
    makeChanges(root);
    const saved = visibleTree(root);
    await startPrp(root, 'PRP-3');
    const cp = await createCheckpoint(root, 'PRP-3', 'detached');
    expect(git(root, 'rev-parse', `${cp.tag}^{commit}^`)).toBe(head);
    writeFileSync(join(root, 'a.txt'), 'edited on detached head\n');
    rmSync(join(root, 'added.txt'));
    await restoreCheckpoint(root, 'PRP-3', 'detached', { force: true });
    expect(visibleTree(root)).toEqual(saved);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(root, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('HEAD');
  });

  it('refuses to restore over uncommitted work with exit 2 unless forced, but not over work a checkpoint holds', async () => {
    const root = sampleRepo();
    writeFileSync(join(root, 'a.txt'), 'checkpointed\n');
    await createCheckpoint(root, 'PRP-4', 'phase-1');
    writeFileSync(join(root, 'a.txt'), 'precious unsaved work\n');
    await expect(restoreCheckpoint(root, 'PRP-4')).rejects.toMatchObject({ code: 'uncommitted-work', exitCode: 2 });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('precious unsaved work\n');

    const forced = await restoreCheckpoint(root, 'PRP-4', undefined, { force: true });
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('checkpointed\n');
    // The tree now equals a checkpoint: restoring again needs no force.
    await restoreCheckpoint(root, 'PRP-4', 'pre-restore');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('precious unsaved work\n');
    expect(forced.safetyTag).toBeTruthy();
  });

  it('gives a clear exit-2 error in a repository without commits', async () => {
    const root = gitRepo({ 'a.txt': 'x\n' }, { commit: false });
    await expect(createCheckpoint(root, 'PRP-1', 'phase-1')).rejects.toMatchObject({
      code: 'no-commits',
      exitCode: 2,
      message: expect.stringMatching(/no commits/),
    });
    await expect(startPrp(root, 'PRP-1')).rejects.toMatchObject({ code: 'no-commits' });
  });

  it('names an unknown phase and lists the phases there are', async () => {
    const root = sampleRepo();
    await createCheckpoint(root, 'PRP-5', 'phase-1');
    await expect(restoreCheckpoint(root, 'PRP-5', 'phase-9')).rejects.toMatchObject({
      code: 'no-checkpoint',
      exitCode: 2,
      hint: expect.stringContaining('phase-1'),
    });
  });

  it('orders checkpoints taken within the same second and never reuses a tag name', async () => {
    const root = sampleRepo();
    const tags: string[] = [];
    for (let i = 0; i < 4; i++) {
      writeFileSync(join(root, 'a.txt'), `v${i}\n`);
      tags.push((await createCheckpoint(root, 'PRP-6', i % 2 ? 'odd' : 'even')).tag);
    }
    expect(new Set(tags).size).toBe(4);
    expect((await listCheckpoints(root, 'PRP-6')).map((c) => c.tag)).toEqual(tags);
    await restoreCheckpoint(root, 'PRP-6', 'even');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('v2\n');
  });

  it('restores byte-identical content where .gitattributes would convert line endings or run filters', async () => {
    const root = gitRepo({
      '.gitattributes': '* text=auto\n*.crlf text eol=crlf\n*.upper filter=upper\n',
      'lf.txt': 'a\nb\n',
    });
    git(root, 'config', 'filter.upper.clean', 'tr a-z A-Z');
    git(root, 'config', 'filter.upper.smudge', 'cat');
    writeFileSync(join(root, 'mixed.txt'), 'one\r\ntwo\nthree\r\n');
    writeFileSync(join(root, 'file.crlf'), 'lf only\nhere\n');
    writeFileSync(join(root, 'data.upper'), 'lower case\n');
    writeFileSync(join(root, 'bytes.bin'), BINARY);
    const saved = visibleTree(root);
    await createCheckpoint(root, 'PRP-7', 'attrs');
    for (const name of ['mixed.txt', 'file.crlf', 'data.upper', 'bytes.bin', 'lf.txt']) writeFileSync(join(root, name), 'changed\n');
    await restoreCheckpoint(root, 'PRP-7', 'attrs', { force: true });
    expect(visibleTree(root)).toEqual(saved);
  });
});
