import { useTempDir, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { levelOfCiCommand } from './ci-level.js';
import { canonicalCiCommand } from './ci-workflows.js';
import { inferPlan } from './infer.js';
import { isPytestTypeTestRun } from './pytest-type-tests.js';

function repo(files: Record<string, string>): string {
  const dir = useTempDir('ce-f3-py-');
  writeTree(dir, files);
  return dir;
}

const commands = (dir: string, level: '1' | '2' | '3'): string[] => inferPlan(dir).levels[level].map((c) => c.command);
const workflow = (run: string): string =>
  `on: pull_request\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n${run
    .split('\n')
    .map((l) => `          ${l}`)
    .join('\n')}\n`;

describe('a pytest run of type cases (pytest-mypy-plugins) is a type check of its own', () => {
  it('is level 1 by the plugin options or a folder of type cases', () => {
    expect(levelOfCiCommand('poetry run pytest typesafety --mypy-ini-file=setup.cfg')).toBe(1);
    expect(levelOfCiCommand('pytest typesafety')).toBe(1);
    expect(levelOfCiCommand('uv run pytest tests/type_tests -p no:cov')).toBe(1);
    expect(levelOfCiCommand('pytest --mypy -m mypy')).toBe(1);
    // pytest-mypy's `--mypy` without `-m mypy` runs the tests as well: no type-case run.
    expect(isPytestTypeTestRun('pytest --mypy --mypy-config-file=mypy.ini tests')).toBe(false);
    expect(levelOfCiCommand('poetry run pytest returns docs/pages tests')).toBe(2);
  });
  it('a task or environment named for type cases is a type check too', () => {
    expect(levelOfCiCommand('tox -e typesafety')).toBe(1);
    expect(levelOfCiCommand('nox -s type_tests')).toBe(1);
  });
  it('CI sharding is dropped from the spelling', () => {
    expect(canonicalCiCommand('poetry run pytest typesafety --num-shards=4 --shard-id= -p no:cov')).toBe(
      'poetry run pytest typesafety -p no:cov',
    );
    expect(canonicalCiCommand('pytest tests --splits 4 --group 2')).toBe('pytest tests');
  });
  it('is not covered by the plain mypy run nor by the unit tests', () => {
    const dir = repo({
      '.github/workflows/test.yml': workflow(
        'poetry run mypy returns\npoetry run pytest returns tests\npoetry run pytest typesafety --num-shards=4 --shard-id=${{ matrix.shard }} --mypy-ini-file=setup.cfg',
      ),
      'pyproject.toml':
        '[tool.poetry]\nname = "x"\n[tool.poetry.group.dev.dependencies]\nmypy = "*"\npytest = "*"\npytest-mypy-plugins = "*"\n',
      'poetry.lock': '',
      'tests/test_x.py': '',
    });
    expect(commands(dir, '1')).toContain('poetry run pytest typesafety --mypy-ini-file=setup.cfg');
    expect(commands(dir, '2')).not.toContain('poetry run pytest typesafety --mypy-ini-file=setup.cfg');
  });
});

describe("a task named for Ruby's type checker (Steep) is a type check", () => {
  it('bundle exec rake steep and steep check are level 1', () => {
    expect(levelOfCiCommand('bundle exec rake steep')).toBe(1);
    expect(levelOfCiCommand('bundle exec steep check')).toBe(1);
    expect(levelOfCiCommand('bundle exec srb tc')).toBe(1);
    // Steep::RakeTask defines `steep` and `steep:check`.
    expect(levelOfCiCommand('bundle exec rake steep:check')).toBe(1);
    expect(levelOfCiCommand('bundle exec rake test:steep:check')).toBe(1);
    expect(levelOfCiCommand('bundle exec rake steep:stats')).toBeUndefined();
  });
  it('CI running the rake task adds it beside rubocop', () => {
    const dir = repo({
      '.github/workflows/typecheck.yml': workflow('bundle exec rake steep'),
      '.github/workflows/lint.yml': workflow('bundle exec rubocop'),
      Gemfile: 'source "https://rubygems.org"\ngem "rubocop"\ngem "steep"\ngemspec\n',
      Rakefile: 'task :steep do\n  require "steep"\nend\n',
    });
    expect(commands(dir, '1')).toEqual(['bundle exec rubocop', 'bundle exec rake steep']);
  });
});

describe('a bare tox through tox-gh-actions runs what the Python mapping selects', () => {
  const toxIni = [
    '[gh-actions]',
    'python =',
    '    3.9: py39',
    '    3.11: py311, docs',
    '',
    '[tox]',
    'envlist =',
    '    lint',
    '    typing',
    '    py{39,311}-{crypto,nocrypto}',
    '    py{39,311}{,-crypto}-mypy',
    '    docs',
    'labels =',
    '    mypy = py{39,311}{,-crypto}-mypy',
    '',
    '[testenv]',
    'commands = coverage run -m pytest {posargs}',
    '',
    '[testenv:py{39,311}{,-crypto}-mypy]',
    'commands = mypy',
    '',
    '[testenv:lint]',
    'commands = pre-commit run --all-files',
    '',
  ].join('\n');
  const files = {
    '.github/workflows/main.yml': workflow('python -m pip install tox tox-gh-actions\npython -m tox'),
    'tox.ini': toxIni,
    'pyproject.toml': '[project]\nname = "x"\n',
  };
  it('environments left out of the mapping are not witnessed, the unit run stays at level 2', () => {
    const dir = repo(files);
    expect(commands(dir, '1')).toEqual(['tox -m mypy']);
    expect(commands(dir, '2')).toEqual(['python -m tox']);
  });
  it('tox-gh in TOML maps the Python to environments the same way', () => {
    const dir = repo({
      '.github/workflows/main.yml': workflow('tox'),
      'pyproject.toml': [
        '[project]',
        'name = "x"',
        '[tool.tox]',
        'env_list = ["lint", "3.13"]',
        '[tool.tox.env_run_base]',
        'commands = [["pytest"]]',
        '[tool.tox.env.lint]',
        'commands = [["ruff", "check", "."]]',
        '[tool.tox.gh.python]',
        '"3.13" = ["3.13"]',
        '',
      ].join('\n'),
    });
    expect(commands(dir, '1')).toEqual([]);
    expect(commands(dir, '2')).toEqual(['tox -e 3.13']);
  });
  it('a tox line naming its environments through a variable is no bare run', () => {
    const dir = repo({ ...files, '.github/workflows/main.yml': workflow('tox -e $TOXENV_NAME') });
    expect(commands(dir, '1')).toContain('tox -e lint');
  });
  it('a factor selection the project labels is spelled with its label', () => {
    const dir = repo({ ...files, '.github/workflows/main.yml': workflow('tox -f mypy') });
    expect(commands(dir, '1')).toEqual(['tox -m mypy']);
  });
});

describe('CI scripts of a conformance / integration suite are that suite; tests of CI helpers are no gate', () => {
  it('a script under a folder named for the suite is level 3', () => {
    expect(levelOfCiCommand('./.github/actions/conformance/run-server.sh --suite all')).toBe(3);
    expect(levelOfCiCommand('tools/e2e/run.sh')).toBe(3);
    expect(levelOfCiCommand('.github/scripts/run-e2e-tests.sh')).toBe(3);
    expect(levelOfCiCommand('.github/scripts/e2e-setup.sh')).toBeUndefined();
    expect(levelOfCiCommand('.github/scripts/label.sh')).toBeUndefined();
    expect(levelOfCiCommand('ci/test.sh')).toBe(2);
  });
  it('a test run of .github code only is CI plumbing', () => {
    expect(levelOfCiCommand('node --test .github/scripts/pr_intake_gate.test.js')).toBeUndefined();
    expect(levelOfCiCommand('node --test test/x.test.js')).toBe(2);
    expect(levelOfCiCommand('npx prettier --check .github/')).toBe(1);
  });
  it('is added to the plan at level 3', () => {
    const dir = repo({
      '.github/workflows/conformance.yml': workflow('./.github/actions/conformance/run-client.sh --suite all'),
      '.github/workflows/ci.yml': workflow('uv run pytest\nnode --test .github/scripts/gate.test.js'),
      'pyproject.toml': '[project]\nname = "x"\n[dependency-groups]\ndev = ["pytest"]\n',
      'uv.lock': '',
    });
    expect(commands(dir, '3')).toEqual(['./.github/actions/conformance/run-client.sh --suite all']);
    expect(commands(dir, '2')).toEqual(['uv run pytest']);
  });
});
