import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand, levelOfEnvName } from './ci-level.js';
import { testsCiHelpersOnly } from './ci-helper-script.js';
import { githubWorkflowSteps } from './ci-workflows.js';
import { levelOfScriptName } from './detector.js';
import { recipes, withDependencies } from './make.js';
import { withoutDeselections } from './pytest-deselection.js';

// Classes of mistake seen on held-out-final-12-py (a meson-python library deselecting one
// integration-named test, uv dependency-group jobs running ty, pygments' tox envs beside a bare
// `tox`, yt-dlp's Makefile and its Python test driver, a pixi project testing per pixi
// environment), each layout built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

const push = (...steps: string[]): string =>
  workflowOn('[push, pull_request]', stepsJob('test', ['- uses: actions/checkout@v4', ...steps]));

describe('a pytest expression that only deselects does not choose the kind of suite', () => {
  it('drops `-k "not …"` / `-m "not a and not b"`, keeps a positive selection', () => {
    expect(withoutDeselections(`spin test -- -v -k "not test_swt2_iswt2_integration"`)).toBe('spin test -- -v');
    expect(withoutDeselections(`pytest -m 'not integration and not slow' tests`)).toBe('pytest tests');
    expect(withoutDeselections('pytest -m integration')).toBe('pytest -m integration');
    expect(withoutDeselections(`pytest -k "integration or not slow"`)).toBe(`pytest -k "integration or not slow"`);
  });

  it('reads a unit run skipping one integration-named test as the unit run (level 2)', () => {
    expect(levelOfCiCommand(`spin test -- -v -s --timeout=600 -k "not test_swt2_iswt2_integration"`)).toBe(2);
    expect(levelOfCiCommand(`pytest -m "not integration"`)).toBe(2);
    expect(levelOfCiCommand('pytest -m integration')).toBe(3);
  });
});

describe('ty and pyrefly are type checkers (level 1), as mypy and pyright are', () => {
  it('levels `ty check` and `pyrefly check` at 1', () => {
    expect(levelOfCiCommand('uv run --frozen --group typing ty check')).toBe(1);
    expect(levelOfCiCommand('pyrefly check src/')).toBe(1);
    expect(levelOfCiCommand('python -m pytest -k ty')).toBe(2);
  });

  it("keeps CI's ty job beside its mypy job", () => {
    const plan = planOfTree({
      'pyproject.toml': `${PYPROJECT}\n[dependency-groups]\ntyping = ["mypy", "ty"]\n`,
      'uv.lock': '',
      '.github/workflows/lint.yml': push(
        '- run: uv run --frozen --group typing ty check',
        '- run: uv run --frozen --group typing mypy --no-incremental',
      ),
    });
    expect(commandsByLevel(plan)['1']?.some((c) => /ty check/.test(c))).toBe(true);
  });
});

describe('a tox environment named for a linter (`regexlint`, `yamllint`) is a lint environment', () => {
  it('levels the name at 1', () => {
    expect(levelOfEnvName('regexlint')).toBe(1);
    expect(levelOfEnvName('yamllint')).toBe(1);
    expect(levelOfEnvName('pylint')).toBe(1);
  });

  it("keeps CI's `tox -e regexlint`", () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      'tox.ini': '[tox]\nenvlist = py\n\n[testenv]\ncommands = pytest {posargs}\n\n[testenv:regexlint]\ncommands = regexlint pkg.lexers\n',
      '.github/workflows/ci.yml': push('- run: tox -- -W error', '- run: tox -e regexlint'),
    });
    expect(commandsByLevel(plan)['1']).toContain('tox -e regexlint');
  });
});

describe("a bare `tox` runs the configuration's env_list, not every environment", () => {
  it("does not confirm an environment outside env_list by CI's bare `tox`", () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      'tox.ini': [
        '[tox]',
        'envlist = py',
        '',
        '[testenv]',
        'commands = pytest {posargs}',
        '',
        '[testenv:pylint]',
        'commands = pylint src',
        '',
        '[testenv:check]',
        'commands = ruff check .',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': push('- run: tox -- -W error', '- run: tox -e check'),
    });
    const levels = commandsByLevel(plan);
    expect(levels['1']).toEqual(['tox -e check']);
    expect(levels['2']?.length).toBeGreaterThan(0);
  });

  it('still confirms an environment env_list holds', () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      'tox.ini': '[tox]\nenvlist = py, pylint\n\n[testenv]\ncommands = pytest\n\n[testenv:pylint]\ncommands = pylint src\n',
      '.github/workflows/ci.yml': push('- run: tox'),
    });
    expect(commandsByLevel(plan)['1']).toContain('tox -e pylint');
  });
});

