import type { Prp, PrpTask } from '@ce/core';
import type { ImplementTask } from '@ce/agents';
import type { TaskBrief } from './types.js';

/** The task as a person or an outside agent gets it (`--agent none`, `--dry-run`). */
export function taskBrief(task: PrpTask): TaskBrief {
  return {
    number: task.id,
    title: task.title,
    kind: task.kind,
    files: task.files,
    operations: task.operations.map((o) => `${o.verb} ${o.text}`.trim()),
    pseudocode: task.pseudocode,
    ...(task.goal ? { goal: task.goal } : {}),
    validation: task.validation,
  };
}

/** The task as ce hands it to a coding agent: the task's own text and the PRP's goal as background. */
export function agentTask(prp: Prp, task: PrpTask): ImplementTask {
  const brief = taskBrief(task);
  const parts = [task.body.trim()];
  if (brief.validation.length > 0) parts.push(`It is checked with: ${brief.validation.map((c) => `\`${c}\``).join(', ')}`);
  return {
    id: `Task ${task.id}`,
    title: task.title,
    description: parts.filter(Boolean).join('\n\n'),
    files: task.files.map((f) => f.path),
  };
}

/** Background for every agent call of one PRP: its goal and known gotchas, short. */
export function agentContext(prp: Prp): string {
  const section = (name: 'goal' | 'context'): string => {
    const s = prp.sections[name];
    return s ? prp.document.sectionContent(s).trim() : '';
  };
  const goal = section('goal');
  return [`PRP ${prp.id ?? ''}: ${prp.header.name ?? ''}`.trim(), goal ? `Goal:\n${goal}` : '', contextPaths(prp)]
    .filter(Boolean)
    .join('\n\n');
}

function contextPaths(prp: Prp): string {
  return prp.contextPaths.length > 0 ? `Files to read first: ${prp.contextPaths.slice(0, 20).join(', ')}` : '';
}
