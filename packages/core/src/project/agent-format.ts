import type { AgentName } from './agent-names.js';
import type { McpLaunch } from './mcp-launch.js';

/** Where an agent reads its MCP servers, in the repository. */
export type McpConfigTarget =
  | { format: 'json'; path: string; key: 'mcpServers' | 'servers'; entry(launch: McpLaunch): Record<string, unknown> }
  | { format: 'toml'; path: string };

/**
 * What ce writes for one coding agent, in that agent's own format: the two workflow commands (and
 * any rule files) ce owns whole, the MCP configuration it merges its server into, and the
 * instructions file it keeps a marked section in.
 */
export interface AgentFormat {
  name: AgentName;
  /** The product's name, for messages. */
  title: string;
  /** Files ce owns whole, relative to the repository root. */
  files(): { path: string; text: string }[];
  mcp: McpConfigTarget;
  /** An instructions file the agent reads, where ce keeps a section between markers. */
  instructions?: string;
  /** What the user may need to do outside the repository (user-level config), as exact lines. */
  userSteps?(launch: McpLaunch): string[];
}
