import * as Flags from '@oclif/core/flags';
import { AGENT_NAMES, initProject, type InitResult } from '@ce/core';
import { BaseCommand } from '../base-command.js';
import { presentAgentSteps, presentFiles } from '../present-setup.js';

export default class Init extends BaseCommand<typeof Init> {
  static override summary = 'Set up ce and your coding agents in this repository.';
  static override description = `Writes .ce/config.yml, PRPs/templates/ (KISS and self-healing), an example INITIAL.md, .gitignore entries (.ce/state, .ce/index, .ce/runs, temp memories) and, for each coding agent, its generate-prp and execute-prp commands in its own format, the MCP server entry that starts ce mcp, and ce's section of its instructions file (between markers; your text is kept). Agents: ${AGENT_NAMES.join(', ')} or all; without --agent, the agents whose files are already here, else claude-code. A second run changes nothing; files you changed are kept unless --force; other MCP servers in an existing configuration are kept byte for byte.`;
  static override examples = [
    '<%= config.bin %> init',
    '<%= config.bin %> init --agent cursor --agent copilot',
    '<%= config.bin %> init --agent all --mcp-command "node_modules/.bin/ce mcp" --json',
    '<%= config.bin %> init --force --json',
  ];
  static override flags = {
    force: Flags.boolean({ summary: 'Overwrite files that differ from the ce defaults.' }),
    agent: Flags.string({ summary: `Coding agent to set up (repeatable): ${AGENT_NAMES.join(', ')}, all.`, multiple: true }),
    'mcp-command': Flags.string({ summary: 'How agents start the ce MCP server (default: ce mcp, with ce on PATH).' }),
  };

  async run(): Promise<InitResult> {
    await this.parseInput();
    const result = await initProject(this.root, {
      force: this.flags.force,
      ...(this.flags.agent ? { agents: this.flags.agent } : {}),
      ...(this.flags['mcp-command'] ? { mcpCommand: this.flags['mcp-command'] } : {}),
    });
    presentFiles(this, result.files);
    presentAgentSteps(this, result.userSteps);
    this.log(
      result.unchanged ? 'ce is already set up here; nothing changed.' : `ce is set up in ${result.root} for ${result.agents.join(', ')}`,
    );
    return result;
  }
}
