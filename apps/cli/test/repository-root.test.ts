import { mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitRepo, readTree, runCe, useTempDir, writeTree } from '@ce/test-utils';

const PIPELINE = 'stages:\n  - stage: test\n    nodes:\n      - name: unit\n        command: npm test\n';

describe('one repository root: the top of the git work tree', () => {
  it.each([
    [['prp', 'status']],
    [['prp', 'list']],
    [['init']],
    [['memory', 'write', 'project/notes', 'x']],
    [['context', 'sync']],
    [['validate', '--plan']],
    [['mcp']],
  ])('%j outside a git work tree exits 2 "not inside a git repository: <dir>" and writes nothing', async (args) => {
    const dir = useTempDir('ce-plain-');
    const plain = await runCe([...args, '--cwd', dir]);
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr.split('\n')[0]).toBe(`error: not inside a git repository: ${dir}`);
    expect(readdirSync(dir)).toEqual([]);
    if (args[0] !== 'mcp') {
      const json = await runCe([...args, '--json'], { cwd: dir });
      expect(json.exitCode).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'not-a-git-repo', exitCode: 2 } });
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('never takes a folder holding .ce for the root: a .ce/config.yml above a plain folder does not make a repository', async () => {
    const above = writeTree(useTempDir('ce-above-'), { '.ce/config.yml': 'version: 1\n', 'inner/keep.txt': 'x' });
    const before = readTree(above);
    const run = await runCe(['prp', 'status'], { cwd: join(above, 'inner') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('not inside a git repository');
    expect(readTree(above)).toEqual(before);
  });

  it('works at the top of the git work tree from a subfolder, even below a nested .ce', async () => {
    const root = gitRepo({ 'pkg/.ce/config.yml': 'version: 1\n', 'pkg/src/a.txt': 'a\n' });
    const run = await runCe(['prp', 'status', '--json'], { cwd: join(root, 'pkg', 'src') });
    expect(run.exitCode).toBe(0);
    const status = await runCe(['init', '--json'], { cwd: join(root, 'pkg', 'src') });
    expect(JSON.parse(status.stdout)).toMatchObject({ root: realpathSync(root) });
  });

  it('finds the top of a linked worktree, whose .git is a file', async () => {
    const main = gitRepo({ 'a.txt': 'a\n' });
    const linked = join(useTempDir('ce-wt-'), 'linked');
    git(main, 'worktree', 'add', '-q', linked);
    mkdirSync(join(linked, 'sub'));
    const run = await runCe(['init', '--json'], { cwd: join(linked, 'sub') });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ root: realpathSync(linked) });
  });

  it('keeps working outside a repository for commands that keep no state (ce ci validate, ce ci render)', async () => {
    const dir = writeTree(useTempDir('ce-plain-'), { 'pipeline.yml': PIPELINE });
    expect((await runCe(['ci', 'validate', 'pipeline.yml'], { cwd: dir })).exitCode).toBe(0);
    const render = await runCe(['ci', 'render', 'pipeline.yml', '--target', 'github', '--out', 'ci.yml'], { cwd: dir });
    expect(render.exitCode).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['ci.yml', 'pipeline.yml']);
  });

  it('exits 2 naming a --path that does not exist (ce context find --path)', async () => {
    const root = gitRepo({ 'src/a.ts': 'export function run() {}\n' });
    const run = await runCe(['context', 'find', 'run', '--path', 'src/missing.ts'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^error: src\/missing\.ts does not exist/);
    writeFileSync(join(root, 'src/b.ts'), 'export function run() {}\n');
    const found = await runCe(['context', 'find', 'run', '--path', 'src/b.ts', '--json'], { cwd: root });
    expect(JSON.parse(found.stdout)).toMatchObject({ matches: [{ file: 'src/b.ts' }] });
  });
});
