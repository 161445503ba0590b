/**
 * Gradle task paths (`:mordant:check`, `:app:lib:test`) name a task of one project: the task is the
 * last part (Gradle's "Executing tasks in multi-project builds"). A line running `:core:check` runs
 * the same verification as `check`, scoped to that project, so its level is the task's.
 */
const TASK_PATH = /(^|\s):?(?:[\w.-]+:)+([\w-]+)(?=\s|$)/g;

/** A Gradle line with each task path replaced by its task name; other lines (Maven's `plugin:goal`) as they are. */
export function withGradleTaskNames(command: string): string {
  if (!/^(\.\/)?gradlew?(\.bat)?(\s|$)/.test(command)) return command;
  return command.replace(TASK_PATH, (_whole, lead: string, task: string) => `${lead}${task}`);
}
