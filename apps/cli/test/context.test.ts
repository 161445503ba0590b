import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { connectCeMcp, git, gitRepo, runCe } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

const TREE = {
  'src/runner.ts': 'export class Runner {\n  run(id: string): void {}\n}\n\nexport function start(): Runner {\n  return new Runner();\n}\n',
  'py/tool.py': 'def tool(x):\n    return x\n',
  'go/main.go': 'package main\n\nfunc Main() {}\n',
};

/** A repository big enough for the sync to use its worker threads. */
function bigTree(): Record<string, string> {
  const tree: Record<string, string> = { ...TREE };
  for (let i = 0; i < 80; i++)
    tree[`gen/mod${i}.ts`] = `export function fn${i}(a: number): number {\n  return a + ${i};\n}\nexport class C${i} { m${i}() {} }\n`;
  return tree;
}

const json = (stdout: string) => JSON.parse(stdout) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON documents

describe('ce context', () => {
  it('sync --json indexes every file in worker threads, then re-parses only what changed', async () => {
    const root = gitRepo(bigTree());
    const first = await runCe(['context', 'sync', '--json'], { cwd: root });
    expect(first.exitCode).toBe(0);
    const full = json(first.stdout);
    expect(full['full']).toBe(true);
    expect(full['files']).toMatchObject({ scanned: 83, code: 83, parsed: 83 });
    expect(full['symbols']).toBe(3 + 1 + 1 + 80 * 3);
    expect(full['workers']).toBe(2);
    writeFileSync(join(root, 'gen/mod3.ts'), 'export const replaced = 3;\n');
    const second = json((await runCe(['context', 'sync', '--json'], { cwd: root })).stdout);
    expect(second['files']).toMatchObject({ parsed: 1, modified: 1, unchanged: 82 });
    expect(second['workers']).toBe(0);
    expect(second['changes']).toEqual({ added: [], modified: ['gen/mod3.ts'], deleted: [] });
  });

  it('sync prints counts and the skipped files for a person', async () => {
    const root = gitRepo({ ...TREE, 'bin/data.js': Buffer.from([1, 0, 2, 0]) });
    const run = await runCe(['context', 'sync'], { cwd: root });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Full sync in \d+ ms: 4 files \(3 code\)/);
    expect(run.stdout).toContain('skipped   bin/data.js (binary');
  });

  it('find, overview and search answer with one JSON document each', async () => {
    const root = gitRepo(TREE);
    const found = json((await runCe(['context', 'find', 'Runner/run', '--body', '--json'], { cwd: root })).stdout);
    expect(found['matches']).toEqual([
      expect.objectContaining({ namePath: 'Runner/run', file: 'src/runner.ts', body: 'run(id: string): void {}' }),
    ]);
    const overview = json((await runCe(['context', 'overview', 'src/runner.ts', '--json'], { cwd: root })).stdout);
    expect(overview['files'][0].symbols.map((s: { name: string }) => s.name)).toEqual(['Runner', 'start']);
    const search = json((await runCe(['context', 'search', 'return \\w+', '--glob', '*.py', '-B', '1', '--json'], { cwd: root })).stdout);
    expect(search['matches']).toEqual([expect.objectContaining({ file: 'py/tool.py', line: 2, before: ['def tool(x):'] })]);
  });

  it('search exits 2 with one line naming a bad pattern', async () => {
    const root = gitRepo(TREE);
    const run = await runCe(['context', 'search', '(unclosed'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error: the pattern "\(unclosed" is not a valid regular expression/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('health exits 0 when fresh and 1 at or above the threshold', async () => {
    const root = gitRepo(TREE);
    await runCe(['context', 'sync'], { cwd: root });
    const fresh = await runCe(['context', 'health', '--json'], { cwd: root });
    expect(fresh.exitCode).toBe(0);
    expect(json(fresh.stdout)).toMatchObject({ score: 0, passed: true, threshold: 30 });
    writeFileSync(join(root, 'src/runner.ts'), 'export const gone = 1;\n');
    const stale = await runCe(['context', 'health', '--json'], { cwd: root });
    expect(stale.exitCode).toBe(1);
    expect(json(stale.stdout)['passed']).toBe(false);
    const human = await runCe(['context', 'health', '--threshold', '100'], { cwd: root });
    expect(human.exitCode).toBe(0);
    expect(human.stdout).toMatch(/Context health drift: [\d.]+/);
    expect(human.stdout).toContain('→ run `ce context sync`');
  });

  it('prune --dry-run lists stale entries without removing them', async () => {
    const root = gitRepo(TREE);
    await runCe(['context', 'sync'], { cwd: root });
    git(root, 'rm', '-q', 'py/tool.py');
    const dry = await runCe(['context', 'prune', '--dry-run'], { cwd: root });
    expect(dry.stdout).toContain('would remove index entry  py/tool.py');
    const again = json((await runCe(['context', 'prune', '--dry-run', '--json'], { cwd: root })).stdout);
    expect(again['index'].files).toEqual(['py/tool.py']);
    await runCe(['context', 'prune'], { cwd: root });
    expect(json((await runCe(['context', 'prune', '--dry-run', '--json'], { cwd: root })).stdout)['index'].files).toEqual([]);
  });

  it('auto-sync --pre exits 3 on a dirty tree, proceeds with --force; --post makes the final checkpoint', async () => {
    const root = gitRepo(TREE);
    writeFileSync(join(root, 'wip.txt'), 'x\n');
    const dirty = await runCe(['context', 'auto-sync', '--pre', 'PRP-2', '--json'], { cwd: root });
    expect(dirty.exitCode).toBe(3);
    expect(json(dirty.stdout)).toMatchObject({ proceed: false, phase: 'pre' });
    const forced = await runCe(['context', 'auto-sync', '--pre', 'PRP-2', '--force'], { cwd: root });
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('warning (forced)');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'wip');
    const post = await runCe(['context', 'auto-sync', '--post', 'PRP-2', '--json'], { cwd: root });
    expect(post.exitCode).toBe(0);
    expect(json(post.stdout)['checkpoint'].tag).toMatch(/^checkpoint-PRP-2-final-/);
    const none = await runCe(['context', 'auto-sync'], { cwd: root });
    expect(none.exitCode).toBe(2);
  });

  it('serves find_symbol, get_symbols_overview and search_for_pattern over MCP', async () => {
    const root = gitRepo(TREE);
    const client = await connectCeMcp(root);
    try {
      const names = (await client.listTools()).tools.map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(['find_symbol', 'get_symbols_overview', 'search_for_pattern']));
      const found = await client.callTool({ name: 'find_symbol', arguments: { name_path: 'start', include_body: true } });
      expect(found.isError).toBeFalsy();
      expect((found.structuredContent as { matches: { namePath: string }[] }).matches.map((m) => m.namePath)).toEqual(['start']);
      const overview = await client.callTool({ name: 'get_symbols_overview', arguments: { relative_path: 'go' } });
      expect(JSON.stringify(overview.structuredContent)).toContain('"Main"');
      const bad = await client.callTool({ name: 'search_for_pattern', arguments: { substring_pattern: '(' } });
      expect(bad.isError).toBe(true);
    } finally {
      await client.close();
    }
  });
});
