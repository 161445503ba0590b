import { existsSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { ADAPTER_NAMES, loadAgent, type AdapterName, type Agent } from '@ce/agents';
import { excerpt, isoNow, loadConfig, readPrp, removeDeadTemps, resolveInRepo, UsageError, type Prp } from '@ce/core';
import { createCheckpoint, startPrp } from '@ce/state';
import { explainPlan, NotAllowedError, unallowedCommands } from '@ce/validate';
import { applyDecision, type HumanDecision } from './apply-decision.js';
import { ExecutionRun } from './execution-run.js';
import { executionStateFile, readExecutionState, writeExecutionState, type ExecutionState } from './execution-state.js';
import { runFinalGates } from './final-gates.js';
import { recordPrpProgress } from './prp-progress.js';
import { newRunId, openRunLog } from './run-log.js';
import { runTask } from './run-task.js';
import { taskBrief } from './task-brief.js';
import type { ExecuteEvent, ExecuteResult } from './types.js';

export interface ExecuteOptions {
  root: string;
  /** The PRP file (repository-relative or absolute, inside the repository). */
  prp: string;
  /** An adapter name, or `none` (a person or an outside agent implements; ce referees). Default: `agents.adapter`. */
  agent?: string;
  /** Start at this task (earlier ones count as done). */
  fromTask?: string;
  /** Resume the execution where it stopped (after an interruption, a person's work or a decision). */
  continue?: boolean;
  /** Show the tasks and commands without running anything. */
  dryRun?: boolean;
  /** A person's answer to an escalation (with `continue`). */
  decision?: HumanDecision;
  env?: NodeJS.ProcessEnv;
  onEvent?: (event: ExecuteEvent) => void;
  /** Cancels: the agent and gate commands running are killed; the saved state resumes with `continue`. */
  signal?: AbortSignal;
}

/**
 * `ce execute`: runs a PRP's tasks through an agent behind the validation gates, with
 * self-healing, checkpoints and escalation (DESIGN.md). Every step is saved, so an interrupted run
 * resumes with `continue` where it stopped. A stop for a person is a result (`status`,
 * `exitCode` 3 with a report), never an exception; bad input is a UsageError.
 */
export async function executePrp(options: ExecuteOptions): Promise<ExecuteResult> {
  const { root } = options;
  const prpFile = resolveInRepo(root, options.prp, 'PRP');
  if (!existsSync(prpFile))
    throw new UsageError('prp-not-found', `${options.prp}: PRP file not found`, { hint: 'give the path of a PRP file' });
  const prp = readPrp(prpFile);
  const prpId = requirePrpId(prp, options.prp);
  if (prp.tasks.length === 0)
    throw new UsageError('prp-no-tasks', 'the Implementation Blueprint has no tasks (Task N: or ### Phase N:)', { file: options.prp });
  assertTaskFilesInRepo(root, prp, options.prp);
  if (options.decision && !options.decision.reason.trim())
    throw new UsageError('decision-needs-reason', 'a decision needs a reason', { hint: 'say why: it is recorded with the decision' });
  if (options.decision && !options.continue)
    throw new UsageError('decision-needs-continue', '--decision answers an escalation of a running execution', { hint: 'add --continue' });
  if (options.agent !== undefined && !(ADAPTER_NAMES as readonly string[]).includes(options.agent))
    throw new UsageError('unknown-agent', `there is no agent adapter "${options.agent}"`, {
      hint: `use one of: ${ADAPTER_NAMES.join(', ')}`,
    });
  const { config } = loadConfig(root, options.env ?? process.env);
  const { plan } = explainPlan({ root, prp: prpFile });
  const unallowed = unallowedCommands({ root, prp: prpFile, commands: commandsToRun(prp, plan) });
  if (options.dryRun) return dryRun(root, prp, prpFile, plan, options.agent ?? config.agents.adapter, unallowed);
  // Nothing runs, not even the agent, until a person has allowed the PRP's own commands.
  if (unallowed.length > 0) throw new NotAllowedError(unallowed, relative(root, prpFile));
  // A run killed mid-write leaves temp files beside the PRP and the execution state: the change
  // guard would see them as the agent's work.
  removeDeadTemps(dirname(prpFile), basename(prpFile));
  removeDeadTemps(dirname(executionStateFile(root, prpId)));
  const state = options.continue
    ? requireState(root, prpId, options.prp)
    : freshState(root, prp, prpFile, prpId, options, config.agents.adapter);
  // A run killed before its start checkpoint existed starts again from there.
  if (!state.baseCommit) await beginExecution(root, prp, prpFile, state, options.fromTask);
  if (options.agent) state.agent = options.agent;
  const { logger, file } = openRunLog(root, state.runId, prpId);
  const agent = createAgent(root, state.agent, options.env);
  const run = new ExecutionRun({
    root,
    prp,
    prpFile,
    state,
    plan,
    timeoutMs: config.validation.timeoutMs,
    maxAttempts: config.validation.maxAttempts,
    agent,
    logger,
    runLog: file,
    onEvent: options.onEvent ?? (() => undefined),
    signal: options.signal,
  });
  if (state.escalation) {
    const stop = await applyDecision(run, options.decision);
    if (stop) return stop;
  }
  if (state.step === 'done') return run.result(state.rejected ? 'rejected' : 'completed');
  return drive(run);
}

async function drive(run: ExecutionRun): Promise<ExecuteResult> {
  const { state } = run;
  for (let index = state.taskIndex; index < run.prp.tasks.length; index = state.taskIndex) {
    run.throwIfCancelled();
    const stop = await runTask(run, run.prp.tasks[index] as Prp['tasks'][number]);
    if (stop) return stop;
  }
  return runFinalGates(run);
}

/** Every command an execution may run: levels 1–3 and each task's own validation commands. */
function commandsToRun(prp: Prp, plan: ReturnType<typeof explainPlan>['plan']): string[] {
  const levels = (['1', '2', '3'] as const).flatMap((level) => plan.levels[level].map((c) => c.command));
  return [...new Set([...levels, ...prp.tasks.flatMap((t) => t.validation)])];
}

function requirePrpId(prp: Prp, given: string): string {
  if (!prp.id)
    throw new UsageError('prp-no-id', 'the PRP has no prp_id and its file name does not start with PRP-N', {
      file: given,
      hint: 'add prp_id: PRP-N to the header',
    });
  return prp.id;
}

function requireState(root: string, prpId: string, given: string): ExecutionState {
  const state = readExecutionState(root, prpId);
  if (!state)
    throw new UsageError('nothing-to-continue', `${prpId} has no execution to continue`, { hint: `start it with ce execute ${given}` });
  return state;
}

/**
 * The state of a new execution, saved before anything else happens, so that a run killed at any
 * later moment is resumed by `continue` (its start checkpoint is taken by beginExecution).
 */
function freshState(
  root: string,
  prp: Prp,
  prpFile: string,
  prpId: string,
  options: ExecuteOptions,
  configured: AdapterName,
): ExecutionState {
  const existing = readExecutionState(root, prpId);
  if (existing && existing.step !== 'done' && options.fromTask === undefined)
    throw new UsageError('execution-in-progress', `${prpId} has an execution in progress (${existing.runId})`, {
      hint: `resume it with ce execute ${options.prp} --continue, or start again from a task with --from-task N`,
    });
  const taskIndex = options.fromTask === undefined ? 0 : prp.tasks.findIndex((t) => t.id === options.fromTask);
  if (taskIndex < 0)
    throw new UsageError('no-such-task', `there is no Task ${options.fromTask}`, {
      file: options.prp,
      hint: `tasks: ${prp.tasks.map((t) => t.id).join(', ')}`,
    });
  const state: ExecutionState = {
    version: 1,
    prpId,
    prp: prpFile,
    runId: newRunId(prpId),
    agent: options.agent ?? configured,
    // Empty until the start checkpoint exists (beginExecution).
    baseCommit: '',
    startedAt: isoNow(),
    taskIndex,
    step: 'implement',
    outcomes: prp.tasks
      .slice(0, taskIndex)
      .map((t) => ({ number: t.id, title: t.title, implementedBy: 'skipped' as const, gates: [], passed: true })),
    final: [],
    checkpoints: [],
    acceptedFindings: [],
    acceptedGates: [],
  };
  writeExecutionState(root, state);
  return state;
}

/** Starts the PRP's session and takes the start checkpoint the agent's changes are compared with. */
async function beginExecution(root: string, prp: Prp, prpFile: string, state: ExecutionState, fromTask: string | undefined): Promise<void> {
  const { prpId } = state;
  await startPrp(root, prpId);
  // The working tree as it is now (uncommitted work included) is what the agent's changes are compared with.
  const start = await createCheckpoint(root, prpId, 'start', `${prpId}: before execution`);
  state.baseCommit = start.commit;
  state.checkpoints = [start.tag];
  writeExecutionState(root, state);
  openRunLog(root, state.runId, prpId).logger.info('run-start', { agent: state.agent, tasks: prp.tasks.length, fromTask });
  await recordPrpProgress(root, prpFile, { status: 'in-progress' });
}

function createAgent(root: string, name: string, env: NodeJS.ProcessEnv | undefined): Agent | null {
  if (name === 'none') return null;
  const agent = loadAgent(root, { adapter: name as AdapterName, ...(env ? { env } : {}) });
  return agent.adapter === 'none' ? null : agent;
}

function dryRun(
  root: string,
  prp: Prp,
  prpFile: string,
  plan: ReturnType<typeof explainPlan>['plan'],
  agent: string,
  unallowed: string[],
): ExecuteResult {
  const commands = (level: '1' | '2' | '3') => plan.levels[level].map((c) => c.command);
  return {
    runId: '',
    prpId: prp.id ?? '',
    prp: relative(root, prpFile),
    status: 'planned',
    exitCode: 0,
    agent,
    tasks: [],
    final: [],
    checkpoints: [],
    filesTouched: [],
    runLog: '',
    plan: { tasks: prp.tasks.map(taskBrief), commands: { '1': commands('1'), '2': commands('2'), '3': commands('3') }, unallowed },
  };
}

/**
 * A task that names a file outside the repository (`../x`, `/etc/hosts`, a symlink leading out) is
 * bad input: refused before anything runs, naming the PRP, the task and the path.
 */
function assertTaskFilesInRepo(root: string, prp: Prp, prpPath: string): void {
  for (const task of prp.tasks)
    for (const file of task.files) {
      try {
        resolveInRepo(root, file.path);
      } catch {
        throw new UsageError('task-file-outside-repo', `${prpPath}: task ${task.id}: ${excerpt(file.path)} is outside the repository`, {
          hint: 'a task may name only files inside the repository',
        });
      }
    }
}
