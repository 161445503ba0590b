import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-8-py / held-out-9-py (Python projects), each fixture built here.

const NOXFILE = [
  'import nox',
  '',
  '@nox.session(python=["3.12", "3.13"])',
  'def test(session):',
  '    session.run("pytest", "tests")',
  '',
  '@nox.session',
  'def test_integration(session):',
  '    session.run("pytest", "tests", "--integration")',
  '',
  '@nox.session',
  'def lint(session):',
  '    session.run("pre-commit", "run", "--all-files")',
  '',
].join('\n');

describe('Python projects (second batch): what their CI really runs', () => {
  it('follows a session named through a step variable set from the matrix', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'noxfile.py': NOXFILE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('lint', ['- uses: actions/checkout@v4', '- run: nox -s lint']),
        stepsJob(
          'test',
          [
            '- uses: actions/checkout@v4',
            '- run: nox -s "$NOX_SESSION"',
            '  env:',
            "    NOX_SESSION: ${{ matrix.nox-session != '' && matrix.nox-session || format('test-{0}', matrix.python-version) }}",
          ],
          [
            'strategy:',
            '  matrix:',
            '    python-version: ["3.12", "3.13"]',
            "    nox-session: ['']",
            '    include:',
            '      - { python-version: "3.12", nox-session: test_integration }',
            '      - { python-version: "3.13", nox-session: test-3.13 }',
          ],
        ),
      ),
    });
    // The empty value runs the fallback (`test-<version>`), which the listed `test-3.13` (the `test` session on 3.13) stands for.
    expect(commandsByLevel(p)).toEqual({ '1': ['nox -s lint'], '2': ['nox -s test'], '3': ['nox -s test_integration'] });
  });

  it('leaves a step variable that is not a runner session as written', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'test',
          ['- uses: actions/checkout@v4', '- run: pytest tests --basetemp "$TMP_DIR"', '  env:', '    TMP_DIR: ${{ matrix.tmp }}'],
          ['strategy:', '  matrix:', '    tmp: [a, b]'],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['pytest tests --basetemp "$TMP_DIR"']);
  });

  it("runs the environments given to another repository's reusable tox workflow", () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'tox.ini':
        '[tox]\nenvlist = py,pre-commit\n\n[testenv]\ncommands = pytest {posargs:tests}\n\n[testenv:pre-commit]\ncommands = pre-commit run --all-files\n',
      '.github/workflows/main.yml': [
        'on: [push, pull_request]',
        'jobs:',
        '  main:',
        '    uses: someone/workflows/.github/workflows/tox.yml@v1',
        '    with:',
        '      env: \'["py310", "py311", "pre-commit"]\'',
        '',
      ].join('\n'),
    });
    // py311 only differs from py310 by its interpreter: one gate, as for a matrix (the first is kept).
    expect(commandsByLevel(p)).toEqual({ '1': ['tox -e pre-commit'], '2': ['tox -e py310'], '3': [] });
  });

  it('reads a `pep8` tox environment as the style check it is', () => {
    const p = planOfTree({
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'tox.ini': '[tox]\nenvlist = py310,pep8\n\n[testenv]\ncommands = stestr run\n\n[testenv:pep8]\ncommands = flake8 x\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('pep8', ['- uses: actions/checkout@v4', '- run: tox run -e pep8']),
        stepsJob('tests', ['- uses: actions/checkout@v4', '- run: tox run -e py310']),
      ),
    });
    expect(commandsByLevel(p)).toEqual({ '1': ['tox -e pep8'], '2': ['tox -e py310'], '3': [] });
  });

  it("reads the standard library's unittest runner as the test run, bare or through a Makefile", () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      Makefile: '.PHONY: coverage\ncoverage:\n\tcoverage run -m unittest\n\tcoverage report\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('tests', ['- uses: actions/checkout@v4', '- run: python -m unittest']),
        stepsJob('coverage', ['- uses: actions/checkout@v4', '- run: make coverage']),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['python -m unittest', 'make coverage']);
  });

  it("drops tox's live-output flag and the installs run inside a hatch environment", () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n\n[tool.hatch.envs.test.scripts]\ncov = "pytest --cov=x {args:tests}"\n',
      'tox.ini': '[tox]\nenvlist = py{310,311}-pip{latest,lowest}\n\n[testenv]\ncommands = pytest\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('tox', ['- uses: actions/checkout@v4', '- run: tox', '- run: tox --skip-pkg-install --parallel-live']),
        stepsJob('hatch', [
          '- uses: actions/checkout@v4',
          '- run: |',
          '    hatch run test:python -m ensurepip --upgrade',
          '    hatch run test:python -m pip install redis==5',
          '- run: hatch run test:cov',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['hatch run test:cov', 'tox']);
  });
});
