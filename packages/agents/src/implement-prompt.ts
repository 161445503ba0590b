import type { ImplementContext, ImplementTask } from './types.js';

/** The instructions a coding agent gets for one task: what to do, which files, and the background. */
export function implementPrompt(task: ImplementTask, context: Pick<ImplementContext, 'context'>): string {
  const parts: string[] = [];
  parts.push(`# ${task.id ? `${task.id}: ` : ''}${task.title}`);
  if (task.description?.trim()) parts.push(task.description.trim());
  if (task.files && task.files.length > 0) parts.push(`## Files to create or modify\n${task.files.map((f) => `- ${f}`).join('\n')}`);
  if (context.context?.trim()) parts.push(`## Context\n${context.context.trim()}`);
  parts.push('Make the changes in the working tree. Do not commit. Finish with a short summary of what you changed.');
  return `${parts.join('\n\n')}\n`;
}
