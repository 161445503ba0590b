import * as Flags from '@oclif/core/flags';
import { AGENT_NAMES, checkAgentSetup, setupAgents, type AgentSetupCheck, type AgentSetupResult } from '@ce/core';
import { BaseCommand } from '../../base-command.js';
import { presentAgentSteps, presentFiles } from '../../present-setup.js';

export default class AgentsSetup extends BaseCommand<typeof AgentsSetup> {
  static override summary = "Write (or check) each coding agent's ce commands and MCP entry.";
  static override description = `Without --check: writes, for each agent, its generate-prp and execute-prp commands in its own format, the MCP server entry that starts ce mcp, and ce's section of its instructions file, like ce init does for agents. With --check: for each configured agent, whether those files are present and current, and whether the MCP command its configuration names starts and answers initialize and tools/list; exits 1 when a file is missing or the server does not answer. Agents: ${AGENT_NAMES.join(', ')} or all; default the agents whose files are here.`;
  static override examples = [
    '<%= config.bin %> agents setup --agent gemini',
    '<%= config.bin %> agents setup --check',
    '<%= config.bin %> agents setup --check --agent claude-code --json',
  ];
  static override flags = {
    agent: Flags.string({ summary: `Coding agent (repeatable): ${AGENT_NAMES.join(', ')}, all.`, multiple: true }),
    check: Flags.boolean({ summary: 'Check the files and start each MCP server instead of writing.' }),
    force: Flags.boolean({ summary: 'Overwrite files that differ from what ce writes.', exclusive: ['check'] }),
    'mcp-command': Flags.string({ summary: 'How agents start the ce MCP server (default: ce mcp).', exclusive: ['check'] }),
    timeout: Flags.integer({ summary: 'Seconds each MCP server may take to answer, with --check.', default: 15, min: 1 }),
  };

  async run(): Promise<AgentSetupResult | AgentSetupCheck> {
    await this.parseInput();
    const agents = this.flags.agent ? { agents: this.flags.agent } : {};
    if (this.flags.check) {
      const result = await checkAgentSetup(this.root, { ...agents, timeoutMs: this.flags.timeout * 1000 });
      this.presentCheck(result);
      if (!result.ok) this.setExitCode(1);
      return result;
    }
    const result = await setupAgents(this.root, {
      ...agents,
      force: this.flags.force,
      ...(this.flags['mcp-command'] ? { mcpCommand: this.flags['mcp-command'] } : {}),
    });
    presentFiles(
      this,
      result.agents.flatMap((agent) => agent.files),
    );
    presentAgentSteps(
      this,
      result.agents.flatMap((agent) => agent.userSteps),
    );
    this.log(result.unchanged ? 'nothing changed.' : `set up ${result.agents.map((a) => a.agent).join(', ')}`);
    return result;
  }

  private presentCheck(result: AgentSetupCheck): void {
    if (result.agents.length === 0)
      this.log('no coding agent is set up here; run ce init --agent <name> or ce agents setup --agent <name>');
    for (const agent of result.agents) {
      this.log(`${agent.ok ? 'ok  ' : 'FAIL'} ${agent.agent}`);
      for (const file of agent.files) this.log(`       ${file.status.padEnd(8)} ${file.path}`);
      const { launch, handshake, path } = agent.mcp;
      const server = !launch
        ? `no "ce" server in ${path}`
        : handshake?.ok
          ? `${[launch.command, ...launch.args].join(' ')} answered: ${handshake.tools} tools`
          : `${[launch.command, ...launch.args].join(' ')} failed: ${handshake?.error}`;
      this.log(`       mcp      ${server}`);
    }
  }
}
