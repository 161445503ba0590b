import type { CeConfig } from '../config/config-types.js';
import { registerSecret } from './redact.js';

const HEADER_VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * The secrets the configuration points at, by variable name: the agents' `apiKeyEnv` (top level and
 * each provider) and the `${VAR}` of provider headers. Their values are registered with the redactor
 * as soon as the configuration is read, so a key held in a variable whose name does not look secret
 * (`apiKeyEnv: LLM_CRED`) is redacted even by a command that never calls the agent.
 */
export function configuredSecretVariables(agents: CeConfig['agents']): string[] {
  const names = new Set<string>(['ANTHROPIC_API_KEY', 'OPENAI_API_KEY']);
  if (agents.apiKeyEnv) names.add(agents.apiKeyEnv);
  for (const provider of Object.values(agents.providers ?? {})) {
    if (provider.apiKeyEnv) names.add(provider.apiKeyEnv);
    for (const value of Object.values(provider.headers ?? {})) for (const m of value.matchAll(HEADER_VARIABLE)) names.add(m[1] ?? '');
  }
  names.delete('');
  return [...names];
}

/** Registers the values of the configured secret variables (see configuredSecretVariables) for redaction. */
export function registerConfiguredSecrets(agents: CeConfig['agents'], env: NodeJS.ProcessEnv = process.env): void {
  for (const name of configuredSecretVariables(agents)) registerSecret(env[name]);
}
