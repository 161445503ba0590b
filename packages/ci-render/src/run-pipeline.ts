import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { runProcess, throwIfCancelled } from '@ce/core';
import type { ConditionContext } from './condition.js';
import { evaluateCondition } from './condition-evaluator.js';
import { loadPipelineFile, type PipelineFileOptions } from './pipeline-file.js';
import type { PipelinePlan, PlanJob } from './pipeline-plan.js';
import type { Scalar } from './pipeline-types.js';

/** GitHub runs `run:` with `bash -e`; GitLab's shell executor uses bash too. */
const SHELL = ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash'].find((p) => existsSync(p)) ?? '/bin/sh';

export type LocalStatus = 'passed' | 'failed' | 'mocked' | 'skipped';

export interface LocalInstanceResult {
  /** The matrix values of this instance ({} without a matrix). */
  matrix: Record<string, string>;
  status: LocalStatus;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The failing command, when one failed. */
  failedCommand?: string;
  /** The tail of stdout + stderr. */
  output: string;
}

export interface LocalJobResult {
  id: string;
  name: string;
  stage: string;
  strategy: PlanJob['strategy'];
  status: LocalStatus;
  /** Why it was skipped or mocked. */
  reason?: string;
  durationMs: number;
  instances: LocalInstanceResult[];
}

export interface LocalRunResult {
  source: string;
  passed: boolean;
  counts: Record<LocalStatus, number>;
  context: { branch: string | undefined; tag: string | undefined; event: string };
  durationMs: number;
  /** In the order the jobs finished. */
  jobs: LocalJobResult[];
}

export type LocalRunEvent = { type: 'start'; job: PlanJob; matrix: Record<string, string> } | { type: 'finish'; result: LocalJobResult };

export interface LocalRunOptions {
  /** Directory the commands run in (default: process.cwd(); for runPipelineFile the repository root). */
  workdir?: string;
  /** Branch conditions are evaluated against (default: the checked-out git branch). */
  branch?: string;
  tag?: string;
  /** Event conditions are evaluated against (default: push). */
  event?: string;
  /** How many commands run at once (default: the number of CPUs). */
  concurrency?: number;
  /** Extra environment for every command. */
  env?: Record<string, string>;
  /** Bytes of output kept per instance (default 4000). */
  outputTail?: number;
  onEvent?: (event: LocalRunEvent) => void;
  signal?: AbortSignal;
}

function matrixInstances(matrix: Record<string, Scalar[]> | undefined): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [key, values] of Object.entries(matrix ?? {})) {
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [key]: String(v) })));
  }
  return out;
}

