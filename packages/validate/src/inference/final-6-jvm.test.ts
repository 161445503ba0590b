import { describe, expect, it } from 'vitest';
import { useTempDir, writeTree } from '@ce/test-utils';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { detectCiWorkflows } from './ci-workflows.js';
import { ProjectDir } from './project-dir.js';

// Classes of mistake seen on held-out-final-6-jvm (Maven, Gradle, Ruby, CMake, Make-driven C), each fixture built here.

const CMAKE = { 'CMakeLists.txt': 'project(x C)\nenable_testing()\nadd_test(NAME t COMMAND t)\n' };

describe('held-out-final-6-jvm: the words of a bash array are no commands', () => {
  it('does not read `--no-tests=error` inside `ctest_args=( … )` as a gate', () => {
    const plan = planOfTree({
      ...CMAKE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', [
          '- run: cmake -S . -B build && cmake --build build',
          '- run: |',
          '    ctest_args=(',
          '      --build-config Release',
          '      --no-tests=error',
          '      --output-on-failure',
          '    )',
          '    cd build',
          '    ctest "${ctest_args[@]}"',
        ]),
      ),
    });
    const all = Object.values(commandsByLevel(plan)).flat();
    expect(all.filter((c) => c.includes('--no-tests=error') && !c.includes('ctest'))).toEqual([]);
    expect(all.filter((c) => /^--/.test(c))).toEqual([]);
  });
});

describe('held-out-final-6-jvm: a formatter checked by a later `git diff` of the same script', () => {
  it('reads `xargs clang-format -i`, a fix-up, then `git -c … diff --exit-code` as the format check', () => {
    const plan = planOfTree({
      ...CMAKE,
      '.clang-format': 'BasedOnStyle: LLVM\n',
      '.github/workflows/format.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('clang_format', [
          '- run: |',
          '    set -x -o pipefail',
          '    clang-format --version',
          '    git ls-files \\*.c \\*.h | xargs clang-format -i',
          "    sed 's,#\\( \\+\\)cmakedefine,#cmakedefine,' -i.bak src/config.h.in",
          '    git -c color.ui=always diff --exit-code',
        ]),
      ),
    });
    expect(commandsByLevel(plan)['1']).toEqual(['clang-format -i && git diff --exit-code']);
  });
});

describe('held-out-final-6-jvm: display settings are no part of the command', () => {
  it('spells `CTEST_OUTPUT_ON_FAILURE=1 make -C build all test` as `make -C build all test`', () => {
    const plan = planOfTree({
      ...CMAKE,
      '.github/workflows/coverage.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('coverage', ['- run: cmake -S . -B build', '- run: CTEST_OUTPUT_ON_FAILURE=1 make -C build all test']),
      ),
    });
    const l2 = commandsByLevel(plan)['2'] ?? [];
    expect(l2).toContain('make -C build all test');
    expect(l2.filter((c) => c.includes('CTEST_OUTPUT_ON_FAILURE'))).toEqual([]);
  });
});

const POM = '<project><modelVersion>4.0.0</modelVersion><artifactId>x</artifactId></project>\n';

describe("held-out-final-6-jvm: a Maven/Gradle run scoped to the build's integration-test module is level 3", () => {
  it('keeps `./mvnw verify -pl integrationtest` at level 3 beside the whole build at level 2', () => {
    const plan = planOfTree({
      'pom.xml': POM,
      mvnw: '#!/bin/sh\n',
      'integrationtest/pom.xml': POM,
      '.github/workflows/main.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', ['- run: ./mvnw install']),
        stepsJob('integration', ['- run: ./mvnw -DskipTests install -pl processor -am', '- run: ./mvnw verify -pl integrationtest']),
      ),
    });
    const levels = commandsByLevel(plan);
    expect(levels['3']).toEqual(['./mvnw verify -pl integrationtest']);
    expect(levels['2']).toEqual(['./mvnw test']);
  });

  it('reads a Gradle task of an `*-integration-test` project as level 3, another project as level 2', () => {
    const plan = planOfTree({
      'settings.gradle': "include ':core'\ninclude ':nullaway-integration-test'\n",
      'build.gradle': "plugins { id 'java' }\n",
      gradlew: '#!/bin/sh\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', [
          '- run: ./gradlew :core:test',
          '- run: ./gradlew :nullaway-integration-test:test',
          '- run: ./gradlew :nullaway-integration-test:compileJava',
          '- run: ./gradlew :nullaway-integration-test:spotlessCheck',
        ]),
      ),
    });
    const levels = commandsByLevel(plan);
    expect(levels['3']).toContain('./gradlew :nullaway-integration-test:test');
    expect(levels['3']).not.toContain('./gradlew :core:test');
    // The module's build and its lint are what they are, whatever the module is for.
    expect(levels['3']).not.toContain('./gradlew :nullaway-integration-test:compileJava');
    expect(levels['1']).toContain('./gradlew :nullaway-integration-test:spotlessCheck');
  });
});

