import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-14-py (Python projects), each fixture built here.

const TOX_INI = [
  '[tox]',
  'envlist = py312,py313,mypy',
  '',
  '[testenv]',
  'commands = pytest tests/unit {posargs}',
  '',
  '[testenv:mypy]',
  'commands = mypy {posargs}',
  '',
  '[testenv:api_func]',
  'commands = pytest --cov tests/functional/api {posargs}',
  '',
  '[testenv:cover]',
  'commands = pytest --cov tests/unit',
  '',
].join('\n');

function toxProject(testJob: string): ReturnType<typeof planOfTree> {
  return planOfTree({
    'pyproject.toml': '[project]\nname = "x"\n',
    'tox.ini': TOX_INI,
    '.github/workflows/ci.yml': workflowOn(
      '[push, pull_request]',
      stepsJob('lint', ['- uses: actions/checkout@v4', '- run: pip install tox', '- run: tox -e mypy']),
      testJob,
    ),
  });
}

describe('Python projects (held-out-14): what their CI really runs', () => {
  it('reads TOXENV set from a matrix of objects, and a tox environment whose commands run a functional test folder', () => {
    const p = toxProject(
      stepsJob(
        'test',
        [
          '- uses: actions/checkout@v4',
          '- run: pip install tox',
          '- run: tox --skip-missing-interpreters false',
          '  env:',
          '    TOXENV: ${{ matrix.python.toxenv }}',
        ],
        [
          'strategy:',
          '  matrix:',
          '    python:',
          '      - { version: "3.12", toxenv: py312 }',
          '      - { version: "3.13", toxenv: api_func }',
        ],
      ),
    );
    expect(commandsByLevel(p)).toEqual({
      '1': ['tox -e mypy'],
      '2': ['tox -e py312,py313'],
      '3': ['tox -e api_func --skip-missing-interpreters false'],
    });
  });

  it('runs each environment a TOXENV matrix names, with the arguments CI passes after `--`', () => {
    const p = toxProject(
      stepsJob(
        'functional',
        ['- uses: actions/checkout@v4', "- run: tox -- --override-ini='log_cli=True'", '  env:', '    TOXENV: ${{ matrix.toxenv }}'],
        ['strategy:', '  matrix:', '    toxenv: [api_func, cover]'],
      ),
    );
    // `api_func` runs tests/functional: an integration suite; `cover` is named for nothing and runs unit tests.
    expect(commandsByLevel(p)['3']).toEqual(["tox -e api_func -- --override-ini='log_cli=True'"]);
  });

  it('reads a hatch script named `test` whose lines only run checks as a check', () => {
    const p = planOfTree({
      'pyproject.toml': [
        '[project]',
        'name = "x"',
        '[tool.hatch.envs.test.scripts]',
        'test = "python -m pytest -vv {args}"',
        '[tool.hatch.envs.typing.scripts]',
        'test = "pre-commit run --all-files --hook-stage manual mypy"',
        '',
      ].join('\n'),
    });
    expect(commandsByLevel(p)).toEqual({ '1': ['hatch run typing:test'], '2': ['hatch run test:test'], '3': [] });
  });

  it('runs mypy bare when its configuration lists the files to check, with a target otherwise', () => {
    const withFiles = planOfTree({ 'pyproject.toml': '[project]\nname = "x"\n[tool.mypy]\nstrict = true\nfiles = ["src", "tests"]\n' });
    const withoutFiles = planOfTree({ 'pyproject.toml': '[project]\nname = "x"\n[tool.mypy]\nstrict = true\n' });
    const ini = planOfTree({ 'pyproject.toml': '[project]\nname = "x"\n', 'mypy.ini': '[mypy]\nfiles = src\n' });
    expect(commandsByLevel(withFiles)['1']).toEqual(['mypy']);
    expect(commandsByLevel(withoutFiles)['1']).toEqual(['mypy .']);
    expect(commandsByLevel(ini)['1']).toEqual(['mypy']);
  });

  it('gives a tox environment CI only runs together with the unit environments the level of that run', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'tox.ini':
        TOX_INI.replace('envlist = py312,py313,mypy', 'envlist = py312,py313,mypy,smoke') +
        '\n[testenv:smoke]\ncommands = pytest tests/smoke\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'unit',
          ['- uses: actions/checkout@v4', '- run: tox', '  env:', '    TOXENV: ${{ matrix.toxenv }}'],
          ['strategy:', '  matrix:', '    toxenv: ["py312,smoke", "py313,smoke"]'],
        ),
      ),
    });
    expect(commandsByLevel(p)).toEqual({ '1': [], '2': ['tox -e py312,py313', 'tox -e smoke'], '3': [] });
  });
});
