import { registerSecret, UsageError, type CeConfig } from '@ce/core';
import type { AdapterName } from './types.js';

export type AgentsConfig = CeConfig['agents'];
export type ProviderType = 'anthropic' | 'openai-compatible';

/** Everything a model-provider adapter needs, with the key read from the environment (never from a file). */
export interface ModelSettings {
  type: ProviderType;
  /** The `providers` entry used, when one is named. */
  provider?: string;
  model?: string;
  baseUrl: string;
  apiKeyEnv: string;
  /** The key itself; undefined when the variable is unset. Never logged, never written. */
  apiKey?: string;
  /** Whether the endpoint needs a key (hosted APIs do; a local Ollama / vLLM / LM Studio does not). */
  keyRequired: boolean;
  headers: Record<string, string>;
  /** Header values that named an unset variable (`${VAR}`). */
  missingHeaderVars: string[];
  pricing?: { inputPerMillion: number; outputPerMillion: number };
}

export const DEFAULT_BASE_URL: Record<ProviderType, string> = {
  anthropic: 'https://api.anthropic.com/v1',
  'openai-compatible': 'https://api.openai.com/v1',
};
export const DEFAULT_KEY_ENV: Record<ProviderType, string> = {
  anthropic: 'ANTHROPIC_API_KEY',
  'openai-compatible': 'OPENAI_API_KEY',
};

/**
 * The adapter the configuration selects. A named `provider` decides the adapter's type; `adapter`
 * then only has to agree with it (or be left at a model adapter).
 */
export function selectedAdapter(config: AgentsConfig): AdapterName {
  if (config.adapter === 'none' || config.adapter === 'claude-code' || config.adapter === 'command') return config.adapter;
  if (config.provider) return providerEntry(config, config.provider).type;
  return config.adapter;
}

/**
 * Settings for a model provider: `agents.providers[name]` when `name` (or `agents.provider`) is given,
 * else the top-level `model` / `baseUrl` / `apiKeyEnv` with the type's defaults. `agents.model`
 * overrides a provider's model, so one variable (CE_AGENTS__MODEL) switches models.
 */
export function modelSettings(
  config: AgentsConfig,
  type: ProviderType | undefined,
  env: NodeJS.ProcessEnv = process.env,
  name = config.provider,
): ModelSettings {
  const entry = name ? providerEntry(config, name) : undefined;
  if (entry && type && entry.type !== type) {
    throw new UsageError('agent-config', `agents.adapter is "${type}" but agents.providers.${name} is of type "${entry.type}"`, {
      file: '.ce/config.yml',
      hint: `set agents.adapter to "${entry.type}" or choose another provider`,
    });
  }
  const effectiveType: ProviderType = entry?.type ?? type ?? 'openai-compatible';
  const baseUrl = (entry?.baseUrl ?? (entry ? undefined : config.baseUrl) ?? DEFAULT_BASE_URL[effectiveType]).replace(/\/+$/, '');
  const apiKeyEnv = entry?.apiKeyEnv ?? (entry ? undefined : config.apiKeyEnv) ?? DEFAULT_KEY_ENV[effectiveType];
  const apiKey = env[apiKeyEnv] || undefined;
  registerSecret(apiKey);
  const missingHeaderVars: string[] = [];
  const headers: Record<string, string> = {};
  for (const [header, value] of Object.entries(entry?.headers ?? {})) {
    headers[header] = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      const found = env[variable];
      if (found === undefined) missingHeaderVars.push(variable);
      registerSecret(found);
      return found ?? '';
    });
  }
  const pricing = entry?.pricing ?? config.pricing;
  return {
    type: effectiveType,
    ...(name ? { provider: name } : {}),
    ...((config.model ?? entry?.model) ? { model: config.model ?? entry?.model } : {}),
    baseUrl,
    apiKeyEnv,
    ...(apiKey ? { apiKey } : {}),
    // A local endpoint needs no key; nor does one authenticated by a configured header.
    keyRequired: !isLocalEndpoint(baseUrl) && !Object.keys(headers).some((h) => /^(authorization|x-api-key|api-key)$/i.test(h)),
    headers,
    missingHeaderVars,
    ...(pricing ? { pricing } : {}),
  };
}

function providerEntry(config: AgentsConfig, name: string): NonNullable<AgentsConfig['providers'][string]> {
  const entry = config.providers[name];
  if (!entry) {
    const known = Object.keys(config.providers);
    throw new UsageError('agent-config', `agents.provider "${name}" is not defined in agents.providers`, {
      file: '.ce/config.yml',
      hint: known.length > 0 ? `use one of: ${known.join(', ')}` : 'add it under agents.providers with type, baseUrl, apiKeyEnv and model',
    });
  }
  return entry;
}

/** Loopback and private-network endpoints (Ollama, vLLM, LM Studio on this machine or the LAN) need no key. */
export function isLocalEndpoint(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host === '::1' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    host === 'host.docker.internal'
  );
}