describe('held-out-final-6-jvm: Gradle linter-plugin tasks are level 1', () => {
  it('reads `./gradlew shellcheck` (the shellcheck plugin) as a lint run', () => {
    const plan = planOfTree({
      'settings.gradle': "rootProject.name = 'x'\n",
      'build.gradle': "plugins { id 'java'\n id 'com.felipefzdz.gradle.shellcheck' }\n",
      gradlew: '#!/bin/sh\n',
      '.github/workflows/ci.yml': workflowOn(
        '[pull_request]',
        stepsJob('build', ['- run: ./gradlew build', '- run: ./gradlew shellcheck', "  if: runner.os == 'Linux'"]),
      ),
    });
    expect(commandsByLevel(plan)['1']).toEqual(['./gradlew shellcheck']);
  });
});

describe('held-out-final-6-jvm: Bundler/Rails binstubs are the tools they run', () => {
  it("reads a Rails engine's `bin/rails test` as its unit tests, not as a built binary", () => {
    const plan = planOfTree({
      Gemfile: "source 'https://rubygems.org'\ngemspec\n",
      'x.gemspec': "Gem::Specification.new do |s|\n  s.add_dependency 'rails'\nend\n",
      Rakefile: "require 'bundler/setup'\n",
      'test/x_test.rb': '',
      '.rubocop.yml': 'AllCops:\n  NewCops: enable\n',
      '.github/workflows/main.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('rubocop', ['- run: bundle exec rubocop --parallel']),
        stepsJob('tests', ['- run: bin/rails db:setup', '- run: bin/rails test']),
      ),
    });
    expect(commandsByLevel(plan)['2']).toHaveLength(1);
    expect(commandsByLevel(plan)['2']?.[0]).toMatch(/^(bin\/rails test|bundle exec rake test)$/);
  });
});

const MAKEFILE = [
  'check: prog test_sanity',
  '\t$(RUN_ENV) ./prog --selftest',
  '',
  'test_sanity:',
  '\t$(MAKE) -C tests test_sanity',
  '',
  'test: check',
  '\t./run-tests.sh',
  '',
  'clean:',
  '\trm -f prog',
  '',
].join('\n');

describe("held-out-final-6-jvm: settings made of CI's matrix values are CI's own", () => {
  it('drops `CPPFLAGS=… CC=$XCC RUN_ENV=$XEMU` (job env from the matrix) before `make check`', () => {
    const plan = planOfTree({
      Makefile: MAKEFILE,
      'tests/Makefile': 'test_sanity: sanity_test.c\n\t$(CC) sanity_test.c -o sanity_test\n\t$(RUN_ENV) ./sanity_test\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'qemu',
          ['- run: CPPFLAGS="-DX_SCALAR" LDFLAGS="-static" CC=$XCC RUN_ENV=$XEMU make check'],
          [
            'strategy:',
            '  matrix:',
            '    include: [{ xcc: arm-linux-gnueabi-gcc, xemu: qemu-arm-static }]',
            'env:',
            '  XCC: ${{ matrix.xcc }}',
            '  XEMU: ${{ matrix.xemu }}',
          ],
        ),
      ),
    });
    const l2 = commandsByLevel(plan)['2'] ?? [];
    expect(l2.filter((c) => c.includes('$X'))).toEqual([]);
    expect(l2).toHaveLength(1);
  });
});

describe('held-out-final-6-jvm: MSYS2 MinGW spellings of a Windows-only job', () => {
  it('drops `PATH=/mingw64/bin:$PATH /mingw32/bin/mingw32-make test` of a Windows job beside a Linux one', () => {
    const plan = planOfTree({
      Makefile: MAKEFILE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('linux', ['- run: make test']),
        [
          '  msys2:',
          '    runs-on: windows-latest',
          '    defaults:',
          '      run:',
          '        shell: msys2 {0}',
          '    steps:',
          '      - run: PATH=/mingw64/bin:$PATH /mingw32/bin/mingw32-make clean test MOREFLAGS=-Werror',
          '      - run: PATH=/mingw64/bin:$PATH /mingw32/bin/mingw32-make -C tests/bench',
        ].join('\n'),
      ),
    });
    expect(commandsByLevel(plan)['2']).toEqual(['make test']);
  });
});

