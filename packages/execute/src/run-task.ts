import type { PrpTask } from '@ce/core';
import type { ExecutionRun } from './execution-run.js';
import { healGate, type GateSpec, type HealContext } from './heal-gate.js';
import { taskGates } from './gate-specs.js';
import { agentContext, agentTask, taskBrief } from './task-brief.js';
import type { ExecuteResult, GateOutcome, TaskOutcome } from './types.js';

/**
 * One task: the agent implements it (or, with `--agent none`, a person is asked to and ce stops),
 * then its gates run with self-healing; a checkpoint when they pass. Returns a result when the
 * execution must stop (awaiting a person, a failed gate, an escalation), nothing to go on.
 */
export async function runTask(run: ExecutionRun, task: PrpTask): Promise<ExecuteResult | undefined> {
  const { state } = run;
  if (state.step === 'implement') {
    const stop = await implement(run, task);
    if (stop) return stop;
  }
  const outcome = taskOutcome(run, task);
  const findings = await run.inspect();
  if (findings.length > 0) {
    const first = findings[0] as (typeof findings)[number];
    return run.escalate(`task-${task.id}`, {
      trigger: first.trigger,
      message: `Task ${task.id}: ${first.message} (${first.file}${first.line ? `:${first.line}` : ''})`,
      findings,
      diagnostics: [],
    });
  }
  for (const spec of taskGates(task, run.plan)) {
    const gate = await runGate(run, spec, `task-${task.id}`);
    upsertGate(outcome, gate);
    run.save();
    if (gate.escalation) return run.escalate(`task-${task.id}`, gate.escalation);
    if (!gate.passed && !gate.accepted) return run.result('gate-failed');
  }
  await run.checkpoint(`task-${task.id}`, `Task ${task.id}: ${task.title} — gates passed`);
  outcome.passed = true;
  state.taskIndex++;
  state.step = 'implement';
  run.save();
  return undefined;
}

async function implement(run: ExecutionRun, task: PrpTask): Promise<ExecuteResult | undefined> {
  const { state } = run;
  run.onEvent({ type: 'task-start', task: task.id, title: task.title, index: state.taskIndex, total: run.prp.tasks.length });
  let implementedBy: TaskOutcome['implementedBy'] = 'agent';
  if (!run.agent) {
    if (state.awaiting !== task.id) {
      state.awaiting = task.id;
      run.save();
      run.logger.info('awaiting', { task: task.id });
      return run.result('awaiting-implementation', { task: taskBrief(task) });
    }
    implementedBy = 'outside';
  } else {
    run.onEvent({ type: 'agent', task: task.id, purpose: 'implement', attempt: 1 });
    const result = await run.agent.implement(agentTask(run.prp, task), {
      root: run.root,
      context: agentContext(run.prp),
      ...(run.signal ? { signal: run.signal } : {}),
    });
    run.throwIfCancelled();
    if (result.ok) run.logAgent(`task-${task.id}`, 'implement', result.usage, result.changedFiles);
  }
  delete state.awaiting;
  state.outcomes = state.outcomes.filter((o) => o.number !== task.id);
  state.outcomes.push({ number: task.id, title: task.title, implementedBy, gates: [], passed: false });
  state.step = 'gates';
  run.save();
  run.logger.info('task-implemented', { task: task.id, implementedBy });
  return undefined;
}

/** A gate with self-healing, unless a person accepted it as it is after an escalation. */
export async function runGate(run: ExecutionRun, spec: GateSpec, step: string): Promise<GateOutcome> {
  if (run.state.acceptedGates.includes(spec.gate)) {
    return { gate: spec.gate, level: spec.level, passed: false, empty: false, attempts: [], diagnostics: [], accepted: true };
  }
  const ctx: HealContext = {
    root: run.root,
    prp: run.prpFile,
    timeoutMs: run.timeoutMs,
    maxAttempts: run.maxAttempts,
    agent: run.agent,
    agentContext: agentContext(run.prp),
    inspect: () => run.inspect(),
    onEvent: run.onEvent,
    signal: run.signal,
    onAgentUsage: (purpose, usage, changed) => run.logAgent(step, purpose, usage, changed),
  };
  const outcome = await healGate(spec, ctx);
  run.throwIfCancelled();
  run.logGate(step, outcome);
  return outcome;
}

function taskOutcome(run: ExecutionRun, task: PrpTask): TaskOutcome {
  const found = run.state.outcomes.find((o) => o.number === task.id);
  if (found) return found;
  const created: TaskOutcome = { number: task.id, title: task.title, implementedBy: 'outside', gates: [], passed: false };
  run.state.outcomes.push(created);
  return created;
}

function upsertGate(outcome: TaskOutcome, gate: GateOutcome): void {
  outcome.gates = [...outcome.gates.filter((g) => g.gate !== gate.gate), gate];
}
