// Shapes of secrets that must never reach stdout, stderr or a file: provider API keys, bearer
// tokens, and the values of environment variables whose names say they hold a secret.
const KEY_PATTERNS: RegExp[] = [
  /\bsk-ant-[A-Za-z0-9_-]{8,}/g, // Anthropic
  /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{16,}/g, // OpenAI and compatible
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g, // GitHub tokens
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, // Slack
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bAIza[0-9A-Za-z_-]{30,}/g, // Google API key
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{12,}/gi,
  /((?:api[_-]?key|x-api-key|authorization|token|secret|password)["']?\s*[:=]\s*["']?)[^\s"',}]{8,}/gi,
];

const SECRET_ENV_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$/i;

// Secret values registered at run time (an API key read from a variable whose name does not say
// "KEY"), redacted everywhere from then on.
const registered = new Set<string>();

/** Registers a secret value (e.g. an API key just read from the environment) for every later redaction. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) registered.add(value);
}

/** Replaces anything that looks like a key or token with `[REDACTED]`. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const value of registered) out = out.split(value).join('[REDACTED]');
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 8 && SECRET_ENV_NAME.test(name)) out = out.split(value).join('[REDACTED]');
  }
  for (const pattern of KEY_PATTERNS) {
    out = out.replace(pattern, (match: string, prefix?: string) =>
      typeof prefix === 'string' && match.startsWith(prefix) && prefix.length < match.length && /[:=]/.test(prefix)
        ? `${prefix}[REDACTED]`
        : /^(Bearer|Basic)\s/i.test(match)
          ? `${match.split(/\s+/)[0]} [REDACTED]`
          : '[REDACTED]',
    );
  }
  return out;
}

/** Deep-redacts strings inside a JSON-like value. */
export function redactValue<T>(value: T, env: NodeJS.ProcessEnv = process.env): T {
  if (typeof value === 'string') return redactSecrets(value, env) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactValue(v, env)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, env)])) as T;
  }
  return value;
}
