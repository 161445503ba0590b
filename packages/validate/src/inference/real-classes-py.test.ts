import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan } from '../../test/inferred-plan.js';
import { canonicalCiCommand, levelOfCiCommand } from './ci-workflows.js';

// Classes of mistake seen on held-out-5-py / held-out-6-py (Python projects), each fixture built here.

const steps = (...lines: string[]): string => lines.map((l) => `      ${l}`).join('\n');
const job = (name: string, body: string, extra = ''): string =>
  `  ${name}:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - uses: actions/checkout@v4\n${body}`;
const workflow = (on: string, ...jobs: string[]): string => `on: ${on}\njobs:\n${jobs.join('\n')}\n`;

const TOX_INI = [
  '[tox]',
  'envlist = lint, mypy-test, typing, py{39,313}',
  '',
  '[testenv]',
  'commands = pytest {posargs}',
  '',
  '[testenv:lint]',
  'commands = pre-commit run --all-files',
  '',
  '[testenv:typing]',
  'commands = pyright',
  '',
  '[testenv:mypy-test]',
  'commands = mypy tests/mypy_cases',
  '',
].join('\n');

describe('Python projects: what their CI really runs', () => {
  it('reads a release-named workflow that runs on pull requests, and the tox envs of its matrix include', () => {
    const p = plan({
      'tox.ini': TOX_INI,
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/build-release.yml': workflow(
        '{ push: { branches: [dev] }, pull_request: {} }',
        job('mypy', steps('- run: python -m tox -e mypy-test')),
        job('lint', steps('- run: python -m tox -e lint')),
        job(
          'tests',
          steps('- run: python -m tox -e ${{ matrix.tox }}'),
          '    strategy:\n      matrix:\n        include:\n          - { python: "3.9", tox: py39 }\n          - { python: "3.13", tox: py313 }\n',
        ),
        job('publish-to-pypi', steps('- run: twine upload dist/*'), "    if: startsWith(github.ref, 'refs/tags/')\n"),
      ),
    });
    // `mypy` is a factor only `mypy-test` has: the environment is named as such; CI never runs `typing`.
    expect(commands(p)).toEqual({ '1': ['tox -e lint', 'tox -e mypy-test'], '2': ['tox -e py39,py313'], '3': [] });
  });

  it('does not take a workflow that only runs on a timer or by hand as a gate', () => {
    const p = plan({
      'pyproject.toml': '[project]\nname = "x"\n[tool.mypy]\nstrict = true\n',
      'poetry.lock': '',
      '.github/workflows/tests.yml': workflow('[pull_request]', job('t', steps('- run: poetry run mypy'))),
      '.github/workflows/update-licenses.yml': workflow(
        '{ schedule: [{ cron: "0 0 1 * *" }], workflow_dispatch: {} }',
        job('update', steps("- run: 'poetry run pre-commit run --all-files || true'")),
      ),
    });
    expect(commands(p)['1']).toEqual(['poetry run mypy .']);
  });

  it('does not let one tox environment in CI confirm another by the runner name alone', () => {
    const p = plan({
      'tox.ini':
        '[tox]\nenv_list = py3.12, mypy\n\n[testenv]\ncommands = coverage run -m pytest tests/\n\n[testenv:lint]\ncommands =\n    mypy\n    ruff check\n',
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': workflow(
        '[pull_request]',
        job('lint', steps('- run: uv run --with tox-uv tox -e lint')),
        job('test', steps('- run: uv run --with tox-uv tox -e py')),
      ),
    });
    expect(commands(p)['1']).toEqual(['tox -e lint']);
  });

  it('reads poethepoet tasks as project scripts: a composite takes its parts level, CI matrix tasks expand', () => {
    const p = plan({
      'pyproject.toml': [
        '[project]',
        'name = "x"',
        '[tool.poe.tasks]',
        'test = "pytest"',
        'docs = "sphinx-build -b doctest doc/source doc/build"',
        'check = ["test", "docs"]',
        'mypy = "mypy"',
        'all = ["lint", "mypy", "check"]',
        '[tool.poe.tasks.lint]',
        'sequence = [{ cmd = "ruff check ." }, { cmd = "ruff format --check ." }]',
        '',
      ].join('\n'),
      '.github/workflows/ci.yaml': workflow(
        '{ pull_request: { branches: [main] } }',
        job(
          'test',
          steps('- run: uv run --python ${{ matrix.python }} poe ${{ matrix.task }}'),
          '    strategy:\n      matrix:\n        include:\n          - { python: "3.10", task: check }\n          - { python: "3.14", task: lint }\n          - { python: "3.14", task: mypy }\n',
        ),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['poe mypy', 'poe lint'], '2': ['poe check'], '3': [] });
  });

  it('prefers the task runner CI calls when another runner’s script only duplicates the same CI line', () => {
    const p = plan({
      Makefile: 'test:\n\tpytest tests/ -vv\nformat-check:\n\tblack --check .\n',
      'tox.ini': '[tox]\nenvlist = py{38,39}\n\n[testenv]\ncommands =\n    pytest --cov=rich tests/ {posargs}\n',
      'pyproject.toml': '[project]\nname = "x"\n[tool.black]\n',
      '.github/workflows/ci.yml': workflow(
        '[pull_request]',
        job('build', steps('- run: make format-check', '- run: pytest tests -v --cov=./rich')),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['make format-check'], '2': ['make test'], '3': [] });
  });

  it('reads a test-cov script in CI as the project’s test script, and a PR-scoped hook run as the hooks', () => {
    const p = plan({
      'scripts/test.sh': '#!/usr/bin/env bash\nset -e\npytest -n auto tests ${@}\n',
      'pyproject.toml': '[project]\nname = "x"\n[tool.pytest.ini_options]\n',
      'uv.lock': '',
      '.pre-commit-config.yaml': 'repos: []\n',
      '.github/workflows/test.yml': workflow('[pull_request]', job('test', steps('- run: uv run --no-sync bash scripts/test-cov.sh'))),
      '.github/workflows/pre-commit.yml': workflow(
        '[pull_request]',
        job('lint', steps('- run: uv run prek run --from-ref origin/${GITHUB_BASE_REF} --to-ref HEAD --show-diff-on-failure')),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['uv run prek run --all-files'], '2': ['uv run bash scripts/test.sh'], '3': [] });
  });

  it('takes the pre-commit.ci badge of the README as the service running the hooks', () => {
    const tree = {
      'pyproject.toml': '[project]\nname = "x"\n',
      '.pre-commit-config.yaml': 'repos: []\n',
      '.github/workflows/test.yml': workflow('[pull_request]', job('t', steps('- run: pytest'))),
    };
    expect(commands(plan(tree))['1']).toEqual([]);
    const withBadge = plan({
      ...tree,
      'README.rst': '.. image:: https://results.pre-commit.ci/badge/github/acme/x/main.svg\n   :alt: pre-commit.ci status\n',
    });
    expect(withBadge.levels['1'].map((c) => [c.command, c.evidence?.file])).toEqual([['pre-commit run --all-files', 'README.rst']]);
  });

  it('reads a noxfile whose sessions use a decorator of its own, run from a session list CI computes', () => {
    const p = plan({
      'noxfile.py': [
        'import nox',
        'nox.options.sessions = []',
        'def session(default=True, **kwargs):',
        '    def _session(fn):',
        '        return nox.session(**kwargs)(fn)',
        '    return _session',
        '@session(python=["3.12", "3.13"])',
        'def tests(session):',
        '    session.run("pytest")',
        '@session(tags=["style"])',
        'def style(session):',
        '    session.run("ruff", "check", ".")',
        '@session()',
        'def typing(session):',
        '    session.run("mypy", "pkg")',
        '',
      ].join('\n'),
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': workflow(
        '[pull_request]',
        job('list', steps('- id: m', '  run: echo >>$GITHUB_OUTPUT noxenvs=$(uvx nox --list-sessions --json | jq "[.[].session]")')),
        job('typing', steps('- run: uvx nox -s typing')),
        job(
          'ci',
          steps('- run: uvx nox -s "${{ matrix.noxenv }}" -- ${{ matrix.posargs }}'),
          '    strategy:\n      matrix:\n        noxenv: ${{ fromJson(needs.list.outputs.noxenvs) }}\n        include:\n          - { noxenv: "tests-3.13(format)", posargs: coverage }\n',
        ),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['nox -s style', 'nox -s typing'], '2': ['nox -s tests'], '3': [] });
  });

  it('reads a renamed nox session by its function, and nox -t tags as their own selection', () => {
    const p = plan({
      'noxfile.py': [
        'import nox',
        'nox.options.sessions = ["tests"]',
        '@nox.session()',
        'def tests(session):',
        '    session.run("pytest")',
        '@nox.session(name="pep484")',
        'def mypy_check(session):',
        '    session.run("mypy", "./pkg")',
        '@nox.session(name="pyoptimize")',
        'def test_pyoptimize(session):',
        '    session.run("pytest", "-O")',
        '',
      ].join('\n'),
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/run-on-pr.yaml': workflow(
        '{ pull_request: { branches: [main] } }',
        job(
          'test',
          steps('- run: nox -t py-${{ matrix.sqlalchemy }}'),
          '    strategy:\n      matrix:\n        sqlalchemy: [sqla14, sqla20]\n',
        ),
        job('pep484', steps('- run: nox -s pep484')),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['nox -s pep484'], '2': ['nox -t py-sqla14', 'nox -t py-sqla20'], '3': [] });
    // The session itself is found in the noxfile (not only CI's spelling of it).
    expect(p.levels['1'][0]?.evidence?.file).toBe('noxfile.py');
  });

  it('reads tox -m labels, a root ci.sh by the suite it runs, and leaves set-up, builds and collection out', () => {
    const p = plan({
      'tox.ini':
        '[tox]\nenvlist = py{312,313}\nlabels =\n    check = typing, gen_exports\n\n[testenv]\ncommands = pytest {posargs}\n\n[testenv:typing]\ncommands = mypy\n',
      'ci.sh': [
        '#!/bin/bash',
        'set -ex',
        'python -Im pip install -U pip uv',
        'python -Im build',
        'mypy --cache-dir=./.mypy_cache -c "import pkg" >/dev/null 2>&1 || true',
        'if coverage run -m \\',
        '    pytest -ra --run-slow pkg; then',
        '    PASSED=true',
        'fi',
        '',
      ].join('\n'),
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': workflow(
        '[pull_request]',
        job('smoke', steps('- run: pytest --collect-only -qq .')),
        job('ubuntu', steps('- run: python -m pip install tox && tox -m check', '- run: ./ci.sh')),
        job('cython', steps('- run: cythonize --inplace -X linetrace=True tests/cython/test_cython.pyx')),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['tox -m check'], '2': ['tox -e py312,py313', './ci.sh'], '3': [] });
    for (const line of [
      'pytest --collect-only -qq .',
      'uvx nox --list-sessions --json',
      'python -Im pip install .',
      'pre-commit run -a || true',
    ])
      expect(levelOfCiCommand(line)).toBeUndefined();
  });

  it('reads `linters` as a lint env and runs pre-commit.ci hooks through uv only when the project declares pre-commit', () => {
    const p = plan({
      'tox.ini': '[tox]\nenvlist = py,linters\n\n[testenv]\ncommands = pytest\n\n[testenv:linters]\ncommands = flake8 src\n',
      'setup.cfg': '[metadata]\nname = x\n',
      'uv.lock': '',
      'pyproject.toml': '[project]\nname = "x"\n',
      '.pre-commit-config.yaml': 'ci:\n  autoupdate_schedule: monthly\nrepos: []\n',
      '.github/workflows/main.yml': workflow(
        '[pull_request]',
        job(
          'main',
          steps('- run: tox -e ${{ matrix.toxenv }}'),
          '    strategy:\n      matrix:\n        include:\n          - { python: "3.10", toxenv: py }\n          - { python: "3.10", toxenv: linters }\n',
        ),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['tox -e linters', 'pre-commit run --all-files'], '2': ['tox -e py'], '3': [] });
  });

  it('reads TOXENV of a step, commands wrapped by an action, and a tox env named for a formatter by what it runs', () => {
    const p = plan({
      'tox.ini': [
        '[tox]',
        'envlist = py{312,313},flake8',
        '',
        '[testenv]',
        'commands = pytest',
        '',
        '[testenv:flake8]',
        'commands = flake8 src tests',
        '',
        '[testenv:black]',
        'commands = {envpython} -m black --check .',
        '',
      ].join('\n'),
      'setup.cfg': '[metadata]\nname = x\n',
      '.github/workflows/ci.yml': workflow(
        '[pull_request]',
        job('black', steps('- run: tox', '  env:', '    TOXENV: black')),
        job('flake8', steps('- uses: liskin/gh-problem-matcher-wrap@v4', '  with:', '    linters: flake8', '    run: tox -e flake8')),
        job('test', steps('- run: tox -e py')),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['tox -e flake8', 'tox -e black'], '2': ['tox -e py'], '3': [] });
  });

  it('reads hatch run with matrix overrides, and a script named otherwise as what its environment is for', () => {
    const p = plan({
      'pyproject.toml': [
        '[project]',
        'name = "x"',
        '[tool.hatch.envs.test.scripts]',
        "test = 'python -m unittest discover -s pkg'",
        '_coverage = ["coverage run -m unittest discover -s pkg", "coverage report"]',
        'with-coverage = "test"',
        '[tool.hatch.envs.integration.scripts]',
        'test = "python -m pkg.tests.integration"',
        '[tool.hatch.envs.lint.scripts]',
        'markdown = "npm exec --yes -- markdownlint-cli README.md docs/"',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': workflow(
        '[pull_request]',
        job(
          'test',
          steps(
            '- run: hatch run +py=${{ matrix.py || matrix.python-version }} test:with-coverage',
            '- run: hatch run +py=${{ matrix.python-version }} integration:test',
          ),
          '    strategy:\n      matrix:\n        python-version: ["3.12"]\n',
        ),
        job('lint', steps('- run: hatch run lint:markdown')),
      ),
    });
    expect(commands(p)).toEqual({
      '1': ['hatch run lint:markdown'],
      '2': ['hatch run test:with-coverage'],
      '3': ['hatch run integration:test'],
    });
  });

  it('reads a Makefile codestyle target by its name, and a target calling its tool through a variable folder by that tool', () => {
    const p = plan({
      Makefile:
        'VENV_BIN = venv/bin\n\ncodestyle:\n\t$(VENV_BIN)/python -m tools.stylecheck\n\nquality:\n\t@echo Running flake8\n\t$(VENV_BIN)/flake8 pkg/ tests/\n\ntest:\n\t$(VENV_BIN)/python -m pytest\n',
      'setup.cfg': '[metadata]\nname = x\n[flake8]\nmax-line-length = 100\n',
      '.github/workflows/code-style.yml': workflow(
        '{ pull_request: { paths: ["pkg/**/*.py"] } }',
        job('style', steps('- run: make codestyle', '- run: make quality')),
      ),
      '.github/workflows/tests.yml': workflow('[pull_request]', job('t', steps('- run: make test'))),
    });
    expect(commands(p)).toEqual({ '1': ['make codestyle', 'make quality'], '2': ['make test'], '3': [] });
  });

  it('takes a bare nox in CI for the default sessions the noxfile lists, not every session', () => {
    const noxfile = (defaults: string): string =>
      [
        'import nox',
        defaults,
        '@nox.session',
        'def tests(session):',
        '    session.run("pytest")',
        '@nox.session',
        'def lint(session):',
        '    session.run("ruff", "check", ".")',
        '',
      ].join('\n');
    const tree = (defaults: string): Record<string, string> => ({
      'noxfile.py': noxfile(defaults),
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': workflow('[pull_request]', job('t', steps('- run: nox'))),
    });
    expect(commands(plan(tree('nox.options.sessions = ["tests"]')))).toEqual({ '1': [], '2': ['nox -s tests'], '3': [] });
    expect(commands(plan(tree('')))).toEqual({ '1': ['nox -s lint'], '2': ['nox -s tests'], '3': [] });
  });

  it('reads a tool called by its install path (/usr/lib/python3.13/bin/meson) as the tool itself', () => {
    expect(canonicalCiCommand('/usr/lib/python3.13/bin/meson test -C ./build')).toBe('meson test -C ./build');
    expect(canonicalCiCommand('./scripts/test.sh')).toBe('./scripts/test.sh');
  });
});