async function currentBranch(cwd: string): Promise<string | undefined> {
  try {
    const r = await runProcess('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd, timeoutMs: 10_000 });
    const name = r.stdout.trim();
    return r.exitCode === 0 && name !== '' && name !== 'HEAD' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** A simple counting semaphore for the concurrency limit. */
function limiter(max: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((r) => queue.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

/**
 * Runs a planned pipeline on this machine: each job starts as soon as every job it waits for has
 * finished (parallel where the definition allows it, up to `concurrency` commands at once), matrix
 * instances run side by side, mock nodes are reported as mocked and not run, a job whose condition
 * is false or whose prerequisite failed or was skipped is skipped. A failure is a result (`passed: false`).
 */
export async function runPlan(plan: PipelinePlan, source: string, options: LocalRunOptions = {}): Promise<LocalRunResult> {
  const started = performance.now();
  const cwd = options.workdir ?? process.cwd();
  const branch = options.branch ?? (options.tag ? undefined : await currentBranch(cwd));
  const event = options.event ?? 'push';
  const baseEnv: Record<string, string | undefined> = { ...process.env, ...plan.env, ...options.env };
  const ctx: ConditionContext = { branch, tag: options.tag, event, env: baseEnv };
  const limit = limiter(Math.max(1, options.concurrency ?? availableParallelism()));
  const tail = options.outputTail ?? 4000;
  const results = new Map<string, Promise<LocalJobResult>>();
  const finished: LocalJobResult[] = [];
  const byId = new Map(plan.jobs.map((j) => [j.id, j]));

  const runInstance = async (job: PlanJob, matrix: Record<string, string>): Promise<LocalInstanceResult> => {
    const t0 = performance.now();
    let output = '';
    const env = { ...baseEnv, ...job.env, ...matrix };
    for (const command of job.commands) {
      if (options.signal?.aborted) break;
      const r = await limit(async () => {
        options.onEvent?.({ type: 'start', job, matrix });
        // As on the CI services: the command is a script for bash (sh without bash), stopping at the first failing line.
        return runProcess(SHELL, ['-e', '-c', command], {
          cwd,
          env,
          timeoutMs: job.timeout !== undefined ? job.timeout * 60_000 : undefined,
          maxOutputBytes: Math.max(tail, 1024) * 4,
          signal: options.signal,
        });
      });
      output = `${output}${r.stdout}${r.stderr}`.slice(-tail);
      if (r.exitCode !== 0 || r.timedOut) {
        return {
          matrix,
          status: 'failed',
          exitCode: r.exitCode,
          timedOut: r.timedOut,
          durationMs: Math.round(performance.now() - t0),
          failedCommand: command,
          output,
        };
      }
    }
    return { matrix, status: 'passed', exitCode: 0, timedOut: false, durationMs: Math.round(performance.now() - t0), output };
  };

  const runJob = async (job: PlanJob): Promise<LocalJobResult> => {
    const deps = await Promise.all(job.needs.map((id) => results.get(id) as Promise<LocalJobResult>));
    const t0 = performance.now();
    const base = { id: job.id, name: job.name, stage: job.stage, strategy: job.strategy };
    const blocked = deps.find((d) => d.status === 'failed' || d.status === 'skipped');
    let result: LocalJobResult;
    if (blocked) {
      result = { ...base, status: 'skipped', reason: `${blocked.id} ${blocked.status}`, durationMs: 0, instances: [] };
    } else if (job.strategy === 'mock') {
      result = { ...base, status: 'mocked', reason: 'mock node: command not run', durationMs: 0, instances: [] };
    } else if (!evaluateCondition(job.condition, ctx)) {
      result =
        job.strategy === 'conditional'
          ? { ...base, status: 'mocked', reason: 'condition false: command not run', durationMs: 0, instances: [] }
          : { ...base, status: 'skipped', reason: 'condition false', durationMs: 0, instances: [] };
    } else {
      const instances = await Promise.all(matrixInstances(job.matrix).map((m) => runInstance(job, m)));
      const failed = instances.some((i) => i.status === 'failed');
      result = { ...base, status: failed ? 'failed' : 'passed', durationMs: Math.round(performance.now() - t0), instances };
    }
    finished.push(result);
    options.onEvent?.({ type: 'finish', result });
    return result;
  };

  // Jobs are in dependency order, so every job's prerequisites are registered before it.
  for (const job of plan.jobs) {
    for (const need of job.needs) if (!byId.has(need)) throw new Error(`job ${job.id} needs unknown job ${need}`);
    results.set(job.id, runJob(job));
  }
  await Promise.all(results.values());
  const counts: Record<LocalStatus, number> = { passed: 0, failed: 0, mocked: 0, skipped: 0 };
  for (const r of finished) counts[r.status]++;
  return {
    source,
    passed: counts.failed === 0,
    counts,
    context: { branch, tag: options.tag, event },
    durationMs: Math.round(performance.now() - started),
    jobs: finished,
  };
}

/** Validates a pipeline file and runs it locally (see runPlan). */
export async function runPipelineFile(
  file: string | undefined,
  options: LocalRunOptions & PipelineFileOptions = {},
): Promise<LocalRunResult> {
  const loaded = loadPipelineFile(file, options);
  const result = await runPlan(loaded.plan, loaded.source, { ...options, workdir: options.workdir ?? options.root ?? options.cwd });
  // A cancelled run is not a result: its killed commands would read as failures.
  throwIfCancelled(options.signal, 'ci run-local');
  return result;
}
