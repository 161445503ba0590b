import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose steps are `steps` (YAML lines, indented as steps). */
const workflow = (...steps: string[]): string =>
  ['on: pull_request', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', ...steps.map((s) => `      ${s}`), ''].join('\n');

describe('final-12-sys: gems.rb is the Gemfile', () => {
  it('runs rubocop through Bundler when the manifest is gems.rb', () => {
    const files = {
      'gems.rb': 'source "https://rubygems.org"\ngemspec\ngroup :test do\n  gem "rubocop"\nend\n',
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      'x.gemspec': 'Gem::Specification.new do |s|\nend\n',
    };
    expect(inferred(files, '1')).toEqual(['bundle exec rubocop']);
  });
});

describe('final-12-sys: a script named only for tests, in a step named for integration tests', () => {
  it('is level 3 (a step "Run bosion integration tests" running crates/bosion/run-tests.sh)', () => {
    const files = {
      'crates/bosion/run-tests.sh': '#!/bin/bash\nfor t in examples/*; do\n  pushd $t\n  cargo test\n  popd\ndone\n',
      '.github/workflows/ci.yml': workflow('- name: Run bosion integration tests', '  run: crates/bosion/run-tests.sh'),
    };
    expect(inferred(files, '3')).toEqual(['crates/bosion/run-tests.sh']);
    expect(inferred(files, '2')).toEqual([]);
  });

  it('leaves a script named for its kind at its own level', () => {
    const files = {
      'scripts/unit-tests.sh': '#!/bin/bash\ngo test ./...\n',
      '.github/workflows/ci.yml': workflow('- name: Run integration tests', '  run: scripts/unit-tests.sh'),
    };
    expect(inferred(files, '3')).toEqual([]);
  });
});

describe('final-12-sys: an action that runs a command in the setting it prepares', () => {
  it("runs android-emulator-runner's `script:` (./gradlew connectedCheck, level 3)", () => {
    const files = {
      'settings.gradle.kts': 'rootProject.name = "x"\n',
      'build.gradle.kts': 'plugins { kotlin("jvm") }\n',
      gradlew: '#!/bin/sh\n',
      '.github/workflows/ci.yml': workflow(
        '- uses: reactivecircus/android-emulator-runner@v2',
        '  with:',
        '    api-level: 34',
        '    script: ./gradlew connectedCheck',
      ),
    };
    expect(inferred(files, '3')).toEqual(['./gradlew connectedCheck']);
  });

  it("reads no command from actions/github-script's `script:` (JavaScript)", () => {
    const files = {
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      '.github/workflows/ci.yml': workflow('- uses: actions/github-script@v7', '  with:', '    script: make test'),
    };
    expect(inferred(files, '2')).toEqual(['go test ./...']);
  });

  it("runs BSFishy/meson-build's `action: test` as the meson test suite", () => {
    const files = {
      'meson.build': "project('x', 'c')\ntest('t', executable('t', 't.c'))\n",
      '.github/workflows/ci.yml': workflow('- uses: BSFishy/meson-build@v1.0.3', '  with:', '    action: test'),
    };
    expect(inferred(files, '2')).toEqual(['meson setup build && meson test -C build']);
  });
});

describe('final-12-sys: a test script named for its language in one word', () => {
  it('runs examples/cpptest.sh, reached by `cd ../examples` after `cd tests`, at level 2', () => {
    const files = {
      'meson.build': "project('x', 'c')\n",
      'tests/unittest.sh': '#!/usr/bin/env bash\ngcc ../ini.c unittest.c -o u\n./u > baseline.txt\n',
      'examples/cpptest.sh': '#!/usr/bin/env bash\ng++ -Wall Example.cpp -o Example\n./Example > cpptest.txt\n',
      '.github/workflows/ci.yml': workflow(
        '- run: |',
        '    cd tests',
        '    ./unittest.sh',
        '    cd ../examples',
        '    ./cpptest.sh',
        '    git diff --exit-code',
      ),
    };
    expect(inferred(files, '2')).toEqual(['tests: ./unittest.sh', 'examples: ./cpptest.sh']);
  });

  it('does not read a word that merely ends in "test" (latest.sh) as a test script', () => {
    const files = {
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'scripts/latest.sh': '#!/bin/sh\ngo test ./...\n',
      '.github/workflows/ci.yml': workflow('- run: ./scripts/latest.sh'),
    };
    expect(inferred(files, '2')).toEqual(['go test ./...']);
  });
});

describe("final-12-sys: xc runs the README's tasks", () => {
  const readme = [
    '# x',
    '',
    '## Tasks',
    '',
    '### test',
    '',
    '```sh',
    'go test ./...',
    '```',
    '',
    '### fmt',
    '',
    'Format all Go code.',
    '',
    '```sh',
    'gofmt -s -w .',
    '```',
    '',
    '### lint',
    '',
    '```sh',
    'golangci-lint run',
    '```',
    '',
    '## License',
    '',
  ].join('\n');
  const files = {
    'go.mod': 'module example.com/x\n\ngo 1.22\n',
    'README.md': readme,
    '.github/workflows/ci.yml': workflow(
      '- run: nix develop --command xc test',
      '- run: nix develop --command xc lint',
      '- run: nix develop --command xc fmt',
      '- run: git diff --exit-code',
    ),
  };

  it('reads `nix develop --command xc fmt` then `git diff --exit-code` as a format check (the task writes)', () => {
    expect(inferred(files, '1')).toEqual(['nix develop --command xc lint', 'nix develop --command xc fmt && git diff --exit-code']);
  });

  it('runs the test task at level 2', () => {
    expect(inferred(files, '2')).toEqual(['nix develop --command xc test']);
  });
});

describe('final-12-sys: clang-format checked one file at a time in a loop', () => {
  it('is the clang-format check of the sources (level 1)', () => {
    const files = {
      'CMakeLists.txt': 'project(x C)\n',
      '.clang-format': 'BasedOnStyle: LLVM\n',
      '.github/workflows/fmt.yml': workflow(
        '- run: |',
        '    while IFS= read -r f; do',
        '      if ! "clang-format-${LLVM_VER}" --dry-run -Werror "${f}" >/dev/null 2>&1; then',
        '        dirty+=("${f}")',
        '      fi',
        "    done < <(git diff --name-only HEAD^1 HEAD -- '*.c' '*.h')",
      ),
    };
    expect(inferred(files, '1')).toEqual(["clang-format --dry-run --Werror $(git ls-files '*.c' '*.cc' '*.cpp' '*.h' '*.hpp')"]);
  });
});

describe("final-12-sys: a level's recipes displace only the tools they could stand for", () => {
  const files = (e2e: string): Record<string, string> => ({
    'Cargo.toml': '[workspace]\nmembers = ["crates/a"]\n',
    'crates/a/Cargo.toml': '[package]\nname = "a"\nversion = "0.1.0"\n',
    'crates/a/tests/parse.rs': '',
    justfile: `unit-tests:\n    cargo nextest run --no-tests=pass\n\ne2e-tests:\n    ${e2e}\n`,
    '.github/workflows/ci.yml': workflow('- run: just unit-tests', '- run: just e2e-tests'),
  });

  it('keeps the tests/*.rs targets at level 3 beside an e2e recipe of shell scripts, when the unit recipe runs nextest', () => {
    expect(inferred(files('bash e2e-tests/run_tests.sh'), '3')).toEqual(['just e2e-tests', "cargo test --workspace --test '*'"]);
  });

  it('lets an e2e recipe that runs cargo itself stand for them', () => {
    expect(inferred(files('cargo test --test e2e'), '3')).toEqual(['just e2e-tests']);
  });
});

describe('final-12-sys: a script that regenerates files and fails on the diff is a drift check', () => {
  it('is no test suite, though it is called ci/test.sh', () => {
    const files = {
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'x_test.go': 'package x\n',
      'ci/test.sh': [
        '#!/bin/bash',
        'set -euo pipefail',
        'for i in $(find $PWD -name go.mod); do',
        '  pushd $(dirname $i)',
        '  go mod tidy',
        '  popd',
        'done',
        'if [ ! -z "$(git status --porcelain)" ]; then',
        '  exit 1',
        'fi',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': workflow('- run: ./ci/test.sh', '- run: go test ./...'),
    };
    expect(inferred(files, '2')).toEqual(['go test ./...']);
  });
});

describe("final-12-sys: a CI folder's check_* script that runs the tests", () => {
  it('is that test run (ci/check_panic_handling.sh running go test -tags=panictest)', () => {
    const files = {
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'x_test.go': 'package x\n',
      'ci/check_panic_handling.sh': '#!/bin/bash\nset -eux\ngo test -v -tags=panictest -run TestPanics | grep "panic"\n',
      '.github/workflows/ci.yml': workflow('- run: ./ci/check_panic_handling.sh', '- run: go test ./...'),
    };
    expect(inferred(files, '2')).toEqual(['go test ./...', './ci/check_panic_handling.sh']);
  });

  it('leaves other CI helper scripts as plumbing', () => {
    const files = {
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'x_test.go': 'package x\n',
      'ci/prepare_env.sh': '#!/bin/bash\ngo test -run TestNothing ./tools\n',
      '.github/workflows/ci.yml': workflow('- run: ./ci/prepare_env.sh', '- run: go test ./...'),
    };
    expect(inferred(files, '2')).toEqual(['go test ./...']);
  });
});
