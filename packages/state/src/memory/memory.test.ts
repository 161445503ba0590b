import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gitRepo, useTempDir, writeTree } from '@ce/test-utils';
import {
  createMemoryStore,
  FileMemoryStore,
  listMemories,
  McpMemoryStore,
  readMemory,
  serializeMemory,
  startPrp,
  writeMemory,
} from '../index.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'serena-like-memory-server.mjs');

describe('file memory backend', () => {
  it('keeps one markdown file with front matter per memory, named {prp_id}-{kind}-{name}.md, and reads it back exactly', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const store = createMemoryStore(root);
    const content = '# API client\n\nRetry 429s — with backoff ✓\n\n```ts\nretry()\n```';
    const written = await store.write({
      prpId: 'PRP-3',
      kind: 'learnings',
      name: 'api-client',
      content,
      references: ['src/api.ts', 'ApiClient.get'],
    });
    expect(written).toMatchObject({ id: 'PRP-3-learnings-api-client', prpId: 'PRP-3', kind: 'learnings', name: 'api-client', content });
    const text = readFileSync(join(root, '.ce', 'memory', 'PRP-3-learnings-api-client.md'), 'utf8');
    expect(text).toMatch(/^---\nprp_id: PRP-3\nkind: learnings\nname: "api-client"\ncreated: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n/);
    expect(text.endsWith(`---\n\n${content}`)).toBe(true);
    const read = await store.read('PRP-3-learnings-api-client');
    expect(read).toEqual(written);
    expect(await store.read({ prpId: 'PRP-3', kind: 'learnings', name: 'api-client' })).toEqual(written);
    expect(await store.read('PRP-3-learnings-missing')).toBeUndefined();
  });

  it('lists by PRP and kind, keeps project knowledge in project/, and lists memories written by other tools as shared', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    writeTree(root, { '.ce/memory/suggested_commands.md': '# Commands\n\nnpm test\n' });
    const store = createMemoryStore(root);
    await store.write({ prpId: 'PRP-1', kind: 'temp', name: 'scratch', content: 'one' });
    await store.write({ prpId: 'PRP-1', kind: 'checkpoint', name: 'phase-1', content: 'two' });
    await store.write({ prpId: 'PRP-2', kind: 'temp', name: 'scratch', content: 'three' });
    await store.write({ prpId: 'PRP-2', kind: 'project', name: 'conventions', content: 'four' });
    expect(readdirSync(join(root, '.ce', 'memory', 'project'))).toEqual(['conventions.md']);
    expect((await store.list({ prpId: 'PRP-1' })).map((m) => m.id)).toEqual(['PRP-1-checkpoint-phase-1', 'PRP-1-temp-scratch']);
    expect((await store.list({ kind: 'temp' })).map((m) => m.id)).toEqual(['PRP-1-temp-scratch', 'PRP-2-temp-scratch']);
    expect((await store.list({ kind: 'project' }))[0]).toMatchObject({ id: 'project/conventions', prpId: 'PRP-2', content: 'four' });
    const shared = await store.read('suggested_commands');
    expect(shared).toMatchObject({ kind: 'shared', prpId: null, content: '# Commands\n\nnpm test\n' });
    expect(await store.delete('PRP-1-temp-scratch')).toBe(true);
    expect(await store.delete('PRP-1-temp-scratch')).toBe(false);
    expect((await store.list()).map((m) => m.id)).toEqual([
      'PRP-1-checkpoint-phase-1',
      'PRP-2-temp-scratch',
      'project/conventions',
      'suggested_commands',
    ]);
  });

  it('uses the folder set by memory.dir, so ce and Serena can share .serena/memories', async () => {
    const root = gitRepo({ '.ce/config.yml': 'version: 1\nmemory:\n  dir: .serena/memories\n' });
    writeTree(root, { '.serena/memories/architecture.md': 'Hexagonal.\n' });
    const { memory } = await writeMemory(root, { name: 'PRP-4-learnings-db', content: 'use transactions' });
    expect(readFileSync(join(root, '.serena', 'memories', 'PRP-4-learnings-db.md'), 'utf8')).toBe(serializeMemory(memory));
    expect((await listMemories(root)).memories.map((m) => m.id)).toEqual(['PRP-4-learnings-db', 'architecture']);
  });

  it('writes PRP kinds for the active PRP when no PRP is named, and refuses when none is active', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    await expect(writeMemory(root, { name: 'x', kind: 'temp', content: 'x' })).rejects.toMatchObject({
      code: 'no-active-prp',
      exitCode: 2,
    });
    await startPrp(root, 'PRP-8');
    const { memory } = await writeMemory(root, { name: 'x', kind: 'temp', content: 'x' });
    expect(memory.id).toBe('PRP-8-temp-x');
    expect((await readMemory(root, { name: 'PRP-8-temp-x' })).memory.content).toBe('x');
    await expect(readMemory(root, { name: 'PRP-8-temp-y' })).rejects.toMatchObject({ code: 'memory-not-found', exitCode: 2 });
  });

  it('reports a temp file left by a killed writer and removes it on the next write', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const dir = join(root, '.ce', 'memory');
    mkdirSync(dir, { recursive: true });
    // pid 2^22+1 is above Linux's pid_max default, so no such process runs.
    writeFileSync(join(dir, `.PRP-1-temp-x.md.${2 ** 22 + 1}.deadbeef.tmp`), 'half of a memo');
    const store = new FileMemoryStore(root, dir);
    await store.write({ prpId: 'PRP-1', kind: 'temp', name: 'x', content: 'whole' });
    expect(store.lastRepaired.join('\n')).toMatch(
      /removed .*\.PRP-1-temp-x\.md\.\d+\.deadbeef\.tmp, a temp file left by an interrupted write/,
    );
    expect(readdirSync(dir)).toEqual(['PRP-1-temp-x.md']);
  });
});

