import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on C/C++ Makefile projects (held-out-final-2), each fixture built here.

const TEST_MAKEFILE = [
  'CXX = clang++',
  'define run_parallel',
  '\t@for i in 0 1; do \\',
  '\t  GTEST_SHARD_INDEX=$$i $(SETARCH) ./$(1) > $(1)_$$i.log 2>&1 & \\',
  '\tdone; wait',
  'endef',
  '',
  '.PHONY: test_parallel',
  'test_parallel : test',
  '\t$(call run_parallel,test)',
  '',
  'proxy : test_proxy',
  '\tcd proxy && docker compose up -d',
  '\t./test_proxy; \\',
  '\tcd proxy && docker compose down',
  '',
  'test : test.cc Makefile cert.pem',
  '\t$(CXX) -o $@ test.cc',
  '\t@file $@',
  '',
  'test_proxy : test_proxy.cc',
  '\t$(CXX) -o $@ test_proxy.cc',
  '',
  'test_pool : test_pool.cc',
  '\t$(CXX) -o $@ test_pool.cc',
  '',
  'cert.pem:',
  '\t./gen-certs.sh',
  '',
].join('\n');

function plan(steps: string[]): Record<string, string[]> {
  return commandsByLevel(
    planOfTree({
      'CMakeLists.txt': 'project(x)\n',
      'test/Makefile': TEST_MAKEFILE,
      'test/test.cc': '',
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('ubuntu', ['- uses: actions/checkout@v4', ...steps])),
    }),
  );
}

describe('C/C++ Makefile projects: what CI really runs', () => {
  it('reads the Makefile of a test folder CI enters, through a $(call …) of a define block', () => {
    const p = plan(['- run: cd test && make test_parallel']);
    expect(p['2']).toEqual(['test: make test_parallel']);
  });

  it('takes a make target whose recipe only compiles its own file (`-o $@`) for a build, not a test', () => {
    const p = plan(['- run: cd test && make test']);
    expect(p['2']).toEqual([]);
  });

  it('takes compile-only smoke builds (`-c -o /dev/null`, `cl /c /Fo:NUL`) for builds', () => {
    const p = plan([
      '- run: arm-linux-gnueabihf-g++ -std=c++11 -Werror -c -o /dev/null test/test_32bit_build.cpp',
      '- run: cl /std:c++14 /W4 /WX /c /Fo:NUL test\\test_32bit_build.cpp',
      '- run: cd test && make test_parallel',
    ]);
    expect(p['2']).toEqual(['test: make test_parallel']);
  });

  it('reads `make x && ./x` as one test run, and a recipe that starts services before its test program as level 3', () => {
    const p = plan(['- run: cd test && make test_pool && ./test_pool', '- run: cd test && make proxy']);
    expect(p['2']).toEqual(['test: make test_pool && ./test_pool']);
    expect(p['3']).toEqual(['test: make proxy']);
  });

  it('drops a focused gtest run and a run with other make settings when CI runs the same gate whole', () => {
    const p = plan([
      '- run: cd test && make test_parallel',
      '- run: cd test && make test_parallel EXTRA_CXXFLAGS="-fno-exceptions"',
      "- run: cd test && ASAN_OPTIONS=x=1 setarch x86_64 -R ./test --gtest_filter='Cancel.*'",
    ]);
    expect(p['2']).toEqual(['test: make test_parallel']);
  });
});
