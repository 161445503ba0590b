/**
 * The JSON Schema (draft-07) of the abstract pipeline, checked with ajv before the semantic checks.
 * Shipped as part of the public API so that editors and other tools can use it.
 */
const scalar = { type: ['string', 'number', 'boolean'] };
const envName = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Matrix keys may also hold `-` (`node-version`), as GitHub allows. */
const matrixKey = '^[A-Za-z_][A-Za-z0-9_-]*$';
const stringOrList = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};

const common = {
  env: { type: 'object', propertyNames: { pattern: envName }, additionalProperties: scalar },
  matrix: {
    type: 'object',
    propertyNames: { pattern: matrixKey },
    minProperties: 1,
    additionalProperties: { type: 'array', items: scalar, minItems: 1 },
  },
  when: {
    anyOf: [
      { type: 'string', minLength: 1 },
      {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { branch: stringOrList, event: stringOrList, condition: { type: 'string', minLength: 1 } },
      },
    ],
  },
  condition: { type: 'string', minLength: 1 },
  timeout: { type: 'number', exclusiveMinimum: 0 },
  artifacts: stringOrList,
};

export const pipelineSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://ce.dev/schemas/ci-pipeline.json',
  title: 'ce abstract CI pipeline',
  type: 'object',
  additionalProperties: false,
  required: ['stages'],
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    env: common.env,
    github: {
      type: 'object',
      additionalProperties: false,
      properties: {
        runs_on: stringOrList,
        on: {},
        setup: { type: 'array', items: { type: 'object' } },
      },
    },
    gitlab: {
      type: 'object',
      additionalProperties: false,
      properties: {
        image: { type: 'string', minLength: 1 },
        before_script: { type: 'array', items: { type: 'string' } },
      },
    },
    stages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stage'],
        properties: {
          stage: { type: 'string', minLength: 1 },
          parallel: { type: 'boolean' },
          depends_on: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
          ...common,
          nodes: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: { type: 'string', minLength: 1 },
                command: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
                strategy: { enum: ['real', 'mock', 'conditional'] },
                ...common,
              },
            },
          },
        },
      },
    },
  },
} as const;
