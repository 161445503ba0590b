import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, readTree, runCe, writeTree } from '@ce/test-utils';

/** stdout holds exactly one JSON document (JSON.parse of all of it fails on anything more). */
function oneJson(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('ce (the CLI shell)', () => {
  it('prints its version', async () => {
    const run = await runCe(['--version']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^@ce\/cli\/\d+\.\d+\.\d+ /);
  });

  it('lists topics and commands in --help', async () => {
    const run = await runCe(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/TOPICS[\s\S]*plugins/);
    expect(run.stdout).toMatch(/COMMANDS[\s\S]*init[\s\S]*mcp/);
  });

  it('exits 2 with one line and no stack for an unknown command, with and without --json', async () => {
    const plain = await runCe(['frobnicate']);
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr).toBe('error: "frobnicate" is not a ce command\nhint: run ce --help to see the commands\n');
    const json = await runCe(['frobnicate', '--json']);
    expect(json.exitCode).toBe(2);
    expect(oneJson(json.stdout)).toMatchObject({ error: { code: 'unknown-command', exitCode: 2 } });
  });

  it.each([
    [['init', '--bogus'], /Nonexistent flag: --bogus/],
    [['mcp', '--bogus'], /Nonexistent flag: --bogus/],
    [['init', 'extra-arg'], /"init extra-arg" is not a ce command/],
    [['mcp', '--tools', 'nope'], /unknown MCP tool "nope"/],
  ])('exits 2 on bad input %j, one line, no stack', async (args, message) => {
    const dir = gitRepo();
    const run = await runCe(args, { cwd: dir });
    expect(run.exitCode).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (!args.includes('mcp')) {
      const json = await runCe([...args, '--json'], { cwd: dir });
      expect(json.exitCode).toBe(2);
      expect(oneJson(json.stdout)).toMatchObject({ error: { exitCode: 2, message: expect.stringMatching(message) } });
    }
  });

  it('exits 2 naming the file and key for a malformed config, with and without --json', async () => {
    const dir = writeTree(gitRepo(), { '.ce/config.yml': 'agents:\n  modle: x\n' });
    const plain = await runCe(['init'], { cwd: dir });
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr.split('\n')[0]).toBe('error: .ce/config.yml: agents.modle: unknown key');
    const json = await runCe(['init', '--json'], { cwd: dir });
    expect(json.exitCode).toBe(2);
    expect(oneJson(json.stdout)).toMatchObject({ error: { code: 'config-invalid', file: '.ce/config.yml' } });
    const yaml = writeTree(gitRepo(), { '.ce/config.yml': 'drift: [\n' });
    const bad = await runCe(['init'], { cwd: yaml });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.split('\n')[0]).toMatch(/^error: \.ce\/config\.yml: malformed YAML at line \d+/);
  });

  it('renders bad input to a plugin command (ce plugins …) like its own: exit 2, one line, one JSON document', async () => {
    const plain = await runCe(['plugins', 'install', '--bogus']);
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr).toBe('error: Nonexistent flag: --bogus\nhint: see --help for the arguments and flags\n');
    const json = await runCe(['plugins', 'uninstall', '--bogus', '--json']);
    expect(json.exitCode).toBe(2);
    expect(oneJson(json.stdout)).toMatchObject({ error: { code: 'usage', exitCode: 2 } });
  });

  it('exits 2 when --cwd is not a directory', async () => {
    const run = await runCe(['init', '--cwd', '/nonexistent/dir', '--json']);
    expect(run.exitCode).toBe(2);
    expect(oneJson(run.stdout)).toMatchObject({ error: { code: 'bad-cwd' } });
  });
});

describe('ce init', () => {
  it('sets a repository up, then a second run changes nothing and says so', async () => {
    const dir = gitRepo();
    const first = await runCe(['init', '--json'], { cwd: dir });
    expect(first.exitCode).toBe(0);
    const result = oneJson(first.stdout) as { files: { path: string; action: string }[]; unchanged: boolean };
    expect(result.unchanged).toBe(false);
    expect(result.files.map((f) => f.path)).toContain('.claude/commands/generate-prp.md');
    // ce's own state and run logs (each run writes one) are not part of the set-up.
    const ownFiles = (rel: string): boolean => rel.startsWith('.ce/state') || rel.startsWith('.ce/runs');
    const tree = readTree(dir, ownFiles);
    const second = await runCe(['init'], { cwd: dir });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('nothing changed');
    expect(readTree(dir, ownFiles)).toEqual(tree);
  });

  it('works on another directory through --cwd and keeps user changes unless --force', async () => {
    const dir = gitRepo();
    await runCe(['init', '--cwd', dir]);
    writeFileSync(join(dir, 'PRPs/templates/prp_kiss.md'), 'my template\n');
    const kept = await runCe(['init', '--cwd', dir]);
    expect(kept.stdout).toMatch(/kept\s+PRPs\/templates\/prp_kiss\.md/);
    expect(readFileSync(join(dir, 'PRPs/templates/prp_kiss.md'), 'utf8')).toBe('my template\n');
    await runCe(['init', '--cwd', dir, '--force']);
    expect(readFileSync(join(dir, 'PRPs/templates/prp_kiss.md'), 'utf8')).not.toBe('my template\n');
  });
});

describe('ce plugins', () => {
  it('links a local plugin package and runs its command', async () => {
    const home = gitRepo();
    const env = { CE_DATA_DIR: join(home, 'data'), CE_CONFIG_DIR: join(home, 'config'), CE_CACHE_DIR: join(home, 'cache') };
    const plugin = join(import.meta.dirname, 'fixtures', 'hello-plugin');
    const link = await runCe(['plugins', 'link', plugin, '--no-install'], { env });
    expect(link.exitCode).toBe(0);
    const hello = await runCe(['hello', 'ce', '--json'], { env });
    expect(hello.exitCode).toBe(0);
    expect(oneJson(hello.stdout)).toEqual({ greeting: 'hello ce' });
    const list = await runCe(['plugins'], { env });
    expect(list.stdout).toContain('ce-plugin-hello');
    const unlink = await runCe(['plugins', 'uninstall', 'ce-plugin-hello'], { env });
    expect(unlink.exitCode).toBe(0);
    expect((await runCe(['hello'], { env })).exitCode).toBe(2);
  });
});
