import { loadConfig, throwIfCancelled } from '@ce/core';
import type { Diagnostic } from '../diagnostics/index.js';
import { runGates, type GateEvent, type LevelResult } from '../gates/run-gates.js';
import { explainPlan } from '../inference/plan.js';
import type { PlannedCommand } from '../inference/types.js';
import { fixersFirst } from './fix-first.js';
import { fixReported } from './fix-reported.js';

export interface FixOptions {
  root: string;
  prp?: string;
  /** At most this many runs of the gate (default: config `validation.maxAttempts`, 3). */
  maxAttempts?: number;
  timeoutMs?: number;
  onEvent?: (event: GateEvent | { type: 'fixing'; attempt: number; fixers: string[] }) => void;
  /** Kills the running gate command; the caller decides what a cancelled run means. */
  signal?: AbortSignal;
}

/** A fix that was applied and the files it changed (`attempt` 0: the fixers run before the first check). */
export interface AppliedFix {
  attempt: number;
  fixer: string;
  files: string[];
}

/** `ce validate --level 1 --fix --json`. */
export interface FixResult {
  level: 1;
  passed: boolean;
  /** How many times the gate ran (a run after a fix re-runs only the checks the fix could change). */
  attempts: number;
  /** The fixes applied, with the files each changed. */
  fixed: AppliedFix[];
  /** What is still reported after the last run (a failing command with nothing parsed is listed as itself). */
  remaining: Diagnostic[];
  /** Diagnostics of the first run that are gone after the last. */
  resolved: Diagnostic[];
  /** Why the loop stopped. */
  stopped: 'passed' | 'max-attempts' | 'no-change' | 'nothing-to-fix';
  /** The last result of every level-1 command. */
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

/** A check whose folder holds none of the changed files cannot change: it keeps its last result. */
function affected(command: PlannedCommand, changed: readonly string[]): boolean {
  return command.cwd === '.' || changed.some((f) => f.startsWith(`${command.cwd}/`));
}

/** The level with the re-run commands' new results in place of their old ones. */
function mergeRuns(previous: LevelResult, fresh: LevelResult): LevelResult {
  const commands = previous.commands.map((c) => fresh.commands.find((f) => f.command === c.command && f.cwd === c.cwd) ?? c);
  return {
    ...previous,
    passed: commands.every((c) => c.passed),
    durationMs: previous.durationMs + fresh.durationMs,
    commands,
    diagnostics: commands.flatMap((c) => c.diagnostics),
  };
}

/**
 * Deterministic self-healing of level 1 at the tools' own cost: the project's fixers run first on
 * the work tree's changed files, then every check runs once (in parallel). While checks fail (at
 * most `maxAttempts` runs), what they report is fixed (unused imports with the TypeScript language
 * service, the project's fixers on the reported files) and only the checks the fix could change
 * run again. `passed` is true only when every level-1 command exited 0 on its last run.
 */
export async function fixLevel1(options: FixOptions): Promise<FixResult> {
  const { root } = options;
  const config = loadConfig(root).config.validation;
  const maxAttempts = Math.max(1, options.maxAttempts ?? config.maxAttempts);
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const { plan, sources } = explainPlan({ root, prp: options.prp });
  const commands = plan.levels['1'];
  const fixing = (attempt: number) => (fixer: string) => options.onEvent?.({ type: 'fixing', attempt, fixers: [fixer] });
  const first = await fixersFirst(root, commands, timeoutMs, fixing(0));
  const fixed = [...first.fixed];
  const run = async (only: readonly PlannedCommand[]): Promise<LevelResult> =>
    (
      await runGates({
        root,
        levels: [1],
        plan: { levels: { ...plan.levels, '1': [...only] } },
        sources,
        timeoutMs,
        onEvent: options.onEvent,
        signal: options.signal,
      })
    )[0] as LevelResult;
  let gate = await run(commands);
  const initial = gate;
  let attempts = 1;
  let stopped: FixResult['stopped'];
  for (;;) {
    // A killed gate command reads as a failure: a cancelled run stops before anything is fixed.
    throwIfCancelled(options.signal, 'the level-1 fix');
    if (gate.passed) {
      stopped = 'passed';
      break;
    }
    if (attempts >= maxAttempts) {
      stopped = 'max-attempts';
      break;
    }
    const round = await fixReported(root, gate, attempts, timeoutMs, fixing(attempts));
    fixed.push(...round.fixed);
    if (!round.anythingToFix) {
      stopped = 'nothing-to-fix';
      break;
    }
    if (round.changed.length === 0) {
      stopped = 'no-change';
      break;
    }
    gate = mergeRuns(gate, await run(commands.filter((c) => affected(c, round.changed))));
    attempts++;
  }
  const finalKeys = new Set(gate.diagnostics.map(key));
  return {
    level: 1,
    passed: gate.passed,
    attempts,
    fixed,
    remaining: remainingOf(gate),
    resolved: initial.diagnostics.filter((d) => !finalKeys.has(key(d))),
    stopped,
    gate,
  };
}
