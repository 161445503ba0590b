import { chmodSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cleanTestEnv } from '@ce/build-config/test-env';
import { ceBinPath, connectCeMcp, gitRepo, readTree, runCe, useTempDir, writeTree } from '@ce/test-utils';
import Init from '../src/commands/init.js';
import AgentsSetup from '../src/commands/agents/setup.js';

/** The argv of a static example (`<%= config.bin %> init --agent x "a b"` → ['init', '--agent', 'x', 'a b']). */
function argvOf(example: string): string[] {
  const words = example.replace('<%= config.bin %> ', '').match(/"[^"]*"|\S+/g) ?? [];
  return words.map((word) => word.replace(/^"(.*)"$/, '$1'));
}

/** A PATH whose `ce` is a shim for the built CLI, as `npm i -g @ce/cli` would leave it. */
function pathWithCeShim(): string {
  const bin = useTempDir('ce-shim-');
  writeTree(bin, { ce: `#!/bin/sh\nexec "${process.execPath}" "${ceBinPath}" "$@"\n` });
  chmodSync(join(bin, 'ce'), 0o755);
  return [bin, join(process.execPath, '..'), '/usr/bin', '/bin'].join(delimiter);
}

/** Every MCP entry `ce init --agent all` writes, read back from the file each agent reads. */
function mcpEntries(root: string): [string, { command: string; args: string[] }][] {
  const json = (path: string, key: string) =>
    (JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, Record<string, never>>)[key]!['ce']!;
  const toml = parseToml(readFileSync(join(root, '.codex/config.toml'), 'utf8')) as { mcp_servers: { ce: never } };
  return [
    ['.mcp.json', json('.mcp.json', 'mcpServers')],
    ['.cursor/mcp.json', json('.cursor/mcp.json', 'mcpServers')],
    ['.gemini/settings.json', json('.gemini/settings.json', 'mcpServers')],
    ['.vscode/mcp.json', json('.vscode/mcp.json', 'servers')],
    ['.codex/config.toml', toml.mcp_servers.ce],
  ];
}

describe('ce init --agent and ce agents setup', () => {
  it('writes an MCP entry for every agent whose exact command and arguments complete an MCP handshake', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const env = cleanTestEnv(process.env, { PATH: pathWithCeShim() });
    const init = await runCe(['init', '--agent', 'all', '--json'], { cwd: root, env });
    expect(init.exitCode, init.stderr).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ agents: ['claude-code', 'cursor', 'codex', 'gemini', 'copilot'] });
    const entries = mcpEntries(root);
    expect(entries).toHaveLength(5);
    for (const [file, entry] of entries) {
      const client = new Client({ name: 'agent-stand-in', version: '1.0.0' });
      await client.connect(new StdioClientTransport({ command: entry.command, args: entry.args, cwd: root, env, stderr: 'pipe' }));
      onTestFinished(() => client.close());
      const { tools } = await client.listTools();
      expect(
        tools.map((t) => t.name),
        file,
      ).toEqual(expect.arrayContaining(['init', 'status']));
      expect(client.getServerVersion()?.name, file).toBeTruthy();
    }
  }, 120_000);

  it('agents setup --check reports every configured agent current and its server answering', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const env = cleanTestEnv(process.env, { PATH: pathWithCeShim() });
    expect((await runCe(['init', '--agent', 'claude-code', '--agent', 'gemini'], { cwd: root, env })).exitCode).toBe(0);
    const check = await runCe(['agents', 'setup', '--check', '--json'], { cwd: root, env });
    expect(check.exitCode, check.stderr).toBe(0);
    const result = JSON.parse(check.stdout) as {
      ok: boolean;
      agents: { agent: string; files: { status: string }[]; mcp: { handshake: { ok: boolean; tools: number } } }[];
    };
    expect(result.agents.map((a) => a.agent)).toEqual(['claude-code', 'gemini']);
    for (const agent of result.agents) {
      expect(agent.files.every((f) => f.status === 'current')).toBe(true);
      expect(agent.mcp.handshake).toMatchObject({ ok: true, tools: expect.any(Number) });
    }
  }, 120_000);

  it('agents setup --check exits 1 naming the failure when the MCP command does not start', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const env = cleanTestEnv(process.env, { PATH: pathWithCeShim() });
    expect(
      (await runCe(['agents', 'setup', '--agent', 'cursor', '--mcp-command', 'ce-not-installed mcp'], { cwd: root, env })).exitCode,
    ).toBe(0);
    const check = await runCe(['agents', 'setup', '--check', '--timeout', '5'], { cwd: root, env });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain('FAIL cursor');
    expect(check.stdout).toMatch(/ce-not-installed mcp failed: .*ENOENT/);
  }, 60_000);

  it('exits 2 naming the file when an existing MCP configuration does not parse, and changes nothing', async () => {
    const root = gitRepo({ '.vscode/mcp.json': '{ "servers": { "db": { "command": "db-mcp" } }\n' });
    const before = readTree(root);
    const run = await runCe(['init', '--agent', 'all', '--json'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { file: '.vscode/mcp.json', exitCode: 2 } });
    expect(run.stderr).toMatch(/^error: \.vscode\/mcp\.json:2: not valid JSON/);
    expect(readTree(root)).toEqual(before);
  });

  it('the MCP init tool takes the same agents option as the command', async () => {
    const root = gitRepo({ 'README.md': '# app\n' });
    const client = await connectCeMcp(root);
    const result = await client.callTool({ name: 'init', arguments: { agents: ['copilot'] } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ agents: ['copilot'], mcp: { command: 'ce', args: ['mcp'] } });
    const bad = await client.callTool({ name: 'init', arguments: { agents: ['emacs'] } });
    expect(bad.isError).toBe(true);
  });
});

describe('the static examples of init and agents setup', () => {
  it('run as documented', async () => {
    const env = cleanTestEnv(process.env, { PATH: pathWithCeShim() });
    const [plain, ...others] = (Init.examples as string[]).map(argvOf);
    const root = gitRepo({ 'README.md': '# app\n' });
    expect((await runCe(plain!, { cwd: root, env })).exitCode).toBe(0);
    for (const argv of (AgentsSetup.examples as string[]).map(argvOf)) {
      const run = await runCe(argv, { cwd: root, env });
      expect(run.exitCode, `${argv.join(' ')}\n${run.stdout}${run.stderr}`).toBe(0);
    }
    for (const argv of others) {
      const run = await runCe(argv, { cwd: gitRepo({ 'README.md': '# app\n' }), env });
      expect(run.exitCode, `${argv.join(' ')}\n${run.stderr}`).toBe(0);
    }
  }, 180_000);
});
