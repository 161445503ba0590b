import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { withArgumentBranches } from './script-arg-branches.js';
import { commandsOfEnv } from './tox-factor-conditions.js';

// Classes of mistake seen on held-out-final-13-py (a generated SDK's `scripts/lint` with a `--fix`
// branch behind `"${1:-}"`, a devbox shell running pre-commit after `--`, a reusable workflow whose
// matrix lists whole commands, a guessed `mypy .` beside CI's `mypy ./pkg`, a startup test that
// requests the example apps over HTTP), each layout built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n';

const push = (...steps: string[]): string =>
  workflowOn('[push, pull_request]', stepsJob('test', ['- uses: actions/checkout@v4', ...steps]));

/** The plan of `tree` with a pre-commit configuration and one workflow running `job`. */
const planWithJob = (tree: Record<string, string>, job: string): ReturnType<typeof planOfTree> =>
  planOfTree({ ...tree, '.pre-commit-config.yaml': 'repos: []\n', '.github/workflows/ci.yml': workflowOn('[push, pull_request]', job) });

const LINT_SCRIPT = [
  '#!/usr/bin/env bash',
  'set -e',
  'if [ "${1:-}" = "--fix" ]; then',
  '  uv run ruff check --fix .',
  'else',
  '  uv run ruff check .',
  '  uv run mypy .',
  'fi',
  '',
].join('\n');

describe('a script branch tested on a positional parameter with a default (`"${1:-}"`)', () => {
  it('runs the branch the default chooses when CI passes no argument', () => {
    expect(withArgumentBranches(LINT_SCRIPT, [])).not.toMatch(/--fix \./);
    expect(withArgumentBranches(LINT_SCRIPT, ['--fix'])).toMatch(/ruff check --fix \./);
    expect(withArgumentBranches('if [ "${1:-fast}" = "fast" ]; then\n  pytest -x\nfi\n', [])).toMatch(/pytest -x/);
  });

  it('keeps `scripts/lint` whose `--fix` branch CI never takes as the lint gate', () => {
    const plan = planOfTree({
      'pyproject.toml': `${PYPROJECT}\n[tool.mypy]\nstrict = true\n`,
      'uv.lock': '',
      'scripts/lint': LINT_SCRIPT,
      '.github/workflows/ci.yml': push('- run: uv sync --locked', '- run: ./scripts/lint'),
    });
    expect(commandsByLevel(plan)['1']?.some((c) => /scripts\/lint$/.test(c))).toBe(true);
  });
});

describe('an environment shell runs the command written after `--` (`devbox run -- …`)', () => {
  it('levels the command after the separator, and keeps a devbox script by its name', () => {
    expect(levelOfCiCommand('devbox run -- uv run pre-commit run --all-files --show-diff-on-failure')).toBe(1);
    expect(levelOfCiCommand('mise exec -- pytest')).toBe(2);
    expect(levelOfCiCommand('devbox run -- uv run copier --version')).toBeUndefined();
    expect(levelOfCiCommand('devbox run test')).toBe(2);
  });

  it("keeps CI's pre-commit run inside devbox at level 1", () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      'uv.lock': '',
      '.pre-commit-config.yaml':
        'repos:\n  - repo: local\n    hooks:\n      - id: ruff\n        name: ruff\n        entry: uv run ruff check --fix\n        language: system\n',
      '.github/workflows/ci.yml': push(
        '- run: devbox run -- uv run pre-commit run --all-files --show-diff-on-failure',
        '- run: uv run pytest',
      ),
    });
    expect(commandsByLevel(plan)['1']?.some((c) => /pre-commit run --all-files/.test(c))).toBe(true);
  });
});

describe('a matrix whose values are whole commands (`uv run ${{ matrix.target.command }}`)', () => {
  it('gives one gate per listed command', () => {
    const job = stepsJob(
      'check',
      ['- uses: actions/checkout@v4', '- run: uv sync --locked', '- run: uv run ${{ matrix.target.command }}'],
      [
        'strategy:',
        '  matrix:',
        '    target:',
        '      - name: pre-commit',
        '        command: pre-commit run --all-files',
        '      - name: pylint',
        '        command: pylint ./pkg',
      ],
    );
    const plan = planWithJob({ 'pyproject.toml': PYPROJECT, 'uv.lock': '' }, job);
    expect(commandsByLevel(plan)['1']).toEqual(expect.arrayContaining(['uv run pre-commit run --all-files', 'uv run pylint ./pkg']));
  });
});

