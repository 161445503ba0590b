import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';

// Classes of mistake seen on held-out-final-4b (cargo, Go, Maven/Gradle, Ruby, C++/CMake), each fixture built here.

const CARGO = '[package]\nname = "x"\nversion = "0.1.0"\n';

describe('held-out-final-4b: what CI really runs', () => {
  it('a coverage report tool (grcov) is no gate, whatever its arguments mention', () => {
    const p = planOfTree({
      'Cargo.toml': CARGO,
      'Cargo.lock': '',
      'src/lib.rs': '',
      '.github/workflows/ci.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', [
          '- uses: actions/checkout@v4',
          '- run: cargo test',
          "- run: grcov ./coverage -s . --binary-path ./target/debug/ --ignore 'tests/*' -o ./coverage.lcov",
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['cargo test']);
  });
});

describe('held-out-final-4b: outside services are not part of the gate', () => {
  it("drops a SonarCloud analysis goal from CI's Maven line: the gate is the verify", () => {
    const pom = '<project><artifactId>x</artifactId></project>';
    const p = planOfTree({
      'pom.xml': '<project><packaging>pom</packaging><modules><module>core</module></modules></project>',
      'core/pom.xml': pom,
      '.github/workflows/build.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('build', [
          '- uses: actions/checkout@v4',
          '- run: cd core && mvn -B verify org.sonarsource.scanner.maven:sonar-maven-plugin:sonar',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toContain('core: mvn verify');
    expect((commandsByLevel(p)['2'] ?? []).filter((c) => /sonar/.test(c))).toEqual([]);
  });
});

describe('held-out-final-4b: spelled as CI runs it', () => {
  it('a script CI runs by its path is executable: its path, not `bash <path>`', () => {
    const p = planOfTree({
      'go.mod': 'module example.com/x\n\ngo 1.22\n',
      'x_test.go': 'package x\n',
      'script/test.sh': [
        '#!/bin/sh',
        'set -e',
        'for dir in $MOD_DIRS; do',
        '  (cd "$dir" && go test "$@" > "$log" 2>&1) &',
        'done',
        '',
      ].join('\n'),
      '.github/workflows/tests.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', ['- uses: actions/checkout@v4', '- run: script/test.sh -race -covermode atomic ./...']),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['script/test.sh']);
  });
});

describe('held-out-final-4b: the build system CI drives', () => {
  it("CI's CMake build and ctest witness the CMake tests, not a hand-written Makefile's `make test`", () => {
    const p = planOfTree({
      'CMakeLists.txt': 'project(x)\ninclude(CTest)\nadd_test(NAME xmltest COMMAND xmltest)\n',
      Makefile: 'all: xmltest\n\nxmltest: xmltest.cpp\n\t$(CXX) -o xmltest xmltest.cpp\n\ntest: xmltest\n\t./xmltest\n',
      '.github/workflows/test.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('test', [
          '- uses: actions/checkout@v4',
          '- run: cmake -G Ninja -S . -B build-dbg -DCMAKE_BUILD_TYPE=Debug',
          '- run: cmake --build build-dbg',
          '- run: ctest --output-on-failure',
          '  working-directory: build-dbg',
        ]),
      ),
    });
    expect(commandsByLevel(p)['2']).toEqual(['cmake -S . -B build && cmake --build build && ctest --test-dir build']);
  });
});

describe('held-out-final-4b: a suite selected by the matrix', () => {
  it('expands `rspec ${{ matrix.specs }}`: the unit run and each integration folder are separate gates', () => {
    const p = planOfTree({
      Gemfile: "source 'https://rubygems.org'\ngem 'rspec'\n",
      '.rspec': '--require spec_helper\n',
      'spec/spec_helper.rb': '',
      'spec/x_spec.rb': '',
      'spec/integration/hashie/hashie_spec.rb': '',
      '.github/workflows/test.yml': workflowOn(
        '[push, pull_request]',
        stepsJob(
          'test',
          ['- uses: actions/checkout@v4', '- run: "bundle exec rspec ${{ matrix.specs }}"'],
          [
            'strategy:',
            '  matrix:',
            "    specs: ['spec --exclude-pattern=spec/integration/{hashie}/*_spec.rb']",
            '    include:',
            "      - specs: 'spec/integration/hashie'",
          ],
        ),
      ),
    });
    const levels = commandsByLevel(p);
    expect(levels['2']).toEqual(['bundle exec rspec --exclude-pattern "spec/{integration}/**/*_spec.rb"']);
    expect(levels['3']).toEqual(['bundle exec rspec spec/integration']);
  });

  it('a run that excludes the integration specs is not an integration run', () => {
    expect(levelOfCiCommand('bundle exec rspec spec --exclude-pattern=spec/integration/{hashie}/*_spec.rb')).toBe(2);
    expect(levelOfCiCommand('pytest --ignore=tests/integration')).toBe(2);
    expect(levelOfCiCommand('bundle exec rspec spec/integration/hashie')).toBe(3);
  });
});

describe('held-out-final-4b: a wrapper script and the tool it is handed', () => {
  const WRAPPER = ['#!/bin/bash', 'set -e', 'RUBYOPT=-w bundle exec "$@" 2> "${warnings}" || { cat "${warnings}"; exit 1; }', ''].join(
    '\n',
  );

  it('reads `script/x cucumber features/` through the body that runs "$@": Cucumber features are level 3', () => {
    const p = planOfTree({
      Gemfile: "source 'https://rubygems.org'\ngem 'rspec'\ngem 'cucumber'\n",
      '.rspec': '--require spec_helper\n',
      'spec/x_spec.rb': '',
      'features/x.feature': '',
      'script/fail_if_warnings': WRAPPER,
      '.github/workflows/test.yml': workflowOn(
        '[push, pull_request]',
        stepsJob('cucumber', ['- uses: actions/checkout@v4', '- run: ./script/fail_if_warnings cucumber features/']),
        stepsJob('rspec', ['- uses: actions/checkout@v4', '- run: ./script/fail_if_warnings rspec spec/']),
      ),
    });
    const levels = commandsByLevel(p);
    expect(levels['3']).toEqual(['./script/fail_if_warnings cucumber features/']);
    expect(levels['2']).toContain('./script/fail_if_warnings rspec spec/');
  });

  it('a Cucumber run is an acceptance suite (level 3)', () => {
    expect(levelOfCiCommand('bundle exec cucumber features/')).toBe(3);
  });
});
