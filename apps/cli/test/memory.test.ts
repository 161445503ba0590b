import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { ceBinPath, connectCeMcp, gitRepo, runCe } from '@ce/test-utils';
import { McpMemoryStore, serializeMemory } from '@ce/state';

describe('ce memory', () => {
  it('writes, reads, lists and deletes namespaced memories, with --json', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    await runCe(['prp', 'start', 'PRP-2'], { cwd: root });
    const write = await runCe(['memory', 'write', 'api', 'retry 429s', '--kind', 'learnings', '--ref', 'src/api.ts', '--json'], {
      cwd: root,
    });
    expect(write.exitCode).toBe(0);
    expect(JSON.parse(write.stdout)).toMatchObject({
      memory: { id: 'PRP-2-learnings-api', prpId: 'PRP-2', kind: 'learnings', references: ['src/api.ts'] },
    });
    expect(readFileSync(join(root, '.ce/memory/PRP-2-learnings-api.md'), 'utf8')).toMatch(
      /^---\nprp_id: PRP-2\nkind: learnings\n[\s\S]*---\n\nretry 429s$/,
    );

    const piped = await runCe(['memory', 'write', 'project/tooling', '-'], { cwd: root, input: 'use npm workspaces\n' });
    expect(piped.exitCode).toBe(0);
    expect((await runCe(['memory', 'read', 'project/tooling'], { cwd: root })).stdout).toBe('use npm workspaces\n');

    const list = JSON.parse((await runCe(['memory', 'list', '--prp', 'PRP-2', '--json'], { cwd: root })).stdout) as {
      memories: Array<{ id: string }>;
    };
    expect(list.memories.map((m) => m.id)).toEqual(['PRP-2-learnings-api']);

    expect((await runCe(['memory', 'delete', 'api', '--prp', 'PRP-2', '--kind', 'learnings'], { cwd: root })).exitCode).toBe(0);
    const missing = await runCe(['memory', 'read', 'PRP-2-learnings-api', '--json'], { cwd: root });
    expect(missing.exitCode).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'memory-not-found' } });
  });

  it('`ce mcp --tools all` is a memory server the MCP backend of @ce/state round-trips memories through', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const store = new McpMemoryStore({
      command: process.execPath,
      args: [ceBinPath, 'mcp', '--tools', 'all', '--cwd', root],
      env: { ...(process.env as Record<string, string>), OCLIF_SKIP_NEW_VERSION_CHECK: 'true' },
    });
    try {
      const written = await store.write({
        prpId: 'PRP-3',
        kind: 'learnings',
        name: 'db',
        content: 'wrap writes in a transaction\n',
        references: ['src/db.ts'],
      });
      await store.write({ prpId: 'PRP-3', kind: 'temp', name: 'scratch', content: 'tmp' });
      // The server stored the memory in its file backend, in the same form.
      expect(readFileSync(join(root, '.ce/memory/PRP-3-learnings-db.md'), 'utf8')).toBe(serializeMemory(written));
      expect(await store.read('PRP-3-learnings-db')).toEqual(written);
      expect(await store.read('PRP-3-learnings-none')).toBeUndefined();
      expect((await store.list({ prpId: 'PRP-3' })).map((m) => m.id)).toEqual(['PRP-3-learnings-db', 'PRP-3-temp-scratch']);
      expect(await store.delete('PRP-3-temp-scratch')).toBe(true);
      expect((await store.list()).map((m) => m.id)).toEqual(['PRP-3-learnings-db']);
    } finally {
      await store.close();
    }
  });

  it('offers prp_status and checkpoint in the default tool set and the rest with --tools all', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const names = async (tools: string[]): Promise<string[]> => {
      const client = await connectCeMcp(root, tools);
      try {
        return (await client.listTools()).tools.map((t) => t.name);
      } finally {
        await client.close();
      }
    };
    const core = await names([]);
    expect(core).toEqual(expect.arrayContaining(['prp_status', 'checkpoint']));
    expect(core).not.toContain('write_memory');
    expect(await names(['--tools', 'all'])).toEqual(
      expect.arrayContaining([
        'prp_start',
        'checkpoint',
        'prp_restore',
        'prp_status',
        'prp_list',
        'prp_cleanup',
        'write_memory',
        'read_memory',
        'list_memories',
        'delete_memory',
      ]),
    );
  });
});
