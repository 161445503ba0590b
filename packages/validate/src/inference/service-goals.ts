/**
 * Maven goals and Gradle tasks that send the build's results to an outside service: SonarQube /
 * SonarCloud analysis (`sonar:sonar`, `org.sonarsource.scanner.maven:sonar-maven-plugin:sonar`, Gradle's
 * `sonar` / `sonarqube`) and Coveralls upload (`coveralls:report`). They need the service's token and
 * only report; the gate of `mvn verify sonar:sonar` is the `verify` a person runs locally. The goal is
 * taken out of CI's spelling; a line of nothing else names no gate left.
 */
const MAVEN = /^(\.\/)?mvnw?(\.cmd)?$/;
const GRADLE = /^(\.\/)?gradlew?(\.bat)?$/;
const MAVEN_SERVICE_GOAL = /^([\w.-]+:)?(sonar(-maven-plugin)?|coveralls(-maven-plugin)?)(:[\w.-]+)?:(sonar|report)$/;
const GRADLE_SERVICE_TASK = /^:?(sonar|sonarqube|coveralls)$/;

export function withoutServiceGoals(command: string): string {
  const words = command.split(' ');
  const tool = words[0] ?? '';
  const drop = MAVEN.test(tool) ? MAVEN_SERVICE_GOAL : GRADLE.test(tool) ? GRADLE_SERVICE_TASK : undefined;
  if (drop === undefined) return command;
  return words.filter((w, i) => i === 0 || !drop.test(w)).join(' ');
}
