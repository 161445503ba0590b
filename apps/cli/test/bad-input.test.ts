import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, runCe, writeTree } from '@ce/test-utils';

interface ManifestCommand {
  id: string;
  args: Record<string, { required?: boolean }>;
  enableJsonFlag?: boolean;
}

// Every command of ce itself, read from the manifest generated at build time.
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'oclif.manifest.json'), 'utf8')) as {
  commands: Record<string, ManifestCommand>;
};
const commands = Object.values(manifest.commands);
const argv = (id: string) => id.split(':');

function expectOneErrorLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines.length).toBeLessThanOrEqual(2); // the error and its hint
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('bad input to every command exits 2 with one line and no stack', () => {
  it('covers every command in the manifest', () => {
    expect(commands.length).toBeGreaterThan(25);
  });

  it.each(commands.map((c) => [c.id.replace(/:/g, ' '), c] as const))('%s: an unknown flag', async (_name, command) => {
    const dir = gitRepo();
    const plain = await runCe([...argv(command.id), '--no-such-flag'], { cwd: dir });
    expect(plain.exitCode).toBe(2);
    expectOneErrorLine(plain.stderr, /no-such-flag/);
    if (command.enableJsonFlag !== false) {
      const json = await runCe([...argv(command.id), '--no-such-flag', '--json'], { cwd: dir });
      expect(json.exitCode).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { exitCode: 2, message: expect.stringMatching(/no-such-flag/) } });
    }
  });

  const withRequiredArgs = commands.filter((c) => Object.values(c.args).some((a) => a.required));
  it.each(withRequiredArgs.map((c) => [c.id.replace(/:/g, ' '), c] as const))('%s: a missing argument', async (_name, command) => {
    const dir = gitRepo();
    const plain = await runCe(argv(command.id), { cwd: dir });
    expect(plain.exitCode).toBe(2);
    // The line names the argument (oclif's own message leaves the name to a second line).
    const firstRequired = Object.entries(command.args).find(([, a]) => a.required)?.[0] ?? '';
    expectOneErrorLine(plain.stderr, new RegExp(`^error: missing required arguments? <${firstRequired}>`));
    const json = await runCe([...argv(command.id), '--json'], { cwd: dir });
    expect(json.exitCode).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { exitCode: 2 } });
  });
});

describe('a malformed .ce/config.yml stops every command with exit 2 naming the file and the key', () => {
  const reading = commands.filter((c) => c.id !== 'mcp');
  it.each(reading.map((c) => [c.id.replace(/:/g, ' '), c] as const))('%s', async (_name, command) => {
    const dir = writeTree(gitRepo(), { '.ce/config.yml': 'drift:\n  escalateAt: high\n' });
    const required = Object.values(command.args)
      .filter((a) => a.required)
      .map(() => 'x');
    const plain = await runCe([...argv(command.id), ...required], { cwd: dir });
    expect(plain.exitCode).toBe(2);
    expectOneErrorLine(plain.stderr, /\.ce\/config\.yml: drift\.escalateAt: must be number/);
    if (command.enableJsonFlag !== false) {
      const json = await runCe([...argv(command.id), ...required, '--json'], { cwd: dir });
      expect(json.exitCode).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'config-invalid', file: '.ce/config.yml' } });
    }
  });
});
