import { asRecord } from '@ce/core';
import { withToxEnv } from './toxenv-variable.js';

/**
 * An Azure Pipelines job's variables as its scripts see them: the job's `variables:` (a map, or a list of
 * `- name: … value: …`) and, per row of its `strategy.matrix`, that row's values, which override them.
 * A script's bare `tox` runs the environments `TOXENV` names, so each row's `TOXENV` is a `tox -e …` of
 * the job. https://learn.microsoft.com/azure/devops/pipelines/process/variables
 */

type Map = Record<string, unknown>;

/** The distinct values a job gives `name` across its matrix rows (or its own variables, without a matrix). */
export function jobVariableValues(job: Map, name: string): string[] {
  const own = variablesOf(job['variables'])[name];
  const rows = Object.values(asRecord(asRecord(job['strategy'])?.['matrix']) ?? {}).map((r) => asRecord(r) ?? {});
  const values = rows.length === 0 ? [own] : rows.map((row) => scalar(row[name]) ?? own);
  // A value Azure computes (`$(other)`, `${{ parameters.x }}`) is not known here.
  return [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== '' && !/\$[({]/.test(v)))];
}

/** A script of the job, once per `TOXENV` the job runs it with (the script itself when it sets none). */
export function withJobToxEnvs(script: string, job: Map): string[] {
  const envs = jobVariableValues(job, 'TOXENV');
  if (envs.length === 0) return [script];
  const each = envs.map((v) =>
    script
      .split('\n')
      .map((line) => withToxEnv(line, { TOXENV: v }))
      .join('\n'),
  );
  return [...new Set(each)];
}

function variablesOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const v of value) {
      const entry = asRecord(v);
      const text = scalar(entry?.['value']);
      if (typeof entry?.['name'] === 'string' && text !== undefined) out[entry['name']] = text;
    }
    return out;
  }
  for (const [k, v] of Object.entries(asRecord(value) ?? {})) {
    const text = scalar(v);
    if (text !== undefined) out[k] = text;
  }
  return out;
}

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
