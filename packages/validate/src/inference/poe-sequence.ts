import { splitByLevel } from './split-by-level.js';
import { poeTaskBodies } from './poe.js';
import type { ProjectDir } from './project-dir.js';

/**
 * `poe ci` (through a runner: `uv run --no-sync poe ci`) where the task is a sequence (`ci.sequence =
 * ["check-commit", { cmd = "prek run --all-files" }, "cover"]`, or a list of task names): poe runs each part
 * in turn and nothing else. When the parts are gates of different levels (the hooks, the tests), the one
 * CI line is each of them at its own level, as for a Taskfile umbrella (taskfile-umbrella.ts); parts of one
 * level keep the sequence's name. https://poethepoet.natn.io/tasks/task_types/sequence.html
 */
export function splitPoeSequence(command: string, cwd: string, root: ProjectDir): string[] {
  const m = /^((?:.*\s)?poe)\s+([\w:.-]+)$/.exec(command);
  if (!m) return [command];
  const [, poe = 'poe', name = ''] = m;
  const tasks = new Map(poeTaskBodies(root.readToml(cwd === '.' ? 'pyproject.toml' : `${cwd}/pyproject.toml`)));
  const parts = (tasks.get(name) ?? '').split('\n').filter((l) => l.trim() !== '');
  if (parts.length < 2) return [command];
  const runner = poe.slice(0, -'poe'.length);
  const each = parts.map((part) => {
    const ref = /^poe\s+([\w:.-]+)$/.exec(part.trim())?.[1];
    return ref === undefined ? { command: `${runner}${part.trim()}`, body: undefined } : { command: `${poe} ${ref}`, body: tasks.get(ref) };
  });
  return splitByLevel(command, each);
}
