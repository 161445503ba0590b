import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, connectCeMcp, writeTree } from '@ce/test-utils';

const connect = (cwd: string, extra: string[] = []) => connectCeMcp(cwd, extra);

describe('ce mcp over real stdio', () => {
  it('lists a small core set of tools whose definitions stay well under 3,000 tokens', async () => {
    const client = await connect(gitRepo());
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['init', 'status']));
    expect(tools.length).toBeLessThanOrEqual(10);
    // ~4 characters per token is the usual estimate for JSON tool definitions.
    expect(JSON.stringify(tools).length / 4).toBeLessThan(3000);
  });

  it('runs init through the same library function as the command', async () => {
    const dir = gitRepo();
    const client = await connect(dir);
    const result = await client.callTool({ name: 'init', arguments: {} });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ unchanged: false });
    expect(existsSync(join(dir, '.ce', 'config.yml'))).toBe(true);
    const again = await client.callTool({ name: 'init', arguments: {} });
    expect(again.structuredContent).toMatchObject({ unchanged: true });
    const status = await client.callTool({ name: 'status', arguments: {} });
    expect(status.structuredContent).toMatchObject({ root: dir, config: { drift: { escalateAt: 30 } } });
  });

  it('reports bad input as a tool error with the message, not a crash', async () => {
    const dir = gitRepo();
    writeTree(dir, { '.ce/config.yml': 'agents:\n  modle: x\n' });
    const client = await connect(dir);
    const result = await client.callTool({ name: 'status', arguments: {} });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('agents.modle: unknown key');
  });

  it('exposes every tool with --tools all', async () => {
    const client = await connect(gitRepo(), ['--tools', 'all']);
    const core = await connect(gitRepo());
    expect((await client.listTools()).tools.length).toBeGreaterThanOrEqual((await core.listTools()).tools.length);
  });
});
