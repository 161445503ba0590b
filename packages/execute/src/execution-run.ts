import { relative } from 'node:path';
import type { Agent, AgentUsage } from '@ce/agents';
import { throwIfCancelled, type Logger, type Prp } from '@ce/core';
import { createCheckpoint } from '@ce/state';
import type { ValidationPlan } from '@ce/validate';
import { changesSince } from './changed-lines.js';
import { inspectChanges } from './change-guard.js';
import { decisionHint, writeEscalationReport } from './escalation-report.js';
import { writeExecutionState, type ExecutionState } from './execution-state.js';
import { recordPrpProgress } from './prp-progress.js';
import type { ChangeFinding, Escalation, ExecuteEvent, ExecuteResult, ExecuteStatus, GateOutcome } from './types.js';

export interface ExecutionRunInit {
  root: string;
  prp: Prp;
  prpFile: string;
  state: ExecutionState;
  plan: ValidationPlan;
  timeoutMs: number;
  maxAttempts: number;
  agent: Agent | null;
  logger: Logger;
  runLog: string;
  onEvent: (event: ExecuteEvent) => void;
  signal?: AbortSignal | undefined;
}

/** One execution while it runs: its saved state, its log, and the steps every phase shares. */
export class ExecutionRun {
  readonly root: string;
  readonly prp: Prp;
  readonly prpFile: string;
  readonly prpPath: string;
  readonly state: ExecutionState;
  readonly plan: ValidationPlan;
  readonly timeoutMs: number;
  readonly maxAttempts: number;
  readonly agent: Agent | null;
  readonly logger: Logger;
  readonly runLog: string;
  readonly onEvent: (event: ExecuteEvent) => void;
  /** Cancels the execution: passed to the agent and every gate command. */
  readonly signal: AbortSignal | undefined;

  constructor(init: ExecutionRunInit) {
    this.root = init.root;
    this.prp = init.prp;
    this.prpFile = init.prpFile;
    this.prpPath = relative(init.root, init.prpFile);
    this.state = init.state;
    this.plan = init.plan;
    this.timeoutMs = init.timeoutMs;
    this.maxAttempts = init.maxAttempts;
    this.agent = init.agent;
    this.logger = init.logger;
    this.runLog = init.runLog;
    this.onEvent = init.onEvent;
    this.signal = init.signal;
  }

  /** Throws `cancelled` once the signal has aborted: a killed command or agent is not a result. */
  throwIfCancelled(): void {
    throwIfCancelled(this.signal, `the execution of ${this.prpId}`);
  }

  get prpId(): string {
    return this.state.prpId;
  }

  save(): void {
    writeExecutionState(this.root, this.state);
  }

  /** Files the PRP's tasks name: changes to them (dependency manifests included) were asked for. */
  expectedFiles(): string[] {
    return this.prp.tasks.flatMap((t) => t.files.map((f) => f.path));
  }

  /** Change findings since the base that no person has accepted yet. */
  async inspect(): Promise<ChangeFinding[]> {
    const findings = await inspectChanges({
      root: this.root,
      base: this.state.baseCommit,
      expectedFiles: this.expectedFiles(),
      exclude: [this.prpPath],
    });
    return findings.filter((f) => !this.state.acceptedFindings.includes(f.key));
  }

  /** A checkpoint of the working tree; its tag and the files touched so far go into the PRP header. */
  async checkpoint(phase: string, message: string): Promise<void> {
    const created = await createCheckpoint(this.root, this.prpId, phase, message);
    this.state.checkpoints.push(created.tag);
    this.save();
    this.onEvent({ type: 'checkpoint', tag: created.tag });
    this.logger.info('checkpoint', { phase, tag: created.tag });
    await recordPrpProgress(this.root, this.prpFile, { checkpoints: this.state.checkpoints, filesTouched: await this.filesTouched() });
  }

  async filesTouched(): Promise<string[]> {
    return (await changesSince(this.root, this.state.baseCommit, [this.prpPath])).map((c) => c.path);
  }

  logGate(task: string, outcome: GateOutcome): void {
    this.logger.info('gate', {
      task,
      gate: outcome.gate,
      validationLevel: outcome.level,
      passed: outcome.passed,
      empty: outcome.empty,
      attempts: outcome.attempts,
      diagnostics: outcome.diagnostics.slice(0, 50),
      ...(outcome.escalation ? { escalation: outcome.escalation.trigger } : {}),
    });
  }

  logAgent(task: string, purpose: string, usage: AgentUsage, changedFiles: string[]): void {
    this.logger.info('agent', { task, purpose, agent: this.agent?.label ?? 'none', usage, changedFiles });
  }

  /** Stops for a person: the report is written, the state remembers what is pending. */
  async escalate(step: string, input: Omit<Escalation, 'report' | 'hint' | 'step'>): Promise<ExecuteResult> {
    const report = writeEscalationReport(this.root, {
      runId: this.state.runId,
      prpId: this.prpId,
      prpPath: this.prpPath,
      escalation: { ...input, step },
    });
    const escalation: Escalation = { ...input, step, report, hint: decisionHint(this.prpPath) };
    this.state.escalation = escalation;
    this.save();
    this.onEvent({ type: 'escalated', trigger: escalation.trigger, message: escalation.message });
    this.logger.info('escalated', { step, trigger: escalation.trigger, report, findings: escalation.findings.length });
    return this.result('escalated');
  }

  async result(status: ExecuteStatus, extra: Partial<ExecuteResult> = {}): Promise<ExecuteResult> {
    const exitCode = status === 'escalated' ? 3 : status === 'gate-failed' || status === 'rejected' ? 1 : 0;
    return {
      runId: this.state.runId,
      prpId: this.prpId,
      prp: this.prpPath,
      status,
      exitCode,
      agent: this.state.agent,
      tasks: this.state.outcomes,
      final: this.state.final,
      checkpoints: this.state.checkpoints,
      filesTouched: await this.filesTouched(),
      ...(this.state.escalation ? { escalation: this.state.escalation } : {}),
      runLog: this.runLog,
      ...extra,
    };
  }
}
