import { CeError, throwIfCancelled, UsageError } from '@ce/core';
import { assertPlanAllowed } from './allow/review-plan.js';
import { recordConfidence, type LevelOutcome, type RecordConfidenceResult } from './confidence.js';
import { fixLevel1, type FixOptions, type FixResult } from './fixers/self-heal.js';
import { runGates, type GateEvent, type LevelResult } from './gates/run-gates.js';
import { explainPlan } from './inference/plan.js';
import type { GateLevel } from './inference/types.js';
import { checkConformance, type ConformanceReport } from './conformance/index.js';
import { selectValidationLevels, type ValidationLevelArg, type ValidationLevelChoice } from './validation-levels.js';

/** Level 4 left out of `all` because there is nothing to compare the implementation with. */
export interface SkippedLevel4 {
  level: 4;
  skipped: true;
  reason: string;
}

/** Level 4 as reported: skipped, or the conformance report plus what the caller's decision flow did about it. */
export type Level4Document = SkippedLevel4 | (ConformanceReport & { skipped?: undefined; resolution?: Record<string, unknown> });

/** Level 4 as the caller runs it (the CLI's interactive drift flow, or the conformance check). */
export interface Level4Outcome {
  result: Record<string, unknown>;
  passed: boolean;
  /** 0 accept / auto-fix, 3 halt or escalate. */
  exitCode: number;
}

export interface ValidateOptions {
  root: string;
  /** Which levels to run (default: `1` with `fix`, else `all`; see selectValidationLevels). */
  level?: ValidationLevelChoice;
  /** Exact levels, bypassing the default selection (used by callers that plan their own run). */
  levels?: ValidationLevelArg[];
  prp?: string;
  /** Level 4: example files or folders (default: from the PRP). */
  examples?: string[];
  /** Level 4: implementation files or folders (default: from the PRP). */
  files?: string[];
  /** Self-heal level 1 (see fixLevel1). */
  fix?: boolean;
  timeoutMs?: number;
  maxAttempts?: number;
  onEvent?: FixOptions['onEvent'];
  /** Runs level 4 (default: the conformance check, escalating at the configured band). */
  level4?: () => Promise<Level4Outcome>;
  /** Cancels: running commands are killed and `cancelled` is thrown; nothing is recorded. */
  signal?: AbortSignal;
}

export interface ValidateResult {
  passed: boolean;
  /** 0 all requested levels passed, 1 a gate failed, 3 level 4 escalated. */
  exitCode: 0 | 1 | 3;
  levels: Partial<Record<'1' | '2' | '3', LevelResult | FixResult>> & { '4'?: Level4Document };
  /** Written into the PRP header when a PRP was given. */
  confidence?: RecordConfidenceResult;
}

/**
 * Runs the requested levels in order: 1 (self-healed with `fix`), 2, 3 through the planned commands,
 * 4 through the given level-4 runner; then, with a PRP, records confidence and per-level results in
 * its header. A failed gate is a result (`passed: false`, exit code 1), never an exception.
 * Throws NotAllowedError (exit 3), before running anything, when the PRP's commands are not allowed.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const { root } = options;
  const selection = options.levels ? { levels: options.levels } : selectValidationLevels(options);
  const levels = [...new Set(selection.levels)].sort();
  if (levels.length === 0) throw new UsageError('no-levels', 'no validation level given', { hint: 'use --level 1, 2, 3, 4 or all' });
  if (options.fix && !levels.includes(1))
    throw new UsageError('fix-needs-level-1', '--fix self-heals level 1 only', { hint: 'use --level 1 --fix (or --level all --fix)' });
  const runLevel4 = options.level4 ?? (() => conformanceLevel4(options));
  const explained = explainPlan({ root, prp: options.prp });
  // A PRP's own commands run only once a person has allowed them (ce prp allow): nothing runs otherwise.
  assertPlanAllowed(
    root,
    options.prp,
    explained,
    levels.filter((l): l is GateLevel => l !== 4),
  );
  const result: ValidateResult['levels'] = {};
  const outcomes: LevelOutcome[] = [];
  let exitCode: ValidateResult['exitCode'] = 0;
  for (const level of levels) {
    if (level === 4) {
      const l4 = await level4Or(runLevel4, !options.levels && (options.level ?? (options.fix ? '1' : 'all')) === 'all');
      if ('skipped' in l4) {
        result['4'] = l4;
        continue;
      }
      // Every level-4 runner returns the conformance report (the CLI's flow adds its `resolution`).
      result['4'] = l4.result as unknown as Level4Document;
      outcomes.push({ level: 4, passed: l4.passed });
      if (l4.exitCode === 3) exitCode = 3;
      else if (!l4.passed && exitCode === 0) exitCode = 1;
      continue;
    }
    const key = String(level) as '1';
    if (level === 1 && options.fix) {
      const fixed = await fixLevel1({
        root,
        prp: options.prp,
        maxAttempts: options.maxAttempts,
        timeoutMs: options.timeoutMs,
        onEvent: options.onEvent,
        signal: options.signal,
      });
      throwIfCancelled(options.signal, 'validate');
      result[key] = fixed;
      outcomes.push({ level: 1, passed: fixed.passed, attempts: fixed.attempts, empty: fixed.gate.empty });
      if (!fixed.passed && exitCode === 0) exitCode = 1;
      continue;
    }
    const [gate] = (await runGates({
      root,
      levels: [level as GateLevel],
      plan: explained.plan,
      sources: explained.sources,
      timeoutMs: options.timeoutMs,
      onEvent: options.onEvent as (e: GateEvent) => void,
      signal: options.signal,
    })) as [LevelResult];
    throwIfCancelled(options.signal, 'validate');
    result[key] = gate;
    outcomes.push({ level: level as GateLevel, passed: gate.passed, empty: gate.empty });
    if (!gate.passed && exitCode === 0) exitCode = 1;
  }
  if ('level4Skipped' in selection && selection.level4Skipped) result['4'] = { level: 4, skipped: true, reason: selection.level4Skipped };
  const confidence = options.prp !== undefined ? await recordConfidence(root, options.prp, outcomes) : undefined;
  return { passed: exitCode === 0, exitCode, levels: result, ...(confidence ? { confidence } : {}) };
}

/**
 * Level 4 as part of `all`: when the PRP gives it nothing it can compare (no examples, or code in
 * languages it does not analyse, as in a Go project), it is reported as skipped with the reason,
 * as `ce execute` does, and the other levels' results stand. Asked for alone, the reason is a usage
 * error (exit 2).
 */
async function level4Or(run: () => Promise<Level4Outcome>, partOfAll: boolean): Promise<Level4Outcome | SkippedLevel4> {
  try {
    return await run();
  } catch (error) {
    if (partOfAll && error instanceof CeError && NOTHING_TO_COMPARE.has(error.code))
      return { level: 4, skipped: true, reason: error.message };
    throw error;
  }
}

const NOTHING_TO_COMPARE = new Set(['no-examples', 'no-implementation-files']);

/** Level 4 without a person to ask: the conformance report, escalating (exit 3) at the configured band. */
async function conformanceLevel4(options: ValidateOptions): Promise<Level4Outcome> {
  const report = await checkConformance({ root: options.root, prp: options.prp, examples: options.examples, files: options.files });
  const escalate = report.decision === 'escalate';
  return { result: { ...report }, passed: !escalate, exitCode: escalate ? 3 : 0 };
}
