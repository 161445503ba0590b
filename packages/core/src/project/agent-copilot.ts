import type { AgentFormat } from './agent-format.js';
import { COMMAND_ARGUMENT_HINTS, COMMAND_DESCRIPTIONS, WORKFLOW_COMMANDS, commandBody, type WorkflowCommand } from './command-prompts.js';
import { withFrontMatter } from './front-matter.js';

const INPUTS: Record<WorkflowCommand, string> = {
  'generate-prp': '${input:initial:path to INITIAL.md}',
  'execute-prp': '${input:prp:path to PRPs/PRP-N-slug.md}',
};

/**
 * GitHub Copilot in VS Code: prompt files `.github/prompts/<name>.prompt.md` (front matter
 * `description`, `agent`, `argument-hint`; `${input:name:placeholder}` asks for a value), workspace
 * MCP servers in `.vscode/mcp.json` under `servers` (with `type: "stdio"`), repository
 * instructions in `.github/copilot-instructions.md`.
 */
export const copilotFormat: AgentFormat = {
  name: 'copilot',
  title: 'GitHub Copilot',
  files: () =>
    WORKFLOW_COMMANDS.map((command) => ({
      path: `.github/prompts/${command}.prompt.md`,
      text: withFrontMatter(
        { description: COMMAND_DESCRIPTIONS[command], agent: 'agent', 'argument-hint': COMMAND_ARGUMENT_HINTS[command] },
        commandBody(command, INPUTS[command]),
      ),
    })),
  mcp: { format: 'json', path: '.vscode/mcp.json', key: 'servers', entry: ({ command, args }) => ({ type: 'stdio', command, args }) },
  instructions: '.github/copilot-instructions.md',
};
