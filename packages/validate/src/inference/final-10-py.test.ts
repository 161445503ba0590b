import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { expandMatrix } from './ci-workflows.js';
import { recipes, withDependencies } from './make.js';
import { splitPrerequisiteTargets } from './make-prerequisites.js';
import { matrixOfGuardedStep } from './matrix-step-rows.js';

// Classes of mistake seen on held-out-final-10-py (poetry + a Makefile `ci` umbrella of helper
// targets, tox envs chosen by matrix expressions with test files handed after `--`), each layout built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

/** A Makefile whose CI target is made of `_`-named helpers, one of them inside a conditional. */
const MAKEFILE = [
  'checkfiles = pkg/ tests/',
  'py_warn = PYTHONDEVMODE=1',
  '',
  'ci: build _check _testall',
  '',
  '_check:',
  'ifneq ($(shell which black),)',
  '\tblack --check $(checkfiles)',
  'endif',
  '\truff check $(checkfiles)',
  '\tmypy $(checkfiles)',
  '',
  'test_sqlite:',
  '\t$(py_warn) DB=sqlite://:memory: pytest -n auto',
  '',
  '_testall: test_sqlite',
  '\tcoverage report',
  '',
  'build:',
  '\tpoetry build',
  '',
].join('\n');

describe('make: helper targets named with `_`, conditionals inside a recipe', () => {
  it('reads a `_check:` recipe whole, the lines inside and after `ifneq … endif` included', () => {
    const body = recipes(MAKEFILE).get('_check') ?? '';
    expect(body).toContain('black --check');
    expect(body).toContain('ruff check');
    expect(body).toContain('mypy');
  });

  it("splits CI's `make ci` into the helpers' levels", () => {
    const read = (path: string): string | undefined => (path === 'Makefile' ? MAKEFILE : undefined);
    expect(splitPrerequisiteTargets('make ci', '.', read)).toEqual(['make build', 'make _check', 'make _testall']);
    const bodies = recipes(MAKEFILE);
    expect(levelOfCiCommand('make _check', withDependencies(bodies, '_check'))).toBe(1);
  });

  it('reads a variable of settings before the runner (`$(py_warn) … pytest`) as that runner', () => {
    const bodies = recipes(MAKEFILE);
    expect(bodies.get('test_sqlite')).toContain('PYTHONDEVMODE=1 DB=sqlite://:memory: pytest -n auto');
    expect(levelOfCiCommand('make _testall', withDependencies(bodies, '_testall'))).toBe(2);
  });

  it('puts the umbrella CI runs at its parts’ levels in the plan', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'poetry.lock': '',
        'tests/test_x.py': '',
        Makefile: MAKEFILE,
        '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('test', ['- uses: actions/checkout@v4', '- run: make ci'])),
      }),
    );
    expect(p['1']).toEqual(['make _check']);
  });
});

describe('matrix expressions that name the row’s environment', () => {
  it('reads `${{ matrix.tox-env || matrix.python-version }}` as the one key, else the other', () => {
    const matrix = new Map([
      ['python-version', ['3.9', '3.10']],
      ['tox-env', ['devel']],
    ]);
    expect(expandMatrix('tox -e ${{ matrix.tox-env || matrix.python-version }} -- tests', matrix)).toEqual([
      'tox -e devel -- tests',
      'tox -e 3.9 -- tests',
    ]);
  });

  it('expands a step guarded by a key only some include rows set over those rows alone', () => {
    const strategy = {
      'python-version': ['3.9', '3.10', '3.11'],
      include: [
        { 'python-version': '3.10', 'with-coverage': true },
        { 'python-version': '3.11', 'tox-env': 'devel' },
      ],
    };
    const matrix = new Map([['python-version', ['3.9', '3.10', '3.11']]]);
    const guarded = matrixOfGuardedStep('${{ matrix.with-coverage }}', strategy, matrix);
    expect(guarded?.get('python-version')).toEqual(['3.10']);
    expect(matrixOfGuardedStep('${{ ! matrix.with-coverage }}', strategy, matrix)).toBeUndefined();
    expect(matrixOfGuardedStep('${{ matrix.python-version }}', strategy, matrix)).toBeUndefined();
  });

  it("runs the guarded step's environment of its own row in the plan", () => {
    const job = stepsJob(
      'unit',
      ['- uses: actions/checkout@v4', '- if: ${{ matrix.with-coverage }}', '  run: tox -e ${{ matrix.python-version }}-cov -- tests/unit'],
      [
        'strategy:',
        '  matrix:',
        '    python-version: [py39, py310]',
        '    include:',
        '      - python-version: py310',
        '        with-coverage: true',
      ],
    );
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tox.ini': '[tox]\nenvlist = py39, py310, py310-cov\n\n[testenv]\ncommands = pytest {posargs}\n',
        'tests/unit/test_x.py': '',
        '.github/workflows/ci.yml': workflowOn('[push, pull_request]', job),
      }),
    );
    expect(p['2']).toEqual(['tox -e py310-cov -- tests/unit']);
  });
});

describe('tox runs handed test files after `--`', () => {
  it('is the integration or end-to-end suite the files are', () => {
    expect(levelOfCiCommand('tox -e 3.9 -- testing/test_integration.py')).toBe(3);
    expect(levelOfCiCommand('tox -e py -- testing/test_e2e.py')).toBe(3);
    expect(levelOfCiCommand('tox -e py -- testing/test_unit.py')).toBe(2);
    expect(levelOfCiCommand('tox -e py -- -m "not integration"')).toBe(2);
  });

  it('keeps each selection CI runs, not the whole environment tox.ini lists', () => {
    const tox = '[tox]\nenvlist = py39, py310, docs\n\n[testenv]\ncommands = pytest {posargs}\n';
    const job = (name: string, file: string): string =>
      stepsJob(
        name,
        ['- uses: actions/checkout@v4', `- run: tox -e \${{ matrix.python-version }} -- ${file}`],
        ['strategy:', '  matrix:', '    python-version: [py39, py310]'],
      );
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tox.ini': tox,
        'testing/test_unit.py': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          job('unit', 'testing/test_unit.py'),
          job('e2e', 'testing/test_e2e.py'),
        ),
      }),
    );
    expect(p['2']).toEqual(['tox -e py39 -- testing/test_unit.py']);
    expect(p['3']).toEqual(['tox -e py39 -- testing/test_e2e.py']);
  });
});
