import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final (mixed ecosystems), each fixture built here.

const TOX_TOML = [
  'env_list = [',
  '  "type",',
  '  { product = [{ prefix = "3.", start = 11, stop = 13 }] },',
  '  { product = [["min"], { prefix = "3.", start = 11, stop = 13 }] },',
  ']',
  '[env_run_base]',
  'commands = [["pytest"]]',
  '[env.type]',
  'commands = [["mypy"]]',
  '',
].join('\n');

describe('held-out-final: what CI really runs', () => {
  it("reads tox 4's generative env_list and a tox env the CI script picks at run time", () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'tox.toml': TOX_TOML,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('type', ['- uses: actions/checkout@v4', '- run: tox -e type']),
        stepsJob(
          'test',
          [
            '- uses: actions/checkout@v4',
            '- run: |',
            '    BASE=${PYTHON_VERSION_RAW%-*}',
            '    tox -e $BASE --skip-pkg-install',
            '  env:',
            '    PYTHON_VERSION_RAW: ${{ matrix.py }}',
          ],
          ['strategy:', '  matrix:', '    py: ["3.13", "3.12-dev"]'],
        ),
      ),
    });
    expect(commandsByLevel(p)).toEqual({ '1': ['tox -e type'], '2': ['tox -e 3.11,3.12,3.13'], '3': [] });
  });

  it("reads through a tool runner's interpreter taken from the matrix (uvx --python ${{ matrix.x }})", () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'tox.ini': '[tox]\nenv_list =\n    py{310-312}\n[testenv]\ncommands = pytest\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'test',
          ['- uses: actions/checkout@v4', '- run: uvx --python ${{ matrix.python-version }} --with tox-uv tox -e py'],
          ['strategy:', '  matrix:', '    python-version: ["pypy3.11", "3.12"]'],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['uvx --with tox-uv tox -e py']);
  });
});
