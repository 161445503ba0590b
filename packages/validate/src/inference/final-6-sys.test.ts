import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { cargoActionRun } from './cargo-action.js';
import { levelOfCiCommand } from './ci-level.js';
import { canonicalCiCommand } from './ci-workflows.js';

// Classes of mistake seen on held-out-final-6-sys (cargo workspaces, Go with make / Taskfile / golangci-lint), each fixture built here.

const CRATE = { 'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n', 'src/lib.rs': '' };
const GO = { 'go.mod': 'module example.com/x\n\ngo 1.22\n', 'x_test.go': 'package x\n' };
const ci = (...jobs: string[]): Record<string, string> => ({ '.github/workflows/ci.yml': workflowOn('[pull_request]', ...jobs) });

describe('held-out-final-6-sys: Rust lint steps', () => {
  it('`cargo +nightly fmt --all -- --check --verbose` is the fmt check: the toolchain does not change the gate', () => {
    expect(levelOfCiCommand('cargo +nightly fmt --all -- --check --verbose')).toBe(1);
    expect(levelOfCiCommand('cargo +nightly fmt --all')).toBeUndefined();
  });

  it('giraffate/clippy-action runs cargo clippy with its clippy_flags', () => {
    const run = cargoActionRun('giraffate/clippy-action@v1', {
      reporter: 'github-pr-check',
      clippy_flags: '--workspace --tests --\n-D clippy::todo',
    });
    expect(run?.command).toBe('cargo clippy --workspace --tests -- -D clippy::todo');
    expect(levelOfCiCommand(run?.command ?? '')).toBe(1);
  });
});

describe('held-out-final-6-sys: names and paths of what CI runs', () => {
  it('a plural suite kind (`./scripts/test-integrations`) is that suite: level 3', () => {
    expect(levelOfCiCommand('./scripts/test-integrations')).toBe(3);
    expect(levelOfCiCommand('make integrations')).toBe(3);
  });

  it('a tests/ folder given as an option value (`sqlx db setup --source=tests/mysql/migrations`) is data, no test run', () => {
    expect(levelOfCiCommand('sqlx db setup --source=tests/mysql/migrations')).toBeUndefined();
    expect(levelOfCiCommand('bats tests/')).toBe(2);
  });

  it('a script under a test folder’s integration folder is level 3 whatever its own name', () => {
    expect(levelOfCiCommand('./test/integration/attestation-cmd/verify-sigstore-bundle-versions.sh')).toBe(3);
  });

  it('a test of the installed package (`make install-test`, `test:install`) is level 3; a cache target is none', () => {
    expect(levelOfCiCommand('make install-test')).toBe(3);
    expect(levelOfCiCommand('make install-test-ci-mac')).toBe(3);
    expect(levelOfCiCommand('make install')).toBeUndefined();
  });

  it('targets that move a cache of test inputs (`download-test-fixture-cache`, `install-test-cache-save`) run no test', () => {
    expect(levelOfCiCommand('make download-test-fixture-cache')).toBeUndefined();
    expect(levelOfCiCommand('make install-test-cache-save')).toBeUndefined();
    expect(levelOfCiCommand('make unit')).toBe(2);
  });
});

