import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';

// Classes of mistake seen on held-out-final-8-mix (Ruby gems with standardrb / RuboCop rake tasks,
// Gradle and Maven builds, C projects with autotools / CMake / Meson), each fixture built here.

const CI = (steps: string[], extra: string[] = []): string =>
  workflowOn('[push, pull_request]', stepsJob('build', ['- uses: actions/checkout@v4', ...steps], extra));

describe('a Gradle line that excludes a task with -x', () => {
  it('is judged by the tasks it runs, not by the one it excludes', () => {
    const p = commandsByLevel(
      planOfTree({
        'settings.gradle.kts': 'rootProject.name = "x"\n',
        'build.gradle.kts': 'plugins {\n  java\n  id("com.diffplug.spotless") version "7.0.4"\n}\n',
        gradlew: '',
        'src/test/java/XTests.java': '',
        '.github/workflows/build.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('basic', ['- uses: actions/checkout@v4', '- run: ./gradlew --stacktrace clean build -x spotlessCheck']),
          stepsJob('format', ['- uses: actions/checkout@v4', '- run: ./gradlew spotlessCheck']),
        ),
      }),
    );
    expect(p[1]).toEqual(['./gradlew spotlessCheck']);
    expect(p[2]).toHaveLength(1);
    expect(p[2]?.[0]).toMatch(/^\.\/gradlew (test|.*build)/);
  });
});

describe('Gradle tasks listed by the matrix', () => {
  it('are the gates of `./gradlew ${{ matrix.task }}`', () => {
    const p = commandsByLevel(
      planOfTree({
        'settings.gradle.kts': 'rootProject.name = "x"\ninclude("lib")\n',
        'build.gradle.kts': 'plugins {\n  java\n}\n',
        gradlew: '',
        '.github/workflows/build.yml': CI(
          ['- run: ./gradlew ${{ matrix.TASK }} --stacktrace'],
          [
            'strategy:',
            '  matrix:',
            '    include:',
            '      - os: ubuntu-latest',
            '        TASK: apiCheck check',
            '      - os: macos-latest',
            '        TASK: macosArm64Test',
          ],
        ),
      }),
    );
    // Before, the expression was left opaque and CI witnessed nothing: the guessed compile check stood at L1.
    expect(p[1]).not.toContain('./gradlew classes testClasses');
    expect(p[2]).toHaveLength(1);
  });
});

describe('a Kotlin Multiplatform build', () => {
  it('runs its tests with `check`: its projects have no `test` or `classes` task', () => {
    const p = commandsByLevel(
      planOfTree({
        'settings.gradle.kts': 'include("lib")\ninclude("samples:a")\n',
        'build.gradle.kts': 'plugins {\n  kotlin("multiplatform").version(libs.versions.kotlin).apply(false)\n}\n',
        'lib/build.gradle.kts': 'plugins {\n  kotlin("multiplatform")\n}\nkotlin {\n  jvm()\n  linuxX64()\n}\n',
        gradlew: '',
      }),
    );
    expect(p[1]).toEqual([]);
    expect(p[2]).toEqual(['./gradlew check']);
  });
});

describe('Standard Ruby configured to fix on every run', () => {
  const tree = (config: string): Record<string, string> => ({
    Gemfile: 'source "https://rubygems.org"\ngemspec\ngem "standard"\n',
    'x.gemspec': '',
    Rakefile: 'require "rake/testtask"\nRake::TestTask.new\n',
    '.standard.yml': config,
    'test/x_test.rb': '',
  });

  it('is checked with --no-fix', () => {
    expect(commandsByLevel(planOfTree(tree('ruby_version: 3.2.0\nfix: true\n')))[1]).toEqual(['bundle exec standardrb --no-fix']);
  });

  it('is checked plainly when the configuration does not fix', () => {
    expect(commandsByLevel(planOfTree(tree('ruby_version: 3.2.0\n')))[1]).toEqual(['bundle exec standardrb']);
  });
});

describe("a rake task defined by RuboCop's RakeTask under the project's own name", () => {
  it('is the lint CI runs', () => {
    const p = commandsByLevel(
      planOfTree({
        Gemfile: 'source "https://rubygems.org"\ngemspec\ngem "rubocop"\ngem "rspec"\n',
        'x.gemspec': '',
        '.rubocop.yml': '',
        '.rspec': '',
        Rakefile:
          "require 'rubocop/rake_task'\n\ntask :spec do\n  sh('rspec spec')\nend\n\n" +
          "desc 'Run RuboCop over itself'\nRuboCop::RakeTask.new(:internal_investigation)\n",
        'spec/x_spec.rb': '',
        '.github/workflows/test.yml': CI(['- run: bundle exec rake spec', '- run: bundle exec rake internal_investigation']),
      }),
    );
    expect(p[1]).toHaveLength(1);
    expect(p[1]?.[0]).toMatch(/^bundle exec (rake internal_investigation|rubocop)$/);
  });
});

describe('a script named for a formatter and a check', () => {
  it('is the format check (`./scripts/clang-format-check`)', () => {
    const p = commandsByLevel(
      planOfTree({
        'CMakeLists.txt': 'project(x C)\nenable_testing()\nadd_test(NAME t COMMAND t)\n',
        '.clang-format': 'BasedOnStyle: LLVM\n',
        'scripts/clang-format-check':
          "#!/bin/bash\nerrors=0\nfor path in $(git ls-files | grep '\\.[ch]$'); do\n" +
          '    clang-format $path > $path.formatted\n    diff -u $path $path.formatted || errors=1\n    rm $path.formatted\ndone\nexit $errors\n',
        '.github/workflows/tests.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('lint', ['- uses: actions/checkout@v4', '- run: ./scripts/clang-format-check']),
          stepsJob('cmake', [
            '- uses: actions/checkout@v4',
            '- run: cmake .',
            '- run: cmake --build .',
            '- run: ctest --output-on-failure',
          ]),
        ),
      }),
    );
    expect(p[1]).toEqual(['./scripts/clang-format-check']);
  });
});

describe("a build definition's value that holds the word test", () => {
  it('does not make the configure step a test run', () => {
    const p = commandsByLevel(
      planOfTree({
        'meson.build': "project('x', 'c')\nexe = executable('t', 't.c')\ntest('t', exe)\n",
        '.github/workflows/test.yml': workflowOn(
          '[push, pull_request]',
          stepsJob('linux', [
            '- uses: actions/checkout@v4',
            '- run: meson setup _build -Dwerror=true',
            '- run: meson compile -C _build',
            '- run: meson test -v -C _build',
          ]),
          stepsJob('cmake-macros', [
            '- uses: actions/checkout@v4',
            '- run: meson setup _build_verify --prefix=/tmp/x -Dwith-system-libdir=/nonexistent-cmake-test-marker',
            '- run: meson compile -C _build_verify',
            '- run: meson install -C _build_verify',
          ]),
        ),
      }),
    );
    expect(p[2]).toEqual(['meson test -v -C _build']);
  });
});
