import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob, workflowOn } from '../../test/inferred-plan.js';

const workflow = (...jobs: string[]): string => workflowOn('[push]', ...jobs);
const job = stepsJob;
const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ name: 'app', version: '1.0.0', scripts, ...extra }, null, 2);

describe('inference on what a project really runs', () => {
  it('ignores CI jobs that check out other code: another repository, a path checkout, a folder the repository lacks, a downstream job', () => {
    const p = plan({
      'package.json': pkg({ test: 'vitest run' }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: npm test']),
        job('plugin', [
          '- uses: actions/checkout@v4',
          '  with: { repository: acme/plugin, path: plugin }',
          '- run: npm run test:e2e',
          '  working-directory: plugin',
        ]),
        job('old-api', ['- uses: actions/checkout@v4', '  with: { path: base }', '- run: cd base && npm run lint']),
        job('other', ['- uses: actions/checkout@v4', '  with: { repository: acme/other }', '- run: npm run lint']),
        job('build-dir', ['- uses: actions/checkout@v4', '- run: mkdir out && cd out && make test']),
        job('downstream', ['- uses: actions/checkout@v4', '- run: npm run test:integration']),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['npm test'], '3': [] });
  });

  it('does not trust a task-runner recipe by its name when its body watches or writes', () => {
    const p = plan({
      justfile: 'watch +args="test":\n  cargo watch --exec "{{ args }}"\n\ntest: (watch "test --all")\n\nlint:\n  cargo fmt --all\n',
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'package.json': pkg({ lint: 'prettier --write .', format: 'prettier --check .', test: 'vitest --watch' }),
      'package-lock.json': '{}',
    });
    expect(commands(p)).toEqual({
      '1': ['npm run format', 'cargo fmt --check', 'cargo clippy --all-targets'],
      '2': ['cargo test'],
      '3': [],
    });
  });

  it('selects tests as the project configures: pytest addopts, a conftest switch, Go build tags, Rust tests/', () => {
    const addopts = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n\n[tool.pytest.ini_options]\naddopts = "-m \'not integration\'"\n',
      'uv.lock': '',
    });
    expect(commands(addopts)).toEqual({ '1': [], '2': ['uv run pytest'], '3': ['uv run pytest -m integration'] });
    const option = plan({
      'pyproject.toml': '[tool.poetry]\nname = "x"\nversion = "1"\n\n[tool.pytest]\naddopts = ["-ra"]\n',
      'poetry.lock': '',
      'tests/conftest.py':
        'def pytest_addoption(parser):\n    parser.addoption("--integration", action="store_true")\n\ndef pytest_configure(config):\n    config.addinivalue_line("markers", "integration: mark integration tests")\n',
    });
    expect(commands(option)).toEqual({ '1': [], '2': ['poetry run pytest'], '3': ['poetry run pytest --integration -m integration'] });
    expect(option.levels['3'][0]?.evidence).toEqual({ file: 'tests/conftest.py', line: 2 });
    const go = plan({
      'go.mod': 'module x\n',
      'db/db_test.go': '//go:build integration\n\npackage db\n',
      'x_test.go': '//go:build !integration\n\npackage x\n',
    });
    expect(commands(go)['3']).toEqual(['go test -tags integration ./...']);
  });

  it('finds configured checks that were missed: isort, hatch’s test and fmt, scripts/test', () => {
    expect(commands(plan({ 'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n\n[tool.isort]\nprofile = "black"\n' }))['1']).toEqual([
      'isort --check-only --diff .',
    ]);
    const hatch = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n',
      'hatch.toml': '[envs.hatch-test]\n\n[envs.hatch-static-analysis]\n\n[envs.types.scripts]\ncheck = "mypy src"\n',
    });
    expect(commands(hatch)).toEqual({ '1': ['hatch run types:check', 'hatch fmt --check'], '2': ['hatch test'], '3': [] });
    const scripts = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n\n[tool.ruff]\n',
      'scripts/check': '#!/bin/sh\nruff check .\nmypy src\n',
      'scripts/lint': '#!/bin/sh\nruff check --fix .\n',
      'scripts/test': '#!/bin/sh\npytest\n',
    });
    expect(commands(scripts)).toEqual({ '1': ['scripts/check'], '2': ['scripts/test'], '3': [] });
  });

  it('keeps builds and repository hygiene out of levels 1 and 2', () => {
    const make = plan({ Makefile: 'static: libx.a\n\nlibx.a: x.o\n\tar rcs libx.a x.o\n\ntest: tests\n\t./run-tests\n' });
    expect(commands(make)).toEqual({ '1': [], '2': ['make test'], '3': [] });
    const p = plan({
      'package.json': pkg({ test: 'jest' }),
      'yarn.lock': '',
      '.github/workflows/ci.yml': workflow(
        job('ci', [
          '- uses: actions/checkout@v4',
          '- run: yarn manypkg check',
          '- run: yarn dedupe --check',
          '- run: yarn test',
          '- run: cargo check',
        ]),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['yarn test'], '3': [] });
  });

  it('takes CI as the witness: guesses CI does not run are dropped, what it runs beyond them is added, with file and line', () => {
    const p = plan({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'tests/cli.rs': '',
      'fuzz/Cargo.toml': '[package]\nname = "x-fuzz"\nversion = "0.1.0"\n',
      'tools/gen/package.json': pkg({ test: 'vitest run' }),
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: ${{ env.CARGO }} test --workspace'], ['env:', '  CARGO: cargo']),
        job('fmt', ['- uses: actions/checkout@v4', '- run: |', '    cargo fmt --all --check', '    cargo deny check']),
      ),
    });
    expect(commands(p)).toEqual({
      '1': ['cargo fmt --check'],
      '2': ['cargo test --lib --bins'],
      '3': ["cargo test --test '*'"],
    });
    const ciOnly = plan({
      'app/main.py': '',
      '.github/workflows/ci.yml': workflow(job('t', ['- uses: actions/checkout@v4', '- run: |', '    cd app', '    pytest -q'])),
    });
    expect(ciOnly.levels['2']).toEqual([
      { name: 'pytest', command: 'pytest -q', cwd: 'app', evidence: { file: '.github/workflows/ci.yml', line: 9 } },
    ]);
  });

  it('keeps the levels a reusable workflow of another repository may check, whose steps cannot be read', () => {
    const p = plan({
      'go.mod': 'module x\n',
      '.golangci.yml': 'linters: {}\n',
      '.github/workflows/lint.yml': 'on: [push]\njobs:\n  lint:\n    uses: acme/meta/.github/workflows/lint.yml@main\n',
      '.github/workflows/test.yml': workflow(job('t', ['- uses: actions/checkout@v4', '- run: go test -race ./...'])),
    });
    expect(commands(p)).toEqual({ '1': ['go vet ./...', 'golangci-lint run'], '2': ['go test ./...'], '3': [] });
  });
});

