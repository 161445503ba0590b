/**
 * Task (taskfile.dev) names a task of an included Taskfile `<namespace>:<task>` (`go:test`,
 * `docs:serve`), and projects name their own tasks the same way (`go:test-integration`,
 * `python:lint`): the namespace says which part of the project, the last part what the task does.
 * Undefined for a name without a namespace.
 */
export function taskLocalName(runner: string, name: string): string | undefined {
  if (runner !== 'task' || !name.includes(':')) return undefined;
  return name.slice(name.lastIndexOf(':') + 1) || undefined;
}
