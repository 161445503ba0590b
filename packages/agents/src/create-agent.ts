import { loadConfig, type Logger } from '@ce/core';
import { modelSettings, selectedAdapter, type AgentsConfig } from './agent-settings.js';
import { ClaudeCodeAdapter } from './adapters/claude-code-adapter.js';
import { CommandAdapter } from './adapters/command-adapter.js';
import { ModelAdapter } from './adapters/model-adapter.js';
import { NoneAdapter } from './adapters/none-adapter.js';
import { RedactingAgent } from './redacting-agent.js';
import type { AdapterName, Agent } from './types.js';

export interface CreateAgentOptions {
  /** Repository root: where `claude` / the command run for complete(). Default: the current directory. */
  root?: string;
  /** Use this adapter instead of `agents.adapter`. */
  adapter?: AdapterName;
  /** Use this `agents.providers` entry (and its type as the adapter) instead of `agents.provider`. */
  provider?: string;
  /** Where keys and `${VAR}` header values are read from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Retries are logged here (keys redacted). */
  logger?: Logger;
  /** Injected by tests to observe backoff delays without waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** First backoff delay in ms (doubles each retry). Default 500. */
  baseDelayMs?: number;
}

/**
 * The agent the `agents` section of the configuration describes (see docs/agents.md), behind a
 * RedactingAgent: no prompt it is given carries a secret out.
 */
export function createAgent(config: AgentsConfig, options: CreateAgentOptions = {}): Agent {
  return new RedactingAgent(createAdapter(config, options));
}

function createAdapter(config: AgentsConfig, options: CreateAgentOptions): Agent {
  const effective: AgentsConfig = options.provider ? { ...config, provider: options.provider } : config;
  const env = options.env ?? process.env;
  // A provider asked for explicitly is used even when the configuration selects another adapter.
  const adapter = options.adapter ?? (options.provider ? modelSettings(effective, undefined, env).type : selectedAdapter(effective));
  const root = options.root ?? process.cwd();
  const common = {
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.baseDelayMs !== undefined ? { baseDelayMs: options.baseDelayMs } : {}),
  };
  switch (adapter) {
    case 'none':
      return new NoneAdapter();
    case 'claude-code':
      return new ClaudeCodeAdapter({
        ...common,
        claudeCode: config.claudeCode,
        ...(config.model ? { model: config.model } : {}),
        cwd: root,
        env,
      });
    case 'command':
      return new CommandAdapter({ command: config.command, promptVia: config.promptVia, timeoutMs: config.timeoutMs, cwd: root, env });
    case 'anthropic':
    case 'openai-compatible':
      return new ModelAdapter({ ...common, settings: modelSettings(effective, adapter, env), maxTokens: config.maxTokens });
  }
}

/** The agent configured in `root`'s `.ce/config.yml` (with `CE_AGENTS__*` overrides). */
export function loadAgent(root: string, options: Omit<CreateAgentOptions, 'root'> = {}): Agent {
  const { config } = loadConfig(root, options.env ?? process.env);
  return createAgent(config.agents, { ...options, root });
}
