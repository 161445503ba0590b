import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { calledScripts } from './called-scripts.js';
import { inferPlan } from './infer.js';

// Classes of mistake seen on held-out-final-10-js (a deno project whose CI runs one composite task, an npm
// package whose `lint` is npm-run-all over `lint:*`).

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-final-10-js-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const workflow = (run: string): string =>
  `on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;

describe('a composite script whose name says no level, run by CI', () => {
  const deno = (ok: string): Record<string, string> => ({
    'deno.json': JSON.stringify({
      tasks: { test: 'deno test --allow-env --coverage', ok },
    }),
    '.github/workflows/ci.yml': workflow('deno task ok'),
  });

  it('is each of its commands at its own level when they differ', () => {
    const dir = repo(deno('deno fmt --check && deno lint && deno task test'));
    expect(commands(dir, '1')).toEqual(expect.arrayContaining(['deno fmt --check', 'deno lint']));
    expect(commands(dir, '1')).not.toContain('deno task ok');
    expect(commands(dir, '2')).toEqual(['deno task test']);
  });

  it('keeps its name when every command is of one level, or the chain is more than a chain', () => {
    expect(commands(repo(deno('deno fmt --check && deno lint')), '1')).toEqual(['deno task ok']);
    expect(commands(repo(deno('deno fmt --check || deno task test')), '2')).not.toContain('deno task test');
  });

  it('keeps its name when a link changes folder (the parts would run elsewhere)', () => {
    const dir = repo({
      'package.json': JSON.stringify({ scripts: { lint: 'eslint .', test: 'vitest run', ci: 'cd web && npm run lint && npm test' } }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow('npm run ci'),
    });
    expect(commands(dir, '1')).not.toContain('npm run lint');
  });

  it('keeps its name when the task runs dependencies first (a deno task object)', () => {
    const dir = repo({
      'deno.json': JSON.stringify({
        tasks: { test: 'deno test', lint: 'deno lint', ok: { command: 'deno fmt --check && deno task test', dependencies: ['lint'] } },
      }),
      '.github/workflows/ci.yml': workflow('deno task ok'),
    });
    expect(commands(dir, '2')).not.toContain('deno task test');
  });

  it('leaves a script named for a level whole (a composite `test` is the test run)', () => {
    const dir = repo({
      'package.json': JSON.stringify({ scripts: { lint: 'eslint src', testonly: 'vitest run', test: 'npm run lint && npm run testonly' } }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow('npm test'),
    });
    expect(commands(dir, '2')).toEqual(['npm test']);
  });
});

describe('an umbrella check script covers the tools of the scripts it runs', () => {
  it('reads npm-run-all patterns and named script calls', () => {
    const scripts = {
      lint: 'patch-package && run-p --continue-on-error lint:*',
      'lint:formatting': 'prettier . --check',
      'lint:types': 'tsc',
      'lint:types:watch': 'tsc -w',
      check: 'npm run lint && yarn typecheck',
      typecheck: 'vue-tsc --noEmit',
    };
    expect(calledScripts(scripts.lint, scripts)).toEqual(['lint:formatting', 'lint:types']);
    expect(calledScripts('npm-run-all -s "lint:**"', scripts)).toEqual(['lint:formatting', 'lint:types', 'lint:types:watch']);
    expect(calledScripts(scripts.check, scripts)).toEqual(['lint', 'typecheck', 'lint:formatting', 'lint:types']);
  });

  it('adds no raw prettier or tsc run beside a `lint` that already runs them (no CI: the manifest stands)', () => {
    const dir = repo({
      'package.json': JSON.stringify({
        scripts: {
          lint: 'run-p --continue-on-error lint:*',
          'lint:formatting': 'prettier . --check --cache',
          'lint:js': 'eslint . --cache',
          'lint:types': 'tsc',
          test: 'jest',
        },
        devDependencies: { prettier: '3', typescript: '5', eslint: '9', jest: '30', 'npm-run-all': '4' },
      }),
      'package-lock.json': '',
      '.prettierrc': '{}',
      'tsconfig.json': '{}',
      'eslint.config.mjs': '',
    });
    expect(commands(dir, '1')).toEqual(['npm run lint']);
  });
});
