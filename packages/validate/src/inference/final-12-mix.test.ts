import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { inferPlan } from './infer.js';

// Classes of mistake seen on held-out-final-12-mix (PHP and Elixir projects' gate tools, a .NET
// project whose CI runs its PowerShell build driver in a step named for its tests).

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-final-12-mix-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const step = (run: string, name?: string): string => `${name ? `      - name: ${name}\n        run: ${run}\n` : `      - run: ${run}\n`}`;
const workflow = (...steps: string[]): string =>
  `on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps.join('')}`;

describe("PHP's and Elixir's gate tools", () => {
  it('reads phpstan, psalm and phpunit (through vendor/bin, composer exec or a composer script) and skips composer installs', () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow(
        step('composer update --no-progress'),
        step('vendor/bin/phpstan analyse --no-progress'),
        step('composer psalm'),
        step('composer exec phpunit -- --exclude-group slow'),
        step('vendor/bin/phpunit --testsuite integration'),
      ),
    });
    expect(commands(dir, '1')).toEqual(['vendor/bin/phpstan analyse --no-progress', 'composer psalm']);
    expect(commands(dir, '2')).toEqual(['composer exec phpunit -- --exclude-group slow']);
    expect(commands(dir, '3')).toEqual(['vendor/bin/phpunit --testsuite integration']);
  });

  it('reads `mix compile --warnings-as-errors` as the lint gate and `mix deps.get --only test` as an install', () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow(
        step('mix deps.get --only test'),
        step('mix compile --warnings-as-errors'),
        step('mix format --check-formatted'),
        step('mix test'),
      ),
    });
    expect(commands(dir, '1')).toEqual(['mix compile --warnings-as-errors', 'mix format --check-formatted']);
    expect(commands(dir, '2')).toEqual(['mix test']);
  });
});

describe('a build driver run by a step named for its tests', () => {
  it('takes `./build.ps1` in a "Build and Test" step as the test run, not in a "Build tests" step', () => {
    const named = (name: string): string =>
      repo({ 'build.ps1': 'target default -depends compile, test\n', '.github/workflows/ci.yml': workflow(step('./build.ps1', name)) });
    expect(commands(named('Build and Test'), '2')).toEqual(['./build.ps1']);
    expect(commands(named('Build tests'), '2')).toEqual([]);
    expect(commands(named('Build'), '2')).toEqual([]);
  });

  it("leaves a sub-folder's build script in a smoke-test step alone", () => {
    const dir = repo({
      'playgrounds/build.sh': 'for d in */; do (cd $d && npm run build); done\n',
      '.github/workflows/ci.yml': workflow(
        step('cd playgrounds && bash ./build.sh', 'Playground Smoke Test'),
        step('bash ./build.sh', 'Smoke test'),
      ),
    });
    expect(commands(dir, '2')).toEqual([]);
  });
});

describe("a task runner's whole pytest run in CI", () => {
  it('keeps `task py:test` (poetry run pytest {{ .CLI_ARGS }}) as the one run, without splitting tests/integration_tests off', () => {
    const dir = repo({
      'pyproject.toml':
        '[tool.poetry]\nname = "app"\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
      'poetry.lock': '',
      'tests/conftest.py': '',
      'tests/unit_tests/test_a.py': 'def test_a(): pass\n',
      'tests/integration_tests/test_b.py': 'def test_b(): pass\n',
      'Taskfile.yml': 'version: "3"\ntasks:\n  py:test:\n    cmds:\n      - poetry run pytest {{ .CLI_ARGS }}\n',
      '.github/workflows/ci.yml': workflow(step('poetry install'), step('task py:test', 'Pytest')),
    });
    expect(commands(dir, '2')).toEqual(['task py:test']);
    expect(commands(dir, '3')).toEqual([]);
  });
});
