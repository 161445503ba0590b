/**
 * `./gradlew ${{ matrix.task }}` / `mvn ${{ matrix.goals }}`: Gradle's tasks and Maven's goals are the
 * gates the line runs, so a matrix that lists them (`apiCheck check`, `macosArm64Test`) names the gates,
 * as a tox environment does. A matrix of options (`-Prelease`, `-DdisableStaticAnalysis`) only sets the
 * run up: those rows are the same gate.
 */
export function matrixNamesJvmTasks(command: string, values: string[]): boolean {
  return /^(\.\/)?(gradlew?|mvnw?)(\.bat|\.cmd)?\s/.test(command) && values.every((v) => /^[A-Za-z:]/.test(v.trim()));
}
