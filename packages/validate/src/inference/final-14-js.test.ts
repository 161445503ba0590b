import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// Classes of mistake seen on held-out-final-14-js (checkers a project wrote for itself and runs by a
// `check-…` script, a toolkit CLI standing for the tools it wraps, a test file CI runs under Deno in a
// Node package).

/** A repository of these files whose CI is one job running the given steps (`[name, run]`). */
function repo(files: Record<string, string>, steps: [string, string][]): string {
  const dir = useTempDir('ce-final-14-js-');
  const lines = ['on: pull_request', 'jobs:', '  ci:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4'];
  for (const [name, run] of steps) lines.push(`      - name: ${name}`, `        run: ${run}`);
  writeTree(dir, { ...files, '.github/workflows/ci.yml': `${lines.join('\n')}\n` });
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);

describe("a `check-…` script running the project's own checker", () => {
  const project = (scripts: Record<string, string>, ...steps: [string, string][]): string =>
    repo({ 'package.json': JSON.stringify({ scripts: { test: 'vitest run', ...scripts } }), 'package-lock.json': '{}' }, [
      ['Test', 'npm test'],
      ...steps,
    ]);

  it('is a level-1 gate when CI runs it', () => {
    const dir = project(
      { 'check:command-jsdoc': 'tsx scripts/check-command-jsdoc.ts', 'check-no-focused-tests': 'node scripts/check-no-focused-tests.js' },
      ['Run command registry JSDoc check', 'npm run check:command-jsdoc'],
      ['Focused tests', 'npm run check-no-focused-tests'],
    );
    expect(commands(dir, '1')).toEqual(['npm run check:command-jsdoc', 'npm run check-no-focused-tests']);
  });

  it('leaves housekeeping checks and programs that are not the whole body alone', () => {
    const dir = project(
      { 'check:deps': 'node scripts/check-deps.js', 'check-things': 'node scripts/a.js && node scripts/b.js' },
      ['Deps', 'npm run check:deps'],
      ['Things', 'npm run check-things'],
    );
    expect(commands(dir, '1')).toEqual([]);
  });
});

describe('a toolkit CLI (kcd-scripts) read as the tools it runs', () => {
  const project = (): string =>
    repo(
      {
        'package.json': JSON.stringify({
          scripts: { format: 'kcd-scripts format', lint: 'kcd-scripts lint', test: 'kcd-scripts test', validate: 'kcd-scripts validate' },
        }),
      },
      [
        ['Verify format', 'npm run format -- --check --no-write'],
        ['Write format', 'npm run format'],
        ['Run validate script', 'npm run validate'],
      ],
    );

  it('makes a format script handed check flags a format check, and a bare one no gate', () => {
    expect(commands(project(), '1')).toEqual(['npm run format -- --check --no-write']);
  });

  it('makes `validate` (the build, lint, test and typecheck scripts) the test run', () => {
    expect(commands(project(), '2')).toEqual(['npm run validate']);
  });
});

describe('a test file CI runs under Deno in a Node package', () => {
  const project = (extra: Record<string, string>): string =>
    repo({ 'package.json': JSON.stringify({ scripts: { test: 'vitest run' } }), 'yarn.lock': '', ...extra }, [
      ['Test', 'yarn test'],
      ['Test (Deno)', 'deno run --allow-read --allow-env tests/deno/sqlite.test.ts'],
    ]);

  it('is a runtime suite, level 3', () => {
    const dir = project({ 'tests/deno/sqlite.test.ts': '' });
    expect(commands(dir, '2')).toEqual(['yarn test']);
    expect(commands(dir, '3')).toEqual(['deno run --allow-read --allow-env tests/deno/sqlite.test.ts']);
  });

  it('stays a unit run in a deno project', () => {
    const dir = project({ 'deno.json': '{}' });
    expect(commands(dir, '3')).toEqual([]);
  });
});
