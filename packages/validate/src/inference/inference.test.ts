import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { planValidation, type ValidationPlan } from '../index.js';

function plan(tree: Record<string, string>, prp?: string): ValidationPlan {
  const dir = useTempDir('ce-infer-');
  writeTree(dir, tree);
  return planValidation({ root: dir, prp });
}

/** `cwd: command` per level, for compact expectations. */
function commands(p: ValidationPlan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const level of ['1', '2', '3'] as const)
    out[level] = p.levels[level].map((c) => (c.cwd === '.' ? c.command : `${c.cwd}: ${c.command}`));
  return out;
}

const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', scripts, ...extra }, null, 2);

describe('command inference', () => {
  it('gives an empty list for every level in an empty repository', () => {
    expect(plan({ 'README.md': '# nothing here\n' })).toEqual({ levels: { '1': [], '2': [], '3': [] } });
  });

  it('uses package.json scripts with the runner of the lock file, in the documented JSON shape', () => {
    const scripts = {
      build: 'tsc -p .',
      lint: 'eslint .',
      'lint:css': 'stylelint "**/*.css"',
      typecheck: 'tsc --noEmit',
      test: 'vitest run',
      'test:e2e': 'playwright test',
      'lint:fix': 'eslint . --fix',
      dev: 'vite',
    };
    const npm = plan({ 'package.json': pkg(scripts), 'package-lock.json': '{}' });
    // Each command keeps the file and line it came from.
    expect(npm.levels['1'][0]).toEqual({ name: 'lint', command: 'npm run lint', cwd: '.', evidence: { file: 'package.json', line: 6 } });
    expect(commands(npm)).toEqual({ '1': ['npm run lint', 'npm run typecheck'], '2': ['npm test'], '3': ['npm run test:e2e'] });
    expect(commands(plan({ 'package.json': pkg(scripts), 'pnpm-lock.yaml': 'lockfileVersion: 9.0\n' }))['1']).toEqual([
      'pnpm run lint',
      'pnpm run typecheck',
    ]);
    expect(commands(plan({ 'package.json': pkg(scripts), 'yarn.lock': '# yarn lockfile v1\n' }))['2']).toEqual(['yarn test']);
    expect(commands(plan({ 'package.json': pkg(scripts), 'bun.lockb': 'x' }))['3']).toEqual(['bun run test:e2e']);
    expect(commands(plan({ 'package.json': pkg(scripts), 'bun.lock': '{}' }))['3']).toEqual(['bun run test:e2e']);
    expect(commands(plan({ 'package.json': pkg(scripts, { packageManager: 'pnpm@9.1.0' }) }))['2']).toEqual(['pnpm run test']);
  });

  it('skips the placeholder test script npm init writes, and falls back to installed tools that have configs', () => {
    const p = plan({
      'package.json': pkg(
        { test: 'echo "Error: no test specified" && exit 1' },
        { devDependencies: { eslint: '^9.0.0', prettier: '^3.0.0', typescript: '^5.0.0', jest: '^29.0.0' } },
      ),
      'package-lock.json': '{}',
      'eslint.config.js': 'export default [];\n',
      '.prettierrc': '{}\n',
      'tsconfig.json': '{}\n',
    });
    expect(commands(p)).toEqual({ '1': ['npx eslint .', 'npx prettier --check .', 'npx tsc --noEmit'], '2': ['npx jest'], '3': [] });
  });

  it('never invents a command for a tool the repository does not use', () => {
    const p = plan({ 'package.json': pkg({ start: 'node index.js' }), 'index.js': 'console.log(1)\n', 'tsconfig.json': '{}' });
    expect(commands(p)).toEqual({ '1': [], '2': [], '3': [] });
    const py = plan({ 'pyproject.toml': '[project]\nname = "x"\nversion = "0.1.0"\ndependencies = ["requests>=2"]\n' });
    expect(commands(py)).toEqual({ '1': [], '2': [], '3': [] });
  });

  it('reads Deno tasks, and uses Deno’s built-in lint, fmt --check, check and test when there are none', () => {
    expect(
      commands(plan({ 'deno.json': '{ "tasks": { "lint": "deno lint", "test": "deno test -A", "dev": "deno run -A main.ts" } }' })),
    ).toEqual({
      '1': ['deno task lint'],
      '2': ['deno task test'],
      '3': [],
    });
    expect(commands(plan({ 'deno.jsonc': '// config\n{ "imports": {}, }\n' }))).toEqual({
      '1': ['deno lint', 'deno fmt --check', 'deno check .'],
      '2': ['deno test'],
      '3': [],
    });
  });

  it('infers ruff, mypy and pytest for a uv project, with integration tests as level 3', () => {
    const p = plan({
      'pyproject.toml': [
        '[project]',
        'name = "svc"',
        'version = "0.1.0"',
        'requires-python = ">=3.11"',
        '',
        '[dependency-groups]',
        'dev = ["pytest>=8", "mypy>=1.10", "ruff>=0.5"]',
        '',
        '[tool.ruff]',
        'line-length = 100',
        '',
        '[tool.ruff.format]',
        'quote-style = "double"',
        '',
        '[tool.pytest.ini_options]',
        'testpaths = ["tests"]',
      ].join('\n'),
      'uv.lock': 'version = 1\n',
      'src/svc/__init__.py': '',
      'tests/test_unit.py': 'def test_x():\n    assert True\n',
      'tests/integration/test_db.py': 'def test_db():\n    assert True\n',
    });
    expect(commands(p)).toEqual({
      '1': ['uv run ruff check .', 'uv run ruff format --check .', 'uv run mypy .'],
      '2': ['uv run pytest --ignore=tests/integration'],
      '3': ['uv run pytest tests/integration'],
    });
  });

  it('uses poetry run for a poetry project and plain tools for requirements files', () => {
    const poetry = plan({
      'pyproject.toml':
        '[tool.poetry]\nname = "x"\nversion = "0.1.0"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8.0"\nblack = "^24.0"\n\n[tool.black]\nline-length = 88\n',
      'poetry.lock': '# lock\n',
    });
    expect(commands(poetry)).toEqual({ '1': ['poetry run black --check .'], '2': ['poetry run pytest'], '3': [] });
    const pip = plan({
      'requirements.txt': 'flask==3.0\n',
      'requirements-dev.txt': 'pytest==8.2\nflake8==7.0\n',
      'setup.cfg': '[flake8]\nmax-line-length = 100\n',
    });
    expect(commands(pip)).toEqual({ '1': ['flake8'], '2': ['pytest'], '3': [] });
  });

  it('prefers tox environments and nox sessions over raw tools', () => {
    const tox = plan({
      'tox.ini':
        '[tox]\nenvlist = py311, py312, lint, type\n\n[testenv]\ndeps = pytest\ncommands = pytest\n\n[testenv:lint]\ncommands = ruff check .\n',
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'requirements-dev.txt': 'pytest\nruff\n',
    });
    expect(commands(tox)).toEqual({ '1': ['tox -e lint', 'tox -e type'], '2': ['tox -e py311,py312'], '3': [] });
    const nox = plan({
      'noxfile.py':
        'import nox\n\n@nox.session(python=["3.11", "3.12"])\ndef tests(session):\n    session.run("pytest")\n\n@nox.session\ndef lint(session):\n    session.run("ruff", "check")\n\n@nox.session(name="integration")\ndef integration_tests(session):\n    session.run("pytest", "tests/integration")\n',
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n',
    });
    expect(commands(nox)).toEqual({ '1': ['nox -s lint'], '2': ['nox -s tests'], '3': ['nox -s integration'] });
  });

  it('infers cargo fmt, clippy and test, with tests/ as level 3, and one set for a workspace', () => {
    const crate = plan({
      'Cargo.toml': '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n',
      'Cargo.lock': '',
      'src/lib.rs': 'pub fn a() {}\n',
      'tests/api.rs': '#[test]\nfn t() {}\n',
    });
    expect(commands(crate)).toEqual({
      '1': ['cargo fmt --check', 'cargo clippy --all-targets'],
      '2': ['cargo test --lib --bins'],
      '3': ["cargo test --test '*'"],
    });
    const ws = plan({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n',
      'crates/a/Cargo.toml': '[package]\nname = "a"\nversion = "0.1.0"\n',
      'crates/a/src/lib.rs': '',
    });
    expect(commands(ws)).toEqual({
      '1': ['cargo fmt --all --check', 'cargo clippy --workspace --all-targets'],
      '2': ['cargo test --workspace'],
      '3': [],
    });
  });

  it('infers go vet, golangci-lint when configured, go test, and integration build tags as level 3', () => {
    const p = plan({
      'go.mod': 'module example.com/svc\n\ngo 1.22\n',
      '.golangci.yml': 'linters:\n  enable: [errcheck]\n',
      'main.go': 'package main\n\nfunc main() {}\n',
      'store/store_integration_test.go': '//go:build integration\n\npackage store\n',
      'store/store_test.go': 'package store\n',
    });
    expect(commands(p)).toEqual({
      '1': ['go vet ./...', 'golangci-lint run'],
      '2': ['go test ./...'],
      '3': ['go test -tags integration ./...'],
    });
    expect(commands(plan({ 'go.mod': 'module x\n\ngo 1.22\n' }))['1']).toEqual(['go vet ./...']);
  });

  it('infers Maven with the wrapper and failsafe, and Gradle with its integrationTest task', () => {
    const maven = plan({
      'pom.xml':
        '<project><modules><module>core</module></modules><build><plugins><plugin><artifactId>maven-checkstyle-plugin</artifactId></plugin><plugin><artifactId>maven-failsafe-plugin</artifactId></plugin></plugins></build></project>',
      mvnw: '#!/bin/sh\n',
      'core/pom.xml': '<project></project>',
    });
    expect(commands(maven)).toEqual({ '1': ['./mvnw checkstyle:check'], '2': ['./mvnw test'], '3': ['./mvnw verify'] });
    const gradle = plan({
      'settings.gradle.kts': 'rootProject.name = "app"\ninclude("lib")\n',
      'build.gradle.kts':
        'plugins { id("com.diffplug.spotless") version "6.25.0" }\nval integrationTest = tasks.register<Test>("integrationTest")\n',
      gradlew: '#!/bin/sh\n',
      'lib/build.gradle.kts': 'plugins { java }\n',
    });
    expect(commands(gradle)).toEqual({ '1': ['./gradlew spotlessCheck'], '2': ['./gradlew test'], '3': ['./gradlew integrationTest'] });
  });

  it('infers rubocop and rspec for a Ruby project, with system specs as level 3', () => {
    const p = plan({
      Gemfile:
        'source "https://rubygems.org"\n\ngem "rails", "~> 7.1"\n\ngroup :development, :test do\n  gem "rspec-rails"\n  gem "rubocop", require: false\nend\n',
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      '.rspec': '--require spec_helper\n',
      'spec/models/user_spec.rb': '',
      'spec/system/login_spec.rb': '',
    });
    expect(commands(p)).toEqual({
      '1': ['bundle exec rubocop'],
      '2': ['bundle exec rspec --exclude-pattern "spec/{system}/**/*_spec.rb"'],
      '3': ['bundle exec rspec spec/system'],
    });
  });

  it('prefers Makefile and justfile targets over raw tools of the same folder', () => {
    const make = plan({
      Makefile:
        '.PHONY: lint test build\n\nlint:\n\tgolangci-lint run\n\ntest: build\n\tgo test ./...\n\ntest-integration:\n\tgo test -tags integration ./...\n\nVERSION := 1.0\n',
      'go.mod': 'module x\n\ngo 1.22\n',
    });
    expect(commands(make)).toEqual({ '1': ['make lint'], '2': ['make test'], '3': ['make test-integration'] });
    const just = plan({
      justfile:
        'set shell := ["bash", "-c"]\n\ndefault:\n  just --list\n\nlint:\n  cargo clippy\n\ntest *args:\n  cargo test {{args}}\n\n_private:\n  echo hi\n',
    });
    expect(commands(just)).toEqual({ '1': ['just lint'], '2': ['just test'], '3': [] });
  });

  it('gives a polyglot repository commands per sub-project with their cwd', () => {
    const p = plan({
      'web/package.json': pkg({ lint: 'eslint .', test: 'vitest run' }),
      'web/pnpm-lock.yaml': 'lockfileVersion: 9.0\n',
      'api/pyproject.toml': '[project]\nname = "api"\nversion = "0.1.0"\n\n[tool.ruff]\n\n[tool.pytest.ini_options]\n',
      'api/uv.lock': '',
      'services/worker/go.mod': 'module worker\n\ngo 1.22\n',
      'web/node_modules/dep/package.json': pkg({ test: 'mocha' }),
    });
    expect(commands(p)).toEqual({
      '1': ['api: uv run ruff check .', 'web: pnpm run lint', 'services/worker: go vet ./...'],
      '2': ['api: uv run pytest', 'web: pnpm run test', 'services/worker: go test ./...'],
      '3': [],
    });
    expect(p.levels['1'].find((c) => c.cwd === 'web')).toEqual({
      name: 'lint',
      command: 'pnpm run lint',
      cwd: 'web',
      evidence: { file: 'web/package.json', line: 5 },
    });
  });

  it('treats a JavaScript workspace as one project run from its root', () => {
    const p = plan({
      'package.json': pkg({ lint: 'turbo run lint', test: 'turbo run test' }, { workspaces: ['packages/*'] }),
      'package-lock.json': '{}',
      'packages/a/package.json': pkg({ lint: 'eslint .', test: 'vitest run' }),
    });
    expect(commands(p)).toEqual({ '1': ['npm run lint'], '2': ['npm test'], '3': [] });
  });

  it('takes the commands of a repository whose gates live only in its CI workflow', () => {
    const workflow = [
      'name: CI',
      'on: [push]',
      'jobs:',
      '  check:',
      '    runs-on: ubuntu-latest',
      '    defaults:',
      '      run:',
      '        working-directory: app',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: pip install -r requirements.txt',
      '      - run: |',
      '          ruff check src',
      '          mypy --strict src',
      '      - name: unit',
      '        run: python -m pytest -q tests/unit',
      '      - name: e2e',
      '        run: python -m pytest tests/e2e',
      '        working-directory: app',
      '      - run: echo "${{ secrets.TOKEN }}" | docker login',
    ].join('\n');
    const p = plan({ '.github/workflows/ci.yml': workflow, 'app/main.py': 'print(1)\n' });
    expect(commands(p)).toEqual({
      '1': ['app: ruff check src', 'app: mypy --strict src'],
      '2': ['app: python -m pytest -q tests/unit'],
      '3': ['app: python -m pytest tests/e2e'],
    });
    const gitlab = plan({
      '.gitlab-ci.yml': 'stages: [test]\n\nlint:\n  script:\n    - npm ci\n    - npm run lint\n\nunit:\n  script: npm test\n',
    });
    expect(commands(gitlab)).toEqual({ '1': ['npm run lint'], '2': ['npm test'], '3': [] });
  });

  it('takes level commands from the PRP first, then .ce/config.yml, then inference', () => {
    const prp = [
      '---',
      'prp_id: PRP-1',
      'name: demo',
      '---',
      '## Validation Loop',
      '### Level 1: Syntax & Style',
      '```bash',
      'npm run lint:strict',
      '```',
      '',
    ].join('\n');
    const p = plan(
      {
        'PRPs/PRP-1-demo.md': prp,
        '.ce/config.yml':
          'version: 1\nvalidation:\n  commands:\n    "1":\n      - command: npm run never\n    "2":\n      - name: unit\n        command: npm run test:unit\n        cwd: web\n',
        'package.json': pkg({ lint: 'eslint .', test: 'vitest run', 'test:e2e': 'playwright test' }),
      },
      'PRPs/PRP-1-demo.md',
    );
    expect(p.levels).toEqual({
      '1': [{ name: 'npm lint:strict', command: 'npm run lint:strict', cwd: '.' }],
      '2': [{ name: 'unit', command: 'npm run test:unit', cwd: 'web' }],
      '3': [{ name: 'test:e2e', command: 'npm run test:e2e', cwd: '.', evidence: { file: 'package.json', line: 7 } }],
    });
  });

  it('refuses a .ce/config.yml nested beyond the YAML limits, naming the file, and ignores one without commands', () => {
    const deep = `version: 1\nvalidation:\n${'['.repeat(400)}${']'.repeat(400)}\n`;
    expect(() => plan({ '.ce/config.yml': deep, 'package.json': pkg({ test: 'vitest run' }) })).toThrow(
      expect.objectContaining({ file: expect.stringMatching(/config\.yml$/), message: expect.stringMatching(/nested more than/) }),
    );
    const quiet = plan({ '.ce/config.yml': 'version: 1\n', 'package.json': pkg({ test: 'vitest run' }) });
    expect(quiet.levels['2'].map((c) => c.command)).toEqual(['npm test']);
  });

  it('lists one command per concern: no script variants, no hooks, no duplicate of a Makefile target', () => {
    const p = plan({
      'package.json': pkg({
        lint: 'eslint .',
        'lint:ci': 'eslint . -f junit',
        'lint-staged': 'lint-staged',
        test: 'jest',
        'test:ci': 'jest --ci',
        'test:e2e': 'cypress run',
        'test:e2e:ci': 'start-server-and-test',
      }),
      'package-lock.json': '{}',
      Makefile: 'test:\n\tnpm test\n\ndocker:\n\tdocker build .\n',
    });
    expect(commands(p)).toEqual({ '1': ['npm run lint'], '2': ['make test'], '3': ['npm run test:e2e'] });
  });

  it('reads hatch environment scripts and pdm scripts of a pyproject', () => {
    const hatch = plan({
      'pyproject.toml':
        '[project]\nname = "x"\nversion = "1"\n\n[tool.hatch.envs.default.scripts]\ntest = "pytest {args}"\ncov = "pytest --cov"\n\n[tool.hatch.envs.lint.scripts]\ntyping = "mypy src"\nstyle = "ruff check ."\nfmt = "ruff format ."\n\n[tool.ruff]\n',
    });
    expect(commands(hatch)).toEqual({ '1': ['hatch run lint:typing', 'hatch run lint:style'], '2': ['hatch run test'], '3': [] });
    const pdm = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n\n[tool.pdm.scripts]\nlint = "ruff check ."\ntest = "pytest"\n',
      'pdm.lock': '',
    });
    expect(commands(pdm)).toEqual({ '1': ['pdm run lint'], '2': ['pdm run test'], '3': [] });
  });

  it('uses Django’s test runner for a Django project without pytest', () => {
    const p = plan({
      'manage.py':
        '#!/usr/bin/env python\nimport os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\nfrom django.core.management import execute_from_command_line\n',
      'requirements.txt': 'Django==5.0\n',
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['python manage.py test'], '3': [] });
  });

  it('reads well-known lint actions of a workflow as the commands they run', () => {
    const workflow =
      'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n      - uses: golangci/golangci-lint-action@v6\n        with:\n          version: latest\n          working-directory: svc\n';
    const p = plan({ '.github/workflows/lint.yml': workflow, 'svc/main.go': 'package main\n' });
    expect(commands(p)).toEqual({ '1': ['svc: golangci-lint run'], '2': [], '3': [] });
    expect(p.levels['1'][0]?.evidence).toEqual({ file: '.github/workflows/lint.yml', line: 8 });
  });
});
