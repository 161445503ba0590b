import type { AgentFormat } from './agent-format.js';
import { COMMAND_DESCRIPTIONS, WORKFLOW_COMMANDS, commandBody } from './command-prompts.js';
import { withFrontMatter } from './front-matter.js';
import { codexMcpTable } from './toml-mcp-entry.js';

/**
 * Codex: repository skills in `.agents/skills/<name>/SKILL.md` (front matter `name`,
 * `description`; invoked as `$generate-prp`), instructions in `AGENTS.md`, and MCP servers in
 * `.codex/config.toml` `[mcp_servers.<name>]`, which Codex loads only in a trusted project. Custom
 * prompts (`~/.codex/prompts`) are user-level, so ce does not write them.
 */
export const codexFormat: AgentFormat = {
  name: 'codex',
  title: 'Codex',
  files: () =>
    WORKFLOW_COMMANDS.map((command) => ({
      path: `.agents/skills/${command}/SKILL.md`,
      text: withFrontMatter(
        { name: command, description: `${COMMAND_DESCRIPTIONS[command]}. Use when the user asks to ${command.replace('-prp', ' a PRP')}.` },
        commandBody(command, 'the path the user gave'),
      ),
    })),
  mcp: { format: 'toml', path: '.codex/config.toml' },
  instructions: 'AGENTS.md',
  userSteps: (launch) => [
    'Codex reads .codex/config.toml only in a trusted project: accept the trust prompt when Codex starts here.',
    'Or add these lines to ~/.codex/config.toml (user level; ce does not edit files outside the repository):',
    ...codexMcpTable(launch).trimEnd().split('\n'),
  ],
};