describe('held-out-final-6-jvm: a test program CI runs from several CMake build folders', () => {
  const steps = [
    "- run: cmake -Bbuild-gcc -DCMAKE_BUILD_TYPE=Debug -G'Ninja Multi-Config'",
    '- run: cmake --build build-gcc --config Debug',
    '- run: ./build-gcc/Debug/unit_tests',
    "- run: CC=clang CXX=clang++ cmake -Bbuild-clang -DCMAKE_BUILD_TYPE=Debug -G'Ninja Multi-Config'",
    '- run: cmake --build build-clang --config Debug',
    '- run: ./build-clang/Debug/unit_tests',
  ];

  it('is one gate: `cmake -B x` without `-S` configures the current folder, the other folder is another compiler', () => {
    const plan = planOfTree({
      'CMakeLists.txt': 'project(x CXX)\nadd_executable(unit_tests t.cc)\n',
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('test', steps)),
    });
    expect(commandsByLevel(plan)['2']).toEqual(['cmake -S . -B build-gcc && cmake --build build-gcc && ./build-gcc/unit_tests']);
  });

  it('is the ctest run when the project registers the program with CTest', () => {
    const plan = planOfTree({
      'CMakeLists.txt':
        'project(x CXX)\nadd_executable(unit_tests t.cc)\nif(BUILD_TESTING)\n  add_test(NAME unit COMMAND unit_tests)\nendif()\n',
      '.github/workflows/ci.yml': workflowOn('[push, pull_request]', stepsJob('test', steps)),
    });
    expect(commandsByLevel(plan)['2']).toEqual(['cmake -S . -B build && cmake --build build && ctest --test-dir build']);
  });
});

describe('held-out-final-6-jvm: a pull-request job named for building and publishing', () => {
  it("reads the checks of a 'Build and publish' job, not its guarded publishing", () => {
    const plan = planOfTree({
      'settings.gradle': "rootProject.name = 'x'\n",
      'build.gradle': "plugins { id 'java' }\n",
      gradlew: '#!/bin/sh\n',
      '.github/workflows/gradle-build.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'build',
          [
            '- run: ./gradlew -Pversion=${{ steps.v.outputs.version }} check',
            '- run: ./gradlew publishAllPublicationsToSonatypeRepository',
            "  if: github.ref == 'refs/heads/master'",
          ],
          ['name: "Build and publish"'],
        ),
      ),
    });
    const levels = commandsByLevel(plan);
    expect(levels['1']).toEqual([]);
    expect(levels['2']).toEqual(['./gradlew test']);
  });

  it('still leaves out a job named only for releasing', () => {
    const plan = planOfTree({
      'settings.gradle': "rootProject.name = 'x'\n",
      'build.gradle': "plugins { id 'java' }\n",
      gradlew: '#!/bin/sh\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', ['- run: ./gradlew check']),
        stepsJob('release', ['- run: ./gradlew spotlessCheck publish'], ['name: "Release"']),
      ),
    });
    expect(commandsByLevel(plan)['1']).toEqual([]);
  });
});

describe('held-out-final-6-jvm: building a tool the job cloned', () => {
  it('reads `pushd x` … `popd` as a folder change and `cmake -S <clone>` as set-up, not as lint runs', () => {
    const plan = planOfTree({
      ...CMAKE,
      '.github/workflows/cppcheck.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('checks', [
          '- run: |',
          '    git init -b main cppcheck/',
          '    pushd cppcheck/',
          '      git fetch --depth 1 https://github.com/cppcheck-opensource/cppcheck "${commit}"',
          '      git checkout FETCH_HEAD',
          '    popd',
          '    cmake -DCMAKE_BUILD_TYPE=Release -S cppcheck/ -B build/',
          '    make -C build/ -j2 install',
        ]),
      ),
    });
    expect(commandsByLevel(plan)['1']).toEqual([]);
  });
});

describe('held-out-final-6-jvm: a bash array expansion is CI’s arguments', () => {
  it('spells `ctest "${ctest_args[@]}"` as `ctest`', () => {
    const dir = useTempDir('ce-infer-');
    writeTree(dir, {
      ...CMAKE,
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', [
          '- run: |',
          '    ctest_args=(',
          '      --output-on-failure',
          '    )',
          '    cd build',
          '    ctest "${ctest_args[@]}"',
        ]),
      ),
    });
    const ci = detectCiWorkflows(ProjectDir.open(dir, '.', 0) as ProjectDir).map((c) => c.command);
    expect(ci).toEqual(['ctest']);
  });
});

describe('held-out-final-6-jvm: an option whose whole value is a CI expression', () => {
  it('spells `./gradlew -Pversion=${{ steps.v.outputs.version }} check` as `./gradlew check`', () => {
    const dir = useTempDir('ce-infer-');
    writeTree(dir, {
      'settings.gradle': "rootProject.name = 'x'\n",
      'build.gradle': "plugins { id 'java' }\n",
      gradlew: '#!/bin/sh\n',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('build', ['- run: ./gradlew -Pversion=${{ steps.v.outputs.version }} check']),
      ),
    });
    const ci = detectCiWorkflows(ProjectDir.open(dir, '.', 0) as ProjectDir).map((c) => c.command);
    expect(ci).toEqual(['./gradlew check']);
  });
});