describe('MCP memory backend', () => {
  it('round-trips memories through a real MCP server process speaking write_memory/read_memory/list_memories/delete_memory', async () => {
    const root = gitRepo({ 'a.txt': 'a\n' });
    const serverDir = useTempDir('ce-serena-');
    const store = new McpMemoryStore({ command: process.execPath, args: [fixture, serverDir], cwd: root });
    try {
      const written = await store.write({
        prpId: 'PRP-5',
        kind: 'learnings',
        name: 'cache',
        content: 'invalidate on write\n',
        references: ['src/cache.ts'],
      });
      await store.write({ prpId: 'PRP-5', kind: 'temp', name: 'scratch', content: 'tmp' });
      await store.write({ prpId: 'PRP-6', kind: 'temp', name: 'scratch', content: 'other prp' });
      await store.write({ kind: 'project', prpId: 'PRP-5', name: 'style', content: 'tabs' });
      // The server holds the same on-disk form as the file backend.
      expect(readFileSync(join(serverDir, 'PRP-5-learnings-cache.md'), 'utf8')).toBe(serializeMemory(written));
      expect(readFileSync(join(serverDir, 'project', 'style.md'), 'utf8')).toContain('kind: project');
      expect(await store.read('PRP-5-learnings-cache')).toEqual(written);
      expect(await store.read('PRP-5-learnings-nothing')).toBeUndefined();
      expect((await store.list({ prpId: 'PRP-5' })).map((m) => m.id)).toEqual([
        'PRP-5-learnings-cache',
        'PRP-5-temp-scratch',
        'project/style',
      ]);
      expect((await store.list({ kind: 'temp' })).map((m) => m.content)).toEqual(['tmp', 'other prp']);
      expect(await store.delete('PRP-5-temp-scratch')).toBe(true);
      expect(await store.delete('PRP-5-temp-scratch')).toBe(false);
      // A file backend pointed at the same folder sees the same memories.
      const files = new FileMemoryStore(root, serverDir);
      expect(await files.read('PRP-5-learnings-cache')).toEqual(written);
    } finally {
      await store.close();
    }
  });

  it('is chosen by memory.backend: mcp and names a missing command', async () => {
    const root = gitRepo({ '.ce/config.yml': 'version: 1\nmemory:\n  backend: mcp\n' });
    expect(() => createMemoryStore(root)).toThrow(/memory\.mcp\.command is not set/);
    const serverDir = useTempDir('ce-serena-');
    const store = createMemoryStore(root, { mcp: { command: process.execPath, args: [fixture, serverDir] } });
    try {
      expect(store.backend).toBe('mcp');
      await store.write({ prpId: 'PRP-1', kind: 'temp', name: 'x', content: 'y' });
      expect(readdirSync(serverDir)).toEqual(['PRP-1-temp-x.md']);
    } finally {
      await store.close();
    }
  });
});
