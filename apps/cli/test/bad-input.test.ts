import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic, type TestContext } from 'vitest';
import { git, runCe, writeTree } from '@ce/test-utils';

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
const cases = (list: ManifestCommand[]) => list.map((c) => [c.id.replace(/:/g, ' '), c] as const);

function expectOneErrorLine(expect: ExpectStatic, stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines.length).toBeLessThanOrEqual(2); // the error and its hint
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

// Each case runs in its own copy of one git repository made once, instead of `git init` and three
// `git config` per case: a case is two short `ce` processes, and the copy costs less than the git ones.
// The copy is removed when its test finishes, the templates after the file.
let templates = '';
const template = { plain: '', badConfig: '' };
beforeAll(() => {
  templates = mkdtempSync(join(tmpdir(), 'ce-bad-input-'));
  template.plain = join(templates, 'plain');
  git(templates, 'init', '-q', '-b', 'main', 'plain');
  git(template.plain, 'config', 'user.name', 'ce test');
  git(template.plain, 'config', 'user.email', 'test@ce.local');
  git(template.plain, 'config', 'commit.gpgsign', 'false');
  template.badConfig = join(templates, 'bad-config');
  cpSync(template.plain, template.badConfig, { recursive: true });
  writeTree(template.badConfig, { '.ce/config.yml': 'drift:\n  escalateAt: high\n' });
});
afterAll(() => rmSync(templates, { recursive: true, force: true }));

function copyOf(source: string, context: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'ce-repo-'));
  context.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(source, dir, { recursive: true });
  return dir;
}

describe('bad input to every command exits 2 with one line and no stack', () => {
  it('covers every command in the manifest', () => {
    expect(commands.length).toBeGreaterThan(25);
  });

  it.for(cases(commands))('%s: an unknown flag', async ([, command], context) => {
    const { expect } = context;
    const dir = copyOf(template.plain, context);
    const plain = await runCe([...argv(command.id), '--no-such-flag'], { cwd: dir });
    expect(plain.exitCode).toBe(2);
    expectOneErrorLine(expect, plain.stderr, /no-such-flag/);
    if (command.enableJsonFlag !== false) {
      const json = await runCe([...argv(command.id), '--no-such-flag', '--json'], { cwd: dir });
      expect(json.exitCode).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { exitCode: 2, message: expect.stringMatching(/no-such-flag/) } });
    }
  });

  const withRequiredArgs = commands.filter((c) => Object.values(c.args).some((a) => a.required));
  it.for(cases(withRequiredArgs))('%s: a missing argument', async ([, command], context) => {
    const { expect } = context;
    const dir = copyOf(template.plain, context);
    const plain = await runCe(argv(command.id), { cwd: dir });
    expect(plain.exitCode).toBe(2);
    // The line names the argument (oclif's own message leaves the name to a second line).
    const firstRequired = Object.entries(command.args).find(([, a]) => a.required)?.[0] ?? '';
    expectOneErrorLine(expect, plain.stderr, new RegExp(`^error: missing required arguments? <${firstRequired}>`));
    const json = await runCe([...argv(command.id), '--json'], { cwd: dir });
    expect(json.exitCode).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { exitCode: 2 } });
  });
});

describe('a malformed .ce/config.yml stops every command with exit 2 naming the file and the key', () => {
  const reading = commands.filter((c) => c.id !== 'mcp');
  it.for(cases(reading))('%s', async ([, command], context) => {
    const { expect } = context;
    const dir = copyOf(template.badConfig, context);
    const required = Object.values(command.args)
      .filter((a) => a.required)
      .map(() => 'x');
    const plain = await runCe([...argv(command.id), ...required], { cwd: dir });
    expect(plain.exitCode).toBe(2);
    expectOneErrorLine(expect, plain.stderr, /\.ce\/config\.yml: drift\.escalateAt: must be number/);
    if (command.enableJsonFlag !== false) {
      const json = await runCe([...argv(command.id), ...required, '--json'], { cwd: dir });
      expect(json.exitCode).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'config-invalid', file: '.ce/config.yml' } });
    }
  });
});
