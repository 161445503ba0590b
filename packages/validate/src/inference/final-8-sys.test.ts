import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';
import { splitPrerequisiteTargets } from './make-prerequisites.js';

// Classes of mistake seen on held-out-final-8-sys (cargo workspaces and feature matrices, Go modules
// with make and golangci-lint), each fixture built here.

const CRATE = { 'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n', 'src/lib.rs': '' };
const GO = { 'go.mod': 'module example.com/x\n\ngo 1.22\n', 'x_test.go': 'package x\n' };
const ci = (...jobs: string[]): Record<string, string> => ({ '.github/workflows/ci.yml': workflowOn('[pull_request]', ...jobs) });

describe('held-out-final-8-sys: a run script calling its own functions', () => {
  const shards = [
    '- run: cargo test -p x --all-features',
    '- run: |',
    '    run_group() {',
    '      local label="$1" tests="$2" extra_args="$3"',
    '      [ -z "$tests" ] && return 0',
    '      cargo miri test -p x --all-features $extra_args -- --exact $tests',
    '    }',
    '    fails=0',
    '    run_group "Lib tests" "$lib_tests" "--lib" || fails=$((fails + 1))',
    '    run_group "Integration tests" "$tests_tests" "--test tests" || fails=$((fails + 1))',
  ];

  it('a call of a function the script defines (`run_group "Lib tests" … --lib`) is no program: its body is what runs', () => {
    const levels = commandsByLevel(planOfTree({ ...CRATE, ...ci(stepsJob('miri', shards)) }));
    expect(
      Object.values(levels)
        .flat()
        .filter((c) => c.startsWith('run_group')),
    ).toEqual([]);
    expect(levels['2']?.some((c) => c.startsWith('cargo test'))).toBe(true);
  });
});

describe('held-out-final-8-sys: a bare `make` is its default goal', () => {
  const makefile = [
    'GOPATH := $(shell go env GOPATH)',
    '',
    'all: checks',
    '',
    'checks: lint test functional-test',
    '',
    'lint:',
    '\tgolangci-lint run',
    '',
    'test:',
    '\tgo test -race -v ./...',
    '',
    'functional-test:',
    '\tgo build -race functional_tests.go',
    '\t./functional_tests',
    '',
  ].join('\n');
  const read = (files: Record<string, string>) => (p: string) => files[p];

  it('`make` whose first target is an alias of an umbrella (`all: checks`) is each part at its own level', () => {
    expect(splitPrerequisiteTargets('make', '.', read({ Makefile: makefile }))).toEqual(['make lint', 'make test', 'make functional-test']);
    const levels = commandsByLevel(planOfTree({ ...GO, Makefile: makefile, ...ci(stepsJob('build', ['- run: make'])) }));
    expect(levels['1']).toContain('make lint');
    expect(levels['2']).toContain('make test');
    expect(levels['3']).toContain('make functional-test');
  });

  it('`.DEFAULT_GOAL` names the goal; `make -C other` and a goal that only builds are left whole', () => {
    const withGoal = `.DEFAULT_GOAL := checks\nbuild:\n\tgo build ./...\n${makefile}`;
    expect(splitPrerequisiteTargets('make', '.', read({ Makefile: withGoal }))).toHaveLength(3);
    expect(splitPrerequisiteTargets('make -C sub', '.', read({ Makefile: makefile }))).toEqual(['make -C sub']);
    const builds = 'all: build\n\nbuild:\n\tgo build ./...\n\ntest:\n\tgo test ./...\n';
    expect(splitPrerequisiteTargets('make', '.', read({ Makefile: builds }))).toEqual(['make']);
  });
});

describe('held-out-final-8-sys: cargo-llvm-cov subcommands that run no test', () => {
  it('`cargo llvm-cov clean` / `report` / `show-env` are no gate; `cargo llvm-cov test` is the test run', () => {
    expect(levelOfCiCommand('cargo +stable llvm-cov clean --workspace')).toBeUndefined();
    expect(levelOfCiCommand('cargo +stable llvm-cov report --lcov > lcov.txt')).toBeUndefined();
    expect(levelOfCiCommand('cargo llvm-cov show-env --export-prefix')).toBeUndefined();
    expect(levelOfCiCommand('cargo +stable llvm-cov test -p time --no-report --all-features')).toBe(2);
  });
});

describe('held-out-final-8-sys: a CI helper script that tests the built program as a server', () => {
  const h2spec = [
    '#!/bin/bash',
    'curl -L -o /tmp/h2spec.tar.gz https://example.invalid/h2spec.tar.gz && tar xf /tmp/h2spec.tar.gz -C /tmp',
    'cargo build --example server',
    'exec 3< <(./target/debug/examples/server);',
    'SERVER_PID=$!',
    '/tmp/h2spec -p 5928',
    'STATUS=$?',
    'kill "${SERVER_PID}"',
    'exit "${STATUS}"',
  ].join('\n');
  const job = stepsJob('test', ['- run: cargo test', '- run: ./ci/h2spec.sh', '- run: ./ci/publish-docs.sh']);

  it('`ci/h2spec.sh` starting the example server in the background, running a client and killing it, is level 3', () => {
    const levels = commandsByLevel(
      planOfTree({ ...CRATE, 'ci/h2spec.sh': h2spec, 'ci/publish-docs.sh': 'cargo doc --no-deps\n', ...ci(job) }),
    );
    expect(levels['3']).toContain('./ci/h2spec.sh');
    expect(Object.values(levels).flat()).not.toContain('./ci/publish-docs.sh');
  });
});
