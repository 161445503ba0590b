import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { withLiteralSubstitutions } from './command-substitution.js';
import { levelOfCiCommand } from './ci-level.js';
import { withRecursiveMake } from './recursive-make.js';

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
