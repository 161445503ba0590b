import { describe, expect, it } from 'vitest';
import { commandsByLevel, planOfTree, stepsJob, workflowOn } from '../../test/inferred-plan.js';
import { levelOfCiCommand } from './ci-level.js';

/** The commands inferred at one level for a layout written to a fresh folder. */
function inferred(files: Record<string, string>, level: '1' | '2' | '3'): string[] {
  return commandsByLevel(planOfTree(files))[level] ?? [];
}

/** A pom.xml whose `<build>` holds `plugins` and whose other sections hold `rest`. */
const pom = (plugins: string, rest = ''): string =>
  ['<project>', '  <artifactId>m</artifactId>', '  <build>', plugins, '  </build>', rest, '</project>', ''].join('\n');

const checkstyle = (goal: string): string =>
  [
    '<plugin>',
    '  <artifactId>maven-checkstyle-plugin</artifactId>',
    '  <executions><execution><phase>process-sources</phase>',
    `    <goals><goal>${goal}</goal></goals>`,
    '  </execution></executions>',
    '</plugin>',
  ].join('\n');

describe('final-14-jvm: Maven check plugins that run in no build', () => {
  it('reads plugins only managed or only reported, and report-only goals, as no check', () => {
    const files = {
      'pom.xml': pom(
        `<plugins>${checkstyle('checkstyle')}</plugins>\n<pluginManagement><plugins><plugin><artifactId>maven-pmd-plugin</artifactId></plugin></plugins></pluginManagement>`,
        '<reporting><plugins><plugin><artifactId>spotbugs-maven-plugin</artifactId></plugin></plugins></reporting>',
      ),
    };
    expect(inferred(files, '1')).toEqual(['mvn -q compile']);
  });

  it('still reads a plugin bound to its check goal, or declared bare in the build, as the check', () => {
    const files = {
      'pom.xml': pom(`<plugins>${checkstyle('check')}<plugin><artifactId>maven-pmd-plugin</artifactId></plugin></plugins>`),
    };
    expect(inferred(files, '1')).toEqual(['mvn checkstyle:check', 'mvn pmd:check']);
  });

  it('reads a check goal the pom’s defaultGoal names as the check, the plugin configured only in pluginManagement', () => {
    const files = {
      'pom.xml': pom(
        '<defaultGoal>clean verify pmd:check</defaultGoal>\n<pluginManagement><plugins><plugin><artifactId>maven-pmd-plugin</artifactId></plugin></plugins></pluginManagement>',
      ),
    };
    expect(inferred(files, '1')).toEqual(['mvn pmd:check']);
  });
});

describe('final-14-jvm: Gradle task paths in CI', () => {
  it('levels `:project:check` as the check task it is', () => {
    expect(levelOfCiCommand('./gradlew :core:check :markdown:check --stacktrace')).toBe(2);
    expect(levelOfCiCommand('./gradlew :core:test')).toBe(2);
    expect(levelOfCiCommand('./gradlew :core:check -x test')).toBe(1);
  });

  it('reads the CI line as the project’s gate, so no compile fallback is added', () => {
    const files = {
      'build.gradle.kts': 'plugins { kotlin("jvm") }\n',
      'settings.gradle.kts': 'include("core")\n',
      gradlew: '',
      '.github/workflows/ci.yml': workflowOn(
        'pull_request',
        stepsJob('t', ['- run: >-', '    ./gradlew', '    :core:check', '    --stacktrace']),
      ),
    };
    expect(inferred(files, '1')).toEqual([]);
  });
});

describe('final-14-jvm: the macOS spelling of a Linux step', () => {
  it('is dropped when the Linux step runs the same program', () => {
    const files = {
      '.github/workflows/ci.yml': workflowOn(
        'pull_request',
        stepsJob(
          't',
          [
            '- run: make test',
            "- if: ${{ matrix.os == 'ubuntu-latest' }}",
            '  run: script -qec "./build/native/tests" /dev/null',
            "- if: ${{ matrix.os == 'macos-latest' }}",
            "  run: script -q /dev/null sh -c './build/native/tests; echo $? > /tmp/code'",
          ],
          ['strategy:', '  matrix:', '    os: [ubuntu-latest, macos-latest]'],
        ),
      ),
    };
    expect(inferred(files, '2')).toEqual(['make test', 'script -qec ./build/native/tests /dev/null']);
  });
});
