import { readAsset } from './assets.js';

export type WorkflowCommand = 'generate-prp' | 'execute-prp';

export const WORKFLOW_COMMANDS: readonly WorkflowCommand[] = ['generate-prp', 'execute-prp'];

/** One line per command, for the front matter or metadata each agent shows in its command list. */
export const COMMAND_DESCRIPTIONS: Record<WorkflowCommand, string> = {
  'generate-prp': 'Turn INITIAL.md into a checked PRP with ce',
  'execute-prp': 'Implement a PRP task by task while ce runs the validation gates',
};

export const COMMAND_ARGUMENT_HINTS: Record<WorkflowCommand, string> = {
  'generate-prp': '[path to INITIAL.md]',
  'execute-prp': '<path to PRPs/PRP-N-slug.md>',
};

/**
 * The body of a workflow command, shared by every agent; `argumentsText` is how that agent names
 * what the user typed after the command (`$ARGUMENTS`, `{{args}}`, `${input:…}`).
 */
export function commandBody(command: WorkflowCommand, argumentsText: string): string {
  return readAsset(`agents/${command}.md`).replaceAll('{{ARGS}}', argumentsText);
}

/** ce's section for an agent's instructions file (AGENTS.md, GEMINI.md, …). */
export function instructionsSection(): string {
  return readAsset('agents/instructions.md');
}
