import type { AgentFormat } from './agent-format.js';
import { COMMAND_ARGUMENT_HINTS, COMMAND_DESCRIPTIONS, WORKFLOW_COMMANDS, commandBody, type WorkflowCommand } from './command-prompts.js';
import { withFrontMatter } from './front-matter.js';

/**
 * Tools a command may use without asking. Deliberately not `ce prp allow`: only a person allows a
 * PRP's commands, so Claude Code must ask before that one.
 */
const ALLOWED_TOOLS: Record<WorkflowCommand, string> = {
  'generate-prp':
    'Bash(ce generate:*), Bash(ce prp check:*), Bash(ce context:*), Read, Grep, Glob, Edit, Write, mcp__ce__generate_prp, mcp__ce__prp_check',
  'execute-prp': 'Bash(ce execute:*), Bash(ce metrics:*), Read, Grep, Glob, Edit, Write, mcp__ce__execute_prp, mcp__ce__metrics',
};

/**
 * Claude Code: project slash commands in `.claude/commands/<name>.md` (front matter `description`,
 * `argument-hint`, `allowed-tools`; `$ARGUMENTS` is what follows the command), project MCP servers
 * in `.mcp.json` under `mcpServers`, project memory in `CLAUDE.md`.
 */
export const claudeCodeFormat: AgentFormat = {
  name: 'claude-code',
  title: 'Claude Code',
  files: () =>
    WORKFLOW_COMMANDS.map((command) => ({
      path: `.claude/commands/${command}.md`,
      text: withFrontMatter(
        {
          description: COMMAND_DESCRIPTIONS[command],
          'argument-hint': COMMAND_ARGUMENT_HINTS[command],
          'allowed-tools': ALLOWED_TOOLS[command],
        },
        commandBody(command, '$ARGUMENTS'),
      ),
    })),
  mcp: { format: 'json', path: '.mcp.json', key: 'mcpServers', entry: ({ command, args }) => ({ command, args }) },
  instructions: 'CLAUDE.md',
};
