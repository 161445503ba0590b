import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

import { connectCeMcp, git, gitRepo, repoRoot, runCe, useTempDir } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(repoRoot, 'packages', 'validate', 'test', 'fixtures');

/** A fixture TypeScript project in its own git repository, with node_modules linking the monorepo's real eslint, prettier and tsc. */
function tsProject(name: string): string {
  const dir = useTempDir('ce-validate-cli-');
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  mkdirSync(join(modules, '@eslint'));
  const bins: Record<string, Record<string, string>> = {
    eslint: { eslint: 'bin/eslint.js' },
    '@eslint/js': {},
    'typescript-eslint': {},
    prettier: { prettier: 'bin/prettier.cjs' },
    typescript: { tsc: 'bin/tsc' },
  };
  for (const [pkg, links] of Object.entries(bins)) {
    symlinkSync(join(repoRoot, 'node_modules', pkg), join(modules, pkg), 'dir');
    for (const [bin, rel] of Object.entries(links)) symlinkSync(join(repoRoot, 'node_modules', pkg, rel), join(modules, '.bin', bin));
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'fixture');
  return dir;
}

describe('ce validate', () => {
  it('prints the plan as one JSON document with commands per sub-project (ce validate --plan --json)', async () => {
    const dir = gitRepo({
      'web/package.json': JSON.stringify({ name: 'web', scripts: { lint: 'eslint .', test: 'vitest run', 'test:e2e': 'playwright test' } }),
      'web/yarn.lock': '# yarn lockfile v1\n',
      'svc/go.mod': 'module svc\n\ngo 1.22\n',
    });
    const run = await runCe(['validate', '--plan', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    // Each command also says where it came from and whether it may run (see allow.test.ts).
    expect(JSON.parse(run.stdout)).toMatchObject({
      levels: {
        '1': [
          { name: 'go vet', command: 'go vet ./...', cwd: 'svc', evidence: { file: 'svc/go.mod', line: 1 } },
          { name: 'lint', command: 'yarn lint', cwd: 'web', evidence: { file: 'web/package.json', line: 1 } },
        ],
        '2': [
          { name: 'go test', command: 'go test ./...', cwd: 'svc', evidence: { file: 'svc/go.mod', line: 1 } },
          { name: 'test', command: 'yarn test', cwd: 'web', evidence: { file: 'web/package.json', line: 1 } },
        ],
        '3': [{ name: 'test:e2e', command: 'yarn test:e2e', cwd: 'web', evidence: { file: 'web/package.json', line: 1 } }],
      },
    });
    expect(run.stderr).toBe('');
  });

  it('reports a real type error as a failed level 1 with the parsed diagnostic and exit 1 (ce validate --level 1)', async () => {
    const dir = tsProject('ts-type-error');
    const run = await runCe(['validate', '--level', '1', '--json'], { cwd: dir, timeoutMs: 120_000 });
    expect(run.exitCode).toBe(1);
    const doc = JSON.parse(run.stdout) as { passed: boolean; levels: { '1': { passed: boolean; diagnostics: unknown[] } } };
    expect(doc.passed).toBe(false);
    expect(doc.levels['1'].passed).toBe(false);
    expect(doc.levels['1'].diagnostics).toContainEqual({
      file: 'src/index.ts',
      line: 5,
      column: 38,
      rule: 'TS2345',
      message: expect.stringContaining("'string' is not assignable"),
      severity: 'error',
      tool: 'tsc',
    });
    const human = await runCe(['validate', '--level', '1'], { cwd: dir, timeoutMs: 120_000 });
    expect(human.exitCode).toBe(1);
    expect(human.stdout).toContain('Level 1: FAILED');
    expect(human.stdout).toMatch(/src\/index\.ts:5:38 {2}error .*\[tsc TS2345\]/);
  });

  // Real eslint, prettier and tsc: the test's own limit matches the command's, as the machine may be loaded.
  it(
    'self-heals level 1 and then the project’s own lint scripts pass (ce validate --level 1 --fix --json)',
    { timeout: 180_000 },
    async () => {
      const dir = tsProject('ts-lint');
      const run = await runCe(['validate', '--level', '1', '--fix', '--json'], { cwd: dir, timeoutMs: 180_000 });
      expect(run.exitCode).toBe(0);
      const result = JSON.parse(run.stdout) as { passed: boolean; levels: Record<string, Record<string, unknown>> };
      expect(result.passed).toBe(true);
      expect(Object.keys(result.levels)).toEqual(['1']);
      const doc = result.levels['1'] as Record<string, unknown>;
      expect(doc).toMatchObject({ level: 1, passed: true, remaining: [] });
      expect(doc['attempts']).toBeGreaterThanOrEqual(2);
      expect(Array.isArray(doc['fixed'])).toBe(true);
      expect(run.stderr).toBe('');
      for (const script of ['lint', 'format:check', 'typecheck']) {
        const { execFileSync } = await import('node:child_process');
        expect(() => execFileSync('npm', ['run', script], { cwd: dir, stdio: 'pipe' })).not.toThrow();
      }
    },
  );

  it('writes confidence and per-level results into the PRP header (ce validate --level 1 --prp FILE)', async () => {
    const dir = gitRepo({
      'PRPs/PRP-2-x.md':
        '---\nprp_id: PRP-2\nname: x\n---\n\n## Validation Loop\n\n### Level 1\n\n```bash\nnode -e "process.exit(0)"\n```\n',
    });
    expect((await runCe(['prp', 'allow', 'PRPs/PRP-2-x.md'], { cwd: dir })).exitCode).toBe(0);
    const run = await runCe(['validate', '--level', '1', '--prp', 'PRPs/PRP-2-x.md', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ passed: true, confidence: { confidence: '3/10' } });
    const text = readFileSync(join(dir, 'PRPs/PRP-2-x.md'), 'utf8');
    expect(text).toMatch(/^confidence: 3\/10$/m);
    expect(text).toMatch(/validation:\n\s+"?1"?:\n\s+passed: true/);
  });

  it('runs levels 1–3 by default, exits 1 when one fails, and skips level 4 with nothing to compare (ce validate)', async () => {
    const dir = gitRepo({
      '.ce/config.yml':
        'version: 1\nvalidation:\n  commands:\n    "1":\n      - command: node -e "0"\n    "2":\n      - command: node -e "process.exit(4)"\n',
    });
    const run = await runCe(['validate', '--json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const doc = JSON.parse(run.stdout) as {
      passed: boolean;
      levels: Record<string, { passed?: boolean; skipped?: boolean; empty?: boolean }>;
    };
    expect(doc.passed).toBe(false);
    expect(doc.levels['1']).toMatchObject({ passed: true });
    expect(doc.levels['2']).toMatchObject({ passed: false });
    expect(doc.levels['3']).toMatchObject({ passed: true, empty: true });
    expect(doc.levels['4']).toMatchObject({ skipped: true });
    const human = await runCe(['validate'], { cwd: dir });
    expect(human.exitCode).toBe(1);
    expect(human.stdout).toMatch(/Level 1: passed[\s\S]*Level 2: FAILED[\s\S]*exit 4[\s\S]*Level 3: nothing to run[\s\S]*Level 4: skipped/);
  });

  it('exits 2 with one JSON error for bad input (unknown level, --fix on level 2, missing PRP)', async () => {
    const dir = gitRepo({ 'a.txt': 'a\n' });
    for (const args of [
      ['--level', '9'],
      ['--level', '2', '--fix'],
      ['--prp', 'PRPs/missing.md'],
    ]) {
      const run = await runCe(['validate', ...args, '--json'], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expect(JSON.parse(run.stdout)).toHaveProperty('error.message');
      expect(run.stderr.trim().split('\n')[0]).toMatch(/^error: /);
    }
  });
});

describe('validate MCP tools over real stdio', () => {
  it('offers validate_plan in the core set and runs validate (all tools) through the same functions', async () => {
    const dir = gitRepo({
      '.ce/config.yml': 'version: 1\nvalidation:\n  commands:\n    "2":\n      - command: node -e "process.exit(3)"\n',
    });
    const connect = (extra: string[]) => connectCeMcp(dir, extra);
    const core = await connect([]);
    const names = (await core.listTools()).tools.map((t) => t.name);
    expect(names).toContain('validate_plan');
    expect(names).not.toContain('validate');
    const plan = await core.callTool({ name: 'validate_plan', arguments: {} });
    expect(plan.structuredContent).toMatchObject({
      levels: {
        '1': [],
        '2': [{ name: 'node', command: 'node -e "process.exit(3)"', cwd: '.', source: 'config', allowed: true }],
        '3': [],
      },
      unallowed: [],
    });
    const all = await connect(['--tools', 'all']);
    const run = await all.callTool({ name: 'validate', arguments: { level: '2' } });
    expect(run.structuredContent).toMatchObject({
      passed: false,
      exitCode: 1,
      levels: { '2': { passed: false, commands: [{ exitCode: 3 }] } },
    });
  });
});
