import { existsSync } from 'node:fs';
import type * as Yaml from 'yaml';
import { lazyDependency } from '../lazy-dependency.js';
import { readTextFile } from '../documents/read-text-file.js';
import { assertYamlNesting } from '../documents/yaml-limits.js';
import { yamlValue } from '../documents/yaml-value.js';
import { UsageError } from '../errors/index.js';
import { cePaths } from '../fs/ce-paths.js';
import { repoRelative } from '../fs/repo-paths.js';
import { registerConfiguredSecrets } from '../log/configured-secrets.js';
import { validate, type ConfigValidationError } from './config-validator.generated.js';
import type { CeConfig } from './config-types.js';

const yaml = lazyDependency<typeof Yaml>('yaml');

export interface LoadedConfig {
  config: CeConfig;
  /** Absolute path of the config file (it may not exist). */
  file: string;
  exists: boolean;
  /** Environment variables that overrode a setting. */
  envOverrides: string[];
}

/**
 * Loads `.ce/config.yml` under `root`: YAML → env overrides (`CE_SECTION__KEY=value`, nested keys
 * joined by `__`, values read as YAML scalars) → JSON Schema with defaults. Every problem is a
 * UsageError naming the file (or the variable) and the key path.
 */
export function loadConfig(root: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const file = cePaths(root).config;
  const shown = repoRelative(root, file);
  const exists = existsSync(file);
  let raw: Record<string, unknown> = {};
  // UTF-8 only, at most 10 MB, a regular file: a fifo or a huge file is bad input, not a hang.
  if (exists) raw = parseConfigYaml(readTextFile(file, { shown }), shown);
  check(structuredClone(raw), shown);
  const envOverrides = applyEnvOverrides(raw, env);
  const config = structuredClone(raw);
  check(config, envOverrides.length > 0 ? `${shown} with ${envOverrides.join(', ')}` : shown);
  registerConfiguredSecrets((config as unknown as CeConfig).agents, env);
  return { config: config as unknown as CeConfig, file, exists, envOverrides };
}

/** The configuration with every default, as `ce init` writes it. */
export function defaultConfig(): CeConfig {
  const config: Record<string, unknown> = {};
  validate(config);
  return config as unknown as CeConfig;
}

function parseConfigYaml(text: string, shown: string): Record<string, unknown> {
  assertYamlNesting(text, shown, 'config-invalid', 'the configuration');
  const doc = yaml().parseDocument(text);
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new UsageError(
      'config-invalid',
      `malformed YAML${line ? ` at line ${line}` : ''}: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
      {
        file: shown,
        hint: 'fix the YAML syntax (indentation, quotes, a missing colon)',
      },
    );
  }
  const value = yamlValue(doc, shown, 'config-invalid', 'the configuration');
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError('config-invalid', 'the configuration must be a mapping of keys to values', { file: shown });
  }
  return value as Record<string, unknown>;
}

// The validator is config-schema.ts compiled ahead of time by ajv (useDefaults: every missing key is
// filled from the schema, so callers always see a complete config; allErrors): compiling it at run
// time cost ≈ 190 ms per process, see packages/core/scripts/config-validator.mjs.
function check(config: Record<string, unknown>, shown: string): void {
  if (validate(config)) return;
  const errors = validate.errors ?? [];
  const error = errors[0];
  if (!error) return;
  throw new UsageError('config-invalid', `${describe(error)}`, {
    file: shown,
    hint: 'see docs/configuration.md for every key, its type and its default',
    details: { errors: errors.map(describe) },
  });
}

function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function describe(error: ConfigValidationError): string {
  const at = keyPath(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return `${at ? `${at}.` : ''}${key}: unknown key`;
    }
    case 'type':
      return `${at || '(root)'}: must be ${(error.params as { type: string }).type}`;
    case 'enum':
      return `${at}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at || '(root)'}: ${error.message ?? 'is not valid'}`;
  }
}

/** Applies `CE_A__B=value` variables to the raw config; returns the names applied. */
function applyEnvOverrides(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): string[] {
  const applied: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('CE_') || !name.includes('__') || value === undefined) continue;
    const path = name
      .slice(3)
      .split('__')
      .map((segment) => segment.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
    let target: Record<string, unknown> = raw;
    for (const segment of path.slice(0, -1)) {
      const next = target[segment];
      if (next === undefined) target[segment] = {};
      else if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        throw new UsageError('config-invalid', `${name}: ${segment} is not a section`, { hint: 'check the variable name' });
      }
      target = target[segment] as Record<string, unknown>;
    }
    const last = path[path.length - 1] ?? '';
    target[last] = parseScalar(value);
    applied.push(name);
  }
  return applied.sort();
}

function parseScalar(value: string): unknown {
  try {
    const parsed: unknown = yaml().parseDocument(value).toJS();
    return parsed ?? value;
  } catch {
    return value;
  }
}
