import type { AgentFormat } from './agent-format.js';
import { COMMAND_DESCRIPTIONS, WORKFLOW_COMMANDS, commandBody } from './command-prompts.js';

/**
 * Gemini CLI: project custom commands in `.gemini/commands/<name>.toml` (`description`, `prompt`;
 * `{{args}}` is what follows the command), project MCP servers in `.gemini/settings.json`
 * `mcpServers`, context in `GEMINI.md`.
 */
export const geminiFormat: AgentFormat = {
  name: 'gemini',
  title: 'Gemini CLI',
  files: () =>
    WORKFLOW_COMMANDS.map((command) => ({
      path: `.gemini/commands/${command}.toml`,
      text: geminiCommand(COMMAND_DESCRIPTIONS[command], commandBody(command, '{{args}}')),
    })),
  mcp: { format: 'json', path: '.gemini/settings.json', key: 'mcpServers', entry: ({ command, args }) => ({ command, args }) },
  instructions: 'GEMINI.md',
};

/** The prompt as a TOML multi-line literal string: no escapes, so the file reads like the prompt. */
function geminiCommand(description: string, prompt: string): string {
  if (prompt.includes("'''")) throw new Error("a Gemini command prompt cannot contain '''");
  return `description = ${JSON.stringify(description)}\nprompt = '''\n${prompt.trimEnd()}\n'''\n`;
}
