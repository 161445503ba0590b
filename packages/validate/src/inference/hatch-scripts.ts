import { parse as parseToml } from 'smol-toml';
import type { ProjectDir } from './project-dir.js';

function tomlOf(dir: ProjectDir, name: string): Record<string, unknown> | undefined {
  const text = dir.read(name);
  if (text === undefined) return undefined;
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * The bodies of hatch's environment scripts by the name CI calls them with (`cov:test`; `test` for the
 * default environment), from hatch.toml `[envs.X.scripts]` or pyproject `[tool.hatch.envs.X.scripts]`:
 * so CI's `hatch -v run test:list` is read as what it runs (`python -m pip freeze`).
 */
export function hatchScriptBodies(dir: ProjectDir): [string, string][] {
  const envs =
    asRecord(tomlOf(dir, 'hatch.toml')?.['envs']) ??
    asRecord(asRecord(asRecord(tomlOf(dir, 'pyproject.toml')?.['tool'])?.['hatch'])?.['envs']);
  const out: [string, string][] = [];
  for (const [env, config] of Object.entries(envs ?? {})) {
    for (const [name, body] of Object.entries(asRecord(asRecord(config)?.['scripts']) ?? {})) {
      const text = Array.isArray(body) ? body.map(String).join('\n') : String(body);
      out.push([env === 'default' ? name : `${env}:${name}`, text]);
    }
  }
  return out;
}
