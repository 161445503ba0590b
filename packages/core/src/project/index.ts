export { initProject, type InitOptions, type InitResult, type InitAction } from './init-project.js';
export { readAsset, corePackageRoot } from './assets.js';
export { AGENT_NAMES, type AgentName, isAgentName, parseAgentNames, detectAgents, chooseAgents } from './agent-names.js';
export { DEFAULT_MCP_LAUNCH, MCP_SERVER_NAME, parseMcpLaunch, type McpLaunch } from './mcp-launch.js';
export { setupAgents, type AgentSetupOptions, type AgentSetupResult } from './setup-agents.js';
export { checkAgentSetup, type AgentSetupCheck, type AgentCheckOptions, type McpHandshake } from './check-agent-setup.js';
export { IGNORED_ENTRIES } from './gitignore-entries.js';
