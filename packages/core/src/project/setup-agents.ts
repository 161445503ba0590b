import { withLock } from '../fs/lock.js';
import { cePaths } from '../fs/ce-paths.js';
import { chooseAgents, type AgentName } from './agent-names.js';
import { reportedChange, writeChanges, type InitAction } from './file-change.js';
import { parseMcpLaunch, type McpLaunch } from './mcp-launch.js';
import { planAgentFiles } from './plan-agent-files.js';

export interface AgentSetupOptions {
  /** `--agent` values: names, `all`; default the agents already used here, else Claude Code. */
  agents?: readonly string[];
  /** Overwrite files (and ce's MCP entry) that differ from what ce would write. */
  force?: boolean;
  /** How agents start ce's MCP server, as a command line (default `ce mcp`). */
  mcpCommand?: string;
}

export interface AgentSetupResult {
  root: string;
  mcp: McpLaunch;
  agents: { agent: AgentName; files: { path: string; action: InitAction; note?: string }[]; userSteps: string[] }[];
  /** True when the run changed nothing. */
  unchanged: boolean;
}

/**
 * Writes each agent's workflow commands, ce's MCP server entry and ce's instructions section, in
 * the agent's own format. Everything is planned (and every existing file parsed) first, so an
 * unknown agent or an unreadable configuration changes nothing.
 */
export async function setupAgents(root: string, options: AgentSetupOptions = {}): Promise<AgentSetupResult> {
  const agents = chooseAgents(root, options.agents);
  const mcp = parseMcpLaunch(options.mcpCommand);
  return withLock(
    cePaths(root).lock,
    () => {
      const plans = planAgentFiles(root, agents, mcp, options.force ?? false);
      writeChanges(
        root,
        plans.flatMap((plan) => plan.changes),
      );
      const result = plans.map(({ agent, changes, userSteps }) => ({ agent, files: changes.map(reportedChange), userSteps }));
      return { root, mcp, agents: result, unchanged: plans.every((plan) => plan.changes.every((c) => c.text === undefined)) };
    },
    { purpose: 'ce agents setup' },
  );
}
