import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { withLiteralSubstitutions } from './command-substitution.js';
import { levelOfCiCommand } from './ci-level.js';
import { withRecursiveMake } from './recursive-make.js';
import { withEnvLiterals } from './env-literal.js';
import { withoutHatchOptions } from './hatch-options.js';
import { runsNamedHooks } from './pre-commit-hooks.js';
import { withPlainInterpreter } from './interpreter-path.js';
import { withoutInstalls } from './install-line.js';
import { toolKeys } from './script-body.js';
import { pytestSuite } from './pytest-run-variants.js';
import { splitRunScript } from './ci-workflows.js';

// Classes of mistake seen on held-out-final-5-py (tox, nox, hatch, uv, poetry, pdm and Makefile-driven
// Python projects, Django apps and C extensions), each fixture built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

describe('a recipe calling `$(MAKE) target` runs that target', () => {
  it('spells recursive make calls as `make`', () => {
    expect(withRecursiveMake('$(MAKE) test-parallel')).toBe('make test-parallel');
    expect(withRecursiveMake('if [ -n "$$X" ]; then ${MAKE} -C docs test; fi')).toBe('if [ -n "$$X" ]; then make -C docs test; fi');
    expect(withRecursiveMake('$(MAKEFLAGS) x')).toBe('$(MAKEFLAGS) x');
  });

  it("keeps CI's `make ci-test` and `make ci-lint`, whose recipes reach the tests and linters through `$(MAKE)`", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        Makefile: [
          'RUN_TEST = python -m pytest',
          'test-parallel:',
          '\t$(RUN_TEST) -n auto',
          'ruff:',
          '\tpython -m ruff check .',
          'lint-all:',
          '\t$(MAKE) -j ruff',
          'ci-lint:',
          '\t$(MAKE) lint-all',
          'ci-test:',
          '\t$(MAKE) install-deps',
          '\t$(MAKE) test-parallel',
          'install-deps:',
          '\tpip install -e .',
          '',
        ].join('\n'),
        '.github/workflows/tests.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('tests', ['- uses: actions/checkout@v4', '- run: make PYTHON=python ci-test']),
          stepsJob('linters', ['- uses: actions/checkout@v4', '- run: make ci-lint']),
        ),
      }),
    );
    expect(p['1']).toEqual(['make ci-lint']);
    expect(p['2']).toEqual(['make PYTHON=python ci-test']);
  });
});

describe('a script named for installing prepares the run', () => {
  it('does not read `install-pydeps.sh pytest` as a test run', () => {
    const body = '#!/bin/sh\nset -e\n"$PYTHON" -m pip install --upgrade "$@"\nuv_install "$@"\n';
    expect(levelOfCiCommand('./scripts/internal/install-pydeps.sh pytest', body.replaceAll('"$@"', 'pytest'))).toBeUndefined();
    expect(levelOfCiCommand('ci/install_deps.sh')).toBeUndefined();
    expect(levelOfCiCommand('scripts/bootstrap.sh')).toBeUndefined();
  });

  it("keeps CI's own test target when a job also installs pytest through such a script", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        'scripts/internal/install-pydeps.sh': '#!/bin/sh\nset -e\npython -m pip install "$@"\nuv_install "$@"\n',
        Makefile: 'test:\n\tpython -m pytest\n',
        '.github/workflows/tests.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('tests', ['- uses: actions/checkout@v4', '- run: make test']),
          stepsJob('bots', ['- uses: actions/checkout@v4', '- run: ./scripts/internal/install-pydeps.sh pytest']),
        ),
      }),
    );
    expect(p['2']).toEqual(['make test']);
  });
});

