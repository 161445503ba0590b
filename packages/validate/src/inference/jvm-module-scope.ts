/**
 * A Maven or Gradle run scoped to the build's integration-test module: `mvn verify -pl integrationtest`,
 * `./mvnw -pl :foo-it verify`, `./gradlew :integration-tests:test`. Whatever goal or task it runs, the
 * tests it runs are that module's, so the run is an integration suite (level 3), not the unit tests
 * the same goal runs over the whole build.
 */
const INTEGRATION_MODULE =
  /^(?:[\w.-]*[-_.])?(integration-?tests?|integrationtests?|it|its|e2e(-?tests?)?|functional-?tests?|acceptance-?tests?)$/i;

/** The modules a Maven `-pl`/`--projects` option selects (`a,b`, `:artifact`, `path/module`), by last path part. */
function mavenModules(command: string): string[] {
  const m = /(?:^|\s)(?:-pl|--projects)(?:\s+|=)(\S+)/.exec(command);
  if (!m) return [];
  return (m[1] as string)
    .split(',')
    .filter((s) => !s.startsWith('!') && !s.startsWith('-'))
    .map((s) => s.replace(/^.*[:/]/, ''));
}

/** The projects Gradle task paths name (`:a:b:test` → `b`). */
function gradleProjects(command: string): string[] {
  return [...command.matchAll(/(?:^|\s):?((?:[\w.-]+:)+)[\w-]+(?=\s|$)/g)].map((m) => {
    const parts = (m[1] as string).split(':').filter(Boolean);
    return parts[parts.length - 1] ?? '';
  });
}

/** A goal or task that runs the module's tests (`verify`, `install`, `:x:test`, `:x:integrationTest`), not only its build. */
const TEST_GOAL = /(^|\s|:)(test|verify|check|build|install|package|\w*Test)(\s|$)/;

export function runsIntegrationModule(command: string): boolean {
  if (!TEST_GOAL.test(command)) return false;
  const maven = /^(\.\/)?mvnw?(\.cmd)?(\s|$)/.test(command);
  const modules = maven ? mavenModules(command) : gradleProjects(command);
  return modules.length > 0 && modules.every((m) => INTEGRATION_MODULE.test(m));
}

/**
 * CI's Maven/Gradle run selects modules (`verify -pl integrationtest`) that a kept run of another level
 * (`./mvnw test` over the whole build) does not name: the two share the build tool, yet the kept one
 * does not stand for the module's suite at its own level.
 */
export function selectsOtherModules(kept: string, ci: string): boolean {
  const maven = /^(\.\/)?mvnw?(\.cmd)?(\s|$)/.test(ci);
  const gradle = /^(\.\/)?gradlew?(\.bat)?(\s|$)/.test(ci);
  if (!maven && !gradle) return false;
  const of = (c: string): string[] => (maven ? mavenModules(c) : gradleProjects(c));
  const selected = of(ci);
  return selected.length > 0 && selected.join(',') !== of(kept).join(',');
}
