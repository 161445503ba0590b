import type { ProjectDir } from './project-dir.js';

/**
 * xc (`xc test`) runs the tasks a project writes in its README: under a `## Tasks` heading, each task is
 * a `### name` heading whose fenced code block is the script, and a `Requires: a, b` line names tasks run
 * first. The body of a task is its requirements' bodies, then its own lines.
 */
export function xcTaskBodies(dir: ProjectDir): [string, string][] {
  const name = dir.first('README.md', 'readme.md', 'Readme.md');
  const tasks = name === undefined ? new Map<string, Task>() : xcTasks(dir.read(name) ?? '');
  return [...tasks.keys()].map((task) => [task, bodyWithRequired(tasks, task, new Set())]);
}

interface Task {
  requires: string[];
  script: string[];
}

function xcTasks(text: string): Map<string, Task> {
  const tasks = new Map<string, Task>();
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#{1,6}\s+Tasks\s*$/i.test(l));
  if (start < 0) return tasks;
  const depth = (lines[start] as string).indexOf(' ');
  let current: Task | undefined;
  let fenced = false;
  for (const line of lines.slice(start + 1)) {
    const heading = /^(#{1,6})\s+(\S.*?)\s*$/.exec(line);
    if (heading && !fenced) {
      // A heading at the level of `## Tasks` or above ends the section; one below it opens a task.
      if ((heading[1] as string).length <= depth) break;
      current = { requires: [], script: [] };
      tasks.set((heading[2] as string).trim(), current);
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!current) continue;
    if (fenced) current.script.push(line);
    else {
      const requires = /^Requires:\s*(.+)$/i.exec(line.trim());
      if (requires) current.requires.push(...(requires[1] as string).split(/[,\s]+/).filter(Boolean));
    }
  }
  return tasks;
}

function bodyWithRequired(tasks: Map<string, Task>, name: string, seen: Set<string>): string {
  const task = tasks.get(name);
  if (!task || seen.has(name)) return '';
  seen.add(name);
  const before = task.requires.map((r) => bodyWithRequired(tasks, r, seen)).filter(Boolean);
  return [...before, task.script.join('\n')].join('\n');
}
