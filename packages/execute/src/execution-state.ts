import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPrpId, cePaths, UsageError, writeFileAtomic } from '@ce/core';
import type { Escalation, GateOutcome, TaskOutcome } from './types.js';

/**
 * Where an execution stands, saved after every step so that an interrupted run (even SIGKILL)
 * resumes with `--continue` at the step it was in: `.ce/state/execute/<prp-id>.json` (not committed).
 */
export interface ExecutionState {
  version: 1;
  prpId: string;
  prp: string;
  runId: string;
  agent: string;
  /** The snapshot commit of the working tree when the execution started: changes are inspected against it. */
  baseCommit: string;
  startedAt: string;
  /** Index into the PRP's tasks of the task in progress (tasks.length = the final gates). */
  taskIndex: number;
  /** `implement`: the agent (or a person) has yet to do the task; `gates`: validate what was done. */
  step: 'implement' | 'gates' | 'final' | 'done';
  /** With --agent none: the task a person was asked to implement. */
  awaiting?: string;
  outcomes: TaskOutcome[];
  final: GateOutcome[];
  checkpoints: string[];
  /** Keys of change findings a person accepted (`--decision accept`). */
  acceptedFindings: string[];
  /** Gates a person accepted as they are after an escalation. */
  acceptedGates: string[];
  escalation?: Escalation;
  /** A person's answer to a drift escalation, used by level 4 when it runs again. */
  driftDecision?: { decision: 'accept' | 'reject'; reason: string };
  /** Set when a person rejected the escalated work. */
  rejected?: { reason: string; date: string };
}

export function executionStateFile(root: string, prpId: string): string {
  assertPrpId(prpId);
  return join(cePaths(root).state, 'execute', `${prpId}.json`);
}

export function readExecutionState(root: string, prpId: string): ExecutionState | undefined {
  const file = executionStateFile(root, prpId);
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as ExecutionState;
    if (state.version !== 1) throw new Error(`version ${String(state.version)}`);
    return state;
  } catch (error) {
    throw new UsageError('execution-state', `cannot read the execution state: ${(error as Error).message}`, {
      file,
      hint: `delete it to start ${prpId} over`,
    });
  }
}

export function writeExecutionState(root: string, state: ExecutionState): void {
  writeFileAtomic(executionStateFile(root, state.prpId), `${JSON.stringify(state, null, 2)}\n`);
}
