import type { Agent, AgentUsage } from '@ce/agents';
import { fixLevel1, type PlannedCommand } from '@ce/validate';
import { describeFailure, failureSignature, firstProblem, gateRunOf, runGateCommands, type GateRun } from './gate-run.js';
import { missingTool } from './missing-tool.js';
import type { ChangeFinding, ExecuteEvent, GateAttempt, GateOutcome } from './types.js';

/** One gate of an execution and how it may be healed. */
export interface GateSpec {
  /** `task-2:validation`, `task-2:L1`, `L3`. */
  gate: string;
  level: 0 | 1 | 2 | 3;
  commands: PlannedCommand[];
  /** Level 1: the project's deterministic fixers run before the agent is asked. */
  fixers: boolean;
}

export interface HealContext {
  root: string;
  prp: string;
  timeoutMs: number;
  /** At most this many failures with the same signature (default 3). */
  maxAttempts: number;
  /** Null with `--agent none`: a failed gate is handed back to the person. */
  agent: Agent | null;
  agentContext: string;
  /** Inspects the changes after an agent's fix; anything found refuses the fix. */
  inspect: () => Promise<ChangeFinding[]>;
  onEvent: (event: ExecuteEvent) => void;
  onAgentUsage: (purpose: string, usage: AgentUsage, changedFiles: string[]) => void;
  /** Kills the running command or agent; the gate stops without healing (the caller throws `cancelled`). */
  signal?: AbortSignal | undefined;
}

/**
 * Runs a gate and heals it: the deterministic fixers first (level 1), then the agent with the
 * parsed diagnostics, re-running after each. It stops when the gate passes; escalates when the same
 * failure comes back `maxAttempts` times, when the output cannot be parsed, when a fix changes
 * nothing, or when a fix deletes or skips a test, disables a check or adds anything else a person
 * must see (that fix is refused, never counted as healed). Without an agent a failure is returned.
 */
export async function healGate(spec: GateSpec, ctx: HealContext): Promise<GateOutcome> {
  const outcome: GateOutcome = {
    gate: spec.gate,
    level: spec.level,
    passed: false,
    empty: spec.commands.length === 0,
    attempts: [],
    diagnostics: [],
  };
  if (outcome.empty) return { ...outcome, passed: true };
  const seen = new Map<string, number>();
  const fixersTried = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const { run, fixed, healedRun } = await runOnce(spec, ctx);
    // Killed commands are not a failure to heal: the caller sees the abort and throws `cancelled`.
    if (ctx.signal?.aborted) return outcome;
    if (healedRun) {
      // The gate failed and the fixers changed something before it ran again: that failed run is an attempt.
      outcome.attempts.push({ ...healedRun, attempt });
      ctx.onEvent({ type: 'gate', gate: spec.gate, attempt, passed: false });
      ctx.onEvent({ type: 'fixers', gate: spec.gate, fixed });
      attempt++;
    }
    const signature = run.passed ? undefined : failureSignature(run);
    const record: GateAttempt = { attempt, passed: run.passed, diagnostics: run.diagnostics.length, durationMs: run.durationMs };
    if (signature) record.signature = signature;
    const problem = run.passed ? undefined : firstProblem(run);
    if (problem) record.problem = problem;
    outcome.attempts.push(record);
    outcome.diagnostics = run.diagnostics;
    ctx.onEvent({ type: 'gate', gate: spec.gate, attempt, passed: run.passed });
    if (run.passed) return { ...outcome, passed: true };
    if (!spec.fixers && !fixersTried.has(signature as string) && run.diagnostics.some((d) => STYLE_TOOLS.has(d.tool))) {
      // A style problem surfaced by another gate (a task's `npm run lint`): the project's fixers first.
      fixersTried.add(signature as string);
      const fixed = await styleFixers(ctx);
      if (fixed.length > 0) {
        record.healedBy = 'fixers';
        ctx.onEvent({ type: 'fixers', gate: spec.gate, fixed });
        continue;
      }
    }
    if (!ctx.agent) return outcome;
    const missing = missingTool(run);
    if (missing)
      return escalated(
        outcome,
        'tool-missing',
        `${spec.gate} cannot pass here: \`${missing.command}\` needs ${missing.program}, which is not installed (install it and run the gate again, or set the level's commands in .ce/config.yml):\n${describeFailure(run)}`,
      );
    const count = (seen.get(signature as string) ?? 0) + 1;
    seen.set(signature as string, count);
    if (run.unparsed.length > 0 && run.diagnostics.length === 0)
      return escalated(
        outcome,
        'unparsed-diagnostics',
        `${spec.gate} failed and its output names nothing ce can parse:\n${describeFailure(run)}`,
      );
    if (count >= ctx.maxAttempts)
      return escalated(outcome, 'repeated-failure', `${spec.gate} failed the same way ${count} times:\n${describeFailure(run)}`);
    record.healedBy = 'agent';
    const stop = await agentFix(spec, run, attempt, ctx);
    if (stop) return { ...outcome, escalation: { ...stop, diagnostics: run.diagnostics } };
  }
}

