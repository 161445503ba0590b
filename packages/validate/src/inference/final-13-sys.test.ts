import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose steps are `steps` (YAML lines, indented as steps). */
const workflow = (...steps: string[]): string =>
  ['on: pull_request', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', ...steps.map((s) => `      ${s}`), ''].join('\n');

describe('final-13-sys: a Rakefile default task written as a call with parentheses', () => {
  it('reads `task(default: [:test, :rubocop])` as the default, so CI’s bare rake runs rubocop at level 1', () => {
    const files = {
      Gemfile: 'source "https://rubygems.org"\ngemspec\ngem "rubocop"\n',
      'x.gemspec': 'Gem::Specification.new do |s|\n  s.add_development_dependency("rake")\nend\n',
      Rakefile:
        "require 'rake/testtask'\ntask(default: [:test, :rubocop])\nRake::TestTask.new(:test)\ntask :rubocop do\n  require 'rubocop/rake_task'\n  RuboCop::RakeTask.new\nend\n",
      '.github/workflows/ci.yml': workflow('- uses: ruby/setup-ruby@v1', '- run: bundle exec rake'),
    };
    expect(inferred(files, '1')).toEqual(['bundle exec rake rubocop']);
    expect(inferred(files, '2')).toEqual(['bundle exec rake']);
  });
});

describe('final-13-sys: a Gradle action that takes its tasks in `arguments:`', () => {
  const gradle = {
    'settings.gradle.kts': 'rootProject.name = "x"\n',
    'build.gradle.kts': 'plugins { java }\n',
    gradlew: '#!/bin/sh\n',
  };

  it('runs burrunan/gradle-cache-action’s arguments as CI’s ./gradlew line (OpenRewrite’s dry run is a check)', () => {
    const files = {
      ...gradle,
      '.github/workflows/ci.yml': workflow(
        '- uses: burrunan/gradle-cache-action@v3',
        '  with:',
        '    arguments: |',
        '      rewriteDryRun',
        '      -x compileTestJava',
        '    properties: |',
        '      # CI turns the dry run into a gate',
        '      failOnRewriteDryRun=true',
        '      org.gradle.jvmargs=-Xmx3g',
      ),
    };
    expect(inferred(files, '1')).toEqual(['./gradlew rewriteDryRun -x compileTestJava -PfailOnRewriteDryRun=true']);
  });

  it('puts a plain `./gradlew rewriteDryRun` line (OpenRewrite’s report, no change) at level 1', () => {
    const files = { ...gradle, '.github/workflows/ci.yml': workflow('- run: ./gradlew rewriteDryRun') };
    expect(inferred(files, '1')).toEqual(['./gradlew rewriteDryRun']);
  });

  it("reads gradle/gradle-build-action's arguments in its build-root-directory", () => {
    const files = {
      'app/settings.gradle.kts': 'rootProject.name = "app"\n',
      'app/build.gradle.kts': 'plugins { java }\n',
      'app/gradlew': '#!/bin/sh\n',
      '.github/workflows/ci.yml': workflow(
        '- uses: gradle/gradle-build-action@v2',
        '  with:',
        '    arguments: integrationTest',
        '    build-root-directory: app',
      ),
    };
    expect(inferred(files, '3')).toEqual(['app: ./gradlew integrationTest']);
  });
});

describe('final-13-sys: a program CI builds from a source the job writes itself', () => {
  const library = { 'CMakeLists.txt': 'project(x)\nadd_library(x x.cpp)\n', 'x.cpp': '' };

  it('is no test when the job wrote its source beside it (`cat << EOF > test_amalgamation.cpp`)', () => {
    const files = {
      ...library,
      '.github/workflows/ci.yml': workflow(
        '- run: |',
        "    cat << 'EOF' > test_amalgamation.cpp",
        '    int main() { return 0; }',
        '    EOF',
        '    c++ -I dist dist/x.cpp test_amalgamation.cpp -o test_amalgamation',
        '    ./test_amalgamation',
      ),
    };
    expect(inferred(files, '2')).not.toContain('./test_amalgamation');
  });

  it('is no test when it is built in a folder whose build file the job wrote (an ABI consumer app)', () => {
    const files = {
      ...library,
      '.github/workflows/ci.yml': workflow(
        '- run: |',
        '    mkdir example-app',
        "    cat << 'EOF' > example-app/CMakeLists.txt",
        '    add_executable(abi_test main.cpp)',
        '    EOF',
        '- run: cd example-app && cmake -B build && cmake --build build',
        '- run: ./example-app/build/abi_test',
      ),
    };
    expect(inferred(files, '2')).not.toContain('./example-app/build/abi_test');
  });

  it('stays a test when the repository has that source (the job only rewrote it)', () => {
    const files = {
      ...library,
      'test_main.cpp': 'int main() { return 0; }\n',
      '.github/workflows/ci.yml': workflow(
        '- run: |',
        '    cat > test_main.cpp <<EOF',
        '    int main() { return 0; }',
        '    EOF',
        '    c++ test_main.cpp -o test_main',
        '    ./test_main',
      ),
    };
    expect(inferred(files, '2')).toContain('./test_main');
  });
});

describe('final-13-sys: `cargo run -p <member>` of a ctest crate', () => {
  const workspace = {
    'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n\n[workspace]\nmembers = ["systest", "tools"]\n',
    'src/lib.rs': '',
    'systest/Cargo.toml': '[package]\nname = "systest"\nversion = "0.1.0"\n\n[build-dependencies]\nctest2 = "0.4"\n',
    'tools/Cargo.toml': '[package]\nname = "gen-docs"\nversion = "0.1.0"\n',
  };

  it('is a test run of the bindings (level 2), found by the member’s ctest build dependency', () => {
    const files = { ...workspace, '.github/workflows/ci.yml': workflow('- run: cargo test', '- run: cargo run -p systest') };
    expect(inferred(files, '2')).toContain('cargo run -p systest');
  });

  it('leaves a run of another member (a generator) out of the gates', () => {
    const files = { ...workspace, '.github/workflows/ci.yml': workflow('- run: cargo test', '- run: cargo run -p gen-docs') };
    expect(inferred(files, '2')).not.toContain('cargo run -p gen-docs');
  });
});
