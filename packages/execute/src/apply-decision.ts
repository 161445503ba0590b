import { isoNow } from '@ce/core';
import type { ExecutionRun } from './execution-run.js';
import type { ExecuteResult } from './types.js';

/** A person's answer to an escalation: go on with the work as it is, or stop. */
export interface HumanDecision {
  decision: 'accept' | 'reject';
  reason: string;
}

/**
 * Applies a person's decision to the pending escalation. Without one the escalation stands (the
 * same result again, exit 3). `reject` ends the execution (exit 1; nothing is undone); `accept`
 * records the reason and lets the execution go past what was escalated: the findings are accepted,
 * a gate that could not be healed counts as accepted (not passed), drift is recorded as accepted.
 */
export async function applyDecision(run: ExecutionRun, decision: HumanDecision | undefined): Promise<ExecuteResult | undefined> {
  const { state } = run;
  const escalation = state.escalation;
  if (!escalation) return undefined;
  if (!decision) return run.result('escalated');
  run.logger.info('decision', { trigger: escalation.trigger, step: escalation.step, decision: decision.decision, reason: decision.reason });
  delete state.escalation;
  if (decision.decision === 'reject') {
    state.rejected = { reason: decision.reason, date: isoNow() };
    state.step = 'done';
    run.save();
    run.logger.info('run-end', { status: 'rejected', startedAt: state.startedAt });
    return run.result('rejected');
  }
  state.acceptedFindings.push(...escalation.findings.map((f) => f.key));
  if (escalation.trigger === 'drift') state.driftDecision = { decision: 'accept', reason: decision.reason };
  else if (escalation.findings.length === 0) state.acceptedGates.push(...lastFailedGates(run));
  run.save();
  return undefined;
}

/** The gate that escalated: the last failed one of the step. */
function lastFailedGates(run: ExecutionRun): string[] {
  const gates = [...run.state.outcomes.flatMap((o) => o.gates), ...run.state.final];
  const failed = gates.filter((g) => !g.passed && g.escalation);
  return failed.length > 0 ? [(failed.at(-1) as (typeof failed)[number]).gate] : [];
}