/** Tools whose findings the project's deterministic fixers can repair. */
const STYLE_TOOLS = new Set(['prettier', 'eslint', 'ruff', 'go', 'cargo']);

/** The level-1 fixers (eslint --fix, prettier --write, ruff, gofmt, cargo fmt) on what level 1 reports. */
async function styleFixers(ctx: HealContext): Promise<string[]> {
  const fix = await fixLevel1({ root: ctx.root, prp: ctx.prp, maxAttempts: 2, timeoutMs: ctx.timeoutMs, signal: ctx.signal });
  return fix.fixed.map((f) => `${f.fixer}: ${f.files.join(', ')}`);
}

/** One run of the gate; with fixers, a failed run the fixers changed something after is run again. */
async function runOnce(spec: GateSpec, ctx: HealContext): Promise<{ run: GateRun; fixed: string[]; healedRun?: GateAttempt }> {
  if (!spec.fixers) return { run: await runGateCommands(ctx.root, spec.commands, ctx.timeoutMs, ctx.signal), fixed: [] };
  const started = performance.now();
  const fix = await fixLevel1({ root: ctx.root, prp: ctx.prp, maxAttempts: 2, timeoutMs: ctx.timeoutMs, signal: ctx.signal });
  const fixed = fix.fixed.map((f) => `${f.fixer}: ${f.files.join(', ')}`);
  const run = gateRunOf(fix.gate.commands, performance.now() - started);
  if (fix.attempts < 2 || fixed.length === 0) return { run, fixed };
  const first = fix.resolved[0];
  const healedRun: GateAttempt = { attempt: 0, passed: false, diagnostics: fix.resolved.length, healedBy: 'fixers', durationMs: 0 };
  if (first)
    healedRun.problem = `${first.file}${first.line ? `:${first.line}` : ''} ${first.tool}${first.rule ? ` ${first.rule}` : ''}: ${first.message}`;
  return { run, fixed, healedRun };
}

async function agentFix(
  spec: GateSpec,
  run: GateRun,
  attempt: number,
  ctx: HealContext,
): Promise<Omit<NonNullable<GateOutcome['escalation']>, 'diagnostics'> | undefined> {
  ctx.onEvent({ type: 'agent', task: spec.gate, purpose: 'fix', attempt });
  const files = [...new Set(run.diagnostics.map((d) => d.file).filter(Boolean))];
  const result = await (ctx.agent as Agent).implement(
    {
      id: `fix ${spec.gate}`,
      title: `Make ${spec.gate} pass (attempt ${attempt})`,
      description: `These checks failed:\n\n${describeFailure(run)}\n\nFix the code. Do not delete, skip or weaken tests, and do not disable lint rules or type checks.`,
      files,
    },
    { root: ctx.root, context: ctx.agentContext, ...(ctx.signal ? { signal: ctx.signal } : {}) },
  );
  if (!result.ok) return { trigger: 'no-change', message: result.message, findings: [] };
  ctx.onAgentUsage(`fix ${spec.gate}`, result.usage, result.changedFiles);
  if (result.changedFiles.length === 0)
    return { trigger: 'no-change', message: `the fix attempt for ${spec.gate} changed nothing, and the gate still fails`, findings: [] };
  const findings = await ctx.inspect();
  if (findings.length > 0) {
    const first = findings[0] as ChangeFinding;
    return { trigger: first.trigger, message: `the fix attempt for ${spec.gate} was refused: ${first.message} (${first.file})`, findings };
  }
  return undefined;
}

function escalated(
  outcome: GateOutcome,
  trigger: 'unparsed-diagnostics' | 'repeated-failure' | 'tool-missing',
  message: string,
): GateOutcome {
  return { ...outcome, escalation: { trigger, message, findings: [], diagnostics: outcome.diagnostics } };
}
