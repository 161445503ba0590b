import { existsSync } from 'node:fs';
import { withLock } from '../fs/lock.js';
import { cePaths } from '../fs/ce-paths.js';
import { loadConfig } from '../config/load-config.js';
import { readAsset } from './assets.js';
import { chooseAgents, type AgentName } from './agent-names.js';
import { planWholeFile, reportedChange, writeChanges, type FileChange, type InitAction } from './file-change.js';
import { planGitignore } from './gitignore-entries.js';
import { parseMcpLaunch, type McpLaunch } from './mcp-launch.js';
import { planAgentFiles } from './plan-agent-files.js';

export type { InitAction } from './file-change.js';

export interface InitOptions {
  /** Overwrite files that differ from what ce would write. */
  force?: boolean;
  /** `--agent` values (names or `all`); default the agents already used here, else Claude Code. */
  agents?: readonly string[];
  /** How agents start ce's MCP server, as a command line (default `ce mcp`). */
  mcpCommand?: string;
}

export interface InitResult {
  root: string;
  files: { path: string; action: InitAction; note?: string }[];
  /** The agents set up, and how their MCP entries start ce. */
  agents: AgentName[];
  mcp: McpLaunch;
  /** Exact lines the user adds outside the repository, where an agent needs them. */
  userSteps: string[];
  /** True when the run changed nothing. */
  unchanged: boolean;
}

/** What `ce init` writes whatever the agent, relative to the repository root, and its asset. */
const BASE_FILES: { path: string; asset: string }[] = [
  { path: '.ce/config.yml', asset: 'config.yml' },
  { path: 'PRPs/templates/prp_base.md', asset: 'templates/prp_base.md' },
  { path: 'PRPs/templates/prp_kiss.md', asset: 'templates/prp_kiss.md' },
  { path: 'INITIAL.md', asset: 'INITIAL.example.md' },
];

/**
 * Sets a repository up for ce and its coding agents. Idempotent: files that already hold what ce
 * would write are left alone, and files the user changed are kept (reported as `kept`) unless
 * `force` is given. Every file is planned and every existing configuration read before the first
 * write, so bad input (an unknown agent, an unreadable config) changes nothing.
 */
export async function initProject(root: string, options: InitOptions = {}): Promise<InitResult> {
  const agents = chooseAgents(root, options.agents);
  const mcp = parseMcpLaunch(options.mcpCommand);
  const force = options.force ?? false;
  return withLock(
    cePaths(root).lock,
    () => {
      // A config the user keeps must be valid; this throws a UsageError naming the key if not.
      if (!force && existsSync(cePaths(root).config)) loadConfig(root, {});
      const base = BASE_FILES.map(({ path, asset }) => planWholeFile(root, path, readAsset(asset), force));
      const plans = planAgentFiles(root, agents, mcp, force);
      const changes: FileChange[] = [...base, ...plans.flatMap((plan) => plan.changes), planGitignore(root)];
      writeChanges(root, changes);
      return {
        root,
        files: changes.map(reportedChange),
        agents,
        mcp,
        userSteps: plans.flatMap((plan) => plan.userSteps),
        unchanged: changes.every((change) => change.text === undefined),
      };
    },
    { purpose: 'ce init' },
  );
}
