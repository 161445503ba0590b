import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { levelOfScriptName } from './detector.js';

// Classes of mistake found on JavaScript repositories never seen before (held-out-final-6-js).

const workflow = (...jobs: string[]): string => workflowOn('[pull_request]', ...jobs);
const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', scripts, ...extra }, null, 2);

describe('JavaScript projects as their CI runs them (held-out-final-6-js)', () => {
  it('drops a step marked `continue-on-error: true` unless a later step fails on its outcome', () => {
    const scripts = { lint: 'eslint .', 'lint-fix:js': 'eslint --fix .', test: 'node --test' };
    const autofix = plan({
      'package.json': pkg(scripts),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: npm ci', '- run: npm run lint']),
        job('fix', ['- run: npm ci', '- run: npm run lint-fix:js', '  continue-on-error: true']),
        job('t', ['- run: npm test']),
      ),
    });
    expect(commands(autofix)['1']).toEqual(['npm run lint']);
    const failLater = plan({
      'package.json': pkg(scripts),
      'package-lock.json': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', [
          '- run: npm ci',
          '- id: eslint',
          '  run: npx eslint .',
          '  continue-on-error: true',
          "- if: steps.eslint.outcome == 'failure'",
          '  run: exit 1',
        ]),
        job('t', ['- run: npm test']),
      ),
    });
    expect(commands(failLater)['1']).toEqual(['npm run lint']);
  });

  it('reads a `release` build profile (`cargo test --release`, `swift test -c release`) as the run it profiles, not a release', () => {
    expect(levelOfCiCommand('cargo test --all-targets --all-features --release')).toBe(2);
    expect(levelOfCiCommand('cargo clippy --all-targets --release')).toBe(1);
    expect(levelOfCiCommand('swift test -c release')).toBe(2);
    expect(levelOfCiCommand('npm run release')).toBeUndefined();
    expect(levelOfCiCommand('cargo release --execute')).toBeUndefined();
  });

  it("judges an Nx line by its target, not by the projects' names it includes or excludes", () => {
    expect(levelOfCiCommand('pnpm exec nx test eslint-plugin -- --coverage')).toBe(2);
    expect(levelOfCiCommand('pnpm exec nx run-many --target=build --parallel --exclude=website --exclude=website-eslint')).toBeUndefined();
    expect(levelOfCiCommand('nx run-many -t attw-check --exclude repo website-eslint integration-tests')).toBeUndefined();
    expect(levelOfCiCommand('pnpm exec nx show projects --affected --withTarget=test --json')).toBeUndefined();
    expect(levelOfCiCommand('nx run integration-tests:test')).toBe(3);
    expect(levelOfCiCommand('nx run-many -t lint')).toBe(1);
    expect(levelOfCiCommand('nx affected -t test:lib')).toBe(2);
    expect(levelOfCiCommand('nx run-many -t build test --exclude=docs-eslint')).toBe(2);
  });

  it('files a test script whose second part names a kind of suite at level 3, whatever follows (`test:smoke:cjs`)', () => {
    expect(levelOfScriptName('test:smoke:cjs')).toBe(3);
    expect(levelOfScriptName('cover:integration:a')).toBe(3);
    expect(levelOfScriptName('test:integration:b')).toBe(3);
    expect(levelOfScriptName('test:smoke:watch')).toBeUndefined();
    expect(levelOfScriptName('test:unit:node')).toBeUndefined();
  });

  it('reads a test run of files in an `it/` or `smoke/` folder as that suite (`node ./test/it/build-npm.test.js`)', () => {
    expect(levelOfCiCommand('node ./test/it/build-npm.test.js')).toBe(3);
    expect(levelOfCiCommand('bun test ./test/smoke/bun.test.js')).toBe(3);
    expect(levelOfCiCommand('deno test --allow-read ./test/smoke/deno.test.js')).toBe(3);
    expect(levelOfCiCommand('node ./test/unit/all.test.js')).toBe(2);
  });

  it('treats output piped into `sudo` (`wpt make-hosts-file | sudo tee -a /etc/hosts`) as machine set-up', () => {
    expect(levelOfCiCommand('./test/web-platform-tests/tests/wpt make-hosts-file | sudo tee -a /etc/hosts')).toBeUndefined();
  });

  it('leaves out example apps named as workspaces (`yarn workspace @examples-x/bundler run test`)', () => {
    expect(levelOfCiCommand('yarn workspace @examples-type-portability/bundler run test')).toBeUndefined();
    expect(levelOfCiCommand('npm test --workspace=examples/basic')).toBeUndefined();
    expect(levelOfCiCommand('yarn workspace @app/core run test')).toBe(2);
  });

  it('reads tsgo, the native TypeScript compiler, as a type check', () => {
    expect(levelOfCiCommand('yarn tsgo -p tsconfig.test.json --noEmit')).toBe(1);
  });

  it("reads another repository's workflow by the project scripts its inputs name: a `format` writer questions no lint guess", () => {
    const tree = (uses: string[]): Record<string, string> => ({
      'package.json': pkg({ lint: 'eslint .', format: 'prettier -w .', test: 'vitest run' }, { devDependencies: { prettier: '^3.0.0' } }),
      'pnpm-lock.yaml': '',
      '.prettierrc': '{}',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- run: pnpm i', '- run: pnpm lint']),
        job('t', ['- run: pnpm i', '- run: pnpm test']),
      ),
      '.github/workflows/format.yml': ['on:', '  push:', '    branches: [main]', 'jobs:', '  format:', ...uses].join('\n'),
    });
    const byScript = plan(tree(['    uses: org/automation/.github/workflows/format.yml@v1', '    with:', '      command: format']));
    expect(commands(byScript)['1']).toEqual(['pnpm run lint']);
    const writer = plan(tree(['    uses: org/automation/.github/workflows/format.yml@v1', '    permissions:', '      contents: write']));
    expect(commands(writer)['1']).toEqual(['pnpm run lint']);
  });

  it("files a test run of a job that fetches another project's corpus into the test tree as a conformance suite (level 3)", () => {
    const tree = (fetch: string[]): Record<string, string> => ({
      'package.json': pkg({
        'cover:unit': 'jest --coverage',
        'cover:test262': 'jest --testMatch "<rootDir>/test/test262.spectest.js" --coverage',
      }),
      'yarn.lock': '',
      '.github/workflows/ci.yml': workflow(
        job('unit', ['- uses: actions/checkout@v4', '- run: yarn --frozen-lockfile', '- run: yarn cover:unit --ci']),
        job('t262', ['- uses: actions/checkout@v4', ...fetch, '- run: yarn --frozen-lockfile', '- run: yarn cover:test262 --ci']),
      ),
    });
    const submodule = plan(tree(['- run: git submodule update --init --depth 1 test/test262-cases']));
    expect(commands(submodule)['2']).toEqual(['yarn cover:unit --ci']);
    expect(commands(submodule)['3']).toEqual(['yarn cover:test262 --ci']);
    const checkout = plan(tree(['- uses: actions/checkout@v4', '  with:', '    repository: tc39/test262', '    path: test/js/test262']));
    expect(commands(checkout)['3']).toEqual(['yarn cover:test262 --ci']);
  });
});
