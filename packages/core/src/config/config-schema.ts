// The JSON Schema of `.ce/config.yml`. Every key has a default, so an empty or missing file is a
// complete configuration; unknown keys are errors (additionalProperties: false everywhere).
// Each section belongs to the package that reads it; keep the TypeScript types in config-types.ts in step.

const commandEntry = {
  type: 'object',
  additionalProperties: false,
  required: ['command'],
  properties: {
    name: { type: 'string' },
    command: { type: 'string', minLength: 1 },
    cwd: { type: 'string' },
    timeoutMs: { type: 'integer', minimum: 1 },
  },
} as const;

export const configSchema = {
  $id: 'https://ce.dev/schemas/config.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', enum: [1], default: 1 },
    agents: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        adapter: { type: 'string', enum: ['none', 'claude-code', 'anthropic', 'openai-compatible', 'command'], default: 'none' },
        /** A named provider from `providers` (adding one is configuration, not code). */
        provider: { type: 'string' },
        model: { type: 'string' },
        baseUrl: { type: 'string' },
        /** Name of the environment variable that holds the API key; keys are never stored in this file. */
        apiKeyEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        timeoutMs: { type: 'integer', minimum: 1, default: 600000 },
        maxTokens: { type: 'integer', minimum: 1, default: 8192 },
        retries: { type: 'integer', minimum: 0, maximum: 10, default: 3 },
        command: { type: 'string' },
        promptVia: { type: 'string', enum: ['stdin', 'argument'], default: 'stdin' },
        /** US dollars per million input / output tokens, to report the cost of API calls. */
        pricing: {
          type: 'object',
          additionalProperties: false,
          required: ['inputPerMillion', 'outputPerMillion'],
          properties: { inputPerMillion: { type: 'number', minimum: 0 }, outputPerMillion: { type: 'number', minimum: 0 } },
        },
        claudeCode: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            binary: { type: 'string', default: 'claude' },
            allowedTools: { type: 'array', items: { type: 'string' }, default: ['Read', 'Edit', 'Write', 'Bash', 'Glob', 'Grep'] },
            permissionMode: { type: 'string', enum: ['default', 'acceptEdits', 'bypassPermissions', 'plan'], default: 'acceptEdits' },
          },
        },
        providers: {
          type: 'object',
          default: {},
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['type'],
            properties: {
              type: { type: 'string', enum: ['anthropic', 'openai-compatible'] },
              baseUrl: { type: 'string' },
              apiKeyEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
              model: { type: 'string' },
              headers: { type: 'object', additionalProperties: { type: 'string' } },
              pricing: {
                type: 'object',
                additionalProperties: false,
                required: ['inputPerMillion', 'outputPerMillion'],
                properties: { inputPerMillion: { type: 'number', minimum: 0 }, outputPerMillion: { type: 'number', minimum: 0 } },
              },
            },
          },
        },
      },
    },
    validation: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxAttempts: { type: 'integer', minimum: 1, maximum: 10, default: 3 },
        timeoutMs: { type: 'integer', minimum: 1, default: 900000 },
        /** Commands per level ("1", "2", "3"), used before inference from the repository. */
        commands: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            '1': { type: 'array', items: commandEntry },
            '2': { type: 'array', items: commandEntry },
            '3': { type: 'array', items: commandEntry },
          },
        },
      },
    },
    drift: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Below this score: accept. */
        acceptBelow: { type: 'number', minimum: 0, maximum: 100, default: 10 },
        /** At or above this score: halt and ask. Between the two: auto-fix or accept with a warning. */
        escalateAt: { type: 'number', minimum: 0, maximum: 100, default: 30 },
      },
    },
    context: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Health drift score at or above which `ce context health` exits 1 and pre-sync aborts. */
        healthThreshold: { type: 'number', minimum: 0, maximum: 100, default: 30 },
        maxFileBytes: { type: 'integer', minimum: 1, default: 1048576 },
        exclude: { type: 'array', items: { type: 'string' }, default: [] },
      },
    },
    memory: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        backend: { type: 'string', enum: ['file', 'mcp'], default: 'file' },
        /** Folder of the file backend; `.serena/memories` shares one memory with Serena. */
        dir: { type: 'string', default: '.ce/memory' },
        mcp: {
          type: 'object',
          additionalProperties: false,
          properties: {
            command: { type: 'string' },
            args: { type: 'array', items: { type: 'string' }, default: [] },
          },
        },
      },
    },
    serena: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: false },
        command: { type: 'string' },
        args: { type: 'array', items: { type: 'string' }, default: [] },
      },
    },
    context7: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { type: 'boolean', default: false },
        command: { type: 'string' },
        args: { type: 'array', items: { type: 'string' }, default: [] },
      },
    },
    ci: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Folder of abstract pipeline definitions. */
        dir: { type: 'string', default: 'ci' },
        targets: { type: 'array', items: { type: 'string' }, default: ['github', 'gitlab'] },
      },
    },
  },
} as const;
