import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { levelOfScriptName } from './detector.js';
import { scriptInvocation } from './invocation.js';
import { splitMonorepoTasks } from './monorepo-tasks.js';
import { recursiveScript } from './workspace-members.js';

// Classes of mistake found on JavaScript repositories never seen before (held-out-5-js / held-out-6-js).

const workflow = (...jobs: string[]): string => workflowOn('[pull_request]', ...jobs);
const job = stepsJob;
const pkg = (scripts: Record<string, string>): string => JSON.stringify({ name: 'app', version: '1.0.0', scripts }, null, 2);

describe('JavaScript projects as their CI runs them', () => {
  it('reads checks filed under `test:` (test:types, test:format, test:lint) as level 1, not as parts of the unit tests', () => {
    expect(levelOfScriptName('test:types')).toBe(1);
    expect(levelOfScriptName('test:format')).toBe(1);
    expect(levelOfScriptName('test:spec')).toBeUndefined();
    const p = plan({
      'package.json': pkg({
        test: 'pnpm lint && pnpm test:types && vitest run',
        'test:types': 'tsc --noEmit',
        lint: 'eslint .',
      }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(
        job('ci', ['- run: pnpm install', '- run: pnpm lint', '- run: pnpm test:types', '- run: pnpm test']),
      ),
    });
    expect([...(commands(p)['1'] ?? [])].sort()).toEqual(['pnpm run lint', 'pnpm run test:types']);
  });

  it('keeps a CI check script that shares the `test:` prefix even when `test` is kept at level 2', () => {
    const p = plan({
      'package.json': pkg({ test: 'vitest run', 'test:style': 'prettier . --list-different' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(job('ci', ['- run: pnpm install', '- run: pnpm run test:style', '- run: pnpm test'])),
    });
    expect(commands(p)).toEqual({ '1': ['pnpm run test:style'], '2': ['pnpm run test'], '3': [] });
  });

  it('reads `prettier --list-different` as a format check', () => {
    expect(levelOfCiCommand('npx prettier . --list-different')).toBe(1);
    expect(levelOfCiCommand('npx prettier --write --list-different .')).toBeUndefined();
  });

  it('treats installing a package in CI (`pnpm add -D vitest@3`) as set-up, whatever tool it names', () => {
    expect(levelOfCiCommand('pnpm add -D vitest@3.2.4 @vitest/coverage-v8@3.2.4')).toBeUndefined();
    expect(levelOfCiCommand('yarn add --dev jest@29')).toBeUndefined();
  });

  it('reads a script named for building as a build, whatever words its body holds', () => {
    const body = 'shx rm -rf dist/{src,tests} && shx cp package.json dist';
    expect(levelOfCiCommand('pnpm run postbuild', body)).toBeUndefined();
    expect(levelOfCiCommand('pnpm run build', body)).toBeUndefined();
    expect(levelOfCiCommand('pnpm run ci-tests', 'vitest run')).toBe(2);
  });

  it('does not let a documentation workflow calling another repository’s `build.yml` hide level 2', () => {
    const p = plan({
      'package.json': pkg({ test: 'pnpm run "/^test:.*/"', 'test:spec': 'vitest run' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/test.yml': workflow(job('test', ['- run: pnpm install', '- run: pnpm run test:spec'])),
      '.github/workflows/docs.yml': ['on: [push]', 'jobs:', '  build:', '    uses: acme/docs/.github/workflows/build.yml@v4'].join('\n'),
    });
    expect(commands(p)['2']).toEqual(['pnpm run test:spec']);
  });

  it('runs a reusable workflow of the repository with the caller’s inputs, once per matrix value', () => {
    const caller = [
      'on: [pull_request]',
      'jobs:',
      '  lint:',
      '    uses: ./.github/workflows/npm-script.yml',
      '    with:',
      '      npm-script: lint',
      '  test:',
      '    uses: ./.github/workflows/npm-script.yml',
      '    strategy:',
      '      matrix:',
      '        part: [unit, integration]',
      '    with:',
      '      npm-script: test:${{ matrix.part }}',
    ].join('\n');
    const called = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      npm-script: { type: string, required: true }',
      'jobs:',
      '  script:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: npm ci',
      '      - run: npm run ${{ inputs.npm-script }}',
    ].join('\n');
    const p = plan({
      'package.json': pkg({
        lint: 'eslint .',
        'test:unit': 'mocha test/unit',
        'test:integration': 'mocha test/integration',
        // Not called by CI: left out once the called workflow is read.
        'test:e2e': 'playwright test',
      }),
      'package-lock.json': '{}',
      '.github/workflows/tests.yml': caller,
      '.github/workflows/npm-script.yml': called,
    });
    expect(commands(p)).toEqual({ '1': ['npm run lint'], '2': ['npm run test:unit'], '3': ['npm run test:integration'] });
    expect(p.levels['1'][0]?.evidence?.file).toBe('package.json');
  });

  it('files browser suites (`test-browser`, `test:browser`) with the integration tests', () => {
    expect(levelOfScriptName('test-browser')).toBe(3);
    expect(levelOfScriptName('test:browsers')).toBe(3);
    expect(levelOfScriptName('browser-test')).toBe(3);
  });

  it('keeps two scripts CI runs each by name even when they use the same test runner', () => {
    const p = plan({
      'package.json': pkg({
        'test-smoke': 'mocha test/smoke',
        'test-node:integration': 'mocha "test/integration/**"',
      }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': workflow(
        job('smoke', ['- run: npm ci', '- run: npm run test-smoke']),
        job('it', ['- run: npm ci', '- run: npm run test-node:integration']),
      ),
    });
    expect(commands(p)['3']).toEqual(['npm run test-smoke', 'npm run test-node:integration']);
  });

  it('finds the script of `npm run -s name -- args`', () => {
    expect(scriptInvocation('npm run -s test-node-run -- --ui bdd')).toEqual({ runner: 'node', name: 'test-node-run' });
  });

  // Classes held-out-6-js showed (after held-out-5-js had been fixed).

  it('treats installing a browser for the tests (`pnpm playwright install chromium`) as set-up', () => {
    expect(levelOfCiCommand('pnpm playwright install chromium')).toBeUndefined();
    expect(levelOfCiCommand('yarn playwright install --with-deps')).toBeUndefined();
    expect(levelOfCiCommand('pnpm exec playwright test')).toBe(3);
  });

  it('reads `tsc --build` as a type check: it fails on type errors like `tsc --noEmit`', () => {
    expect(levelOfCiCommand('pnpm tsc --build --pretty')).toBe(1);
    expect(levelOfCiCommand('npx tsc -b')).toBe(1);
  });

  it('leaves out commands aimed at the repository’s example apps (`--filter ./examples/…`, `cd ./examples/${{ … }}`)', () => {
    expect(levelOfCiCommand('pnpm turbo --filter ./examples/minimal test-dev')).toBeUndefined();
    expect(levelOfCiCommand('pnpm --filter=./packages/core test')).toBe(2);
    const p = plan({
      'package.json': pkg({ test: 'vitest run' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- run: pnpm install', '- run: pnpm test']),
        job(
          'e2e',
          [
            '- run: pnpm install',
            '- run: |',
            '    cd ./examples/${{ matrix.dir }}',
            '    pnpm dlx start-server-and-test start http://localhost:3000 test:e2e',
          ],
          ['strategy:', '  matrix:', '    dir: [deno-deploy]'],
        ),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['pnpm run test'], '3': [] });
  });

  it('spells a script CI calls bare (`pnpm typecheck-packages`) as the project’s scripts are spelled', () => {
    const p = plan({
      'package.json': pkg({ 'typecheck-packages': 'pnpm run --parallel --filter=./packages/* typecheck', test: 'vitest run' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(job('ci', ['- run: pnpm install', '- run: pnpm typecheck-packages', '- run: pnpm test'])),
    });
    expect(commands(p)['1']).toEqual(['pnpm run typecheck-packages']);
  });

  // Not seen failing in these sets: a monorepo pattern of the same family, checked on an inline fixture.

  it('reads a turbo / nx line that runs several tasks as one gate per task', () => {
    expect(splitMonorepoTasks('pnpm turbo run lint test --filter web')).toEqual([
      'pnpm turbo run lint --filter web',
      'pnpm turbo run test --filter web',
    ]);
    expect(splitMonorepoTasks('npx nx run-many --targets=lint,test')).toEqual(['npx nx run-many -t lint', 'npx nx run-many -t test']);
    expect(splitMonorepoTasks('pnpm turbo lint')).toEqual(['pnpm turbo lint']);
    const p = plan({
      'package.json': pkg({ build: 'turbo run build' }),
      'pnpm-lock.yaml': '',
      'turbo.json': '{"tasks":{"lint":{},"test":{},"build":{}}}',
      '.github/workflows/ci.yml': workflow(job('ci', ['- run: pnpm install', '- run: pnpm turbo run lint test build'])),
    });
    expect(commands(p)).toEqual({ '1': ['pnpm turbo run lint'], '2': ['pnpm turbo run test'], '3': [] });
  });

  // Classes held-out-7-js showed (after held-out-5/6-js had been fixed).

  it('reads the steps of a `- parallel:` group as steps of the job', () => {
    const steps = [
      '- run: pnpm install',
      '- parallel:',
      '    - name: Run eslint',
      '      run: pnpm run lint',
      '    - name: Run prettier',
      '      run: pnpm run format-check',
      '- run: pnpm run test-unit',
    ];
    const p = plan({
      'package.json': pkg({ lint: 'eslint .', 'format-check': 'prettier --check .', 'test-unit': 'vitest run' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(job('ci', steps)),
    });
    expect(commands(p)).toEqual({ '1': ['pnpm run lint', 'pnpm run format-check'], '2': ['pnpm run test-unit'], '3': [] });
    expect(p.levels['1'][0]?.evidence).toBeDefined();
  });

  it('reads a test-named script that runs the checks with the tests (`test:pr`) as the test run', () => {
    expect(levelOfCiCommand('pnpm run test:pr', 'nx affected --targets=test:eslint,test:lib,test:types')).toBe(2);
    expect(levelOfCiCommand('npm test', 'xo && ava')).toBe(2);
    // A check-named script stays a check; an integration suite stays level 3.
    expect(levelOfCiCommand('npm run verify', 'eslint . && vitest run')).toBe(1);
    expect(levelOfCiCommand('npm run test-node:integration', 'mocha "test/integration/**"')).toBe(3);
  });

  // Classes held-out-8-js showed (after held-out-5/6/7-js had been fixed).

  it('reads a formatter followed by `git diff --exit-code` on the same line as a format check', () => {
    const p = plan({
      'package.json': pkg({ format: 'oxfmt', 'test-unit': 'vitest run' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: pnpm install', '- run: pnpm format && git diff --exit-code', '- run: pnpm format']),
        job('test', ['- run: pnpm install', '- run: pnpm run test-unit']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['pnpm run format && git diff --exit-code'], '2': ['pnpm run test-unit'], '3': [] });
  });

  it('reads a root script that runs a script in every workspace member (`pnpm -r check`) by the members’ bodies', () => {
    expect(recursiveScript('pnpm -r check')).toBe('check');
    expect(recursiveScript('pnpm run --recursive --parallel typecheck')).toBe('typecheck');
    expect(recursiveScript('pnpm --filter ./packages/* run test')).toBe('test');
    expect(recursiveScript('npm run lint --workspaces')).toBe('lint');
    expect(recursiveScript('yarn workspaces foreach -A run test')).toBe('test');
    expect(recursiveScript('pnpm run check')).toBeUndefined();
    const p = plan({
      'package.json': pkg({ check: 'pnpm -r check', test: 'vitest run' }),
      'pnpm-lock.yaml': '',
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
      'packages/core/package.json': pkg({ check: 'tsc --noEmit' }),
      '.github/workflows/ci.yml': workflow(job('ci', ['- run: pnpm install', '- run: pnpm check', '- run: pnpm test'])),
    });
    expect(commands(p)).toEqual({ '1': ['pnpm run check'], '2': ['pnpm run test'], '3': [] });
  });

  // Classes held-out-9-js showed (after held-out-5..8-js had been fixed).

  it('reads an in-place edit of test files (`perl -pi -e … x.test.ts`) as set-up', () => {
    expect(levelOfCiCommand("perl -i~ -0777 -pe 's/a/b/g' tests/vanilla/store.test.tsx")).toBeUndefined();
  });

  it('leaves out a workflow that only runs after another one (`on: workflow_run`)', () => {
    const after = ['on:', '  workflow_run:', '    workflows: [ci]', '    types: [completed]', '  workflow_dispatch:', 'jobs:'].join('\n');
    const p = plan({
      'package.json': pkg({ test: 'vitest run', e2e: 'playwright test' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(job('test', ['- run: pnpm install', '- run: pnpm test'])),
      '.github/workflows/smoke.yml': [after, job('examples', ['- run: pnpm install', '- run: pnpm run e2e'])].join('\n'),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['pnpm run test'], '3': [] });
  });

  it('keeps a CI suite of another level filed under `test:` (`test:pw` running playwright) beside `test`', () => {
    const p = plan({
      'package.json': pkg({ test: 'vitest run', 'test:pw': 'playwright test' }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': workflow(job('ci', ['- run: npm ci', '- run: npm test', '- run: npm run test:pw'])),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['npm test'], '3': ['npm run test:pw'] });
  });

  // Classes held-out-10-js showed (after held-out-5..9-js had been fixed).

  it('reads a command that can never fail (`npm run test:db || true`) as no gate', () => {
    expect(levelOfCiCommand('npm run test:db || true', 'mocha --config test/integration.js')).toBeUndefined();
    expect(levelOfCiCommand('npm run test:db', 'mocha --config test/integration.js')).toBe(3);
    const p = plan({
      'package.json': pkg({ 'test:unit': 'mocha test/unit', 'test:coverage': 'nyc mocha test/all' }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': workflow(
        job('ci', ['- run: npm ci', '- run: npm run test:unit', '- run: npm run test:coverage || true']),
      ),
    });
    expect(commands(p)['2']).toEqual(['npm run test:unit']);
  });

  it('lets CI’s own unit-test script displace an umbrella `test` even when CI also runs an integration script', () => {
    const p = plan({
      'package.json': pkg({
        test: 'npm run lint && npm run testonly && npm run check:integrations',
        lint: 'eslint .',
        testonly: 'mocha src/**/*-test.ts',
        'check:integrations': 'mocha integrationTests/*-test.js',
      }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: npm ci', '- run: npm run lint']),
        job('test', ['- run: npm ci', '- run: npm run testonly']),
        job('it', ['- run: npm ci', '- run: npm run check:integrations']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['npm run lint'], '2': ['npm run testonly'], '3': ['npm run check:integrations'] });
  });

  // Class held-out-11-js showed (after held-out-5..10-js had been fixed).

  it('reads `biome format` without `--write` as a format check (it only reports)', () => {
    expect(levelOfCiCommand('pnpm run format', 'biome format')).toBe(1);
    expect(levelOfCiCommand('pnpm run format', 'biome format --write')).toBeUndefined();
    expect(levelOfCiCommand('pnpm run fmt', 'dprint fmt')).toBeUndefined();
  });
});
