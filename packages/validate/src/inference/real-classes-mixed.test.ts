import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake found on mixed Go / Rust / JS repositories (held-out-12/13-mixed in
// tools/bench/inference-real): each fixture is the smallest project showing the class.

const workflow = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const goMod = 'module example.com/x\n\ngo 1.22\n';

describe('mixed repositories: what their CI really runs', () => {
  it('does not add go vet when CI only runs a test script that runs go test', () => {
    const p = plan({
      'go.mod': goMod,
      'go.test.sh': '#!/usr/bin/env bash\nset -e\nfor d in $(go list ./...); do\n  go test -race "$d"\ndone\n',
      '.github/workflows/test.yml': workflow(job('test', ['- uses: actions/checkout@v4', '- run: ./go.test.sh'])),
    });
    // The script is the test run; no lint was asked for (go vet came from go.mod alone).
    expect(commands(p)['1']).toEqual([]);
    expect(commands(p)['2']).toContain('./go.test.sh');
  });

  it('reads an unquoted gofmt listing under test -z as the format check', () => {
    const p = plan({
      'go.mod': goMod,
      '.github/workflows/test.yml': workflow(
        job('lint', ['- uses: actions/checkout@v4', '- run: test -z $(gofmt -l .)', '- run: go vet ./...']),
        job('test', ['- uses: actions/checkout@v4', '- run: go test -race ./...']),
      ),
    });
    expect(commands(p)['1']).toEqual(['go vet ./...', 'gofmt -l .']);
  });

  it('reads a linter CI installed into the workspace and calls by that path as the linter', () => {
    const p = plan({
      'go.mod': goMod,
      '.golangci.yml': 'run:\n  timeout: 5m\n',
      '.github/workflows/ci.yml': workflow(
        job('build', [
          '- uses: actions/checkout@v4',
          '- run: go test -race ./...',
          '- run: curl -sfL https://example.com/install.sh | sh -s -- -b $GITHUB_WORKSPACE v1.53.3',
          '- run: $GITHUB_WORKSPACE/golangci-lint run ./...',
        ]),
      ),
    });
    expect(commands(p)['1']).toEqual(['golangci-lint run']);
  });

  it('keeps the root package scope of cargo test when the root is also a workspace and CI never tests the members', () => {
    const manifest = '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n\n[workspace]\nmembers = ["codegen"]\n';
    const p = plan({
      'Cargo.toml': manifest,
      'codegen/Cargo.toml': '[package]\nname = "codegen"\nversion = "0.0.0"\nedition = "2021"\n',
      'tests/test_parse.rs': '#[test]\nfn parses() {}\n',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test --all-features --tests']),
        job('clippy', ['- uses: actions/checkout@v4', '- run: cargo clippy --workspace -- -Dclippy::all']),
      ),
    });
    // Clippy is run for the whole workspace; the tests for the root package only.
    expect(commands(p)).toEqual({
      '1': ['cargo clippy --workspace --all-targets'],
      '2': ['cargo test --lib --bins'],
      '3': ["cargo test --test '*'"],
    });
  });
});
