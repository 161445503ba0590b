import { parseDocument } from 'yaml';
import type { DetectContext } from './detector.js';
import { levelOfScript, pickScripts } from './detector.js';
import { evidenceIn } from './evidence.js';
import type { Candidate } from './types.js';
import { yamlWithinLimits } from '@ce/core';

const TASKFILES = ['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml', 'Taskfile.dist.yml', 'Taskfile.dist.yaml'];

function commandsOf(task: unknown): { cmds: string[]; deps: string[] } {
  if (typeof task === 'string') return { cmds: [task], deps: [] };
  if (Array.isArray(task)) return { cmds: task.filter((c): c is string => typeof c === 'string'), deps: [] };
  const t = (task && typeof task === 'object' ? task : {}) as Record<string, unknown>;
  const cmds: string[] = [];
  const deps: string[] = [];
  for (const c of Array.isArray(t['cmds']) ? t['cmds'] : typeof t['cmd'] === 'string' ? [t['cmd']] : []) {
    if (typeof c === 'string') cmds.push(c);
    else if (c && typeof c === 'object') {
      const o = c as Record<string, unknown>;
      if (typeof o['cmd'] === 'string') cmds.push(o['cmd']);
      if (typeof o['task'] === 'string') deps.push(o['task']);
    }
  }
  for (const d of Array.isArray(t['deps']) ? t['deps'] : []) if (typeof d === 'string') deps.push(d);
  return { cmds, deps };
}

/** Each task's own commands and the tasks it runs (`deps`, `- task: x` in `cmds`), by task name. */
export function taskRecords(text: string): Map<string, { cmds: string[]; deps: string[] }> {
  let tasks: Record<string, unknown> = {};
  if (!yamlWithinLimits(text)) return new Map();
  try {
    const data = parseDocument(text).toJS() as { tasks?: unknown } | null;
    if (data?.tasks && typeof data.tasks === 'object') tasks = data.tasks as Record<string, unknown>;
  } catch {
    return new Map();
  }
  return new Map(Object.keys(tasks).map((name) => [name, commandsOf(tasks[name])]));
}

/** Each task's commands with its dependencies' (one level), by task name. */
export function taskBodies(text: string): Map<string, string> {
  const records = taskRecords(text);
  const out = new Map<string, string>();
  for (const [name, own] of records) out.set(name, [...own.cmds, ...own.deps.flatMap((d) => records.get(d)?.cmds ?? [])].join('\n'));
  return out;
}

export const TASKFILE_NAMES = TASKFILES;

/** Taskfile (go-task) tasks named like gates whose commands (and their dependencies') only look: `task lint`, `task test`. */
export function detectTaskfile({ dir }: DetectContext): Candidate[] {
  const file = dir.first(...TASKFILES);
  if (!file) return [];
  const bodies = taskBodies(dir.read(file) ?? '');
  const body = (name: string): string => bodies.get(name) ?? '';
  return pickScripts([...bodies.keys()], (n) => levelOfScript(n, body(n))).map(({ name, level }) => ({
    level,
    name,
    command: `task ${name}`,
    kind: 'script' as const,
    ecosystem: 'task',
    body: body(name),
    evidence: evidenceIn(dir, file, new RegExp(`^\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm')),
  }));
}
