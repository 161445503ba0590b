import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake found on Go and Rust repositories (held-out-5/6-go-rust in
// tools/bench/inference-real): each fixture is the smallest project showing the class.

const workflow = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const job = stepsJob;
const goMod = (path: string): string => `module example.com/${path}\n\ngo 1.22\n`;
const cargo = '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n';

describe('Go and Rust repositories: what their CI really runs', () => {
  it('reads a job that checks the repository out into a GOPATH folder and works there as working at the root', () => {
    const gopath = '${{ env.GOPATH }}/src/github.com/${{ github.repository }}';
    const p = plan({
      'go.mod': goMod('router'),
      Makefile: 'test:\n\tgo test -race -v ./...\n',
      '_examples/rest/go.mod': goMod('rest'),
      '.github/workflows/ci.yml': workflow(
        job(
          'test',
          ['- uses: actions/checkout@v4', `  with: { path: "${gopath}" }`, '- run: |', '    go get -d -t ./...', '    make test'],
          ['env:', '  GOPATH: ${{ github.workspace }}', 'defaults:', '  run:', `    working-directory: ${gopath}`],
        ),
      ),
    });
    // CI runs `make test` at the root: no lint, and the example module is never entered.
    expect(commands(p)).toEqual({ '1': [], '2': ['make test'], '3': [] });
  });

  it('reads Makefile recipe lines indented deeper and continued with a backslash as part of the recipe', () => {
    const p = plan({
      'go.mod': goMod('logger'),
      Makefile: [
        'COVER_DIRS = . ./exp',
        '',
        'cover:',
        '\t@$(foreach dir,$(COVER_DIRS), ( \\',
        '\t\tcd $(dir) && \\',
        '\t\tgo test -race -coverprofile=cover.out ./... \\',
        '\t\t&& go tool cover -html=cover.out -o cover.html) &&) true',
        '',
      ].join('\n'),
      '.github/workflows/go.yml': workflow(job('build', ['- uses: actions/checkout@v4', '- run: make cover'])),
    });
    expect(commands(p)['2']).toEqual(['make cover']);
  });

  it('reads `FLAGS="--count 10 --timeout 30m" make test-robustness` as the make target, the quoted value holding spaces', () => {
    const p = plan({
      'go.mod': goMod('db'),
      Makefile: ['test:', '\tgo test ./...', '', 'test-robustness:', '\tgo test ./tests/robustness $(ROBUSTNESS_TESTFLAGS)', ''].join('\n'),
      '.github/workflows/go.yml': workflow(
        job('test', [
          '- uses: actions/checkout@v4',
          '- run: make test',
          '- run: ROBUSTNESS_TESTFLAGS="--count 10 --timeout 30m -failfast" make test-robustness',
        ]),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['make test'], '3': ['make test-robustness'] });
  });

  it('reads `files=$(gofmt -s -l .)` as the gofmt check it captures', () => {
    const p = plan({
      'go.mod': goMod('client'),
      '.github/workflows/fmt.yml': workflow(
        job('fmt', [
          '- uses: actions/checkout@v4',
          '- run: |',
          '    files=$(gofmt -s -l .)',
          '    if [ -n "$files" ]; then',
          '      exit 1',
          '    fi',
        ]),
        job('test', ['- uses: actions/checkout@v4', '- run: go test ./...']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['gofmt -s -l .'], '2': ['go test ./...'], '3': [] });
  });

  it('follows `cd ${{ matrix.crate }}` into the one folder a one-value matrix names, and out of the project for many', () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["core", "web"]\n',
      'core/Cargo.toml': cargo,
      'web/Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test --workspace']),
        job(
          'wasm',
          ['- uses: actions/checkout@v4', '- run: cd ${{ matrix.crate }} && wasm-pack test --node'],
          ['strategy:', '  matrix:', '    crate: [web]'],
        ),
        job(
          'many',
          ['- uses: actions/checkout@v4', '- run: cd ${{ matrix.crate }} && cargo nextest run'],
          ['strategy:', '  matrix:', '    crate: [core, web]'],
        ),
      ),
    });
    // The many-valued `cd` is no longer read as a command of its own at the root.
    expect(commands(p)['2']).toEqual(['cargo test --workspace', 'web: wasm-pack test --node']);
  });

  it('does not take a reusable workflow whose outputs only decide whether the other jobs run for a lint or test workflow', () => {
    const p = plan({
      'Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        '  pre_ci:\n    uses: acme/.github/.github/workflows/pre_ci.yml@master',
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test'], ['needs: pre_ci', 'if: needs.pre_ci.outputs.continue']),
      ),
    });
    // Without CI lint, fmt and clippy are not gates of this project.
    expect(commands(p)).toEqual({ '1': [], '2': ['cargo test'], '3': [] });
  });

  it('reads `$RUNNER test` as the tool the script assigned to RUNNER first', () => {
    const p = plan({
      'Cargo.toml': cargo,
      'tests/cli.rs': '',
      '.github/workflows/ci.yml': workflow(
        job('style', ['- uses: actions/checkout@v4', '- run: cargo fmt --all -- --check']),
        job('build', [
          '- uses: actions/checkout@v4',
          '- run: |',
          '    RUNNER=cargo',
          '    [ -n "${{ matrix.cross }}" ] && RUNNER=cross',
          '    $RUNNER test --locked --target=${{ matrix.target }}',
        ]),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['cargo fmt --check'], '2': ['cargo test --lib --bins'], '3': ["cargo test --test '*'"] });
  });

  it('does not take a benchmark-only `go test -run=^Benchmark -bench` for a test gate, and reads `cd dir/` as dir', () => {
    const p = plan({
      'go.mod': goMod('lo'),
      'exp/simd/go.mod': goMod('simd'),
      '.github/workflows/test.yml': workflow(
        job('test', [
          '- uses: actions/checkout@v4',
          '- run: go test -race -bench . -benchmem ./...',
          '- run: |',
          '    cd exp/simd/',
          '    go test -run=^Benchmark -benchmem -bench ./...',
          '- run: |',
          '    cd exp/simd/',
          '    go test ./...',
        ]),
      ),
    });
    expect(commands(p)['2']).toEqual(['go test ./...', 'exp/simd: go test ./...']);
  });

  it('reads rustfmt run inside `if ! …; then` or fed by `xargs` as the format check', () => {
    const p = plan({
      'Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('style', [
          '- uses: actions/checkout@v4',
          '- run: |',
          "    if ! rustfmt --check --edition 2021 $(git ls-files '*.rs'); then",
          '      exit 1',
          '    fi',
        ]),
        job('fmt2', ['- uses: actions/checkout@v4', '- run: find src -name "*.rs" | xargs rustfmt --check']),
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test']),
      ),
    });
    expect(commands(p)['1']).toEqual(['cargo fmt --check']);
  });

  it('reads `cargo llvm-cov` as the test suite run under coverage, and `cargo run --example ci` as a CI driver of its own', () => {
    const cov = plan({
      'Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cargo llvm-cov --all-features --workspace --lcov --output-path lcov.info']),
      ),
    });
    expect(commands(cov)).toEqual({ '1': [], '2': ['cargo test'], '3': [] });
    const driver = plan({
      'Cargo.toml': cargo,
      'tests/it.rs': '',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cargo run --example ci']),
        job('publish', ['- uses: actions/checkout@v4', '- run: cargo run --example ci -- publish']),
      ),
    });
    expect(commands(driver)).toEqual({ '1': [], '2': ['cargo run --example ci'], '3': [] });
  });

  it('does not take a format recipe that writes through `go run tool@version -w` for a check', () => {
    const p = plan({
      'go.mod': goMod('web'),
      '.golangci.yml': 'version: "2"\n',
      Makefile: 'format:\n\tgo run mvdan.cc/gofumpt@latest -w -l .\n\nlint:\n\tgolangci-lint run ./...\n\ntest:\n\tgo test ./...\n',
      // The lint workflow is another repository's: level 1 cannot be read, so the recipes stand.
      '.github/workflows/lint.yml': workflow('  lint:\n    uses: acme/.github/.github/workflows/go-lint.yml@main'),
    });
    expect(commands(p)['1']).toEqual(['make lint']);
  });

  it("keeps CI's `make lint` whose recipe also corrects (`rubocop -a`) and checks more than a raw tool covers", () => {
    const p = plan({
      'go.mod': goMod('finder'),
      Gemfile: "source 'https://rubygems.org'\ngem 'rubocop'\n",
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      Makefile: 'lint:\n\t[ -z "$$(gofmt -s -d src)" ] || exit 1\n\tbundle exec rubocop -a\n\ntest:\n\tgo test ./src/...\n',
      '.github/workflows/linux.yml': workflow(job('build', ['- uses: actions/checkout@v4', '- run: make lint', '- run: make test'])),
      '.github/workflows/macos.yml': workflow(job('build', ['- uses: actions/checkout@v4', '- run: rubocop --require rubocop-minitest'])),
    });
    expect(commands(p)['1']).toContain('make lint');
  });

  it('reads a test script in a step named for integration tests as level 3, and a recipe running the same file as its spelling', () => {
    const p = plan({
      'go.mod': goMod('finder'),
      Makefile: 'test:\n\tgo test ./...\n\nitest:\n\truby test/runner.rb\n',
      '.github/workflows/ci.yml': workflow(
        job('linux', [
          '- uses: actions/checkout@v4',
          '- run: make test',
          '- name: Integration test',
          '  run: make install && ruby test/runner.rb --verbose',
        ]),
        job('macos', ['- uses: actions/checkout@v4', '- name: Integration test', '  run: ruby test/test_go.rb --verbose']),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['make test'], '3': ['make itest', 'ruby test/test_go.rb'] });
  });

  it('takes the unit-test recipe for level 2 when `test` is the umbrella of unit and integration recipes', () => {
    const p = plan({
      'go.mod': goMod('ui'),
      Makefile:
        'unit-test:\n\tgo test ./... -short\n\ntest: unit-test integration-test-all\n\nintegration-test-all:\n\tgo test pkg/integration/clients/*.go\n',
      '.github/workflows/ci.yml': workflow(job('unit', ['- uses: actions/checkout@v4', '- run: go test ./... -short'])),
    });
    expect(commands(p)['2']).toEqual(['make unit-test']);
  });

  it("reads `cargo xtask <task>` as the project's own tasks, which displace the raw cargo tools", () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["core", "xtask"]\n',
      'core/Cargo.toml': cargo,
      'core/tests/it.rs': '',
      'xtask/Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('fmt', ['- uses: actions/checkout@v4', '- run: cargo xtask format --check']),
        job('clippy', ['- uses: actions/checkout@v4', '- run: cargo xtask clippy']),
        job('test', ['- uses: actions/checkout@v4', '- run: cargo xtask test-libs']),
        job('coverage', ['- uses: actions/checkout@v4', '- run: cargo xtask coverage']),
      ),
    });
    expect(commands(p)).toEqual({
      '1': ['cargo xtask format --check', 'cargo xtask clippy'],
      '2': ['cargo xtask test-libs'],
      '3': [],
    });
  });

  it('does not read a shell variable assignment as a command, whatever words its value holds', () => {
    const p = plan({
      'go.mod': goMod('svc'),
      '.github/workflows/pr.yml': workflow(
        job('title', ['- run: |', "    pattern='^(feat|fix|test)(\\(\\w+\\))?!:'", '    echo "$TITLE" | grep -E "$pattern"']),
        job('test', ['- uses: actions/checkout@v4', '- run: go test ./...']),
      ),
    });
    expect(commands(p)['2']).toEqual(['go test ./...']);
  });

  it('skips the text of a here-document in a run script', () => {
    const p = plan({
      'Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('deb', [
          '- run: |',
          '    cat > debian/copyright <<EOF',
          '    Format: http://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
          '    The above copyright notice shall be included; lint and test clauses apply',
          '    EOF',
        ]),
        job('test', ['- uses: actions/checkout@v4', '- run: cargo fmt -- --check', '- run: cargo test']),
      ),
    });
    expect(commands(p)['1']).toEqual(['cargo fmt --check']);
  });

  it('reads a formatter whose output must be empty (`diff <(echo -n) <(go fmt …)`, `[ -n "$(…)" ]`) as a format check', () => {
    const p = plan({
      'go.mod': goMod('client'),
      '.github/workflows/ci.yml': workflow(
        job('build', ['- uses: actions/checkout@v4', '- run: diff -u <(echo -n) <(go fmt $(go list ./...))', '- run: go test ./...']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['gofmt -l .'], '2': ['go test ./...'], '3': [] });
  });

  it('takes `ci/test.sh` for the test run its name says, while other ci/ helpers stay plumbing', () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["core"]\n',
      'core/Cargo.toml': cargo,
      'core/tests/it.rs': '',
      'ci/test.sh': '#!/bin/bash\ncargo test --all --all-features\n',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: ci/test.sh', '- run: ci/test-complete']),
        job('fmt', ['- uses: actions/checkout@v4', '- run: cargo fmt --all --check']),
      ),
    });
    expect(commands(p)).toEqual({
      '1': ['cargo fmt --all --check'],
      // CI's own script file is listed beside the tool it runs (a script CI runs stands for itself).
      '2': ['cargo test --workspace --lib --bins', 'ci/test.sh'],
      '3': ["cargo test --workspace --test '*'"],
    });
  });

  it('keeps the root commands only for tools CI runs somewhere when CI works in the members alone', () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["lib", "suite"]\n',
      'lib/Cargo.toml': cargo,
      'suite/Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cd suite && cargo test --features unstable']),
        job('clippy', ['- uses: actions/checkout@v4', '- run: cd lib && cargo clippy -- -Dclippy::all']),
      ),
    });
    // No `cargo fmt` anywhere in CI: the workspace's default fmt check is not a gate.
    expect(commands(p)['1']).toEqual(['cargo clippy --workspace --all-targets']);
  });

  it('reads the arms of a shell `case` by their commands, not their patterns', () => {
    const p = plan({
      'go.mod': goMod('db'),
      Makefile: 'test:\n\tgo test ./...\n',
      '.github/workflows/ci.yml': workflow(
        job('test', [
          '- uses: actions/checkout@v4',
          '- run: |',
          '    case "${TARGET}" in',
          '      linux-unit-test-1-cpu)',
          '        CPU=1 make test',
          '        ;;',
          '      *)',
          '        exit 1',
          '        ;;',
          '    esac',
        ]),
      ),
    });
    expect(commands(p)['2']).toEqual(['make test']);
  });

  it('takes `cargo hack build`/`check` for builds whatever their arguments name, and a reusable clippy workflow for lint', () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["core", "core-test"]\n',
      'core/Cargo.toml': cargo,
      'core-test/Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        '  clippy:\n    uses: acme/github-actions/.github/workflows/rust-clippy.yml@v1',
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test --workspace --all-features']),
        job('build', ['- uses: actions/checkout@v4', '- run: cargo hack build --workspace --exclude core-test --no-default-features']),
      ),
    });
    expect(commands(p)['1']).toContain('cargo clippy --workspace --all-targets');
    expect(commands(p)['2']).toEqual(['cargo test --workspace']);
  });

  it('reads `./interop/test.sh` as level 3, and a test recipe named for a system-level kind beside `make test` as its own gate', () => {
    const p = plan({
      'go.mod': goMod('db'),
      'interop/x.txt': '',
      Makefile:
        'test:\n\tgo test ./...\n\ntest-failpoint:\n\tgo test ./tests/failpoint\n\ntest-robustness:\n\tsudo go test ./tests/robustness\n',
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: make test']),
        job('failpoint', ['- uses: actions/checkout@v4', '- run: make test-failpoint']),
        job('robust', ['- uses: actions/checkout@v4', '- run: ROBUSTNESS_FLAGS="--count ${{ inputs.count }}" make test-robustness']),
        job('interop', ['- uses: actions/checkout@v4', '- run: ./interop/test.sh']),
      ),
    });
    expect(commands(p)['2']).toEqual(['make test']);
    expect(commands(p)['3']).toEqual(['make test-failpoint', 'make test-robustness', './interop/test.sh']);
  });

  it('reads the staticcheck and prek actions as the checks they run', () => {
    const p = plan({
      'go.mod': goMod('color'),
      '.pre-commit-config.yaml': 'repos: []\n',
      '.github/workflows/ci.yml': workflow(
        job('test', [
          '- uses: actions/checkout@v4',
          '- run: go test -race ./...',
          '- run: go vet ./...',
          '- uses: dominikh/staticcheck-action@v1',
          '- uses: j178/prek-action@v2',
        ]),
      ),
    });
    expect(commands(p)['1']).toEqual(['go vet ./...', 'staticcheck ./...', 'prek run --all-files']);
  });

  it('judges a cargo line by its subcommand, not by words of its paths, and a cargo alias by its name', () => {
    const p = plan({
      'Cargo.toml': '[workspace]\nmembers = ["core", "tests-no-std"]\n',
      'core/Cargo.toml': cargo,
      'tests-no-std/Cargo.toml': cargo,
      '.github/workflows/ci.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: cargo test --workspace', '- run: cargo integration-test']),
        job('nostd', ['- uses: actions/checkout@v4', '- run: cargo no-std-check --manifest-path tests-no-std/Cargo.toml']),
      ),
    });
    expect(commands(p)['2']).toEqual(['cargo test --workspace']);
    expect(commands(p)['3']).toEqual(['cargo integration-test']);
  });

  it('reads mage targets from magefile.go, and `mage -v check;` (closing semicolon) as the check target it runs', () => {
    const magefile = [
      '//go:build mage',
      'package main',
      'var goexe = "go"',
      'func Check() {',
      '\tmg.Deps(Fmt, Vet)',
      '\tmg.Deps(TestRace)',
      '}',
      'func Test() error {',
      '\treturn runCmd(env, goexe, "test", "./...")',
      '}',
      'func TestRace() error {',
      '\treturn runCmd(env, goexe, "test", "-race", "./...")',
      '}',
      'func Fmt() error {',
      '\ts, err := sh.Output("./check_gofmt.sh")',
      '}',
      'func Vet() error {',
      '\treturn sh.Run(goexe, "vet", "./...")',
      '}',
    ].join('\n');
    const p = plan({
      'go.mod': goMod('site'),
      'magefile.go': magefile,
      '.github/workflows/test.yml': workflow(
        job('test', ['- uses: actions/checkout@v4', '- run: |', '    sass --version;', '    mage -v check;']),
        job('windows', ['- uses: actions/checkout@v4', '- run: mage -v test']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['mage -v check'], '2': ['mage test'], '3': [] });
  });
});
