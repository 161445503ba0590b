import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose steps are `steps` (YAML lines, indented as steps). */
const workflow = (...steps: string[]): string =>
  ['on: pull_request', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', ...steps.map((s) => `      ${s}`), ''].join('\n');

const goModule = { 'go.mod': 'module example.com/x\n\ngo 1.22\n', 'go.sum': '' };

describe('final-14-sys: a Make target that only names other targets, one of them running a linter kept in a variable', () => {
  it('puts CI’s `make validate` (validate: validate-lint validate-dirty; validate-lint runs $(GOLANGCI) run) at level 1', () => {
    const files = {
      ...goModule,
      Makefile: [
        'TOOLS_BIN := $(shell mkdir -p build/tools && realpath build/tools)',
        'GOLANGCI = $(TOOLS_BIN)/golangci-lint-$(GOLANGCI_VERSION)',
        '$(GOLANGCI):',
        '\tcurl -sSfL https://example.invalid/install.sh | sh -s -- -b $(TOOLS_BIN)',
        'test:',
        '\tgo test -race ./...',
        'validate: validate-lint validate-dirty ## Run validation checks.',
        'validate-lint: $(GOLANGCI)',
        '\t$(GOLANGCI) run',
        'validate-dirty:',
        '\t@git --no-pager diff',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': workflow('- run: make validate', '- run: make test'),
    };
    expect(inferred(files, '1')).toEqual(['make validate']);
    expect(inferred(files, '2')).toEqual(['make test']);
  });
});

describe('final-14-sys: `go test -c` compiles the test binary without running it', () => {
  it('is no gate; the run of the compiled binary is', () => {
    const files = {
      ...goModule,
      // The test target's tool sits in a variable, so CI's compile step is not seen as part of it.
      Makefile: 'GOCMD = go\nGOTEST = $(GOCMD) test\ntest:\n\t$(GOTEST) -race ./...\n',
      '.github/workflows/ci.yml': workflow(
        '- run: make test',
        '- run: |',
        '    GOOS=wasip1 GOARCH=wasm go test -c -o x.wasm example.com/x',
        "- run: wasmtime run x.wasm -test.v -test.run '^TestWasmInit$'",
      ),
    };
    expect(inferred(files, '2')).not.toContain('GOOS=wasip1 GOARCH=wasm go test -c -o x.wasm example.com/x');
    expect(inferred(files, '2')).toContain('make test');
  });
});

describe('final-14-sys: .NET scaffolding steps', () => {
  it('`dotnet new console -n Tests` and `dotnet add … package` set up a consumer project; they gate nothing', () => {
    const files = {
      'configure.ac': 'AC_INIT([x], [1.0])\n',
      'Makefile.am': 'SUBDIRS = src test\n',
      '.github/workflows/ci.yml': workflow(
        '- run: ./configure && make check',
        '- run: dotnet new console -n Tests -o .x-test/',
        '- run: dotnet add .x-test/Tests.csproj package x -s $PWD/.x-pack',
      ),
    };
    expect(inferred(files, '2')).toEqual(['make check']);
  });
});

describe('final-14-sys: clang’s scan-build --status-bugs', () => {
  it('reads a Make target running the build under scan-build, its --status-bugs in a `+=` variable, as a level-1 check', () => {
    const files = {
      Makefile: [
        'SCANBUILD ?= scan-build',
        'SCANBUILD_FLAGS += --status-bugs -v',
        'all:',
        '\t$(CC) -c x.c',
        'clean:',
        '\trm -f *.o',
        'staticAnalyze: clean',
        '\tCPPFLAGS=-DX=1 CFLAGS=-g $(SCANBUILD) $(SCANBUILD_FLAGS) $(MAKE) all V=1',
        'test:',
        '\t$(MAKE) -C tests test',
        '',
      ].join('\n'),
      '.github/workflows/ci.yml': workflow('- run: make V=1 clean staticAnalyze', '- run: make test'),
    };
    expect(inferred(files, '1')).toEqual(['make staticAnalyze']);
    expect(inferred(files, '2')).toEqual(['make test']);
  });

  it('leaves scan-build without --status-bugs out: it exits as the build does, whatever it reports', () => {
    const files = {
      'configure.ac': 'AC_INIT([x], [1.0])\n',
      'Makefile.am': 'SUBDIRS = src\n',
      '.github/workflows/ci.yml': workflow('- run: scan-build --keep-going make -j4', '- run: make check'),
    };
    expect(inferred(files, '1')).toEqual([]);
  });
});
