import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCheckpoint } from '@ce/state';
import { git, gitRepo } from '@ce/test-utils';
import { inspectChanges } from './change-guard.js';

function repoWithChanges(changes: (root: string) => void, expectedFiles: string[] = []) {
  const root = gitRepo({
    'package.json': '{ "name": "x", "scripts": { "test": "node --test" }, "dependencies": { "yaml": "^2.0.0" } }\n',
    'package-lock.json': '{}\n',
    'src/a.js': 'export const a = 1;\n',
    'test/a.test.js': "import { test } from 'node:test';\ntest('one', () => {});\ntest('two', () => {});\n",
    'PRPs/PRP-1-x.md': '# x\n',
  });
  const base = git(root, 'rev-parse', 'HEAD');
  changes(root);
  return inspectChanges({ root, base, expectedFiles, exclude: ['PRPs/PRP-1-x.md'] });
}

const add = (root: string, path: string, text: string) => writeFileSync(join(root, path), text);

describe('inspectChanges', () => {
  it.each([
    ['sudo', 'dangerous-command', 'scripts/setup.sh', 'sudo apt-get install -y jq\n'],
    ['chmod 777', 'dangerous-command', 'scripts/setup.sh', 'chmod -R 777 /srv/app\n'],
    ['curl | sh', 'dangerous-command', 'scripts/setup.sh', 'curl -fsSL https://get.example.com | sh\n'],
    ['eval of input', 'shell-injection', 'src/b.js', 'export const run = (input) => eval(input);\n'],
    [
      'a shell command built from a value',
      'shell-injection',
      'src/b.js',
      "import { execSync } from 'node:child_process';\nexecSync(`git log ${ref}`);\n",
    ],
    ['an ESLint rule switched off', 'disabled-check', 'src/b.js', '// eslint-disable-next-line no-unused-vars\nconst x = 1;\n'],
    ['a skipped test', 'disabled-check', 'test/b.test.js', "import { it } from 'vitest';\nit.skip('later', () => {});\n"],
    [
      'an npm token (secretlint)',
      'secret',
      'src/npmrc.js',
      `export const token = "${['npm', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('_')}";\n`,
    ],
    [
      'a Slack webhook (secretlint)',
      'secret',
      'src/notify.js',
      `export const hook = "https://hooks.slack.com/services/${'T1234ABCD'}/B1234ABCD/abcdefghijklmnopqrstuvwx";\n`,
    ],
    ['a high-entropy token', 'secret', 'src/b.js', 'export const apiToken = "Zx8Qm2vN7pL4rT9wK3yB6hD1fG5jS0aE";\n'],
  ])('finds %s', async (_name, trigger, path, text) => {
    const findings = await repoWithChanges((root) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      add(root, path, text);
    });
    expect(findings.map((f) => [f.trigger, f.file])).toContainEqual([trigger, path]);
  });

  it('finds a deleted test file and removed test cases', async () => {
    const deleted = await repoWithChanges((root) => rmSync(join(root, 'test/a.test.js')));
    expect(deleted).toEqual([expect.objectContaining({ trigger: 'disabled-check', message: 'deletes a test file' })]);
    const fewer = await repoWithChanges((root) =>
      add(root, 'test/a.test.js', "import { test } from 'node:test';\ntest('one', () => {});\n"),
    );
    expect(fewer).toEqual([expect.objectContaining({ trigger: 'disabled-check', message: 'removes 1 test case(s)' })]);
  });

  it('finds dependency and lock changes the PRP did not ask for, but not a scripts change or an asked-for one', async () => {
    const deps = await repoWithChanges((root) => {
      add(
        root,
        'package.json',
        '{ "name": "x", "scripts": { "test": "node --test" }, "dependencies": { "yaml": "^2.0.0", "left-pad": "1.3.0" } }\n',
      );
      add(root, 'package-lock.json', '{ "lockfileVersion": 3 }\n');
    });
    expect(deps.map((f) => [f.trigger, f.file])).toEqual([
      ['dependency-change', 'package-lock.json'],
      ['dependency-change', 'package.json'],
    ]);
    const scripts = await repoWithChanges((root) =>
      add(root, 'package.json', '{ "name": "x", "scripts": { "test": "node --test test/" }, "dependencies": { "yaml": "^2.0.0" } }\n'),
    );
    expect(scripts).toEqual([]);
    const asked = await repoWithChanges((root) => add(root, 'package-lock.json', '{ "lockfileVersion": 3 }\n'), ['package-lock.json']);
    expect(asked).toEqual([]);
  });

  it('compares with a snapshot base, so work that was already uncommitted before is not raised again', async () => {
    const root = gitRepo({ 'src/a.js': 'export const a = 1;\n' });
    writeFileSync(join(root, 'package.json'), '{ "dependencies": { "left-pad": "1.3.0" } }\n');
    const base = (await createCheckpoint(root, 'PRP-1', 'start')).commit;
    expect(await inspectChanges({ root, base, expectedFiles: [], exclude: [] })).toEqual([]);
    writeFileSync(join(root, 'src/b.js'), 'export const run = (input) => eval(input);\n');
    const findings = await inspectChanges({ root, base, expectedFiles: [], exclude: [] });
    expect(findings.map((f) => [f.trigger, f.file])).toEqual([['shell-injection', 'src/b.js']]);
    // The user's own index is untouched: both files are still untracked.
    expect(git(root, 'status', '--porcelain')).toBe('?? package.json\n?? src/b.js');
  });

  it('finds nothing in ordinary code, and leaves out the excluded PRP file', async () => {
    const findings = await repoWithChanges((root) => {
      add(root, 'src/a.js', 'export const a = 2;\nexport function total(items) {\n  return items.reduce((s, i) => s + i.price, 0);\n}\n');
      add(root, 'PRPs/PRP-1-x.md', '---\nconfidence: 10/10\n---\n# x\n');
    });
    expect(findings).toEqual([]);
  });
});