describe('inference on what CI lines really say (held-out-3 classes)', () => {
  it('expands matrix values of runner environments and skips set-up runs; reads tox.toml; sees through pipx run and multi-line nox decorators', () => {
    const tox = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n',
      'tox.toml':
        'env_list = ["3.13", "type", "type-min", "docs"]\n\n[env.type]\ncommands = [["mypy", "src"]]\n\n[env.type-min]\ncommands = [["mypy", "src"]]\n',
      '.github/workflows/check.yml': workflow(
        job(
          'test',
          [
            '- uses: actions/checkout@v4',
            '- run: tox run --notest -e ${{ matrix.py }}',
            '- run: tox run --skip-pkg-install -e ${{ matrix.py }}',
          ],
          ['strategy:', '  matrix:', '    py: ["3.13", "3.12"]'],
        ),
        job(
          'check',
          ['- uses: actions/checkout@v4', '- run: tox r -e ${{ matrix.tox_env }}'],
          ['strategy:', '  matrix:', '    tox_env: [type, docs]'],
        ),
      ),
    });
    expect(commands(tox)).toEqual({ '1': ['tox -e type'], '2': ['tox -e 3.13'], '3': [] });
    expect(tox.levels['1'][0]?.evidence).toEqual({ file: 'tox.toml', line: 1 });
    const nox = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n',
      'noxfile.py':
        '@nox.session(\n    python=["3.12", "3.13"],\n)\ndef tests(session):\n    session.run("pytest")\n\n@nox.session\ndef lint(session):\n    session.run("ruff", "check")\n',
      '.github/workflows/ci.yml': workflow(
        job(
          'ci',
          ['- uses: actions/checkout@v4', '- run: pipx run nox -s lint', '- run: nox --session "tests-${{ matrix.python }}"'],
          ['strategy:', '  matrix:', '    python: ["3.12", "3.13"]'],
        ),
      ),
    });
    expect(commands(nox)).toEqual({ '1': ['nox -s lint'], '2': ['nox -s tests'], '3': [] });
  });

  it('splits `just lint test`, reads linters from script-file names and integration folders, and leaves cmake configure and package-manager jobs out', () => {
    const p = plan({
      'go.mod': 'module x\n',
      justfile: 'lint:\n  golangci-lint run\n\ntest:\n  go test ./...\n',
      '.ci.gofmt.sh': '#!/bin/sh\ngofmt -l .\n',
      'integration/test.sh': '#!/bin/sh\ncurl localhost:3000\n',
      '.github/workflows/ci.yml': workflow(
        job('ci', [
          '- uses: actions/checkout@v4',
          '- run: just lint test',
          '- run: ./.ci.gofmt.sh',
          '- run: bash integration/test.sh',
          '- run: cmake -S "${{ github.workspace }}/test/cmake" -B consumer',
        ]),
      ),
      '.github/workflows/package-manager-ci.yml': workflow(job('yarn', ['- uses: actions/checkout@v4', '- run: go test -count=3 ./...'])),
    });
    expect(commands(p)).toEqual({ '1': ['just lint', './.ci.gofmt.sh'], '2': ['just test'], '3': ['bash integration/test.sh'] });
    expect(p.levels['1'][1]?.evidence).toEqual({ file: '.github/workflows/ci.yml', line: 8 });
  });

  it('lets the named script CI runs stand for its parts, and keeps what a dropped recipe had displaced', () => {
    const node = plan({
      'package.json': pkg({
        check: 'npm run check:lint && npm run check:type',
        'check:lint': 'eslint .',
        'check:type': 'tsc -p .',
        test: 'node --test',
      }),
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
      '.github/workflows/ci.yml': workflow(job('ci', ['- uses: actions/checkout@v4', '- run: npm test', '- run: npm run check'])),
    });
    expect(commands(node)).toEqual({ '1': ['npm run check'], '2': ['npm test'], '3': [] });
    const rust = plan({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'tests/cli.rs': '',
      justfile: 'itest:\n  nix build .#itest\n',
      '.github/workflows/ci.yml': workflow(job('ci', ['- uses: actions/checkout@v4', '- run: cargo hack test'])),
    });
    expect(commands(rust)).toEqual({ '1': [], '2': ['cargo test --lib --bins'], '3': ["cargo test --test '*'"] });
  });

  it("counts a workspace member's tests/ as integration targets and a member's own CI run as covered by the workspace", () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["core", "web-*"]\n',
      'core/Cargo.toml': '[package]\nname = "core"\nversion = "0.1.0"\n',
      'web-api/Cargo.toml': '[package]\nname = "web-api"\nversion = "0.1.0"\n',
      'web-api/tests/routes.rs': '',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test --workspace --all-targets']),
        job('nightly', ['- uses: actions/checkout@v4', '- run: cargo test', '  working-directory: core']),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['cargo test --workspace --lib --bins'], '3': ["cargo test --workspace --test '*'"] });
  });

  it('keeps lint defaults when a whole-CI workflow of another repository runs the checks', () => {
    const p = plan({
      'deno.json': JSON.stringify({ tasks: { test: 'deno test' } }),
      '.github/workflows/test.yml': workflow(
        '  deno_ci:\n    uses: acme/workflows/.github/workflows/deno-ci.yml@main',
        job('node', ['- uses: actions/checkout@v4', '- run: deno task test']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['deno lint', 'deno fmt --check', 'deno check .'], '2': ['deno task test'], '3': [] });
  });

  it('reads just recipes with quoted defaults and templates, CI expressions holding && or braces, `type` scripts and `cross test`', () => {
    const just = plan({
      'pyproject.toml': '[project]\nname = "x"\nversion = "1"\n',
      'uv.lock': '',
      Justfile:
        "python := \"\"\n\nlint:\n    uv run ruff check src\n\ntest *args=\"-x --ff tests\":\n    uv run {{ if python != '' { '-p ' + python } else { '' } }} pytest {{args}}\n\ncov *args=\"-x\":\n    uv run {{ if python != '' { '-p ' + python } else { '' } }} coverage run -m pytest {{args}}\n",
      '.github/workflows/main.yml': workflow(
        job('tests', [
          '- uses: actions/checkout@v4',
          "- run: just python=${{ startsWith(matrix.py, 'pypy') && matrix.py || format('python{0}', matrix.py) }} cov",
          '- run: just lint',
        ]),
      ),
    });
    expect(commands(just)).toEqual({ '1': ['just lint'], '2': ['just test'], '3': [] });
    expect(just.levels['2'][0]?.evidence).toEqual({ file: 'Justfile', line: 6 });
    const node = plan({
      'package.json': pkg({ lint: 'xo', type: 'tsd && tsc', unit: 'ava' }),
      'package-lock.json': '{}',
      '.github/workflows/main.yml': workflow(
        job('t', ['- uses: actions/checkout@v4', '- run: npm run lint', '- run: npm run type', '- run: npm run unit']),
      ),
    });
    expect(commands(node)).toEqual({ '1': ['npm run lint', 'npm run type'], '2': ['npm run unit'], '3': [] });
    const rust = plan({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      '.github/workflows/ci.yml': workflow(
        job(
          't',
          ['- uses: actions/checkout@v4', '- run: cargo test', '- run: cross test --lib --target ${{ matrix.target }}'],
          ['strategy:', '  matrix:', '    target: [aarch64-unknown-linux-gnu]'],
        ),
      ),
    });
    expect(commands(rust)).toEqual({ '1': [], '2': ['cargo test'], '3': [] });
  });
});
