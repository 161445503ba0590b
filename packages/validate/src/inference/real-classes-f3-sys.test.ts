import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { cargoActionRun } from './cargo-action.js';
import { isCompilerRun } from './compiler-run.js';

// Classes of mistake seen on the C and Rust repositories of held-out-final-3, each fixture built here.

const CARGO_TOML = '[package]\nname = "x"\nversion = "0.1.0"\nedition = "2021"\n';

function rustPlan(steps: string[]): Record<string, string[]> {
  return commandsByLevel(
    planOfTree({
      'Cargo.toml': CARGO_TOML,
      'src/lib.rs': '',
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('style', ['- uses: actions/checkout@v4', ...steps])),
    }),
  );
}

describe('actions-rs/cargo steps: the cargo command the action runs from its inputs', () => {
  it('reads `command: fmt` with `args: --all -- --check` as the format check CI runs', () => {
    const p = rustPlan(['- uses: actions-rs/cargo@v1', '  with:', '    command: fmt', '    args: --all -- --check', '- run: cargo test']);
    expect(p['1']?.some((c) => c.startsWith('cargo fmt'))).toBe(true);
  });

  it('reads actions-rs/clippy-check as the `cargo clippy <args>` it runs', () => {
    const p = rustPlan(['- uses: actions-rs/clippy-check@v1', '  with:', '    args: --all-targets -- -D warnings', '- run: cargo test']);
    expect(p['1']?.some((c) => c.startsWith('cargo clippy'))).toBe(true);
  });

  it('spells the run with cross when use-cross is true, and with the toolchain given', () => {
    expect(cargoActionRun('actions-rs/cargo@v1', { command: 'test', 'use-cross': true, args: '--target=x' })?.command).toBe(
      'cross test --target=x',
    );
    expect(cargoActionRun('clechasseur/rs-cargo@v2', { command: 'clippy', toolchain: 'nightly', 'working-directory': 'crates/a' })).toEqual(
      {
        command: 'cargo +nightly clippy',
        cwd: 'crates/a',
      },
    );
  });

  it('keeps cargo when use-cross is an expression known only at run time, and ignores other actions', () => {
    expect(cargoActionRun('actions-rs/cargo@v1', { command: 'build', 'use-cross': '${{ steps.vars.outputs.X }}' })?.command).toBe(
      'cargo build',
    );
    expect(cargoActionRun('actions/setup-node@v4', { command: 'test' })).toBeUndefined();
  });
});

function cPlan(steps: string[]): Record<string, string[]> {
  return commandsByLevel(
    planOfTree({
      'CMakeLists.txt': 'project(x C)\nenable_testing()\nadd_subdirectory(test)\n',
      'src/x.c': '',
      'test/compile_smoke.c': '',
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('compilers', ['- uses: actions/checkout@v4', ...steps])),
    }),
  );
}

describe('C compilers recognised by their arguments, whatever their name', () => {
  it('takes versioned gcc, Watcom, Emscripten and MSVC through wine compiling sources for builds', () => {
    const p = cPlan([
      '- run: gcc-2.95 -Wall -I/project/src /project/src/x.c /project/test/compile_smoke.c -o /tmp/t -lm',
      '- run: wcc386 -w3 -I./src ./test/compile_smoke.c -fo=/tmp/main.obj',
      '- run: emcc -c -DFREESTANDING=1 -I./src test/compile_smoke.c -o smoke.o',
      `- run: env INCLUDE="C:\\\\vc6\\\\Include" wine vc6/VC98/Bin/CL.EXE /W3 /I "src" "test\\\\compile_smoke.c" /Fesmoke.exe`,
    ]);
    expect(p['2']?.filter((c) => !c.includes('ctest'))).toEqual([]);
  });

  it('does not take an analyser given the same options (clang-tidy, cppcheck) or `tcc -run` for a build', () => {
    expect(isCompilerRun('gcc-13 -std=c11 -Isrc -c src/x.c -o x.o')).toBe(true);
    expect(isCompilerRun('cppcheck -I src src/x.c')).toBe(false);
    expect(isCompilerRun('clang-tidy-18 src/x.c -- -Isrc -std=c11')).toBe(false);
    expect(isCompilerRun('tcc -I src -run test/t.c')).toBe(false);
    expect(isCompilerRun('./run-tests.sh -c')).toBe(false);
  });
});

describe('a program named smoke, run by its path, checks a build', () => {
  it('does not take `./test_smoke` for a unit-test suite, and still takes `./unit_tests` for one', () => {
    const p = cPlan(['- run: clang -I./src src/x.c test/compile_smoke.c -o test_smoke && ./test_smoke', '- run: ./unit_tests']);
    expect(p['2']).toContain('./unit_tests');
    expect(p['2']).not.toContain('./test_smoke');
  });
});
