/**
 * A Gradle build whose projects use the Kotlin Multiplatform plugin has no `test`, `classes` or
 * `testClasses` task in those projects (KMP names them per target: `jvmTest`, `jvmMainClasses`,
 * `allTests`). Gradle runs a task named on the command line in every project that has it, so
 * `./gradlew test` there runs only the plain-JVM projects' tests (samples, tooling) and passes without
 * running the library's. `check` is the lifecycle task every project has: in a KMP project it runs
 * `allTests`, in a JVM one `test`.
 */
const MULTIPLATFORM =
  /kotlin\(\s*["']multiplatform["']\s*\)|org\.jetbrains\.kotlin\.multiplatform|\bkotlin\.multiplatform\b|\bkotlinMultiplatform\b/;

/** Whether the root build script or settings declare the Kotlin Multiplatform plugin. */
export function declaresKotlinMultiplatform(buildText: string): boolean {
  return MULTIPLATFORM.test(buildText);
}
