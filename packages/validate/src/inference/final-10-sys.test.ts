import { describe, expect, it } from 'vitest';
import { levelOfCiCommand } from './ci-level.js';
import { expandMatrix } from './ci-workflows.js';
import { levelOfScript } from './detector.js';
import { commandsByLevel, planOfTree } from '../../test/inferred-plan.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pull-request workflow of one job whose single step runs `line`. */
const oneStep = (line: string): string =>
  ['on: pull_request', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', `      - run: ${line}`, ''].join('\n');

describe('final-10-sys: a file without an extension in tests/ is no cargo integration target', () => {
  it('leaves out `cargo test --test *` when tests/ holds only shell scripts', () => {
    const files = {
      'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n',
      'src/main.rs': 'fn main() {}\n',
      'tests/test_output_matches_git': '#!/bin/bash\n"$1" --version\n',
    };
    expect(inferred(files, '3')).toEqual([]);
    expect(inferred(files, '2')).toEqual(['cargo test']);
  });

  it('still counts a folder target (tests/integration/main.rs) and *.rs files', () => {
    const folder = { 'Cargo.toml': '[package]\nname = "x"\nversion = "0.1.0"\n', 'tests/integration/main.rs': 'fn main() {}\n' };
    expect(inferred(folder, '3')).toEqual(["cargo test --test '*'"]);
  });
});

describe('final-10-sys: Maven and Gradle are two builds', () => {
  it("keeps only the build CI runs when a repository carries both (CI's `mvn test`, no Gradle)", () => {
    const files = {
      'pom.xml': '<project><artifactId>x</artifactId></project>\n',
      'build.gradle': "apply plugin: 'java'\n",
      gradlew: '#!/bin/sh\n',
      '.github/workflows/ci.yml': oneStep('mvn test -D maven.compiler.source=17'),
    };
    expect(inferred(files, '2')).toEqual(['mvn test']);
  });
});

describe('final-10-sys: go-acc runs the Go tests', () => {
  it('reads `go-acc . -- -race -tags …` as the go test gate (level 2)', () => {
    expect(levelOfCiCommand('go-acc . -- -race -v -tags "libsqlite3"')).toBe(2);
  });

  it("gives way to CI's tests: no `go vet` CI never runs", () => {
    const files = {
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'x_test.go': 'package x\n',
      '.github/workflows/ci.yml': oneStep("go-acc . -- -race -v -tags ''"),
    };
    expect(inferred(files, '1')).toEqual([]);
  });
});

describe('final-10-sys: a configure switch naming tests runs no test', () => {
  it('reads `./configure --disable-timeout-tests` as no gate, a test runner still as one', () => {
    expect(levelOfCiCommand('./configure CC=gcc --enable-timer-replacement --disable-timeout-tests')).toBeUndefined();
    expect(levelOfCiCommand('./configure --enable-tests')).toBeUndefined();
    expect(levelOfCiCommand('go test --enable-x-tests ./...')).toBe(2);
  });
});

describe('final-10-sys: an option switching a service off is no publishing step', () => {
  it('reads `cucumber --publish-quiet` as the acceptance run it is', () => {
    expect(levelOfCiCommand('bundle exec cucumber --format progress --publish-quiet')).toBe(3);
    expect(levelOfCiCommand('npm test -- --no-upload')).toBe(2);
    expect(levelOfCiCommand('npm publish')).toBeUndefined();
  });
});

describe('final-10-sys: `-D NAME=value` with a space sets CMAKE_CXX_CLANG_TIDY as `-DNAME=value` does', () => {
  it('reads the configure + build as the clang-tidy gate (level 1)', () => {
    const files = {
      'CMakeLists.txt': 'project(x)\n',
      '.github/workflows/tidy.yml': oneStep('cmake -B build -S . -G Ninja -D CMAKE_CXX_CLANG_TIDY="clang-tidy;-warnings-as-errors=*"'),
    };
    expect(inferred(files, '1')).toEqual(['cmake -S . -B build -DCMAKE_CXX_CLANG_TIDY=clang-tidy && cmake --build build']);
  });
});

describe('final-10-sys: a matrix that names the script file a row runs', () => {
  const ci = [
    'on: pull_request',
    'jobs:',
    '  xtras:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        include:',
    '          - { label: Unit, script_file: test }',
    '          - { label: Style, script_file: fmt }',
    '    steps:',
    '      - run: bash script/${{ matrix.script_file }}',
    '',
  ].join('\n');
  const files = {
    Gemfile: "source 'https://rubygems.org'\n",
    'script/test': '#!/usr/bin/env bash\nbundle exec rake test\n',
    'script/fmt': '#!/bin/bash\nbundle exec rubocop -D --disable-pending-cops $@\n',
    '.github/workflows/ci.yml': ci,
  };

  it('expands the script path once per listed value', () => {
    const values = new Map([['script_file', ['test', 'fmt']]]);
    expect(expandMatrix('bash script/${{ matrix.script_file }}', values)).toEqual(['bash script/test', 'bash script/fmt']);
  });

  it('reads a `fmt` script running a linter that only reports as a check', () => {
    expect(levelOfScript('fmt', 'bundle exec rubocop -D --disable-pending-cops $@')).toBe(1);
  });

  it('runs each listed script: the rubocop run of `script/fmt` is the style check (level 1)', () => {
    expect(inferred(files, '1')).toContain('bash script/fmt');
    expect(inferred(files, '2')).toEqual(['script/test']);
  });

  it('keeps a `fmt` script that corrects (`rubocop -a`) out of the checks', () => {
    const fixing = { ...files, 'script/fmt': '#!/bin/bash\nbundle exec rubocop -a\n' };
    expect(inferred(fixing, '1')).not.toContain('bash script/fmt');
  });
});

describe('final-10-sys: a workflow whose jobs all run on Windows, beside workflows for other systems', () => {
  const windows = [
    'on: pull_request',
    'jobs:',
    '  msys2:',
    '    runs-on: windows-latest',
    '    steps:',
    '      - run: C:\\msys64\\msys2_shell.cmd -defterm -mingw64 -here -c "tests/check_check"',
    '',
  ].join('\n');
  const files = {
    'configure.ac': 'AC_INIT([x], [1])\n',
    'Makefile.am': 'SUBDIRS = src tests\n',
    '.github/workflows/windows.yml': windows,
    '.github/workflows/linux.yml': oneStep('make check'),
  };

  it('leaves out its Windows spellings (a drive path to a .cmd launcher): the other workflows run the gate', () => {
    expect(inferred(files, '2')).toEqual(['make check']);
  });

  it('keeps them when Windows is the only system the project runs CI on', () => {
    const alone = { ...files, '.github/workflows/linux.yml': 'on: pull_request\n' };
    expect(inferred(alone, '2')).toContain('C:\\msys64\\msys2_shell.cmd -defterm -mingw64 -here -c tests/check_check');
  });
});

describe('final-10-sys: a formatter applied in place, its diff kept as a patch, the job failing after', () => {
  const job = (diff: string, block: string): string =>
    [
      'on: pull_request',
      'jobs:',
      '  clang-format:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - name: Apply',
      '        run: find src tests -name "*.cpp" -exec clang-format-22 --style=file -i {} +',
      '      - name: Diff',
      '        id: diff',
      '        run: |',
      `          ${diff}`,
      '          if [[ -s fmt.patch ]]; then echo "formatted=false" >> $GITHUB_OUTPUT; fi',
      '      - name: Block',
      "        if: steps.diff.outputs.formatted == 'false'",
      `        run: ${block}`,
      '',
    ].join('\n');
  const files = (diff: string, block: string): Record<string, string> => ({
    'CMakeLists.txt': 'project(x)\n',
    '.github/workflows/clang-format.yml': job(diff, block),
  });

  it('is a format check: the versioned clang-format writer checked by the diff (level 1)', () => {
    expect(inferred(files('git diff | tee fmt.patch', 'exit 1'), '1')).toEqual([
      'find src tests -name "*.cpp" -exec clang-format-22 --style=file -i {} + && git diff --exit-code',
    ]);
  });

  it('is no check when nothing fails on the patch (it is only uploaded)', () => {
    expect(inferred(files('git diff | tee fmt.patch', 'echo done'), '1')).toEqual([]);
  });
});
