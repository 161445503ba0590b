import { CeError, runProcess, type PrpStatus } from '@ce/core';
import { autoSyncPost } from '@ce/context';
import { listCheckpoints } from '@ce/state';
import { recordConfidence, type LevelOutcome } from '@ce/validate';
import type { ExecutionRun } from './execution-run.js';
import { finalGate } from './gate-specs.js';
import { decideLevel4 } from './level4-decision.js';
import { recordPrpProgress } from './prp-progress.js';
import { runGate } from './run-task.js';
import type { ExecuteResult, GateOutcome } from './types.js';

/**
 * After the last task: level 3 with self-healing, level 4 through the drift decision flow,
 * confidence into the PRP header, the status, and the post-execution hook (cleanup, re-sync, final
 * checkpoint).
 */
export async function runFinalGates(run: ExecutionRun): Promise<ExecuteResult> {
  const { state } = run;
  state.step = 'final';
  run.save();
  if (!state.final.some((g) => g.gate === 'L3' && (g.passed || g.accepted))) {
    const l3 = await runGate(run, finalGate(run.plan), 'final');
    state.final = [...state.final.filter((g) => g.gate !== 'L3'), l3];
    run.save();
    if (l3.escalation) return run.escalate('final', l3.escalation);
    if (!l3.passed && !l3.accepted) return run.result('gate-failed');
    if (!l3.empty) await run.checkpoint('level-3', 'Level 3 (integration) passed');
  }
  const l4 = await level4(run);
  state.final = [...state.final.filter((g) => g.gate !== 'L4'), l4.gate];
  run.save();
  if (l4.halted) return run.escalate('final', { trigger: 'drift', message: l4.reason, findings: [], diagnostics: [] });
  if (!l4.gate.passed) return run.result('rejected');
  const confidence = await recordConfidence(run.root, run.prpFile, levelOutcomes(run, l4.gate));
  await recordPrpProgress(run.root, run.prpFile, { status: (confidence.score === 10 ? 'validated' : 'executed') as PrpStatus });
  await postExecution(run);
  state.step = 'done';
  run.save();
  run.logger.info('run-end', { status: 'completed', confidence: confidence.confidence, startedAt: state.startedAt });
  return run.result('completed', { confidence: confidence.confidence });
}

async function level4(run: ExecutionRun): Promise<{ gate: GateOutcome; halted: boolean; reason: string }> {
  const started = performance.now();
  try {
    const outcome = await decideLevel4({
      root: run.root,
      prp: run.prpFile,
      ...(run.state.driftDecision ? { decision: run.state.driftDecision } : {}),
    });
    const { resolution } = outcome.result;
    const gate: GateOutcome = {
      gate: 'L4',
      level: 4,
      passed: outcome.passed,
      empty: false,
      attempts: [
        {
          attempt: 1,
          passed: outcome.passed,
          diagnostics: outcome.result.findings.length,
          durationMs: Math.round(performance.now() - started),
        },
      ],
      diagnostics: [],
      drift: { score: outcome.result.driftScore, decision: resolution.decision },
    };
    run.logger.info('gate', {
      task: 'final',
      gate: 'L4',
      validationLevel: 4,
      passed: outcome.passed,
      driftScore: outcome.result.driftScore,
      decision: resolution.decision,
    });
    return { gate, halted: outcome.exitCode === 3, reason: `L4 drift ${outcome.result.driftScore}: ${resolution.reason}` };
  } catch (error) {
    // Nothing to compare (no EXAMPLES, no implementation files): level 4 is empty, not failed.
    if (error instanceof CeError && ['no-examples', 'no-implementation-files'].includes(error.code)) {
      const gate: GateOutcome = { gate: 'L4', level: 4, passed: true, empty: true, attempts: [], diagnostics: [] };
      run.logger.info('gate', { task: 'final', gate: 'L4', validationLevel: 4, passed: true, empty: true, reason: error.message });
      return { gate, halted: false, reason: '' };
    }
    throw error;
  }
}

/** Levels 1 and 2 passed when they passed after every task; attempts are the most any task needed. */
function levelOutcomes(run: ExecutionRun, l4: GateOutcome): LevelOutcome[] {
  const gates = run.state.outcomes.flatMap((o) => o.gates);
  const level = (n: 1 | 2 | 3, list: GateOutcome[]): LevelOutcome => ({
    level: n,
    passed: list.length > 0 && list.every((g) => g.passed),
    empty: run.plan.levels[String(n) as '1'].length === 0,
    attempts: Math.max(1, ...list.map((g) => g.attempts.length)),
  });
  return [
    level(
      1,
      gates.filter((g) => g.level === 1),
    ),
    level(
      2,
      gates.filter((g) => g.level === 2),
    ),
    level(
      3,
      run.state.final.filter((g) => g.level === 3),
    ),
    { level: 4, passed: l4.passed, empty: l4.empty, attempts: 1 },
  ];
}

/**
 * A run killed after its post-execution hook took the final checkpoint comes here again: that
 * checkpoint (a `final` one dated after this execution started) is deleted first, or the cleanup
 * would keep it as the latest in place of the last task's, and the execution would end with two.
 */
async function dropInterruptedFinal(run: ExecutionRun): Promise<void> {
  const since = Math.floor(Date.parse(run.state.startedAt) / 1000) * 1000;
  const stale = (await listCheckpoints(run.root, run.prpId)).filter((c) => c.phase === 'final' && Date.parse(c.date) >= since);
  if (stale.length > 0) await runProcess('git', ['tag', '-d', ...stale.map((c) => c.tag)], { cwd: run.root });
}

/** `context auto-sync --post`: cleanup, re-sync, final checkpoint; the header keeps the checkpoints that remain. */
async function postExecution(run: ExecutionRun): Promise<void> {
  await dropInterruptedFinal(run);
  const post = await autoSyncPost(run.root, run.prpId);
  const kept = (await listCheckpoints(run.root, run.prpId)).map((c) => c.tag);
  run.state.checkpoints = kept;
  run.save();
  await recordPrpProgress(run.root, run.prpFile, { checkpoints: kept, filesTouched: await run.filesTouched() });
  run.logger.info('post-execution', {
    final: post.checkpoint.tag,
    deletedTags: post.cleanup.deletedTags.length,
    symbols: post.sync.symbols,
  });
}
