import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfScriptName } from './detector.js';
import { throughGoTool } from './go-tool.js';
import { chosenBranches } from './composite-action.js';

// Classes of mistake seen on held-out-final-4a (npm, deno, uv, poetry, nox, just, Task and Make
// projects), each fixture built here.

const PYPROJECT = '[project]\nname = "x"\nversion = "0"\n';

describe('suites named for Pyodide or for journeys are level 3', () => {
  it('reads `test-pyodide` and `journey-tests` as level 3 by their names', () => {
    expect(levelOfScriptName('test-pyodide')).toBe(3);
    expect(levelOfScriptName('journey-tests')).toBe(3);
    expect(levelOfScriptName('test-journey')).toBe(3);
  });

  it('puts the Makefile target CI runs to load the built wheel in Pyodide at level 3, not beside the unit tests', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': PYPROJECT,
        'tests/test_x.py': '',
        Makefile: 'test:\n\tuv run pytest\n\ntest-pyodide:\n\tuv build\n\tcd pyodide_test && npm install && npm test\n',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('test', ['- uses: actions/checkout@v4', '- run: uv run pytest']),
          stepsJob('pyodide', ['- uses: actions/checkout@v4', '- run: make test-pyodide']),
        ),
      }),
    );
    expect(p['3']).toContain('make test-pyodide');
    expect(p['2']).not.toContain('make test-pyodide');
  });
});

describe('the dprint/check action is the `dprint check` it runs', () => {
  it('lists `dprint check` at level 1 for a deno project whose CI formats through dprint', () => {
    const p = commandsByLevel(
      planOfTree({
        'deno.json': '{ "tasks": { "test": "deno test -A" } }',
        'dprint.json': '{}',
        'mod.ts': '',
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('deno', [
            '- uses: actions/checkout@v4',
            '- uses: denoland/setup-deno@v2',
            '- uses: dprint/check@v2.3',
            '- run: deno lint',
            '- run: deno test -P',
          ]),
        ),
      }),
    );
    expect(p['1']).toContain('dprint check');
  });
});

const TASK_BIN = 'go tool github.com/go-task/task/v3/cmd/task';

function taskPlan(tasks: string, jobs: string[]): Record<string, string[]> {
  return commandsByLevel(
    planOfTree({
      'go.mod': 'module x\n\ngo 1.24\n\ntool github.com/go-task/task/v3/cmd/task\n',
      'x.go': 'package x\n',
      'pyproject.toml': '[tool.poetry]\nname = "x"\n\n[tool.poetry.group.dev.dependencies]\npytest = "*"\n',
      'poetry.lock': '',
      'tests/test_cli.py': '',
      'Taskfile.yml': `version: "3"\ntasks:\n${tasks}`,
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', ...jobs),
    }),
  );
}

const GO_TASKS = [
  '  go:vet:',
  '    cmds:',
  '      - go vet {{default .DEFAULT_GO_PACKAGES .GO_PACKAGES}}',
  '  go:test:',
  '    cmds:',
  '      - go test ./...',
  '  go:format:',
  '    cmds:',
  '      - go fmt ./...',
  '  go:test-integration:',
  '    cmds:',
  '      - poetry run pytest tests',
  '',
].join('\n');

describe('`go tool <package path>` runs the tool go.mod declares', () => {
  it("reads `go tool github.com/go-task/task/v3/cmd/task go:test` as `task go:test`, and leaves Go's own tools alone", () => {
    expect(throughGoTool(`${TASK_BIN} go:test`)).toBe('task go:test');
    expect(throughGoTool('go tool task --silent go:lint')).toBe('task --silent go:lint');
    expect(throughGoTool('go tool cover -func=c.out')).toBe('go tool cover -func=c.out');
  });

  it('keeps the Taskfile task CI runs through go tool (`go:vet`, whose body is a template)', () => {
    const p = taskPlan(GO_TASKS, [
      stepsJob('vet', ['- uses: actions/checkout@v4', `- run: ${TASK_BIN} go:vet`]),
      stepsJob('test', ['- uses: actions/checkout@v4', `- run: ${TASK_BIN} go:test`]),
    ]);
    expect(p['1']).toContain('task go:vet');
    expect(p['2']).toContain('task go:test');
  });
});

describe('a namespaced task is what its own name says (`go:test-integration` is an integration suite)', () => {
  it("puts `task go:test-integration` at level 3 and keeps the pyproject's pytest run out of level 2", () => {
    const p = taskPlan(GO_TASKS, [
      stepsJob('test', ['- uses: actions/checkout@v4', '- run: task go:test']),
      stepsJob('integration', ['- uses: actions/checkout@v4', '- run: task go:test-integration']),
    ]);
    expect(p['3']).toContain('task go:test-integration');
    expect(p['2']).not.toContain('poetry run pytest');
  });
});

