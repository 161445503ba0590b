import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { splitRunScript } from './ci-workflows.js';

// Classes of mistake the lead's fifth sweep of unlabelled mirrors showed (Pillow): plans read against
// each project's CI, not labelled.

const ci = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const pytestScript = '#!/bin/bash\nset -e\npython3 -bb -m pytest -vv -x Tests\n';

describe('a script named as a gate in CI’s own `.ci/` folder', () => {
  it('is the project’s run, as in `ci/` (Pillow’s `.ci/test.sh`)', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.ci/test.sh': pytestScript,
      '.github/workflows/test.yml': ci(stepsJob('test', ['- run: .ci/build.sh', '- run: .ci/test.sh'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['.ci/test.sh']);
  });

  it('reads the same run through an interpreter (`bash ci/label.sh` is plumbing like `ci/label.sh`)', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      'ci/test-complete.sh': '#!/bin/bash\npytest tests/complete\n',
      'ci/test.sh': pytestScript,
      '.github/workflows/test.yml': ci(stepsJob('test', ['- run: bash ci/test-complete.sh', '- run: bash ci/test.sh'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['bash ci/test.sh']);
  });
});

describe('a script that reports on the machine', () => {
  it('(`system-info.py`) is no system test', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.ci/test.sh': pytestScript,
      '.github/workflows/test.yml': ci(stepsJob('test', ['- run: python3 .github/workflows/system-info.py', '- run: .ci/test.sh'])),
    });
    expect(commandsByLevel(p)['3'] ?? []).toEqual([]);
    expect(commandsByLevel(p)['2']).toEqual(['.ci/test.sh']);
  });
});

