import { parseDocument } from 'yaml';
import { asRecord, yamlWithinLimits } from '@ce/core';
import { lineOf } from './evidence.js';
import type { CiScript } from './ci-script.js';
import { orbJobRun } from './circleci-orb-jobs.js';

/**
 * CircleCI's `.circleci/config.yml`: the `run:` steps of the jobs its workflows run on a pull request's
 * branch. `checkout`, `restore_cache`, `persist_to_workspace` … are CircleCI's own steps, not commands;
 * an orb's command (`node/test`) runs steps the repository does not hold, and is left. A step naming a
 * command of the file's own `commands:` runs that command's steps.
 * https://circleci.com/docs/configuration-reference/
 */

type Map = Record<string, unknown>;

/** Refs a filter may name that a pull request's branch never is: the default branches, and any tag. */
const MERGED_REFS = /^\/?\^?(main|master|trunk|develop|release[\w./*-]*|\(main\|master\)|\(master\|main\))\$?\/?$/;

/** The scripts of every job a pull request's pipeline runs, with the file's line of each. */
export function circleciScripts(text: string): CiScript[] {
  let data: Map | undefined;
  try {
    if (!yamlWithinLimits(text)) return [];
    data = asRecord(parseDocument(text).toJS());
  } catch {
    return [];
  }
  const jobs = asRecord(data?.['jobs']) ?? {};
  const commands = asRecord(data?.['commands']) ?? {};
  const out: CiScript[] = [];
  const budget = { steps: MAX_STEPS };
  out.push(...orbJobScripts(text, data ?? {}));
  for (const name of jobsRunOnBranches(data ?? {}, jobs)) {
    const job = asRecord(jobs[name]) ?? {};
    const defaults = parameterDefaults(job);
    for (const step of stepsOf(job['steps'], commands, 0, budget)) {
      const script = withParameters(step.command, defaults);
      // The line is found by the script as written, before its parameters are filled in.
      const first = step.written.split(/\r?\n/).find((l) => l.trim() !== '') ?? step.written;
      const at = { cwd: folderOf(step.cwd, job['working_directory']), line: lineOf(text, first.trim()) || 1 };
      out.push({ job: name, script, ...at, ...(step.name === undefined ? {} : { name: step.name }) });
    }
  }
  return out;
}

/**
 * The jobs run for a pull request's commits: each job a workflow lists, unless its `filters` limit it
 * to the default branches or to tags, or the workflow runs on a schedule (`triggers:`). Without
 * `workflows:` CircleCI runs the job named `build`.
 */
function jobsRunOnBranches(data: Map, jobs: Map): string[] {
  if (asRecord(data['workflows']) === undefined) return 'build' in jobs ? ['build'] : [];
  return [...new Set(workflowEntries(data).map(([name]) => name))].filter((name) => name in jobs);
}

/** Each `[job, options]` a workflow lists that runs on a pull request's branch. */
function workflowEntries(data: Map): [string, Map][] {
  const out: [string, Map][] = [];
  for (const workflow of Object.values(asRecord(data['workflows']) ?? {})) {
    const w = asRecord(workflow);
    if (w === undefined || Array.isArray(w['triggers'])) continue;
    for (const entry of Array.isArray(w['jobs']) ? w['jobs'] : []) {
      const [name, options] = typeof entry === 'string' ? [entry, {}] : (Object.entries(asRecord(entry) ?? {})[0] ?? ['', {}]);
      const opts = asRecord(options) ?? {};
      if (runsOnBranches(opts)) out.push([name, opts]);
    }
  }
  return out;
}

/** The project scripts that orbs' jobs of the workflows run (circleci-orb-jobs.ts), once each. */
function orbJobScripts(text: string, data: Map): CiScript[] {
  const orbs = asRecord(data['orbs']) ?? {};
  const out: CiScript[] = [];
  for (const [entry, options] of workflowEntries(data)) {
    const run = entry.includes('/') ? orbJobRun(entry, orbs, options) : undefined;
    if (run === undefined || out.some((s) => s.script === run.command)) continue;
    const name = typeof options['name'] === 'string' ? options['name'] : entry;
    out.push({ job: name, script: run.command, cwd: folderOf(run.dir, undefined), line: lineOf(text, entry) || 1 });
  }
  return out;
}

/**
 * `filters: { branches: { only: [main] } }`, or tags only (`branches: { ignore: /.*\/ }`): not a pull
 * request's job. A `tags:` filter alone adds tags to the branches the job runs on.
 */
function runsOnBranches(options: Map): boolean {
  const branches = asRecord(asRecord(options['filters'])?.['branches']);
  if (branches === undefined) return true;
  const ignore = listOf(branches['ignore']);
  if (ignore.some((r) => /^\/?\.\*\/?$/.test(r))) return false;
  const only = listOf(branches['only']);
  return only.length === 0 || !only.every((r) => MERGED_REFS.test(r));
}

function listOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}

interface RunStep {
  command: string;
  /** The script as the file spells it. */
  written: string;
  name?: string;
  cwd?: string;
}

/**
 * Steps looked at per config file, commands expanded included. Real configs hold hundreds; a
 * command of a thousand steps each calling another such command (three levels deep) would be a
 * billion, so a hostile file stops here instead of hanging inference.
 */
const MAX_STEPS = 20_000;

/** A job's `run:` steps, a step naming one of the file's own `commands:` replaced by that command's steps. */
function stepsOf(steps: unknown, commands: Map, depth: number, budget: { steps: number }): RunStep[] {
  const out: RunStep[] = [];
  for (const step of Array.isArray(steps) ? steps : []) {
    if (--budget.steps < 0) break;
    const [key, value] = typeof step === 'string' ? [step, undefined] : (Object.entries(asRecord(step) ?? {})[0] ?? ['', undefined]);
    if (key === 'run') {
      const run = typeof value === 'string' ? { command: value } : asRecord(value);
      const command = run?.['command'];
      const cwd = run?.['working_directory'];
      const name = run?.['name'];
      if (typeof command === 'string')
        out.push({ command, written: command, ...(typeof cwd === 'string' ? { cwd } : {}), ...(typeof name === 'string' ? { name } : {}) });
    } else if (key in commands && depth < 3) {
      const own = asRecord(commands[key]) ?? {};
      const defaults = { ...parameterDefaults(own), ...stringValues(asRecord(value) ?? {}) };
      for (const s of stepsOf(own['steps'], commands, depth + 1, budget)) out.push({ ...s, command: withParameters(s.command, defaults) });
    }
  }
  return out;
}

/** A job's or command's `parameters:` defaults, by name. */
function parameterDefaults(node: Map): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, p] of Object.entries(asRecord(node['parameters']) ?? {})) {
    const value = asRecord(p)?.['default'];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
  }
  return out;
}

function stringValues(node: Map): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(node))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

/** `<< parameters.packages >>` as its default, where the parameter has one. */
function withParameters(command: string, values: Record<string, string>): string {
  return command.replace(/<<\s*parameters\.([\w-]+)\s*>>/g, (m, name: string) => values[name] ?? m);
}

/**
 * The step's folder relative to the checkout. The job's `working_directory` is where `checkout` put
 * the repository (`~/repo`, `/go/src/github.com/org/x`); a step's folder is relative to it, or
 * absolute beneath it.
 */
function folderOf(stepCwd: string | undefined, jobCwd: unknown): string {
  if (stepCwd === undefined) return '.';
  const base = typeof jobCwd === 'string' ? jobCwd.replace(/\/+$/, '') : '~/project';
  const relative = stepCwd.startsWith(`${base}/`) ? stepCwd.slice(base.length + 1) : stepCwd === base ? '.' : stepCwd;
  return /^[~/$]/.test(relative) ? '..' : relative.replace(/^\.\//, '') || '.';
}
