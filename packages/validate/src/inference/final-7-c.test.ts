import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final-7-c (Go, Rust, CMake, Maven), each fixture built here.

const CRATE = {
  'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
  'src/lib.rs': '',
  'tests/api.rs': '#[test]\nfn t() {}\n',
};
const ci = (...jobs: string[]): Record<string, string> => ({ '.github/workflows/ci.yml': workflowOn('[pull_request]', ...jobs) });

describe('held-out-final-7-c: cargo wrappers for another platform', () => {
  it('`redoxer test --tests` (cargo test run on Redox OS) is the cargo test gate, not a gate of its own', () => {
    const plan = planOfTree({
      ...CRATE,
      ...ci(stepsJob('test', ['- run: cargo test']), stepsJob('redox', ['- run: redoxer build', '- run: redoxer test --tests'])),
    });
    expect(commandsByLevel(plan)['2']).not.toContain('redoxer test --tests');
  });
});

describe('held-out-final-7-c: CMake options that guard the tests', () => {
  it('an OFF option guarding add_subdirectory(tests) is turned on in the configure step', () => {
    const root = [
      'project(x CXX)',
      'option(X_ENABLE_TESTS "Build and enable tests" OFF)',
      'option(X_ENABLE_BENCHMARKS "Build benchmarks" OFF)',
      'if(X_ENABLE_TESTS)',
      '    enable_testing()',
      '    add_subdirectory(tests)',
      'endif()',
      'if(X_ENABLE_BENCHMARKS)',
      '    add_subdirectory(bench)',
      'endif()',
    ].join('\n');
    const plan = planOfTree({ 'CMakeLists.txt': root, 'tests/CMakeLists.txt': 'add_test(a a)\n' });
    expect(commandsByLevel(plan)['2']).toEqual([
      'cmake -S . -B build -DX_ENABLE_TESTS=ON && cmake --build build && ctest --test-dir build',
    ]);
  });
});
