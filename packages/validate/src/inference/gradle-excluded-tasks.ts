/**
 * Gradle's `-x <task>` / `--exclude-task <task>` names a task the run does NOT execute (Gradle's
 * command-line interface: "Excluding tasks from execution"). `./gradlew build -x spotlessCheck` is the
 * build without its format check, so the excluded name says nothing about what the line checks.
 */
const EXCLUDED = /(^|\s)(-x|--exclude-task)(\s+|=)\S+/g;

/** A Gradle line without the tasks it excludes; `-x test` is kept, since `check -x test` has a meaning of its own. */
export function withoutExcludedTasks(command: string): string {
  if (!/^(\.\/)?gradlew?(\.bat)?(\s|$)/.test(command)) return command;
  return command.replace(EXCLUDED, (whole) => (/(\s|=)test$/.test(whole) ? whole : '')).trim();
}
