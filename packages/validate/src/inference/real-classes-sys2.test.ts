import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob as job, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake found on Go / Rust / JVM / Ruby / C++ repositories (held-out-14-sys in
// tools/bench/inference-real): each fixture is the smallest project showing the class.

const workflow = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const goMod = 'module example.com/x\n\ngo 1.22\n';

describe('systems repositories: what their CI really runs', () => {
  it('reads a Makefile target that runs gotestcover as the go test gate', () => {
    const p = plan({
      'go.mod': goMod,
      Makefile:
        'SOURCE_FILES?=$$(go list ./...)\n\ntest_and_cover_report:\n\tgotestcover -covermode=atomic -coverprofile=coverage.txt $(SOURCE_FILES)\n\nci: test_and_cover_report\n',
      '.github/workflows/ci.yml': workflow(job('tests', ['- uses: actions/checkout@v4', '- run: make ci'])),
    });
    expect(commands(p)['2']).toEqual(['make ci']);
  });

  it('reads a Makefile target that runs gotestsum as the go test gate', () => {
    const p = plan({
      'go.mod': goMod,
      Makefile: 'ci:\n\tgotestsum --format testname -- -race ./...\n',
      '.github/workflows/ci.yml': workflow(job('tests', ['- uses: actions/checkout@v4', '- run: make ci'])),
    });
    expect(commands(p)['2']).toEqual(['make ci']);
  });

  it('reads a CMake test program CI builds and runs without CTest as the test gate, once for every layout', () => {
    const p = plan({
      'CMakeLists.txt': 'project(x)\noption(X_BUILD_TESTS "Build tests" ON)\n  add_subdirectory(test)\n',
      'test/CMakeLists.txt': 'project(x_tests)\n',
      '.github/workflows/ci.yml': workflow(
        job('test', [
          '- uses: actions/checkout@v4',
          '- run: cmake -S . -B build',
          '  working-directory: test',
          '- run: cmake --build build',
          '  working-directory: test',
          '- run: ./tests',
          '  working-directory: test/build',
          '- run: ./Debug/tests.exe',
          '  working-directory: test/build',
        ]),
      ),
    });
    expect(commands(p)['2']).toEqual(['test: cmake -S . -B build && cmake --build build && ./build/tests']);
  });
});
