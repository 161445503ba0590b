/**
 * What a deno.json task runs. A task is a command string, or an object whose `command` runs after
 * its `dependencies` (other tasks of the file, run first: Deno 2.1's task dependencies). A task made
 * only of dependencies (`"check": { "dependencies": ["check:lint", "typecheck"] }`) runs those tasks,
 * so its body is theirs, one per line.
 */
export function denoTaskBody(tasks: Record<string, unknown>, name: string, seen: ReadonlySet<string> = new Set()): string {
  const task = tasks[name];
  if (typeof task === 'string') return task;
  if (!task || typeof task !== 'object' || seen.has(name)) return '';
  const { command, dependencies } = task as { command?: unknown; dependencies?: unknown };
  const inner = new Set([...seen, name]);
  const deps = Array.isArray(dependencies)
    ? dependencies.filter((d): d is string => typeof d === 'string').map((d) => denoTaskBody(tasks, d, inner))
    : [];
  return [...deps, typeof command === 'string' ? command : ''].filter((b) => b.trim() !== '').join('\n');
}