describe('a make prerequisite written as a path or a glob is files, not a target', () => {
  const MAKEFILE = [
    'all: pypi-files',
    '',
    'pypi-files: README.txt devscripts/* test/*',
    '\techo files',
    '',
    'test:',
    '\tpython -m pytest',
    '',
  ].join('\n');

  it('does not follow `test/*` to the `test` target', () => {
    expect(withDependencies(recipes(MAKEFILE), 'pypi-files')).not.toContain('pytest');
    expect(withDependencies(recipes('check: test lint\ntest:\n\tpytest\nlint:\n\truff check .\n'), 'check')).toContain('pytest');
  });

  it('follows a path prerequisite to the pattern rule that makes it', () => {
    const text = ['test-tools: test/$(TOOLS_MOD_DIR)', '', 'test/%: DIR=$*', 'test/%:', '\tcd $(DIR) && go test ./...', ''].join('\n');
    expect(withDependencies(recipes(text), 'test-tools')).toContain('go test');
  });

  it("reads CI's packaging `make all pypi-files` as no gate", () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      Makefile: MAKEFILE,
      '.github/workflows/build.yml': push('- run: make pypi-files', '- run: python -m pytest'),
    });
    const levels = commandsByLevel(plan);
    expect(levels['1']).toEqual([]);
    expect(levels['2']).not.toContain('make pypi-files');
  });
});

describe('a test driver named run_tests / runtests runs the tests', () => {
  it('levels the name and the script at 2', () => {
    expect(levelOfScriptName('run_tests')).toBe(2);
    expect(levelOfScriptName('runtests')).toBe(2);
    expect(levelOfScriptName('run-tests')).toBe(2);
    expect(levelOfCiCommand(`python3 ./devscripts/run_tests.py --pytest-args '--reruns 2' core`)).toBe(2);
  });
});

describe("a repository's test driver CI runs, whose text is not read, is its own selection", () => {
  it('does not confirm a Makefile `test` running the same tool', () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      Makefile: 'test:\n\tpython -m pytest -Werror\n',
      'devscripts/run_tests.py': 'import subprocess\n',
      '.github/workflows/ci.yml': push(
        `- run: python3 ./devscripts/run_tests.py --pytest-args '--reruns 2' core`,
        `- run: python3 -m devscripts.run_tests --pytest-args '--reruns 2' core`,
      ),
    });
    const levels = commandsByLevel(plan);
    expect(levels['2']).not.toContain('make test');
    expect(levels['2']).toContain(`python3 ./devscripts/run_tests.py --pytest-args '--reruns 2' core`);
  });
});

describe("tests of the maintainers' helper scripts are no gate of the project", () => {
  it('reads a run handed only helper-folder test files as such', () => {
    expect(testsCiHelpersOnly('pytest -Werror --tb=short devscripts/setup_variables_tests.py')).toBe(true);
    expect(testsCiHelpersOnly('pytest tools/test_release.py')).toBe(true);
    expect(testsCiHelpersOnly('pytest tests/test_core.py')).toBe(false);
    expect(testsCiHelpersOnly('pytest scripts/')).toBe(false);
  });
});

describe("pixi's environment chosen by the matrix is expanded as tox's is", () => {
  it('gives one line per environment shape', () => {
    const job = stepsJob(
      'unit',
      ['- uses: actions/checkout@v4', '- run: pixi run -e ${{ matrix.environment }} test-coverage --color=yes'],
      ['strategy:', '  matrix:', '    environment: [py310, py311, py314-optionals, polars-minimal]'],
    );
    const commands = githubWorkflowSteps(workflowOn('[pull_request]', job)).map((s) => s.command);
    expect(commands).toEqual([
      'pixi run -e py310 test-coverage --color=yes',
      'pixi run -e py314-optionals test-coverage --color=yes',
      'pixi run -e polars-minimal test-coverage --color=yes',
    ]);
  });
});