describe('a target named for what it runs against, then for its kind', () => {
  it('(`cri-integration`) is that kind of suite; one that prepares it (`setup-e2e`) is none', () => {
    const p = planOfTree({
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      Makefile:
        'test:\n\tgo test ./...\n\ncri-integration:\n\tbash ./script/test/cri-integration.sh\n\nsetup-e2e:\n\tbash ./script/setup.sh\n',
      'script/test/cri-integration.sh': '#!/bin/bash\ngo test ./integration/...\n',
      '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: make test', '- run: make setup-e2e', '- run: make cri-integration'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['make test']);
    expect(commandsByLevel(p)['3']).toEqual(['make cri-integration']);
  });
});

describe('a recipe running tox on environments CI’s bare `tox` leaves out', () => {
  it('does not stand for CI’s tox-gh-actions run (celery’s `make docker-integration-tests`, here `integration-tests-docker`)', () => {
    const p = planOfTree({
      'setup.py': 'from setuptools import setup\nsetup(name="x")\n',
      'tox.ini':
        '[tox]\nrequires =\n    tox-gh-actions\nenvlist =\n    {3.12,3.13}-unit\n    {3.12,3.13}-integration-{redis,docker}\n\n[gh-actions]\npython =\n    3.12: 3.12-unit\n    3.13: 3.13-unit\n\n[testenv]\ncommands =\n    unit: pytest t/unit\n    integration: pytest t/integration\n',
      Makefile: 'integration-tests-docker:\n\t@docker compose -f docker/docker-compose.yml run --rm x tox -e 3.12-integration-docker\n',
      '.github/workflows/ci.yml': ci(stepsJob('unit', ['- run: python -m pip install tox tox-gh-actions', '- run: tox --verbose'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['tox']);
  });
});

describe('a recipe that runs another folder’s makefile (`$(MAKE) -C sub …`)', () => {
  const tree = {
    'go.mod': 'module example.com/x\n\ngo 1.22\n',
    Makefile:
      'all: lib build_tests\n\nlib:\n\tgo build ./...\n\nbuild_tests:\n\t$(MAKE) -C tests all\n\ntest:\n\tgo test ./...\n\npython-test:\n\t@make -C py\n',
    'tests/Makefile': 'all: fuzzer\n\nfuzzer: fuzzer.c\n\t$(CC) fuzzer.c -o fuzzer\n',
    'py/Makefile': 'all: test\n\ntest:\n\tpytest tests\n',
  };

  it('reads that folder’s targets, not this one’s: `make -C tests all` builds the test programs, runs none', () => {
    const p = planOfTree({ ...tree, '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: make -j all', '- run: make test'])) });
    expect(commandsByLevel(p)['2']).toEqual(['make test']);
  });

  it('runs that folder’s default goal (`python-test: make -C py` runs pytest)', () => {
    const p = planOfTree({
      ...tree,
      Makefile: 'all: lib\n\nlib:\n\tgo build ./...\n\ntest:\n\tgo test ./...\n\npython-test:\n\t@make -C py\n',
      '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: make test', '- run: make python-test'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['make test', 'make python-test']);
  });
});

describe('a package’s binary called by its path', () => {
  it('is that tool (`./node_modules/.bin/lockfile-lint` is hygiene like `lockfile-lint`)', () => {
    const p = planOfTree({
      'package.json': JSON.stringify({ name: 'x', scripts: { test: 'node --test' } }),
      'package-lock.json': '{}',
      '.github/workflows/ci.yml': ci(
        stepsJob('test', ['- run: npm test', '- run: ./node_modules/.bin/lockfile-lint --path package-lock.json --type npm']),
      ),
    });
    expect(commandsByLevel(p)['1'] ?? []).toEqual([]);
  });
});

describe('a poe sequence CI runs (`poe ci`) whose parts are gates of different levels', () => {
  it('is each part at its own level (commitizen: the hooks, then the tests)', () => {
    const p = planOfTree({
      'pyproject.toml':
        '[project]\nname = "x"\n\n[tool.poe.tasks]\ncover = "pytest --cov x tests"\ncheck-commit = "cz check --rev-range origin/main..HEAD"\nci.sequence = ["check-commit", { cmd = "prek run --all-files" }, "cover"]\n',
      'uv.lock': '',
      '.github/workflows/ci.yml': ci(stepsJob('test', ['- run: uv sync', '- run: uv run --no-sync poe ci'])),
    });
    expect(commandsByLevel(p)['1']).toEqual(['uv run --no-sync prek run --all-files']);
    expect(commandsByLevel(p)['2']).toEqual(['uv run --no-sync poe cover']);
  });
});

describe('a one-line program handed to the interpreter', () => {
  it('(`python -c "from test.utils import X; print(X)"`) prints a setting, runs no suite', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.github/workflows/ci.yml': ci(
        stepsJob('test', [
          '- run: python -c "from json import dumps; from test.utils import ARCHS; print(dumps(ARCHS))"',
          '- run: python -m pytest test',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['python -m pytest test']);
  });
});

describe('a PowerShell step continued with backticks', () => {
  it('is one command (`pytest `, `-m e2e `, `` `--cov=x ``): no piece of it is a gate of its own', () => {
    const steps = splitRunScript(
      ['pytest                `', '  -vv                 `', '  -m e2e              `', '  `--cov=pkg'].join('\n'),
      '.',
    );
    expect(steps.map((s) => s.command)).toEqual(['pytest -vv -m e2e --cov=pkg']);
  });
});

describe('pre-commit.ci beside a workflow that runs one named hook', () => {
  it('stays a gate of its own: `pre-commit run --hook-stage manual pylint --all-files` runs one hook, not all', () => {
    const p = planOfTree({
      'pyproject.toml': '[project]\nname = "x"\n',
      '.pre-commit-config.yaml': 'ci:\n  autofix_prs: false\nrepos: []\n',
      '.github/workflows/ci.yml': ci(
        stepsJob('pylint', ['- run: pre-commit run --hook-stage manual pylint-with-spelling --all-files', '- run: pytest tests']),
      ),
    });
    expect(commandsByLevel(p)['1']).toContain('pre-commit run --all-files');
  });
});

describe('a quote left open over many lines of a run script', () => {
  it('is read once, piece by piece: 20,000 lines after an open quote are one word, without reading them again per line', () => {
    const script = [
      `python -c "import sys`,
      ...Array.from({ length: 20_000 }, (_, i) => `x${i} = ${i}  # line`),
      `print(1)"`,
      'pytest',
    ].join('\n');
    const steps = splitRunScript(script, '.');
    expect(steps.map((s) => s.command).at(-1)).toBe('pytest');
    expect(steps).toHaveLength(2);
  });
});
