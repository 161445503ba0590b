import { asRecord } from '@ce/core';
import type { ProjectDir } from './project-dir.js';

/** One script of a hatch environment. */
export interface HatchScript {
  env: string;
  name: string;
  /** As `hatch run` names it: `lint:build`, or `build` in the default environment. */
  task: string;
  /** Its commands, one per line (a list of commands is joined by newlines). */
  body: string;
  /** `hatch.toml` when the folder has one, else `pyproject.toml`. */
  file: string;
}

/** The scripts of every hatch environment: `hatch.toml` `[envs.X.scripts]` or pyproject `[tool.hatch.envs.X.scripts]`. */
export function hatchScripts(dir: ProjectDir): HatchScript[] {
  const { envs, file } = hatchEnvs(dir);
  const out: HatchScript[] = [];
  for (const [env, config] of Object.entries(envs ?? {})) {
    for (const [name, body] of Object.entries(asRecord(asRecord(config)?.['scripts']) ?? {})) {
      const text = Array.isArray(body) ? body.join('\n') : String(body);
      out.push({ env, name, task: env === 'default' ? name : `${env}:${name}`, body: text, file });
    }
  }
  return out;
}

/** The hatch environments by name, from `hatch.toml` (`[envs]`) or else pyproject (`[tool.hatch.envs]`). */
export function hatchEnvs(dir: ProjectDir): { envs: Record<string, unknown> | undefined; file: string } {
  const own = asRecord(dir.readToml('hatch.toml')['envs']);
  const file = dir.has('hatch.toml') ? 'hatch.toml' : 'pyproject.toml';
  if (own) return { envs: own, file };
  return { envs: asRecord(asRecord(asRecord(dir.readToml('pyproject.toml')['tool'])?.['hatch'])?.['envs']), file };
}
