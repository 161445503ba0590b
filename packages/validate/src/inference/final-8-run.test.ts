import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final-8-run (CI that goes through a task runner or wrapper), each
// fixture built here.

const ci = (...jobs: string[]): Record<string, string> => ({ '.github/workflows/ci.yml': workflowOn('[pull_request]', ...jobs) });
const GO = { 'go.mod': 'module example.com/x\n\ngo 1.23\n', 'x.go': 'package x\n', 'x_test.go': 'package x\n' };

describe('held-out-final-8-run: go-task run through `go run` and umbrella tasks', () => {
  const taskfile = [
    'version: "3"',
    'tasks:',
    '  lint:',
    '    cmds:',
    '      - go run github.com/golangci/golangci-lint/cmd/golangci-lint run',
    '  mocks:',
    '    cmds:',
    '      - go run .',
    '  test:',
    '    cmds:',
    '      - go run gotest.tools/gotestsum --format testname -- -v ./internal/...',
    '  test.e2e:',
    '    cmds:',
    '      - ./e2e/run_all.sh',
    '      - go run gotest.tools/gotestsum --format testname -- -v -count=1 ./e2e/...',
    '  test.ci:',
    '    deps: [lint]',
    '    cmds:',
    '      - task: mocks',
    '      - task: test',
    '      - task: test.e2e',
    '',
  ].join('\n');

  it('`go run github.com/go-task/task/v3/cmd/task test.ci` is `task test.ci`, and that umbrella task is each task it runs at its level', () => {
    const plan = planOfTree({
      ...GO,
      'Taskfile.yml': taskfile,
      ...ci(stepsJob('test', ['- run: go run github.com/go-task/task/v3/cmd/task test.ci'])),
    });
    const levels = commandsByLevel(plan);
    expect(levels['1']).toEqual(['task lint']);
    expect(levels['2']).toEqual(['task test']);
    expect(levels['3']).toEqual(['task test.e2e']);
  });
});

describe('held-out-final-8-run: make targets named through variables', () => {
  const makefile = [
    'MOD_DIRS := $(shell find . -name go.mod -exec dirname {} \\;)',
    'GO = go',
    'TEST_TARGETS := test-default test-short test-race',
    '.PHONY: $(TEST_TARGETS) test',
    'test-default test-race: ARGS=-race',
    'test-short:   ARGS=-short',
    '$(TEST_TARGETS): test',
    'test: $(MOD_DIRS:%=test/%)',
    'test/%: DIR=$*',
    'test/%:',
    '\t@echo "go test $(ARGS) $(DIR)/..." \\',
    '\t\t&& cd $(DIR) \\',
    '\t\t&& $(GO) test $(ARGS) ./...',
    '',
    'lint:',
    '\tgolangci-lint run',
    '',
  ].join('\n');

  it('`make test-race`, a target given only a target-specific variable and a rule whose targets are a variable, is a test run', () => {
    const plan = planOfTree({
      ...GO,
      Makefile: makefile,
      ...ci(stepsJob('lint', ['- run: make lint']), stepsJob('test-race', ['- run: make test-race'])),
    });
    expect(commandsByLevel(plan)['2']).toEqual(['make test-race']);
  });
});