describe('a command substitution of a literal is worked out', () => {
  it('reshapes the matrix version as `echo … | tr -d .` or `sed s/…//g` does', () => {
    expect(withLiteralSubstitutions('tox run -f py$(echo 3.10 | tr -d .)')).toBe('tox run -f py310');
    expect(withLiteralSubstitutions("tox -e py$(echo 3.12 | tr -d '.')-django")).toBe('tox -e py312-django');
    expect(withLiteralSubstitutions("tox -e py$(echo 3.12 | sed 's/\\.//g')")).toBe('tox -e py312');
    // Stages chain: `3.14-dev` → `314-dev` → `314`.
    expect(withLiteralSubstitutions("tox run -f py$(echo 3.14-dev | tr -d . | cut -f 1 -d '-')")).toBe('tox run -f py314');
    // What depends on the machine stays as written.
    expect(withLiteralSubstitutions('tox -e py$(python -c "x")')).toBe('tox -e py$(python -c "x")');
  });

  it('lists the tox factor CI selects through `py$(echo ${{ matrix.python-version }} | tr -d .)`', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        'tox.ini': '[tox]\nenv_list = py{312,313}-django{52}\n\n[testenv]\ncommands = python -m pytest {posargs:tests}\n',
        '.github/workflows/main.yml': workflowOn(
          '[push, pull_request]',
          stepsJob(
            'tests',
            ['- uses: actions/checkout@v4', '- run: uvx --with tox-uv tox run -f py$(echo ${{ matrix.python-version }} | tr -d .)'],
            ['strategy:', '  matrix:', "    python-version: ['3.12', '3.13']"],
          ),
        ),
      }),
    );
    expect(p['2']).toEqual(['uvx --with tox-uv tox run -f py312']);
  });
});

describe("ruff's linter and formatter are two gates", () => {
  it("keeps CI's `ruff format --diff` beside a `make lint` that only runs `ruff check`", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': `${PYPROJECT}\n[tool.ruff]\nline-length = 100\n`,
        'tests/test_x.py': '',
        Makefile: 'lint:\n\truff check src tests\n\nformat:\n\truff format src tests\n',
        '.github/workflows/lint.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('lint', [
            '- uses: actions/checkout@v4',
            '- run: pipx run ruff check --diff src/ tests/',
            '- run: pipx run ruff format --diff src/ tests/',
          ]),
        ),
      }),
    );
    expect(p['1']).toContain('pipx run ruff format --diff src/ tests/');
    expect((p['1'] ?? []).filter((c) => /ruff check|make lint/.test(c))).toHaveLength(1);
  });
});

describe("an environment runner CI never calls gives way to CI's run in the project's environment", () => {
  const files = (ci: string): Record<string, string> => ({
    'pyproject.toml': '[tool.poetry]\nname = "x"\nversion = "0"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n',
    'poetry.lock': '',
    'tests/test_x.py': '',
    'tox.ini':
      '[tox]\nskipsdist = True\nenvlist = py38, py39\n\n[testenv]\nskip_install = true\ncommands =\n    poetry install -v\n    poetry run pytest tests/\n',
    '.github/workflows/tests.yml': workflowOn(
      '[push, pull_request]',
      stepsJob('tests', ['- uses: actions/checkout@v4', '- run: pipx install poetry', '- run: poetry install', `- run: ${ci}`]),
    ),
  });

  it("lists CI's `poetry run pytest -q tests`, not the tox environments CI never runs", () => {
    expect(commandsByLevel(planOfTree(files('poetry run pytest -q tests')))['2']).toEqual(['poetry run pytest -q tests']);
  });

  it('keeps the tox environment when CI calls tox', () => {
    expect(commandsByLevel(planOfTree(files('pipx run tox')))['2']).toEqual(['tox -e py38,py39']);
  });
});

describe("the workflow's `env:` values are in the shell's variables", () => {
  it('puts a literal value in and leaves expressions and unknown variables', () => {
    const env = { HATCH_ENV: 'cov', PY: '${{ matrix.python }}', FLAGS: '-x -q' };
    expect(withEnvLiterals('hatch run ${HATCH_ENV}:test', env)).toBe('hatch run cov:test');
    expect(withEnvLiterals('tox -e $PY', env)).toBe('tox -e $PY');
    expect(withEnvLiterals('pytest $FLAGS $OTHER', env)).toBe('pytest $FLAGS $OTHER');
  });

  it("reads CI's `hatch run ${HATCH_ENV}:test` as the hatch script it runs", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': `${PYPROJECT}\n[tool.hatch.envs.cov.scripts]\ntest = "python -m pytest -vv --cov x {args}"\n`,
        'tests/test_x.py': '',
        '.github/workflows/main.yml': [
          'on: [push, pull_request]',
          'env:',
          '  HATCH_ENV: "cov"',
          'jobs:',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: hatch run ${HATCH_ENV}:test']),
        ].join('\n'),
      }),
    );
    expect(p['2']).toEqual(['hatch run cov:test']);
  });
});

