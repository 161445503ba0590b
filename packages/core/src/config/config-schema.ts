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
    version: { description: 'Format version of this file.', type: 'integer', enum: [1], default: 1 },
    agents: {
      description: 'Which agent writes code and completes prompts (see docs/agents.md).',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        adapter: {
          description:
            'The agent adapter: `none` (a person or an outside agent implements), `claude-code`, `anthropic`, `openai-compatible` or `command`.',
          type: 'string',
          enum: ['none', 'claude-code', 'anthropic', 'openai-compatible', 'command'],
          default: 'none',
        },
        provider: { description: 'A named provider from `providers` (adding one is configuration, not code).', type: 'string' },
        model: { description: 'Model id of a model adapter.', type: 'string' },
        baseUrl: { description: 'Endpoint of an OpenAI-compatible model adapter.', type: 'string' },
        apiKeyEnv: {
          description: 'Name of the environment variable that holds the API key; keys are never stored in this file.',
          type: 'string',
          pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        },
        timeoutMs: { description: 'Timeout of one agent call, in milliseconds.', type: 'integer', minimum: 1, default: 600000 },
        maxTokens: { description: 'Output token limit of a completion.', type: 'integer', minimum: 1, default: 8192 },
        retries: {
          description: 'Retries on transient failures (timeouts, 429, 5xx).',
          type: 'integer',
          minimum: 0,
          maximum: 10,
          default: 3,
        },
        command: { description: 'Program of the `command` adapter.', type: 'string' },
        promptVia: {
          description: 'How the `command` adapter passes the prompt: on `stdin` or as the last `argument`.',
          type: 'string',
          enum: ['stdin', 'argument'],
          default: 'stdin',
        },
        pricing: {
          description: 'US dollars per million input / output tokens, to report the cost of API calls.',
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
            binary: { description: 'The Claude Code CLI.', type: 'string', default: 'claude' },
            allowedTools: {
              description: 'Tools Claude Code may use.',
              type: 'array',
              items: { type: 'string' },
              default: ['Read', 'Edit', 'Write', 'Bash', 'Glob', 'Grep'],
            },
            permissionMode: {
              description: "Claude Code's permission mode.",
              type: 'string',
              enum: ['default', 'acceptEdits', 'bypassPermissions', 'plan'],
              default: 'acceptEdits',
            },
          },
        },
        providers: {
          description:
            'Named model providers: `{type: anthropic | openai-compatible, baseUrl, apiKeyEnv, model, headers, pricing}`; header values may name variables as `${VAR}`.',
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
      description: 'The validation gates (levels 1–3).',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        maxAttempts: { description: 'Self-healing attempts per level.', type: 'integer', minimum: 1, maximum: 10, default: 3 },
        timeoutMs: { description: 'Timeout of one gate command, in milliseconds.', type: 'integer', minimum: 1, default: 900000 },
        commands: {
          description: 'Commands per level ("1", "2", "3"), used before inference from the repository.',
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
      description: 'Level 4 drift bands (0–100).',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        acceptBelow: { description: 'Below this score: accept.', type: 'number', minimum: 0, maximum: 100, default: 10 },
        escalateAt: {
          description: 'At or above this score: halt and ask. Between the two: auto-fix or accept with a warning.',
          type: 'number',
          minimum: 0,
          maximum: 100,
          default: 30,
        },
      },
    },
    context: {
      description: 'The code index and context health.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        healthThreshold: {
          description: 'Health drift score at or above which `ce context health` exits 1 and pre-sync aborts.',
          type: 'number',
          minimum: 0,
          maximum: 100,
          default: 30,
        },
        maxFileBytes: {
          description: 'Larger files are left out of the code index (and reported).',
          type: 'integer',
          minimum: 1,
          default: 1048576,
        },
        exclude: {
          description: 'Globs left out of the code index, on top of `.gitignore`.',
          type: 'array',
          items: { type: 'string' },
          default: [],
        },
      },
    },
    memory: {
      description: 'Namespaced memory.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        backend: {
          description: 'Where memories live: `file` (a folder) or `mcp` (a memory MCP server).',
          type: 'string',
          enum: ['file', 'mcp'],
          default: 'file',
        },
        dir: {
          description: 'Folder of the file backend; `.serena/memories` shares one memory with Serena.',
          type: 'string',
          default: '.ce/memory',
        },
        mcp: {
          description: 'The memory MCP server started for the `mcp` backend.',
          type: 'object',
          additionalProperties: false,
          properties: {
            command: { description: 'Program that starts the memory MCP server.', type: 'string' },
            args: { description: 'Its arguments.', type: 'array', items: { type: 'string' }, default: [] },
          },
        },
      },
    },
    serena: {
      description: 'Serena over MCP for code queries, when configured.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: {
          description: 'Use Serena for `find_symbol`, `get_symbols_overview` and `search_for_pattern`.',
          type: 'boolean',
          default: false,
        },
        command: { description: 'Program that starts Serena.', type: 'string' },
        args: { description: 'Its arguments.', type: 'array', items: { type: 'string' }, default: [] },
      },
    },
    context7: {
      description: 'Context7 over MCP for library documentation, when configured.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        enabled: { description: 'Fetch library documentation from Context7 during generation.', type: 'boolean', default: false },
        command: { description: 'Program that starts the Context7 MCP server.', type: 'string' },
        args: { description: 'Its arguments.', type: 'array', items: { type: 'string' }, default: [] },
      },
    },
    ci: {
      description: 'CI rendering.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        dir: { description: 'Folder of abstract pipeline definitions.', type: 'string', default: 'ci' },
        targets: { description: 'Targets rendered by default.', type: 'array', items: { type: 'string' }, default: ['github', 'gitlab'] },
      },
    },
  },
} as const;
