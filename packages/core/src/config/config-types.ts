/** A validation command as configured or inferred. */
export interface CommandSpec {
  name?: string;
  command: string;
  cwd?: string;
  timeoutMs?: number;
}

export interface ProviderConfig {
  type: 'anthropic' | 'openai-compatible';
  baseUrl?: string;
  apiKeyEnv?: string;
  model?: string;
  /** Header values may name environment variables as `${VAR}` (a token stays out of the file). */
  headers?: Record<string, string>;
  pricing?: { inputPerMillion: number; outputPerMillion: number };
}

/** `.ce/config.yml` after defaults are applied (see config-schema.ts). */
export interface CeConfig {
  version: 1;
  agents: {
    adapter: 'none' | 'claude-code' | 'anthropic' | 'openai-compatible' | 'command';
    provider?: string;
    model?: string;
    baseUrl?: string;
    apiKeyEnv?: string;
    timeoutMs: number;
    maxTokens: number;
    retries: number;
    command?: string;
    promptVia: 'stdin' | 'argument';
    /** US dollars per million tokens; the cost of API calls is reported when set. */
    pricing?: { inputPerMillion: number; outputPerMillion: number };
    claudeCode: {
      binary: string;
      allowedTools: string[];
      permissionMode: 'default' | 'acceptEdits' | 'bypassPermissions' | 'plan';
    };
    providers: Record<string, ProviderConfig>;
  };
  validation: {
    maxAttempts: number;
    timeoutMs: number;
    commands: { '1'?: CommandSpec[]; '2'?: CommandSpec[]; '3'?: CommandSpec[] };
  };
  drift: { acceptBelow: number; escalateAt: number };
  context: { healthThreshold: number; maxFileBytes: number; exclude: string[] };
  memory: { backend: 'file' | 'mcp'; dir: string; mcp?: { command?: string; args: string[] } };
  serena: { enabled: boolean; command?: string; args: string[] };
  context7: { enabled: boolean; command?: string; args: string[] };
  ci: { dir: string; targets: string[] };
}