describe("hatch's own options come before `run`", () => {
  it('reads `hatch -e test run pip freeze` as the pip it runs and `hatch -vv run test:x` as the script', () => {
    expect(withoutHatchOptions(['hatch', '-vv', 'run', 'test:nowarn'])).toEqual(['hatch', 'run', 'test:nowarn']);
    expect(withoutHatchOptions(['hatch', '-e', 'test', 'run', 'pip', 'freeze'])).toEqual(['hatch', 'run', 'pip', 'freeze']);
    expect(withoutHatchOptions(['hatch', '-e', 'docs', 'build'])).toEqual(['hatch', '-e', 'docs', 'build']);
    expect(levelOfCiCommand('hatch -e test run python -VV')).toBeUndefined();
    expect(levelOfCiCommand('hatch -e test run pip install orjson')).toBeUndefined();
    expect(levelOfCiCommand('hatch -vv run test:nowarn')).toBe(2);
  });
});

describe('a pre-commit run of named hooks is part of the hook set', () => {
  it('tells a run of hook ids from a run of every hook', () => {
    expect(runsNamedHooks('pre-commit run --all-files ruff-check')).toBe(true);
    expect(runsNamedHooks('pre-commit run --all-files --hook-stage manual mypy')).toBe(true);
    expect(runsNamedHooks('pre-commit run --all-files')).toBe(false);
    expect(runsNamedHooks('pre-commit run --from-ref origin/main --to-ref HEAD')).toBe(false);
    expect(runsNamedHooks('pre-commit run --files a.py b.py')).toBe(false);
    expect(runsNamedHooks('pre-commit run --all-files --show-diff-on-failure {posargs:}')).toBe(false);
  });

  it("keeps pre-commit.ci's whole run beside CI's hatch script that runs the ruff hooks only", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': `${PYPROJECT}\n[tool.hatch.envs.lint]\ndetached = true\n[tool.hatch.envs.lint.scripts]\nbuild = ["pre-commit run --all-files ruff-check", "pre-commit run --all-files ruff-format"]\n`,
        'tests/test_x.py': '',
        '.pre-commit-config.yaml': 'ci:\n  autoupdate_schedule: monthly\nrepos: []\n',
        '.github/workflows/main.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('lint', ['- uses: actions/checkout@v4', '- run: hatch run lint:build']),
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: pytest']),
        ),
      }),
    );
    expect(p['1']).toContain('pre-commit run --all-files');
    expect(p['1']).toContain('hatch run lint:build');
  });
});

describe("a virtualenv's path or a minor version in the interpreter's name is the machine's choice", () => {
  it('reads `/venv/bin/pytest` as `pytest` and `python3.9 -m pip` as `python -m pip`', () => {
    expect(withPlainInterpreter('/venv/bin/pytest')).toBe('pytest');
    expect(withPlainInterpreter('.venv/bin/python -m pytest -x')).toBe('python -m pytest -x');
    expect(withPlainInterpreter('python3.9 -m pip install .')).toBe('python -m pip install .');
    expect(withPlainInterpreter('python3 -m pytest')).toBe('python3 -m pytest');
  });

  it('lists no installer run through a virtualenv path or a versioned interpreter as a test run', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('manylinux', [
            '- uses: actions/checkout@v4',
            '- run: python3.14t -m venv /venv',
            '- run: /venv/bin/pip install -e . --group=test ninja',
            '- run: /venv/bin/pytest',
          ]),
          stepsJob('cygwin', [
            '- uses: actions/checkout@v4',
            '- run: python3.9 -m pip install . --group=test',
            '- run: python3.9 -m pytest -ra',
          ]),
        ),
      }),
    );
    expect(p['2']).toEqual(['pytest']);
  });
});

