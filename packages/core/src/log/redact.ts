// The one redactor: whatever ce writes (run logs, debug lines, prompts sent to agents, captured
// command output, diagnostics, reports) passes through it. It knows three kinds of secret: values
// registered at run time (the configured agents' keys), the values of environment variables whose
// names say they hold a secret, and the shapes of well-known tokens.

const MASK = '[REDACTED]';

interface SecretShape {
  pattern: RegExp;
  /** What replaces a match; by default the whole match is masked. */
  replace?: (match: string, ...groups: string[]) => string;
}

// Token shapes, after the rules of secretlint's recommended preset (which @ce/execute runs on diffs):
// that scanner is asynchronous and file-oriented, so the synchronous redactor keeps its own short list.
// Every pattern is linear: no nested quantifiers, bounded look-behind-free alternations.
const SHAPES: SecretShape[] = [
  { pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|$)/g },
  { pattern: /\bsk-ant-[A-Za-z0-9_-]{8,}/g }, // Anthropic
  { pattern: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{16,}/g }, // OpenAI and compatible
  { pattern: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}/g }, // Stripe
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{20,}/g }, // GitHub tokens
  { pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/g }, // GitHub fine-grained tokens
  { pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g }, // GitLab
  { pattern: /\bnpm_[A-Za-z0-9]{36}\b/g }, // npm
  { pattern: /\bhf_[A-Za-z0-9]{30,}/g }, // Hugging Face
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g }, // Slack tokens
  { pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,}/g }, // Slack webhooks
  { pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g }, // AWS access key id
  { pattern: /\bAIza[0-9A-Za-z_-]{30,}/g }, // Google API key
  { pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/g }, // JWT
  // user:password@ in a URL: the password goes, the rest stays readable.
  { pattern: /(\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,200}:)[^\s@/]{3,200}@/gi, replace: (_m, prefix) => `${prefix}${MASK}@` },
  { pattern: /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{12,}/gi, replace: (_m, scheme) => `${scheme} ${MASK}` },
  {
    // `api_key=…`, `"token": "…"`, `password: …`. An identifier-shaped value (`token: TokenType`,
    // `apiKey: process.env.KEY`) is code, not a secret, and is left alone.
    pattern: /((?:api[_-]?key|x-api-key|authorization|token|secret|password)["']?\s{0,10}[:=]\s{0,10}["']?)([^\s"',}]{8,})/gi,
    replace: (match, prefix, value) => (/^[A-Za-z_$.]+$/.test(value ?? '') ? match : `${prefix}${MASK}`),
  },
];

const SECRET_ENV_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$/i;
const MIN_SECRET_LENGTH = 8;

// Secret values registered at run time (an API key read from a variable whose name does not say
// "KEY"), redacted everywhere from then on.
const registered = new Set<string>();

/** Registers a secret value (e.g. an API key just read from the environment) for every later redaction. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) registered.add(value);
}

/** Replaces anything that looks like a key or token with `[REDACTED]`. */
export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const value of registered) out = out.split(value).join(MASK);
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= MIN_SECRET_LENGTH && SECRET_ENV_NAME.test(name)) out = out.split(value).join(MASK);
  }
  for (const { pattern, replace } of SHAPES) {
    out = replace ? out.replace(pattern, replace as (m: string, ...g: string[]) => string) : out.replace(pattern, MASK);
  }
  return out;
}

/** Deep-redacts strings inside a JSON-like value. */
export function redactValue<T>(value: T, env: NodeJS.ProcessEnv = process.env): T {
  if (typeof value === 'string') return redactSecrets(value, env) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactValue(v, env)) as T;
  if (value && typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, env)])) as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
