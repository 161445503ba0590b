import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isInside, loadConfig } from '@ce/core';
import type { Diagnostic } from '../diagnostics/index.js';
import { runGates, type GateEvent, type LevelResult } from '../gates/run-gates.js';
import { explainPlan } from '../inference/plan.js';
import { plannedFixers, runFixer, type FixerOutcome } from './project-fixers.js';
import { filesWithUnusedImports, removeUnusedImports } from './typescript-fixes.js';
import { dirtyFiles, hashFile, WorktreeGuard } from './worktree-guard.js';

export interface FixOptions {
  root: string;
  prp?: string;
  /** At most this many runs of the gate (default: config `validation.maxAttempts`, 3). */
  maxAttempts?: number;
  timeoutMs?: number;
  onEvent?: (event: GateEvent | { type: 'fixing'; attempt: number; fixers: string[] }) => void;
}

/** A fix that was applied and the files it changed. */
export interface AppliedFix {
  attempt: number;
  fixer: string;
  files: string[];
}

/** `ce validate --level 1 --fix --json`. */
export interface FixResult {
  level: 1;
  passed: boolean;
  /** How many times the gate ran. */
  attempts: number;
  /** The fixes applied, with the files each changed. */
  fixed: AppliedFix[];
  /** What is still reported after the last run (a failing command with nothing parsed is listed as itself). */
  remaining: Diagnostic[];
  /** Diagnostics of the first run that are gone after the last. */
  resolved: Diagnostic[];
  /** Why the loop stopped. */
  stopped: 'passed' | 'max-attempts' | 'no-change' | 'nothing-to-fix';
  /** The last run of the gate. */
  gate: LevelResult;
}

const key = (d: Diagnostic): string => `${d.tool}\0${d.file}\0${d.rule}\0${d.message}`;

/** Failing commands whose output named nothing get a diagnostic of their own, so a failure is never silent. */
function remainingOf(gate: LevelResult): Diagnostic[] {
  const out = [...gate.diagnostics];
  for (const c of gate.commands) {
    if (c.passed || c.diagnostics.length > 0) continue;
    out.push({
      file: '',
      line: 0,
      column: 0,
      rule: c.timedOut ? 'timeout' : 'exit-code',
      message: c.error ?? `"${c.command}" (in ${c.cwd}) ${c.timedOut ? 'timed out' : `exited ${c.exitCode}`}`,
      severity: 'error',
      tool: c.name,
    });
  }
  return out;
}

/**
 * Deterministic self-healing of level 1: run the gate; on failure apply the fixers the project
 * already has to the reported files (plus the TypeScript language service's removal of unused
 * imports), then run again — at most `maxAttempts` runs, stopping early when an attempt changes
 * nothing. Uncommitted files outside the reported ones are restored if any fixer touched them.
 * `passed` is true only when every level-1 command exited 0 on the last run.
 */
export async function fixLevel1(options: FixOptions): Promise<FixResult> {
  const { root } = options;
  const config = loadConfig(root).config.validation;
  const maxAttempts = Math.max(1, options.maxAttempts ?? config.maxAttempts);
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const { plan, sources } = explainPlan({ root, prp: options.prp });
  const fixed: AppliedFix[] = [];
  let first: LevelResult | undefined;
  let gate: LevelResult;
  let attempts = 0;
  let stopped: FixResult['stopped'];
  for (;;) {
    attempts++;
    [gate] = (await runGates({ root, levels: [1], plan, sources, timeoutMs, onEvent: options.onEvent })) as [LevelResult];
    first ??= gate;
    if (gate.passed) {
      stopped = 'passed';
      break;
    }
    if (attempts >= maxAttempts) {
      stopped = 'max-attempts';
      break;
    }
    const reported = new Set(
      gate.diagnostics
        .map((d) => d.file)
        .filter((f) => f && !/(^|\/)(node_modules|\.git)\//.test(f) && isInside(root, join(root, f)) && existsSync(join(root, f))),
    );
    if (reported.size === 0 && !gate.diagnostics.some((d) => d.tool === 'cargo')) {
      stopped = 'nothing-to-fix';
      break;
    }
    const before = new Map([...reported].map((f) => [f, hashFile(join(root, f))]));
    const dirtyBefore = await dirtyFiles(root);
    const guard = await WorktreeGuard.protect(root, reported);
    const touchedByTs = await removeUnusedImports(
      root,
      filesWithUnusedImports(gate.diagnostics).filter((f) => reported.has(f)),
    );
    if (touchedByTs.length > 0) fixed.push({ attempt: attempts, fixer: 'typescript organize-imports (remove unused)', files: touchedByTs });
    const outcomes: FixerOutcome[] = [];
    const names: string[] = [];
    for (const command of gate.commands) {
      if (command.passed && command.diagnostics.length === 0) continue;
      const own = command.diagnostics.filter((d) => reported.has(d.file) || (d.tool === 'cargo' && !d.file));
      for (const run of plannedFixers(root, command.cwd, own, touchedByTs)) {
        if (names.includes(`${run.fixer}@${run.cwd}`)) continue;
        names.push(`${run.fixer}@${run.cwd}`);
        options.onEvent?.({ type: 'fixing', attempt: attempts, fixers: [run.fixer] });
        outcomes.push(await runFixer(run, timeoutMs));
      }
    }
    guard.restore();
    const changedReported = [...reported].filter((f) => hashFile(join(root, f)) !== before.get(f));
    const dirtyAfter = await dirtyFiles(root);
    const newlyDirty = [...(dirtyAfter ?? [])].filter((f) => !(dirtyBefore ?? new Set()).has(f) && !reported.has(f));
    const changed = [...new Set([...changedReported, ...newlyDirty, ...touchedByTs])];
    for (const o of outcomes) {
      const files = changed.filter((f) => o.files.length === 0 || o.files.some((x) => join(o.cwd, x) === join(root, f)));
      if (files.length > 0) fixed.push({ attempt: attempts, fixer: o.fixer, files });
    }
    if (changed.length === 0) {
      stopped = 'no-change';
      break;
    }
  }
  const finalKeys = new Set(gate.diagnostics.map(key));
  return {
    level: 1,
    passed: gate.passed,
    attempts,
    fixed,
    remaining: remainingOf(gate),
    resolved: (first as LevelResult).diagnostics.filter((d) => !finalKeys.has(key(d))),
    stopped,
    gate,
  };
}