describe('a formatter step followed by a `git diff --exit-code` step is a format check', () => {
  it('reads `task go:format` then a step `git diff --color --exit-code` as the check', () => {
    const p = taskPlan(GO_TASKS, [
      stepsJob('fmt', [
        '- uses: actions/checkout@v4',
        '- run: task go:format',
        '- run: |',
        '    git diff \\',
        '      --color \\',
        '      --exit-code',
      ]),
      stepsJob('test', ['- uses: actions/checkout@v4', '- run: task go:test']),
    ]);
    expect(p['1']).toContain('task go:format && git diff --exit-code');
  });

  it('does not when the next step only branches on the diff (`if git diff --quiet; then`)', () => {
    const p = taskPlan(GO_TASKS, [
      stepsJob('fmt', [
        '- uses: actions/checkout@v4',
        '- run: task go:format',
        '- run: |',
        '    if git diff --quiet; then',
        '      echo clean',
        '    fi',
      ]),
      stepsJob('test', ['- uses: actions/checkout@v4', '- run: task go:test']),
    ]);
    expect(p['1']).not.toContain('task go:format && git diff --exit-code');
  });
});

const RUN_PYTEST_ACTION = [
  'name: Run Pytest',
  'inputs:',
  '  test-type:',
  '    default: "unit"',
  'runs:',
  '  using: composite',
  '  steps:',
  '    - shell: bash',
  '      run: |',
  '        if [ "${{ inputs.test-type }}" == "integration" ]; then',
  '          MARKER="integration"',
  '          TIMEOUT="30"',
  '        else',
  '          MARKER="not integration"',
  '          TIMEOUT="5"',
  '        fi',
  '        uv run --no-sync pytest --timeout=$TIMEOUT -m "$MARKER" tests',
  '',
].join('\n');

describe('a local composite action runs its steps in the calling job', () => {
  it('keeps the branch the literal comparison chooses, and drops the others', () => {
    expect(chosenBranches('if [ "a" == "b" ]; then\n  X=1\nelif [ "a" != "c" ]; then\n  X=2\nelse\n  X=3\nfi\nrun $X')).toBe(
      '  X=2\nrun $X',
    );
    expect(chosenBranches('if [ "$OS" == "b" ]; then\n  X=1\nfi')).toBe('if [ "$OS" == "b" ]; then\n  X=1\nfi');
  });

  it('reads the runs of `uses: ./.github/actions/run-pytest` (unit by default, `test-type: integration`) as the test runs of CI', () => {
    const p = commandsByLevel(
      planOfTree({
        'pyproject.toml': '[project]\nname = "x"\nversion = "0"\n\n[dependency-groups]\ndev = ["pytest"]\n',
        'uv.lock': '',
        'tests/test_x.py': '',
        'tests/integration_tests/test_y.py': '',
        '.github/actions/run-pytest/action.yml': RUN_PYTEST_ACTION,
        '.github/workflows/ci.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('static', ['- uses: actions/checkout@v4', '- uses: j178/prek-action@v1']),
          stepsJob('unit', ['- uses: actions/checkout@v4', '- uses: ./.github/actions/run-pytest']),
          stepsJob('integration', [
            '- uses: actions/checkout@v4',
            '- uses: ./.github/actions/run-pytest',
            '  with:',
            '    test-type: integration',
          ]),
        ),
      }),
    );
    // Before, the job's steps were unseen: CI looked as if it ran no tests, and nothing was kept.
    expect(p['2']?.some((c) => c.includes('pytest'))).toBe(true);
    expect(p['3']?.some((c) => c.includes('integration'))).toBe(true);
  });
});

function clusterPlan(steps: string[]): Record<string, string[]> {
  return commandsByLevel(
    planOfTree({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n',
      'src/lib.rs': '',
      justfile: [
        'test:',
        '    cargo test',
        'k3d-create:',
        '    k3d cluster create x',
        'proxy-install:',
        '    kubectl apply -f proxy.yml',
        'proxy-check-health:',
        '    kubectl wait --for=condition=ready pod -l app=proxy',
        '',
      ].join('\n'),
      '.github/workflows/pr.yml': workflowOn(
        'pull_request',
        stepsJob('rust', ['- uses: actions/checkout@v4', '- run: just test']),
        stepsJob('install', ['- uses: actions/checkout@v4', ...steps]),
      ),
    }),
  );
}

describe('a check run against the Kubernetes cluster the job started is an integration test', () => {
  it('reads `just proxy-check-health` after `just k3d-create` as level 3', () => {
    const p = clusterPlan(['- run: just k3d-create', '- run: just proxy-install', '- run: just proxy-check-health']);
    expect(p['3']).toContain('just proxy-check-health');
  });

  it('does not without a cluster started before it', () => {
    const p = clusterPlan(['- run: just proxy-install', '- run: just proxy-check-health']);
    expect(p['3']).not.toContain('just proxy-check-health');
  });
});
