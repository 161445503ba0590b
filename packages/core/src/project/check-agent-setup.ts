import { chooseAgents, detectAgents, type AgentName } from './agent-names.js';
import { AGENT_FORMATS } from './agent-formats.js';
import { readRepoFile, type FileChange } from './file-change.js';
import { readJsonServers } from './json-mcp-entry.js';
import { mcpHandshake, type McpHandshake } from './mcp-handshake.js';
import { DEFAULT_MCP_LAUNCH, MCP_SERVER_NAME, type McpLaunch } from './mcp-launch.js';
import { planAgentFiles } from './plan-agent-files.js';
import { readTomlServers } from './toml-mcp-entry.js';

export type { McpHandshake } from './mcp-handshake.js';

export interface AgentCheckOptions {
  /** The agents to check; default the agents whose files are in the repository. */
  agents?: readonly string[];
  /** How long the MCP server may take to answer `initialize` + `tools/list` (default 15 s). */
  timeoutMs?: number;
  /** The environment the MCP command is started with (default this process's). */
  env?: NodeJS.ProcessEnv;
}

export type FileStatus = 'current' | 'missing' | 'differs';

export interface AgentSetupCheck {
  root: string;
  agents: {
    agent: AgentName;
    ok: boolean;
    files: { path: string; status: FileStatus }[];
    mcp: { path: string; launch: McpLaunch | null; handshake: McpHandshake | null };
  }[];
  /** True when at least one agent is configured and every one has its files and a working server. */
  ok: boolean;
}

/**
 * For each configured agent: whether the files ce writes are present and as ce writes them, and
 * whether the MCP command its configuration names starts and answers `initialize` + `tools/list`.
 * A file the user edited is reported as `differs` without failing; a missing one fails.
 */
export async function checkAgentSetup(root: string, options: AgentCheckOptions = {}): Promise<AgentSetupCheck> {
  const agents = options.agents && options.agents.length > 0 ? chooseAgents(root, options.agents) : detectAgents(root);
  const checked = [];
  for (const agent of agents) {
    const launch = configuredLaunch(root, agent);
    const [plan] = planAgentFiles(root, [agent], launch ?? DEFAULT_MCP_LAUNCH, false);
    const files = plan!.changes.map((change) => ({ path: change.path, status: statusOf(change) }));
    const handshake = launch ? await mcpHandshake(launch, root, options.timeoutMs ?? 15_000, options.env) : null;
    const ok = files.every((file) => file.status !== 'missing') && (handshake?.ok ?? false);
    checked.push({ agent, ok, files, mcp: { path: AGENT_FORMATS[agent].mcp.path, launch, handshake } });
  }
  return { root, agents: checked, ok: checked.length > 0 && checked.every((agent) => agent.ok) };
}

/** The command ce's server entry names in the agent's MCP configuration, or null when absent. */
function configuredLaunch(root: string, agent: AgentName): McpLaunch | null {
  const { mcp } = AGENT_FORMATS[agent];
  const text = readRepoFile(root, mcp.path);
  if (text === undefined) return null;
  const servers = mcp.format === 'json' ? readJsonServers(text, mcp) : readTomlServers(text, mcp.path);
  const entry = servers?.[MCP_SERVER_NAME] as { command?: unknown; args?: unknown } | undefined;
  if (!entry || typeof entry.command !== 'string') return null;
  const args = Array.isArray(entry.args) ? entry.args.filter((arg): arg is string => typeof arg === 'string') : [];
  return { command: entry.command, args };
}

/** A planned change read as a status: what ce would create is missing, what it would keep differs. */
function statusOf(change: FileChange): FileStatus {
  if (change.action === 'unchanged') return 'current';
  if (change.action === 'kept') return 'differs';
  return 'missing';
}