describe('held-out-final-6-sys: what a run script really runs', () => {
  const lint = [
    '- uses: actions/checkout@v4',
    '- run: |',
    '    assert-nothing-changed() {',
    '      local diff',
    '      "$@" >/dev/null || return 1',
    '      if ! diff="$(git diff -U1 --color --exit-code)"; then',
    '        git checkout -- .',
    '        STATUS=1',
    '      fi',
    '    }',
    '    assert-nothing-changed go fmt ./...',
    '    bin/golangci-lint run --timeout=3m || STATUS=$?',
    '    exit $STATUS',
  ];

  it('a function that runs its arguments and checks the diff makes its call a checked writer (`go fmt ./... && git diff --exit-code`)', () => {
    const p = planOfTree({ ...GO, '.golangci.yml': '', ...ci(stepsJob('lint', lint)) });
    expect(commandsByLevel(p)['1']).toContain('go fmt ./... && git diff --exit-code');
  });

  it('a linter downloaded into bin/ is that linter (`bin/golangci-lint run` is `golangci-lint run`)', () => {
    expect(canonicalCiCommand('bin/golangci-lint run --timeout=3m')).toBe('golangci-lint run --timeout=3m');
    expect(canonicalCiCommand('./bin/my-tool run')).toBe('./bin/my-tool run');
  });

  it('a job whose `if:` admits only push / merge_group events gates no pull request', () => {
    const p = planOfTree({
      ...CRATE,
      'ci/test.sh': '#!/bin/sh\ncargo test --all-features\n',
      ...ci(
        stepsJob('test', ['- uses: actions/checkout@v4', '- run: cargo test']),
        stepsJob(
          'build',
          ['- uses: actions/checkout@v4', '- run: ./ci/test.sh'],
          ["if: (github.event_name == 'push' || github.event_name == 'merge_group') && needs.x.outputs.m != '[]'"],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).not.toContain('./ci/test.sh');
  });

  it('a job that also admits pull requests by another test (`… || github.event.pull_request.head.repo.fork`) still gates them', () => {
    const p = planOfTree({
      ...CRATE,
      'ci/test.sh': '#!/bin/sh\ncargo test\n',
      ...ci(
        stepsJob(
          'build',
          ['- uses: actions/checkout@v4', '- run: ./ci/test.sh'],
          ["if: github.event_name == 'push' || github.event.pull_request.head.repo.full_name != github.repository"],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toContain('./ci/test.sh');
  });
});

describe('held-out-final-6-sys: Go suites CI does or does not run', () => {
  it('an untagged integration folder of the module (`caddytest/integration`) is its level-3 suite, run by CI’s `go test ./...`', () => {
    const p = planOfTree({
      ...GO,
      'caddytest/integration/acme_test.go': 'package integration\n',
      'caddytest/integration/sub/x_test.go': 'package sub\n',
      'tools/e2e/go.mod': 'module example.com/e2e\n',
      'tools/e2e/e2e/y_test.go': 'package e2e\n',
      ...ci(stepsJob('test', ['- uses: actions/checkout@v4', '- run: go test -short -race ./...'])),
    });
    expect(commandsByLevel(p)['3']).toEqual(['go test ./caddytest/integration/...']);
  });

  it('a make target testing another build tag (`go test -tags acceptance`) is not witnessed by CI’s `-tags=integration` run', () => {
    const p = planOfTree({
      ...GO,
      'api/x_test.go': '//go:build integration\n\npackage api\n',
      Makefile: 'test:\n\tgo test ./...\n\nacceptance:\n\tgo test -tags acceptance ./acceptance\n',
      'acceptance/a_test.go': '//go:build acceptance\n\npackage acceptance\n',
      ...ci(stepsJob('test', ['- uses: actions/checkout@v4', '- run: go test -race -tags=integration ./...'])),
    });
    expect(commandsByLevel(p)['3']).not.toContain('make acceptance');
  });
});

describe('held-out-final-6-sys: scripts-to-rule-them-all suites', () => {
  it('`scripts/acceptance.sh` beside `scripts/test.sh` is the project’s level-3 entry point', () => {
    const p = planOfTree({
      ...GO,
      'scripts/test.sh': '#!/bin/bash\ngo test ./...\n',
      'scripts/acceptance.sh': '#!/bin/bash\nset -e\nfor t in acceptance_tests/*.sh; do\n  (exec "$t")\ndone\n',
    });
    expect(commandsByLevel(p)['3']).toEqual(['bash scripts/acceptance.sh']);
  });
});

describe('held-out-final-6-sys: a test folder kept as a module of its own', () => {
  const tree = {
    ...GO,
    'tests/go.mod': 'module example.com/x/tests\n\ngo 1.22\n',
    'tests/create_test.go': 'package tests\n',
    'tests/tests_all.sh': '#!/bin/bash -e\ngo test -race ./...\ncd tests\ngo test -race ./...\n',
    ...ci(stepsJob('sqlite', ['- uses: actions/checkout@v4', '- run: GORM_DIALECT=sqlite ./tests/tests_all.sh'])),
  };

  it('`tests/go.mod` is the integration suite, run inside it (`cd tests && go test ./...`)', () => {
    expect(commandsByLevel(planOfTree(tree))['3']).toEqual(['cd tests && go test ./...']);
  });

  it('a test module the go.work lists belongs to the workspace’s own runs', () => {
    const p = planOfTree({ ...tree, 'go.work': 'go 1.22\n\nuse (\n\t.\n\t./tests\n)\n' });
    expect(commandsByLevel(p)['3']).toEqual([]);
  });
});

describe('held-out-final-6-sys: a step that names its target as a suite', () => {
  const job = (download: boolean, name: string): string =>
    stepsJob('cli', [
      '- uses: actions/checkout@v4',
      ...(download ? ['- uses: actions/download-artifact@v4', '  with:', '    name: snapshot'] : []),
      `- name: ${name}`,
      '  run: make cli',
    ]);
  const tree = (download: boolean, name: string): Record<string, string> => ({
    ...GO,
    Makefile: '%:\n\t@go run -C .make . $@\n',
    ...ci(job(download, name)),
  });

  it('“Run CLI Tests” running `make cli` on downloaded build artifacts is level 3, without them level 2', () => {
    expect(commandsByLevel(planOfTree(tree(true, 'Run CLI Tests (Linux)')))['3']).toContain('make cli');
    expect(commandsByLevel(planOfTree(tree(false, 'Run CLI Tests')))['2']).toContain('make cli');
  });

  it('a step name that does not name the target as tests (“Build and test”) says nothing of `make cli`', () => {
    const p = commandsByLevel(planOfTree(tree(true, 'Build and test')));
    expect([...(p['2'] ?? []), ...(p['3'] ?? [])]).not.toContain('make cli');
  });
});
