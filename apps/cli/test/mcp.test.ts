import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, connectCeMcp, runCe, writeTree } from '@ce/test-utils';

const connect = (cwd: string, extra: string[] = []) => connectCeMcp(cwd, extra);

describe('ce mcp over real stdio', () => {
  it('holds the workflow in the default set, its definitions within 3,000 tokens (4 characters a token)', async () => {
    const client = await connect(gitRepo());
    const answer = await client.listTools();
    const names = answer.tools.map((t) => t.name);
    const workflow = ['init', 'status', 'generate_prp', 'prp_check', 'validate_plan', 'execute_prp', 'drift_summary', 'metrics'];
    expect(names).toEqual(expect.arrayContaining(workflow));
    expect(names).not.toContain('memory_write');
    // Measured over the JSON of the tools/list answer, as the client receives it.
    const tokens = Math.ceil(JSON.stringify(answer).length / 4);
    console.log(`ce mcp default tool set: ${names.length} tools, ${tokens} tokens of definitions (budget 3,000)`);
    expect(tokens).toBeLessThanOrEqual(3000);
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
    expect(result.structuredContent).toMatchObject({ error: { code: 'config-invalid', exitCode: 2 } });
  });

  it('refuses a path outside the repository as a tool error naming the argument, with the error document', async () => {
    const client = await connect(gitRepo());
    const result = await client.callTool({ name: 'prp_check', arguments: { file: '../outside/PRP-1.md' } });
    expect(result.isError).toBe(true);
    expect(result.content).toEqual([
      {
        type: 'text',
        text: expect.stringMatching(/^error: argument "file" "\.\.\/outside\/PRP-1\.md" is outside the repository .*\nhint: /),
      },
    ]);
    expect(result.structuredContent).toEqual({
      error: {
        code: 'path-outside-repo',
        message: expect.stringContaining('is outside the repository'),
        hint: expect.any(String),
        exitCode: 2,
      },
    });
  });

  it('answers a missing PRP with the CLI’s own line and the document ce execute --json prints', async () => {
    const dir = gitRepo({ 'README.md': 'x\n' });
    const client = await connect(dir);
    const result = await client.callTool({ name: 'execute_prp', arguments: { prp: 'PRPs/nope.md' } });
    const cli = await runCe(['execute', 'PRPs/nope.md', '--json'], { cwd: dir });
    const human = await runCe(['execute', 'PRPs/nope.md'], { cwd: dir });
    expect(cli.exitCode).toBe(2);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toEqual(JSON.parse(cli.stdout));
    expect(result.structuredContent).toMatchObject({
      error: { code: 'prp-not-found', message: 'PRPs/nope.md: PRP file not found', exitCode: 2 },
    });
    expect((result.content as { text: string }[])[0]?.text).toBe(human.stderr.trim());
  });

  it('exposes every tool with --tools all', async () => {
    const client = await connect(gitRepo(), ['--tools', 'all']);
    const core = await connect(gitRepo());
    expect((await client.listTools()).tools.length).toBeGreaterThanOrEqual((await core.listTools()).tools.length);
  });
});