describe('held-out-final-8-run: scripts-to-rule-them-all read as CI calls them', () => {
  const PY = { 'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n', 'tests/test_x.py': '' };
  const lint = [
    '#!/usr/bin/env bash',
    'set -e',
    'cd "$(dirname "$0")/.."',
    'if [ "$1" = "--fix" ]; then',
    '  uv run ruff check . --fix',
    'else',
    '  uv run ruff check .',
    'fi',
    'uv run pyright',
    'uv run mypy .',
    '',
  ].join('\n');

  it('a fixer behind an option CI does not pass (`if [ "$1" = "--fix" ]`) leaves `./scripts/lint` a lint run', () => {
    const plan = planOfTree({ ...PY, 'scripts/lint': lint, ...ci(stepsJob('lint', ['- run: ./scripts/lint'])) });
    expect(commandsByLevel(plan)['1']).toEqual(['./scripts/lint']);
  });

  it('the lines of a bash array (`TEST_PATHS=(` … `tests/api_resources` … `)`) are words, not a test run', () => {
    const detect = [
      '#!/usr/bin/env bash',
      'set -e',
      'TEST_PATHS=(',
      '\ttests/api_resources',
      '\ttests/test_client.py',
      ')',
      'for PATHSPEC in "${TEST_PATHS[@]}"; do',
      '    git checkout "$1" -- "${PATHSPEC}" 2>/dev/null || true',
      'done',
      './scripts/lint',
      '',
    ].join('\n');
    const plan = planOfTree({
      ...PY,
      'scripts/lint': lint,
      'scripts/detect-breaking-changes': detect,
      ...ci(stepsJob('breaking', ['- run: ./scripts/detect-breaking-changes "$BASE_SHA"'])),
    });
    expect(commandsByLevel(plan)['2']).toEqual([]);
  });
});

describe('held-out-final-8-run: GitLab CI jobs read as a merge request runs them', () => {
  const PY = { 'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n', 'x/__init__.py': '', 'tests/test_x.py': '' };
  const gitlab = (jobs: string[]): Record<string, string> => ({ '.gitlab-ci.yml': jobs.join('\n') });

  it('`$CI_PROJECT_DIR` is the repository root: `black --check $CI_PROJECT_DIR` is `black --check .`', () => {
    const plan = planOfTree({
      ...PY,
      ...gitlab(['black:', '  stage: lint', '  script:', '    - black --check --diff $CI_PROJECT_DIR', '']),
    });
    expect(commandsByLevel(plan)['1']).toEqual(['black --check --diff .']);
  });

  it('a job whose rules all need a branch pipeline (`$CI_COMMIT_BRANCH == "master"`) is no merge-request gate', () => {
    const plan = planOfTree({
      ...PY,
      'tests/run-tests': '#!/bin/bash\npython3 -m unittest -v\n',
      ...gitlab([
        'run-tests:',
        '  script:',
        '    - ./tests/run-tests',
        'debian_testing:',
        '  rules:',
        '    - if: $CI_COMMIT_BRANCH == "master" && $CI_PROJECT_PATH == "x/y"',
        '  script:',
        '    - cd tests',
        '    - ./run-tests',
        '',
      ]),
    });
    expect(commandsByLevel(plan)['2']).toEqual(['./tests/run-tests']);
  });

  it('a repository script run in a job of the `lint` stage is a lint run, bandit is one, shellcheck given test paths is no test run', () => {
    const plan = planOfTree({
      ...PY,
      'hooks/pre-commit': '#!/bin/sh\nPYFLAKES=$(find_command pyflakes)\n$PYFLAKES $PY_FILES\n',
      ...gitlab([
        'hooks/pre-commit:',
        '  stage: lint',
        '  script:',
        '    - ./hooks/pre-commit',
        'shellcheck:',
        '  stage: lint',
        '  script:',
        '    - shellcheck --severity=warning hooks/pre-commit tests/run-tests',
        'bandit:',
        '  script:',
        '    - bandit -r -ii --ini .bandit',
        '',
      ]),
    });
    expect(commandsByLevel(plan)['1']).toEqual(expect.arrayContaining(['./hooks/pre-commit', 'bandit -r -ii --ini .bandit']));
    expect(commandsByLevel(plan)['2']).toEqual([]);
  });

  it('machine set-up (`dnf install`, `useradd`) and an assignment computed on the runner (`fdroid=`which fdroid``) are no part of a gate', () => {
    const plan = planOfTree({
      ...PY,
      'tests/run-tests': '#!/bin/bash\npython3 -m unittest -v\n',
      ...gitlab([
        'pip:',
        '  script:',
        '    - dnf -y install python3-pip yamllint',
        '    - useradd -m -c "test account" testuser',
        '    - fdroid=`which fdroid` ./tests/run-tests',
        '',
      ]),
    });
    expect(commandsByLevel(plan)).toEqual({ '1': [], '2': ['./tests/run-tests'], '3': [] });
  });
});
