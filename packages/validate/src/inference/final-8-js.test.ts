import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake found on JavaScript/TypeScript repositories never seen before (held-out-final-8-js).

const workflow = (...jobs: string[]): string => workflowOn('[pull_request]', ...jobs);
const pkg = (scripts: Record<string, string>): string =>
  JSON.stringify({ name: 'repo', version: '1.0.0', private: true, scripts }, null, 2);

describe('JavaScript projects as their CI runs them (held-out-final-8-js)', () => {
  it('reads the packages a workspace run excludes (`--filter !test-e2e`) as not run: a unit run that leaves out e2e is level 2', () => {
    const unit = "pnpm -r --filter '@x/test-*' --filter !test-e2e --filter !test-browser run test";
    const inferred = plan({
      'package.json': pkg({ 'test:ci:unit': unit, 'test:ci:e2e': 'pnpm --filter @x/test-e2e run test' }),
      'pnpm-lock.yaml': '',
      '.github/workflows/ci.yml': workflow(
        job('unit', ['- run: pnpm i', '- run: pnpm run test:ci:unit']),
        job('e2e', ['- run: pnpm i', '- run: pnpm run test:ci:e2e']),
      ),
    });
    expect(commands(inferred)['2']).toEqual(['pnpm run test:ci:unit']);
    expect(commands(inferred)['3']).toEqual(['pnpm run test:ci:e2e']);
  });

  it('keeps a `test:ui` script CI runs whose body starts no interactive UI (the UI package’s own tests), not one that opens the UI', () => {
    const inferred = plan({
      'package.json': pkg({ test: 'vitest run', 'test:ui': 'vitest --ui' }),
      'pnpm-lock.yaml': '',
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
      'packages/ui/package.json': JSON.stringify({ name: 'ui', scripts: { 'test:ui': 'vitest', dev: 'vite' } }),
      '.github/workflows/ci.yml': workflow(
        job('test', ['- run: pnpm i', '- run: pnpm test', '- run: pnpm test:ui', '- run: pnpm -C packages/ui test:ui']),
      ),
    });
    expect(commands(inferred)['2']).toEqual(['pnpm run test', 'packages/ui: pnpm run test:ui']);
  });

  it('reads a database client or schema push preparing the test database (`psql -f setup-test-db.sql`) as set-up', () => {
    const inferred = plan({
      'package.json': pkg({ test: 'bun test' }),
      'bun.lock': '',
      '.github/workflows/ci.yml': workflow(
        job('validate', [
          '- run: bun install',
          '- run: PGPASSWORD=postgres psql -h localhost -U postgres -d app_test -f src/test/setup-test-db.sql',
          '- run: bunx drizzle-kit push --config=drizzle.config.test.ts --force',
          '- run: bun run test',
        ]),
      ),
    });
    expect(commands(inferred)['2']).toEqual(['bun run test']);
  });

  it('reads `docker compose run tests` as the suite the service runs, and `docker compose build` as set-up', () => {
    const inferred = plan({
      'deno.json': JSON.stringify({ name: '@x/db', exports: './mod.ts' }),
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: deno fmt --check', '- run: deno lint']),
        job('test', ['- run: docker compose build tests', '- run: docker compose run tests']),
      ),
    });
    expect(commands(inferred)['2']).toEqual(['docker compose run tests']);
  });

  it('reads the command given to `docker compose run <service> <command>` as what runs', () => {
    const inferred = plan({
      'package.json': pkg({ lint: 'eslint .', test: 'mocha' }),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow(job('test', ['- run: docker compose run --rm -e CI=1 app npm run lint'])),
    });
    expect(commands(inferred)['1']).toEqual(['docker compose run --rm -e CI=1 app npm run lint']);
  });

  it('reads a deno task made only of dependencies (`"check": { "dependencies": [...] }`) as the tasks it runs', () => {
    const tasks = {
      check: { dependencies: ['check:lint', 'typecheck'] },
      'check:lint': 'deno lint && deno fmt --check',
      typecheck: 'deno check mod.ts',
      test: 'deno test --allow-net',
    };
    const inferred = plan({
      'deno.json': JSON.stringify({ name: '@x/redis', tasks }),
      '.github/workflows/ci.yml': workflow(job('lint', ['- run: deno task check']), job('test', ['- run: deno task test'])),
    });
    expect(commands(inferred)['1']).toEqual(['deno task check']);
    expect(commands(inferred)['2']).toEqual(['deno task test']);
  });

  it('runs `yarn workspace <name> <script>` in the folder of the workspace so named, not as the root’s script', () => {
    const root = {
      name: 'root',
      private: true,
      workspaces: ['packages/*'],
      scripts: { test: 'yarn lint && yarn jest', jest: 'jest', lint: 'eslint .', 'test-ci': 'yarn jest --ci' },
    };
    const inferred = plan({
      'package.json': JSON.stringify(root),
      'yarn.lock': '',
      '.yarnrc.yml': '',
      'packages/env-node/package.json': JSON.stringify({ name: 'jest-environment-node', scripts: { test: 'node --test' } }),
      '.github/workflows/ci.yml': workflow(
        job('test', ['- run: yarn --immutable', '- run: yarn workspace jest-environment-node test', '- run: yarn test-ci']),
      ),
    });
    expect(commands(inferred)['2']).toEqual(['yarn test-ci', 'packages/env-node: yarn test']);
  });

  it('reads one shard of a suite (`--shard=2/4` handed to a reusable workflow) as the whole suite: one gate, not one per shard', () => {
    const caller = [
      'on: [pull_request]',
      'jobs:',
      '  test:',
      '    uses: ./.github/workflows/test.yml',
      '    strategy:',
      '      matrix:',
      "        shard: ['1/3', '2/3', '3/3']",
      '    with:',
      '      shard: ${{ matrix.shard }}',
      '',
    ].join('\n');
    const called = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      shard:',
      '        type: string',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: yarn --immutable',
      '      - run: yarn suite:parallel --shard=${{ inputs.shard }}',
      '',
    ].join('\n');
    const inferred = plan({
      'package.json': pkg({ 'suite:parallel': 'vitest run' }),
      'yarn.lock': '',
      '.github/workflows/ci.yml': caller,
      '.github/workflows/test.yml': called,
    });
    expect(commands(inferred)['2']).toEqual(['yarn suite:parallel']);
  });

  it('reads a runner told to run only its integration projects (`--selectProjects ts-integration`) as level 3', () => {
    const scripts = { jest: 'jest', 'test-ts': 'yarn jest --config jest.config.ts.mjs', test: 'yarn jest' };
    const inferred = plan({
      'package.json': pkg(scripts),
      'yarn.lock': '',
      '.github/workflows/ci.yml': workflow(
        job('ts', ['- run: yarn --immutable', '- run: yarn test-ts --selectProjects ts-integration']),
        job('test', ['- run: yarn --immutable', '- run: yarn test']),
      ),
    });
    expect(commands(inferred)['2']).toEqual(['yarn test']);
    expect(commands(inferred)['3']).toEqual(['yarn test-ts --selectProjects ts-integration']);
  });

  it('reads a check CI runs by a name made of a verb and TypeScript (`verify-old-ts`) as a type check, whatever program it hands it to', () => {
    const scripts = { 'verify-old-ts': 'node ./scripts/verifyOldTs.mjs', 'verify-pnp': 'node ./scripts/verifyPnP.mjs', test: 'jest' };
    const inferred = plan({
      'package.json': pkg(scripts),
      'yarn.lock': '',
      '.github/workflows/ci.yml': workflow(
        job('ts', ['- run: yarn --immutable', '- run: yarn verify-old-ts', '- run: yarn verify-pnp']),
        job('test', ['- run: yarn --immutable', '- run: yarn test']),
      ),
    });
    expect(commands(inferred)['1']).toEqual(['yarn verify-old-ts']);
  });
});
