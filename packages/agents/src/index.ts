// @ce/agents: one interface to Claude Code, model providers (Anthropic, any OpenAI-compatible endpoint),
// any command, and none. Public API: only what is exported here.
export type {
  AdapterName,
  Agent,
  AgentUsage,
  CompleteOptions,
  CompleteResult,
  CompleteSuccess,
  ImplementContext,
  ImplementResult,
  ImplementSuccess,
  ImplementTask,
  NoAgentResult,
  TranscriptEntry,
} from './types.js';
export { ADAPTER_NAMES } from './types.js';
export { createAgent, loadAgent, type CreateAgentOptions } from './create-agent.js';
export { checkAgents, type AdapterCheck, type AgentsCheckResult, type CheckAgentsOptions } from './check-agents.js';
export { AgentError, isTransient } from './agent-error.js';
export { modelSettings, selectedAdapter, isLocalEndpoint, type ModelSettings } from './agent-settings.js';
export { noAgentResult } from './adapters/none-adapter.js';
export { StreamJsonReader, type StreamJsonResult } from './stream-json.js';
export { parseFileBlocks, type FileEdit } from './file-blocks.js';
export { implementPrompt } from './implement-prompt.js';
export { RedactingAgent } from './redacting-agent.js';
export { askAgent, type AskAgentOptions, type AskAgentResult } from './ask-agent.js';
