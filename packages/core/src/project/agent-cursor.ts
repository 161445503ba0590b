import type { AgentFormat } from './agent-format.js';
import { WORKFLOW_COMMANDS, commandBody, instructionsSection } from './command-prompts.js';
import { withFrontMatter } from './front-matter.js';

/**
 * Cursor: custom commands are plain markdown in `.cursor/commands/<name>.md` (the text typed after
 * the command follows the prompt), project rules are `.cursor/rules/*.mdc` with front matter
 * (`description`, `globs`, `alwaysApply`), project MCP servers are `.cursor/mcp.json` `mcpServers`.
 */
export const cursorFormat: AgentFormat = {
  name: 'cursor',
  title: 'Cursor',
  files: () => [
    ...WORKFLOW_COMMANDS.map((command) => ({
      path: `.cursor/commands/${command}.md`,
      text: commandBody(command, 'the text after the command'),
    })),
    {
      path: '.cursor/rules/ce.mdc',
      // Agent-requested: the agent reads it when a task is about PRPs, INITIAL.md or ce.
      text: withFrontMatter(
        { description: 'How to generate and execute PRPs with ce (INITIAL.md, PRPs/, ce CLI and MCP tools)', alwaysApply: false },
        instructionsSection(),
      ),
    },
  ],
  mcp: { format: 'json', path: '.cursor/mcp.json', key: 'mcpServers', entry: ({ command, args }) => ({ command, args }) },
};