describe("a tool guessed over the whole tree (`mypy .`) beside CI's run of it on named folders", () => {
  it("keeps CI's line (`uv run mypy ./pkg`), not the wider guess", () => {
    const plan = planOfTree({
      'pyproject.toml': `${PYPROJECT}\n[dependency-groups]\ndev = ["mypy", "pytest"]\n\n[tool.mypy]\ncheck_untyped_defs = true\n`,
      'uv.lock': '',
      '.github/workflows/ci.yml': push('- run: uv run mypy ./pkg', '- run: uv run pytest'),
    });
    expect(commandsByLevel(plan)['1']).toContain('uv run mypy ./pkg');
    expect(commandsByLevel(plan)['1']).not.toContain('uv run mypy .');
  });

  it('keeps the guess when CI only adds options beside `.`', () => {
    const plan = planOfTree({
      'pyproject.toml': `${PYPROJECT}\n[dependency-groups]\ndev = ["mypy", "pytest"]\n\n[tool.mypy]\ncheck_untyped_defs = true\n`,
      'uv.lock': '',
      '.github/workflows/ci.yml': push('- run: uv run mypy --pretty .', '- run: uv run pytest'),
    });
    expect(commandsByLevel(plan)['1']).toContain('uv run mypy .');
  });
});

describe('a shell test that requests the started program on this machine (curl localhost)', () => {
  const STARTUP = [
    '#!/usr/bin/env bash',
    'run() {',
    '  uv run ./"$1" &',
    '  code=$(curl --silent --retry 5 --output /dev/null --write-out "%{http_code}" "http://127.0.0.1:8080/")',
    '}',
    'for path in examples/*; do',
    '  run $path/main.py',
    '  uv run --no-sync pytest $path',
    'done',
    '',
  ].join('\n');

  it('is an integration test (level 3) though it also runs pytest on the way', () => {
    expect(levelOfCiCommand('./test_startup.sh', STARTUP)).toBe(3);
    expect(levelOfCiCommand('./test_units.sh', 'uv run pytest tests\n')).toBe(2);
  });

  it('lists the script at level 3 beside the unit suite', () => {
    const plan = planOfTree({
      'pyproject.toml': PYPROJECT,
      'uv.lock': '',
      'test_startup.sh': STARTUP,
      '.github/workflows/ci.yml': push('- run: uv run pytest', '- run: ./test_startup.sh'),
    });
    expect(commandsByLevel(plan)['3']).toContain('./test_startup.sh');
    expect(commandsByLevel(plan)['2']).not.toContain('./test_startup.sh');
  });
});

describe('tox configured in setup.cfg (`[tox:tox]`), environments sharing one `commands =` by factor conditions', () => {
  const SETUP_CFG = [
    '[metadata]',
    'name = x',
    '',
    '[tox:tox]',
    'envlist = py312, pre-commit, mypy',
    '',
    '[testenv]',
    'commands = python -m pytest {posargs}',
    '',
    '[testenv:{pre-commit,mypy}]',
    'commands =',
    '    pre-commit: pre-commit run --all-files',
    '    mypy: mypy {posargs:--cobertura-xml-report .} pkg tests',
    '',
  ].join('\n');

  it('keeps the lines whose factors the environment has, without their prefix', () => {
    const body = '\n    pre-commit: pre-commit run --all-files\n    mypy: mypy pkg\n    !pypy: coverage report\n    pytest\n';
    expect(commandsOfEnv(body, 'mypy')).toBe('\n    mypy pkg\n    coverage report\n    pytest\n');
    expect(commandsOfEnv('py311,py312: pytest -x\n', 'py312-dj42')).toBe('pytest -x\n');
    expect(commandsOfEnv('py311-dj42: pytest -x\n', 'py311-dj50')).toBe('');
  });

  it("reads setup.cfg's environments: CI's `tox -e mypy` and `tox -e pre-commit` are two gates", () => {
    const job = stepsJob(
      'lint',
      ['- uses: actions/checkout@v4', '- run: pip install tox', '- run: tox -e ${{ matrix.tool }}'],
      ['strategy:', '  matrix:', '    tool: [pre-commit, mypy]'],
    );
    const plan = planWithJob({ 'setup.cfg': SETUP_CFG, 'setup.py': '' }, job);
    expect(commandsByLevel(plan)['1']).toEqual(expect.arrayContaining(['tox -e mypy', 'tox -e pre-commit']));
    expect(commandsByLevel(plan)['1']).not.toContain('mypy .');
    expect(plan.levels['1'].find((c) => c.command === 'tox -e mypy')?.evidence?.file).toBe('setup.cfg');
  });
});
