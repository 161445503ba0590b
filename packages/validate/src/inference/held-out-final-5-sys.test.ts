import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final-5-sys (cargo, Go, Maven/Gradle, Ruby, C++/CMake), each fixture built here.

const GO = { 'go.mod': 'module example.com/x\n\ngo 1.22\n', 'x_test.go': 'package x\n' };

describe('held-out-final-5-sys: a bare `make` runs the default goal', () => {
  const makefile = [
    'all::',
    '',
    'include Makefile.common',
    '',
    'all:: vet checkmetrics common-all $(e2e)',
    'e2e := test-e2e',
    '',
    'test: fixtures/.unpacked',
    '\tgo test -short ./...',
    '',
    'test-e2e: build',
    '\t./end-to-end-test.sh',
    '',
    'checkmetrics:',
    '\t./checkmetrics.sh',
    '',
  ].join('\n');
  const common = [
    '%: common-% ;',
    '',
    'common-all: style lint build test',
    '',
    'common-vet:',
    '\tgo vet ./...',
    'common-lint:',
    '\tgolangci-lint run',
    'common-build:',
    '\tpromu build',
    '',
  ].join('\n');

  it('the goal (first target, included makefiles and `%: common-%` followed) reaches `test`: CI’s `make` is the test run', () => {
    const p = planOfTree({
      ...GO,
      Makefile: makefile,
      'Makefile.common': common,
      '.github/workflows/ci.yml': workflowOn('[pull_request]', stepsJob('test', ['- uses: actions/checkout@v4', '- run: make'])),
    });
    expect(commandsByLevel(p)['2']).toEqual(['make']);
  });

  it('a goal that only builds (`all: dynamic static`) is no gate, whatever its targets are called', () => {
    const p = planOfTree({
      'hiredis.c': '',
      Makefile: 'all: dynamic static\n\ndynamic:\n\tcc -shared -o x.so x.c\nstatic:\n\tar rcs x.a x.o\n',
      '.github/workflows/ci.yml': workflowOn('[pull_request]', stepsJob('build', ['- uses: actions/checkout@v4', '- run: make'])),
    });
    expect(commandsByLevel(p)['1'] ?? []).toEqual([]);
    expect(commandsByLevel(p)['2'] ?? []).toEqual([]);
  });
});

describe('held-out-final-5-sys: what a CI line really runs', () => {
  it('a cargo alias of `.cargo/config.toml` is what it expands to: `cargo xfmt --check` is the format check', () => {
    const p = planOfTree({
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'Cargo.lock': '',
      'src/lib.rs': '',
      '.cargo/config.toml': '[alias]\nxfmt = "fmt -- --config imports_granularity=Crate"\n',
      '.github/workflows/ci.yml': workflowOn(
        '[pull_request]',
        stepsJob('lint', ['- uses: actions/checkout@v4', '- run: cargo xfmt --check', '- run: cargo test']),
      ),
    });
    expect(commandsByLevel(p)['1']).toContain('cargo xfmt --check');
  });

  it('a PowerShell step’s language (assignments, `if (…) {`, cmdlets) is not commands of the project', () => {
    const p = planOfTree({
      ...GO,
      '.github/workflows/ci.yml': workflowOn(
        '[pull_request]',
        stepsJob('test', [
          '- uses: actions/checkout@v4',
          '- run: go test ./...',
          '- shell: pwsh',
          '  run: |',
          '    $exe = Join-Path $pkg.InstallLocation "app\\testapp.exe"',
          '    $output = & $exe 2>&1',
          '    if ($output -ne "test-ok") {',
          '      Write-Error "Expected test-ok but got $output"',
          '      exit 1',
          '    }',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['go test ./...']);
  });

  it('a step only run on Windows (`if: runner.os == …`) without a shell is PowerShell too, GitHub’s default there', () => {
    const p = planOfTree({
      ...GO,
      '.github/workflows/ci.yml': workflowOn(
        '[pull_request]',
        stepsJob(
          'test',
          [
            '- uses: actions/checkout@v4',
            '- run: go test ./...',
            "- if: runner.os == 'Windows'",
            '  run: |',
            '    $env:PATH = "C:\\tools;$env:PATH"',
            '    $output = & .\\dist\\app.exe',
            '    if ($output -ne "test-ok") {',
            '      Write-Error "Expected test-ok but got $output"',
            '    }',
          ],
          ['strategy:', '  matrix:', '    os: [ubuntu-latest, windows-latest]'],
        ),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['go test ./...']);
  });

  it('a CMake configure preset that sets CMAKE_CXX_CLANG_TIDY (through `inherits`) makes its build a lint run', () => {
    const presets = {
      version: 6,
      configurePresets: [
        { name: 'default', binaryDir: 'build', cacheVariables: { CMAKE_BUILD_TYPE: 'Debug' } },
        {
          name: 'tidy',
          inherits: 'default',
          binaryDir: 'build-tidy',
          cacheVariables: { CMAKE_CXX_CLANG_TIDY: 'clang-tidy;--warnings-as-errors=*' },
        },
      ],
      buildPresets: [{ name: 'tidy', configurePreset: 'tidy' }],
    };
    const p = planOfTree({
      'CMakeLists.txt': 'project(x)\nenable_testing()\nadd_test(NAME t COMMAND t)\n',
      'CMakePresets.json': JSON.stringify(presets),
      '.github/workflows/ci.yml': workflowOn(
        '[pull_request]',
        stepsJob('clang-tidy', ['- uses: actions/checkout@v4', '- run: cmake --preset tidy', '- run: cmake --build --preset tidy']),
      ),
    });
    expect(commandsByLevel(p)['1']).toEqual(['cmake --preset tidy && cmake --build --preset tidy']);
  });
});
