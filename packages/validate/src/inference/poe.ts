import { levelOfEnvName } from './ci-level.js';
import type { GateLevel } from './types.js';
import { valueAt } from './table-value.js';

/**
 * poethepoet tasks (`[tool.poe.tasks]`) as script bodies. A task is a command (`"pytest"`,
 * `{ cmd = … }`, `{ shell = … }`) or a composite of other tasks (`["test", "docs"]`,
 * `{ sequence = [{ ref = "lint" }, { cmd = "mypy" }] }`); a reference is written `poe <task>` so
 * that it resolves like any other project script.
 */
export function poeTaskBodies(pyproject: Record<string, unknown>): [string, string][] {
  const tasks = valueAt(pyproject, 'tool', 'poe', 'tasks');
  if (!tasks || typeof tasks !== 'object') return [];
  return Object.entries(tasks as Record<string, unknown>).map(([name, task]) => [name, bodyOf(task)]);
}

function bodyOf(task: unknown): string {
  if (typeof task === 'string') return task;
  // A list of task names is a sequence of references.
  if (Array.isArray(task)) return task.map((t) => (typeof t === 'string' ? `poe ${t}` : bodyOf(t))).join('\n');
  if (!task || typeof task !== 'object') return '';
  const t = task as Record<string, unknown>;
  for (const key of ['cmd', 'shell', 'script'] as const) if (typeof t[key] === 'string') return t[key] as string;
  if (typeof t['ref'] === 'string') return `poe ${t['ref'] as string}`;
  if (Array.isArray(t['sequence'])) return bodyOf(t['sequence']);
  return '';
}

/**
 * The level of a poe task: a composite made only of references takes the one gate level its parts
 * have (`check = ["test", "docs"]` is the tests, whatever its name says); parts of different levels
 * (`all = lint + mypy + test`) make no single gate. Any other task is what its name says.
 */
export function poeTaskLevel(name: string, tasks: Map<string, string>, seen: Set<string> = new Set()): GateLevel | undefined {
  const body = tasks.get(name) ?? '';
  const lines = body.split('\n').filter((l) => l.trim());
  const refs = lines.map((l) => /^poe\s+([\w:.-]+)$/.exec(l.trim())?.[1]);
  if (lines.length === 0 || refs.some((r) => r === undefined) || seen.has(name)) return levelOfEnvName(name);
  const levels = new Set(
    (refs as string[]).map((r) => poeTaskLevel(r, tasks, new Set([...seen, name]))).filter((l): l is GateLevel => l !== undefined),
  );
  return levels.size === 1 ? ([...levels][0] as GateLevel) : undefined;
}
