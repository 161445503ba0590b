import type { AgentName } from './agent-names.js';
import { AGENT_FORMATS } from './agent-formats.js';
import { instructionsSection } from './command-prompts.js';
import { planWholeFile, type FileChange } from './file-change.js';
import { planJsonMcpEntry } from './json-mcp-entry.js';
import { planMarkedSection } from './marked-section.js';
import type { McpLaunch } from './mcp-launch.js';
import { planTomlMcpEntry } from './toml-mcp-entry.js';

export interface AgentPlan {
  agent: AgentName;
  changes: FileChange[];
  /** Exact lines for the user to add outside the repository, where the agent needs them. */
  userSteps: string[];
}

/**
 * Everything ce would write for the agents, without writing: each file's new text, merged into
 * what is there. Throws a UsageError naming the file when an existing configuration cannot be read.
 */
export function planAgentFiles(root: string, agents: readonly AgentName[], launch: McpLaunch, force: boolean): AgentPlan[] {
  const seen = new Set<string>();
  return agents.map((agent) => {
    const format = AGENT_FORMATS[agent];
    const changes = format.files().map(({ path, text }) => planWholeFile(root, path, text, force));
    const { mcp } = format;
    changes.push(
      mcp.format === 'json'
        ? planJsonMcpEntry(root, { path: mcp.path, key: mcp.key }, mcp.entry(launch), force)
        : planTomlMcpEntry(root, mcp.path, launch, force),
    );
    // Two agents may read the same instructions file; its section is planned once.
    if (format.instructions && !seen.has(format.instructions)) {
      seen.add(format.instructions);
      changes.push(planMarkedSection(root, format.instructions, instructionsSection(), force));
    }
    return { agent, changes, userSteps: format.userSteps?.(launch) ?? [] };
  });
}
