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

describe('a Rails app: rspec run whole and a lint target that fixes', () => {
  const rails = (makefile: string): string =>
    repo({
      Gemfile: 'source "https://rubygems.org"\ngem "rails"\ngroup :test do\n  gem "rspec-rails"\n  gem "standard"\nend\n',
      'Gemfile.lock': '',
      '.rspec': '--require spec_helper\n',
      'spec/features/login_spec.rb': '',
      'spec/models/user_spec.rb': '',
      'spec/slow/data_spec.rb': '',
      Makefile: makefile,
      '.github/workflows/ci.yml': workflow(
        step('bundle exec standardrb', 'Run linters'),
        step('bundle exec rspec', 'Run tests'),
        step('bundle exec rspec spec/slow/*_spec.rb', 'Run slow tests'),
      ),
    });

  it('reads `standardrb --fix-unsafely` as a fixer, so CI’s `bundle exec standardrb` stands', () => {
    const dir = rails('lint:\n\tbundle exec standardrb --fix-unsafely\n');
    expect(commands(dir, '1')).toEqual(['bundle exec standardrb']);
  });

  it('splits no spec/features suite off when CI runs the whole suite beside a selection', () => {
    const dir = rails('lint:\n\tbundle exec standardrb --fix-unsafely\n');
    expect(commands(dir, '3')).toEqual([]);
    expect(commands(dir, '2')).toContain('bundle exec rspec');
  });
});

describe('shell tests of a release image and of a shell script', () => {
  const smoke =
    '#!/usr/bin/env bash\ndocker build -t app:smoke .\ndocker run -d -p 8080:8080 app:smoke\ncurl --fail http://127.0.0.1:8080/healthz\n';
  const unit =
    '#!/bin/sh\nSCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"\nresult=$("$SCRIPT_DIR/entrypoint.sh" sh -c \'echo $DSN\')\n[ "$result" = "x" ] || exit 1\n';
  const jobs = (name: string): string =>
    `on: pull_request\njobs:\n  ${name}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/release_smoke_test.sh\n  entrypoint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/entrypoint_test.sh\n`;

  it('keeps a release-smoke job (it tests the release image, it ships nothing) and reads a test of a shell script as a unit test', () => {
    const dir = repo({
      'scripts/release_smoke_test.sh': smoke,
      'scripts/entrypoint_test.sh': unit,
      'scripts/entrypoint.sh': 'exec "$@"\n',
      '.github/workflows/smoke.yml': jobs('release-smoke'),
    });
    expect(commands(dir, '3')).toEqual(['./scripts/release_smoke_test.sh']);
    expect(commands(dir, '2')).toEqual(['./scripts/entrypoint_test.sh']);
  });

  it('still leaves a job named only for releasing out', () => {
    const dir = repo({ 'scripts/release_smoke_test.sh': smoke, '.github/workflows/smoke.yml': jobs('release') });
    expect(commands(dir, '3')).toEqual([]);
  });
});

describe('a PHPUnit run of the groups the unit run excludes', () => {
  it('reads `phpunit --group Elasticsearch,Elastica` as the service-backed suite when another job excludes those groups', () => {
    const dir = repo({
      '.github/workflows/ci.yml': workflow(
        step('composer exec phpunit -- --exclude-group Elasticsearch --exclude-group Elastica'),
        step('composer exec phpunit -- --group Elasticsearch,Elastica'),
        step('vendor/bin/phpunit --group slow'),
      ),
    });
    expect(commands(dir, '3')).toEqual(['composer exec phpunit -- --group Elasticsearch,Elastica']);
    expect(commands(dir, '2')).toEqual([
      'composer exec phpunit -- --exclude-group Elasticsearch --exclude-group Elastica',
      'vendor/bin/phpunit --group slow',
    ]);
  });
});
