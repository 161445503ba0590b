import { describe, expect, it } from 'vitest';
import { commandsByLevel as commands, planOfTree as plan, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake found on the held-out-5/6-jvm-rb-c sets (Maven/Gradle, Ruby, C/C++ repositories).

const workflow = (...jobs: string[]): string => workflowOn('[push, pull_request]', ...jobs);
const job = stepsJob;

describe('inference on JVM, Ruby and C/C++ projects as their CI runs them', () => {
  it('reads a task of a runner whose tasks it cannot read (`bundle exec thor spec`) by the task name', () => {
    const p = plan({
      Gemfile: 'source "https://rubygems.org"\ngem "rspec"\ngem "rubocop"\n',
      '.rspec': '--color\n',
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      'spec/helper.rb': '',
      '.github/workflows/ci.yml': workflow(
        job('lint', ['- uses: actions/checkout@v4', '- run: bundle exec rubocop']),
        job('test', ['- uses: actions/checkout@v4', '- run: bundle exec thor spec']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['bundle exec rubocop'], '2': ['bundle exec thor spec'], '3': [] });
  });

  it('runs `make check` of an automake project (Makefile.am, no Makefile), with display-only VERBOSE dropped', () => {
    const p = plan({
      'configure.ac': '',
      'Makefile.am': '',
      '.github/workflows/ci.yml': workflow(
        job('linux', [
          '- uses: actions/checkout@v4',
          '- run: |',
          '    autoreconf -i',
          '    ./configure --disable-docs',
          '    make -j4',
          '- run: make check VERBOSE=yes',
        ]),
      ),
    });
    expect(commands(p)).toEqual({ '1': [], '2': ['make check'], '3': [] });
  });

  it('does not read `test(…)`, a call in a filter (`./jq -n \'"" | test("")\'`), as the test runner; a quoted command still counts', () => {
    const p = plan({
      'configure.ac': '',
      'Makefile.am': '',
      '.github/workflows/ci.yml': workflow(
        job('linux', ['- uses: actions/checkout@v4', '- run: ./configure && make', `- run: ./jq -n '"" | test("")'`, '- run: make check']),
        job('nix', ['- uses: actions/checkout@v4', '- run: nix-shell --run "make check-valgrind test"']),
      ),
    });
    expect(commands(p)['2']).toEqual(['make check', 'nix-shell --run "make check-valgrind test"']);
  });

  it('takes `bazel build` for a build, not a test run, though its targets are under test/', () => {
    const p = plan({
      'CMakeLists.txt': 'project(x)\nenable_testing()\nadd_test(NAME t COMMAND t)\n',
      '.github/workflows/bazel.yml': workflow(
        job('bazel', ['- uses: actions/checkout@v4', '- run: bazel build //:lib //test/...', '- run: bazel test //test/...']),
      ),
    });
    expect(commands(p)['2']).toEqual(['bazel test //test/...']);
  });

  it('reads a clang-format checking action as the formatting gate', () => {
    const p = plan({
      '.clang-format': 'BasedOnStyle: Google\n',
      'CMakeLists.txt': 'project(x)\nenable_testing()\nadd_test(NAME t COMMAND t)\n',
      '.github/workflows/lint.yml': workflow(
        job('format', ['- uses: actions/checkout@v4', '- uses: DoozyX/clang-format-lint-action@v0.20', '  with: { source: ./src }']),
      ),
    });
    expect(commands(p)['1']).toEqual(["clang-format --dry-run --Werror $(git ls-files '*.c' '*.cc' '*.cpp' '*.h' '*.hpp')"]);
  });

  it('drops Gradle build-scan and console flags from CI spellings (`./gradlew spotlessCheck --scan`)', () => {
    const p = plan({
      'settings.gradle.kts': 'rootProject.name = "x"\n',
      'build.gradle.kts': 'plugins { java }\n',
      gradlew: '',
      '.github/workflows/ci.yml': workflow(
        job('java', [
          '- uses: actions/checkout@v4',
          '- run: ./gradlew spotlessCheck --stacktrace --scan',
          '- run: ./gradlew build --scan --console=plain',
        ]),
      ),
    });
    expect(commands(p)['1']).toEqual(['./gradlew spotlessCheck']);
  });

  it('takes a Gradle `check` with the test task excluded (`-x test`) for the static checks, level 1', () => {
    const p = plan({
      'settings.gradle.kts': 'rootProject.name = "x"\n',
      'build.gradle.kts': 'plugins { java }\n',
      gradlew: '',
      '.github/workflows/ci.yml': workflow(
        job('checks', ['- uses: actions/checkout@v4', '- run: ./gradlew check -x test -x jvmTest']),
        job('jvm', ['- uses: actions/checkout@v4', '- run: ./gradlew test']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['./gradlew check -x test -x jvmTest'], '2': ['./gradlew test'], '3': [] });
  });

  it('runs a gem that tests against Rails through its Rakefile, not `bin/rails test`', () => {
    const p = plan({
      Gemfile: 'source "https://rubygems.org"\ngemspec\ngem "rails"\n',
      'engine.gemspec': '  s.add_dependency("railties", ">= 7.0")\n',
      Rakefile: 'require "rake/testtask"\nRake::TestTask.new(:test)\ntask default: :test\n',
      'test/test_helper.rb': '',
    });
    expect(commands(p)['2']).toEqual(['bundle exec rake test']);
  });

  it('reads a CMake build configured with CMAKE_CXX_CLANG_TIDY as the lint gate, and ctest in a build folder outside the checkout as the root tests', () => {
    const cmakeJob = (name: string, extra: string[]): string =>
      job(name, [
        '- uses: actions/checkout@v4',
        '- working-directory: ${{ runner.workspace }}',
        '  run: |',
        '    cmake -Bbuild -H$GITHUB_WORKSPACE \\',
        ...extra.map((l) => `      ${l} \\`),
        '      -G Ninja',
        '- working-directory: ${{ runner.workspace }}/build',
        '  run: ninja',
        ...(name === 'test' ? ['- working-directory: ${{ runner.workspace }}/build', '  run: ctest -C Debug -j 4'] : []),
      ]);
    const p = plan({
      'CMakeLists.txt': 'project(x)\nenable_testing()\nadd_test(NAME t COMMAND t)\n',
      '.github/workflows/ci.yml': workflow(
        cmakeJob('test', ['-DCMAKE_BUILD_TYPE=Debug']),
        cmakeJob('tidy', ['-DCMAKE_CXX_CLANG_TIDY="clang-tidy;-use-color"']),
      ),
    });
    expect(commands(p)).toEqual({
      '1': ['cmake -S . -B build -DCMAKE_CXX_CLANG_TIDY=clang-tidy && cmake --build build'],
      '2': ['cmake -S . -B build && cmake --build build && ctest --test-dir build'],
      '3': [],
    });
  });

  it('infers `make check` for an autotools project with tests, configure generated first; CMake wins when both exist', () => {
    const autotools = {
      'configure.ac': 'AC_INIT([x], [1.0])\nAM_INIT_AUTOMAKE\n',
      'Makefile.am': 'bin_PROGRAMS = x\nTESTS = tests/run.test\n',
    };
    expect(commands(plan(autotools))).toEqual({ '1': [], '2': ['autoreconf -fi && ./configure && make check'], '3': [] });
    const both = plan({ ...autotools, 'CMakeLists.txt': 'project(x)\nenable_testing()\nadd_test(NAME t COMMAND t)\n' });
    expect(commands(both)['2']).toEqual(['cmake -S . -B build && cmake --build build && ctest --test-dir build']);
    expect(commands(plan({ ...autotools, 'Makefile.am': 'bin_PROGRAMS = x\n' }))['2']).toEqual([]);
  });

  it('reads `cmd || fallback` as cmd (the fallback only handles its failure)', () => {
    const p = plan({
      Gemfile: 'source "https://rubygems.org"\ngem "rspec"\n',
      Rakefile: 'require "rspec/core/rake_task"\nRSpec::Core::RakeTask.new(:spec)\ntask default: :spec\n',
      '.rspec': '--require spec_helper\n',
      '.github/workflows/ci.yml': workflow(
        job('tests', [
          '- uses: actions/checkout@v4',
          '- run: |',
          '    status=0',
          '    bundle exec rake || status=$?',
          '    exit ${status}',
        ]),
      ),
    });
    expect(commands(p)['2']).toEqual(['bundle exec rake']);
  });

  it('levels a CMake target CI builds by its name, matrix targets included; licensing checks (`reuse lint`) are hygiene', () => {
    const p = plan({
      'CMakeLists.txt': 'project(x)\nenable_testing()\nadd_test(NAME t COMMAND t)\n',
      '.github/workflows/ci.yml': [
        'on: [pull_request]',
        'jobs:',
        '  analysis:',
        '    runs-on: ubuntu-latest',
        '    strategy:',
        '      matrix:',
        '        target: [ci_clang_tidy, ci_cppcheck, ci_install]',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: cmake -S . -B build -DX_CI=On',
        '      - run: cmake --build build --target ${{ matrix.target }}',
        '  tests:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: cmake -S . -B build && cmake --build build --target all',
        '      - run: cd build && ctest -j 4',
        '      - run: reuse lint',
      ].join('\n'),
    });
    expect(commands(p)).toEqual({
      '1': ['cmake --build build --target ci_clang_tidy', 'cmake --build build --target ci_cppcheck'],
      '2': ['cmake -S . -B build && cmake --build build && ctest --test-dir build'],
      '3': [],
    });
  });

  it("reads a gem's CI running its own executable from source (`ruby -Ilib exe/rake`) as that executable", () => {
    const p = plan({
      Gemfile: 'source "https://rubygems.org"\ngemspec\n',
      'rake.gemspec': '  s.add_development_dependency "test-unit"\n',
      Rakefile: 'require "rake/testtask"\nRake::TestTask.new(:test)\ntask default: :test\n',
      'test/helper.rb': '',
      'exe/rake': '',
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      '.github/workflows/test.yml': workflow(
        job('lint', ['- uses: actions/checkout@v4', '- run: bundle exec rubocop']),
        job('test', ['- uses: actions/checkout@v4', '- run: gem install test-unit', '- run: ruby -Ilib exe/rake']),
      ),
    });
    expect(commands(p)).toEqual({ '1': ['bundle exec rubocop'], '2': ['bundle exec rake test'], '3': [] });
  });
});