describe("another repository's reusable pre-commit workflow runs the hooks", () => {
  it('lists `pre-commit run --all-files` for a job that calls `…/workflows/pre-commit.yaml@v10`', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        '.pre-commit-config.yaml': 'repos: []\n',
        '.github/workflows/lint.yml':
          'on: [push, pull_request]\njobs:\n  lint:\n    uses: less-action/reusables/.github/workflows/pre-commit.yaml@v10\n',
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: pytest']),
        ),
      }),
    );
    expect(p['1']).toEqual(['pre-commit run --all-files']);
  });
});

describe('a command installing packages runs none of the tools it names', () => {
  it('drops the installs of a line and keeps what else it runs', () => {
    expect(withoutInstalls('.venv/bin/python -m pip install nox pre-commit')).toBe('');
    expect(withoutInstalls('pip install -e . && pytest tests')).toBe('pytest tests');
    expect(withoutInstalls('uv pip install ruff; ruff check .')).toBe('ruff check .');
    expect([...toolKeys('.venv/bin/nox -R -s mypy\n.venv/bin/python -m pip install nox pre-commit')]).not.toContain('pre-commit');
  });

  it("does not let a Taskfile's tool installs make its `mypy` task a witness of the hooks", () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        '.pre-commit-config.yaml': 'repos: []\n',
        'noxfile.py': 'import nox\n\n@nox.session\ndef mypy(session):\n    session.run("mypy")\n',
        'Taskfile.yaml': [
          'version: "3"',
          'tasks:',
          '  mypy:',
          '    deps: [tools]',
          '    cmds:',
          '      - .venv/bin/nox -R -s mypy',
          '  tools:',
          '    internal: true',
          '    cmds: [.venv/bin/python -m pip install nox pre-commit]',
          '',
        ].join('\n'),
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('lint', ['- uses: actions/checkout@v4', '- uses: pre-commit/action@v3']),
          stepsJob('mypy', ['- uses: actions/checkout@v4', '- run: pip install nox', '- run: nox -N -s mypy']),
        ),
      }),
    );
    expect(p['1']).not.toContain('task mypy');
  });
});

describe('pytest runs of one suite with other options of reporting or machine are one gate', () => {
  it('reads the suite a pytest line runs', () => {
    expect(pytestSuite('pytest -ra --showlocals --cov --cov-report=xml --cov-report=term -n auto --durations=20')).toBe('pytest');
    expect(pytestSuite('python -m pytest -n auto -ra --showlocals -m "not setuptools" --durations=20')).toBe('pytest');
    expect(pytestSuite('pytest -v tests/unit')).toBe('pytest tests/unit');
    expect(pytestSuite('pytest -m integration')).toBe('pytest -m integration');
    expect(pytestSuite('pdm run -v pytest --cov=marko/ --cov-report=xml tests')).toBe('pytest tests');
    expect(pytestSuite('tox -e py312')).toBeUndefined();
  });

  it("keeps the first of CI's runs of the suite and every run of another one", () => {
    const p = commandsByLevel(
      planOfTree({
        'setup.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('checks', ['- uses: actions/checkout@v4', '- run: pytest -ra --showlocals --cov -n auto --durations=20']),
          stepsJob('min', ['- uses: actions/checkout@v4', '- run: pytest -n auto -ra --showlocals -Wdefault']),
          stepsJob('msys', ['- uses: actions/checkout@v4', '- run: python -m pytest -n auto -ra -m "not broken_on_urct"']),
          stepsJob('unit', ['- uses: actions/checkout@v4', '- run: pytest tests/unit']),
        ),
      }),
    );
    expect(p['2']).toEqual(['pytest -ra --showlocals --cov -n auto --durations=20', 'pytest tests/unit']);
  });
});

describe("a command substitution's `;` belongs to the substituted command", () => {
  it('keeps `echo v=$(python -c "import sys; print(…)")` one command', () => {
    const steps = splitRunScript(
      `echo version=$(python -c "import sys; print('-'.join(map(str, sys.version_info)))") >> "$GITHUB_OUTPUT"\npytest; mypy src`,
      '.',
    );
    expect(steps.map((s) => s.command)).toEqual([
      `echo version=$(python -c "import sys; print('-'.join(map(str, sys.version_info)))") >> "$GITHUB_OUTPUT"`,
      'pytest',
      'mypy src',
    ]);
  });
});
