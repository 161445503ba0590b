import { loadConfig, parseCommandLine, runProcess } from '@ce/core';
import { modelSettings, selectedAdapter, type AgentsConfig, type ProviderType } from './agent-settings.js';
import { findExecutable } from './find-executable.js';
import type { AdapterName } from './types.js';

/** Whether one adapter (or one named provider) can be used here, and why not. */
export interface AdapterCheck {
  adapter: AdapterName;
  /** The `agents.providers` entry this row is about. */
  provider?: string;
  usable: boolean;
  /** The one `.ce/config.yml` selects. */
  selected: boolean;
  /** Why it cannot be used: binary missing, key missing, no model configured. Empty when usable. */
  problems: string[];
  /** What was found: binary path and version, model, base URL, the key's variable (never its value). */
  details: Record<string, string>;
}

export interface AgentsCheckResult {
  /** The adapter `.ce/config.yml` selects (after CE_AGENTS__* overrides). */
  selected: AdapterName;
  provider?: string;
  /** Whether the selected adapter can be used. */
  selectedUsable: boolean;
  adapters: AdapterCheck[];
}

export interface CheckAgentsOptions {
  env?: NodeJS.ProcessEnv;
  /** Ask `claude --version` for its version (a local process, no network). Default true. */
  versions?: boolean;
}

/**
 * Reports, without touching the network, which adapters are usable in `root`: is the `claude` binary
 * (or the configured command) on PATH, is the key's environment variable set, is a model configured.
 */
export async function checkAgents(root: string, options: CheckAgentsOptions = {}): Promise<AgentsCheckResult> {
  const env = options.env ?? process.env;
  const { config } = loadConfig(root, env);
  const agents = config.agents;
  const selected = selectedAdapter(agents);
  const provider = selected === 'anthropic' || selected === 'openai-compatible' ? agents.provider : undefined;
  const rows: AdapterCheck[] = [
    {
      adapter: 'none',
      usable: true,
      selected: selected === 'none',
      problems: [],
      details: { note: 'ce drafts and gates without a model' },
    },
    await checkClaudeCode(agents, root, env, options.versions ?? true, selected === 'claude-code'),
    checkModel(agents, 'anthropic', undefined, env, selected === 'anthropic' && !provider),
    checkModel(agents, 'openai-compatible', undefined, env, selected === 'openai-compatible' && !provider),
    ...Object.entries(agents.providers).map(([name, entry]) => checkModel(agents, entry.type, name, env, provider === name)),
    checkCommand(agents, root, env, selected === 'command'),
  ];
  const chosen = rows.find((r) => r.selected);
  return { selected, ...(provider ? { provider } : {}), selectedUsable: chosen?.usable ?? false, adapters: rows };
}

async function checkClaudeCode(
  agents: AgentsConfig,
  root: string,
  env: NodeJS.ProcessEnv,
  versions: boolean,
  selected: boolean,
): Promise<AdapterCheck> {
  const binary = agents.claudeCode.binary;
  const found = findExecutable(binary, { env, cwd: root });
  const details: Record<string, string> = {
    binary,
    permissionMode: agents.claudeCode.permissionMode,
    allowedTools: agents.claudeCode.allowedTools.join(', '),
  };
  if (!found) return { adapter: 'claude-code', usable: false, selected, problems: [`binary "${binary}" not found on PATH`], details };
  details['path'] = found;
  if (versions) {
    const run = await runProcess(found, ['--version'], { env, cwd: root, timeoutMs: 10_000 }).catch(() => undefined);
    const version = run?.exitCode === 0 ? run.stdout.trim().split('\n')[0] : undefined;
    if (version) details['version'] = version;
    else
      return {
        adapter: 'claude-code',
        usable: false,
        selected,
        problems: [`"${found} --version" failed; the binary does not run`],
        details,
      };
  }
  return { adapter: 'claude-code', usable: true, selected, problems: [], details };
}

function checkModel(
  agents: AgentsConfig,
  type: ProviderType,
  provider: string | undefined,
  env: NodeJS.ProcessEnv,
  selected: boolean,
): AdapterCheck {
  const s = modelSettings(provider ? agents : { ...agents, provider: undefined }, type, env, provider);
  const problems: string[] = [];
  const where = provider ? `agents.providers.${provider}.model` : 'agents.model';
  if (!s.model) problems.push(`no model configured (${where})`);
  if (!s.apiKey && s.keyRequired) problems.push(`key missing: ${s.apiKeyEnv} is not set`);
  try {
    new URL(s.baseUrl);
  } catch {
    problems.push(`base URL "${s.baseUrl}" is not a URL`);
  }
  for (const variable of s.missingHeaderVars) problems.push(`a header names \${${variable}}, which is not set`);
  const details: Record<string, string> = {
    baseUrl: s.baseUrl,
    apiKeyEnv: s.apiKeyEnv,
    key: s.apiKey ? 'set' : s.keyRequired ? 'missing' : 'not needed (local endpoint)',
  };
  if (s.model) details['model'] = s.model;
  return { adapter: type, ...(provider ? { provider } : {}), usable: problems.length === 0, selected, problems, details };
}

function checkCommand(agents: AgentsConfig, root: string, env: NodeJS.ProcessEnv, selected: boolean): AdapterCheck {
  const command = agents.command?.trim();
  if (!command) return { adapter: 'command', usable: false, selected, problems: ['no command configured (agents.command)'], details: {} };
  const details: Record<string, string> = { command, promptVia: agents.promptVia };
  const program = parseCommandLine(command.replace(/\{prompt(File)?\}/g, 'x')).argv?.[0] ?? command.split(/\s+/)[0] ?? '';
  const found = findExecutable(program, { env, cwd: root });
  if (!found) return { adapter: 'command', usable: false, selected, problems: [`program "${program}" not found on PATH`], details };
  details['path'] = found;
  return { adapter: 'command', usable: true, selected, problems: [], details };
}
