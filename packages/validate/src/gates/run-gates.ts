import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { CeError, debugLog, loadConfig, redactSecrets, runCommandLine, runEvent } from '@ce/core';
import { parseDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { explainPlan, type PlanSource } from '../inference/plan.js';
import type { GateLevel, PlannedCommand, ValidationPlan } from '../inference/types.js';

export interface CommandResult extends PlannedCommand {
  exitCode: number | null;
  passed: boolean;
  durationMs: number;
  timedOut: boolean;
  diagnostics: Diagnostic[];
  /** The last lines of the output (for a human, and for an agent when nothing could be parsed). */
  outputTail: string;
  /** Why it could not run (program not found), when it could not. */
  error?: string;
}

export interface LevelResult {
  level: GateLevel;
  /** True only when every command exited 0. A level with no commands passes vacuously and says so with `empty`. */
  passed: boolean;
  empty: boolean;
  source: PlanSource;
  durationMs: number;
  commands: CommandResult[];
  diagnostics: Diagnostic[];
}

export type GateEvent =
  | { type: 'command-start'; level: GateLevel; command: PlannedCommand; index: number; total: number }
  | { type: 'command-end'; level: GateLevel; result: CommandResult };

export interface RunGatesOptions {
  root: string;
  levels: GateLevel[];
  prp?: string;
  /** A plan to run instead of working one out (the fix loop re-runs the same one). */
  plan?: ValidationPlan;
  sources?: Record<'1' | '2' | '3', PlanSource>;
  timeoutMs?: number;
  onEvent?: (event: GateEvent) => void;
  signal?: AbortSignal;
  /** How many commands of a level run at once (default: the machine's cores). Each is independent of the others. */
  concurrency?: number;
}

const TAIL_LINES = 40;
const debug = debugLog('ce:validate');

/** Runs `work` over `items` with at most `limit` at a time; results keep the items' order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function tail(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-TAIL_LINES).join('\n');
}

/** Runs one planned command in its folder, records time and exit code, and parses its output. */
export async function runPlannedCommand(
  root: string,
  command: PlannedCommand,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<CommandResult> {
  const cwd = resolve(root, command.cwd);
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: process.env['CI'] ?? 'true' };
  try {
    const run = await runCommandLine(command.command, { cwd, env, timeoutMs: options.timeoutMs, signal: options.signal });
    // Redacted before anything reads it: diagnostics and the tail reach the terminal, the run log,
    // fix prompts and escalation reports.
    const output = redactSecrets(`${run.stdout}\n${run.stderr}`);
    return {
      ...command,
      exitCode: run.exitCode,
      passed: run.exitCode === 0 && !run.timedOut,
      durationMs: run.durationMs,
      timedOut: run.timedOut,
      diagnostics: parseDiagnostics(output, { root, cwd, command: command.command }),
      outputTail: tail(run.timedOut ? `${output}\n(timed out after ${options.timeoutMs} ms)` : output),
    };
  } catch (error) {
    const message = redactSecrets(error instanceof CeError ? error.line : String(error));
    return {
      ...command,
      exitCode: null,
      passed: false,
      durationMs: 0,
      timedOut: false,
      diagnostics: [],
      outputTail: message,
      error: message,
    };
  }
}

/**
 * Runs the commands of the given levels in order (levels 1–3), each with the core process runner
 * and the configured timeout; the commands of one level run in parallel within the machine's cores.
 * A level passes only when all its commands exit 0.
 */
export async function runGates(options: RunGatesOptions): Promise<LevelResult[]> {
  const { root } = options;
  const explained = options.plan
    ? { plan: options.plan, sources: options.sources ?? { '1': 'inferred', '2': 'inferred', '3': 'inferred' } }
    : explainPlan({ root, prp: options.prp });
  const timeoutMs = options.timeoutMs ?? loadConfig(root).config.validation.timeoutMs;
  const results: LevelResult[] = [];
  for (const level of options.levels) {
    const key = String(level) as '1';
    const commands = explained.plan.levels[key];
    const started = performance.now();
    // The commands of a level are independent checks: they run side by side, within the machine's cores.
    const ran = await inParallel(commands, options.concurrency ?? availableParallelism(), async (command, index) => {
      options.onEvent?.({ type: 'command-start', level, command, index, total: commands.length });
      const result = await runPlannedCommand(root, command, { timeoutMs, signal: options.signal });
      options.onEvent?.({ type: 'command-end', level, result });
      recordGateCommand(level, result);
      return result;
    });
    const result: LevelResult = {
      level,
      passed: ran.every((r) => r.passed),
      empty: ran.length === 0,
      source: explained.sources[key],
      durationMs: Math.round(performance.now() - started),
      commands: ran,
      diagnostics: ran.flatMap((r) => r.diagnostics),
    };
    recordGate(result);
    results.push(result);
  }
  return results;
}

function recordGateCommand(level: GateLevel, result: CommandResult): void {
  const fields = {
    gate: `L${level}`,
    cmd: result.command,
    cwd: result.cwd,
    exitCode: result.exitCode,
    passed: result.passed,
    durationMs: result.durationMs,
    timedOut: result.timedOut,
    diagnostics: result.diagnostics.length,
    ...(result.error ? { error: result.error } : {}),
  };
  runEvent('gate-command', `L${level} ${result.command} ${result.passed ? 'passed' : 'failed'}`, fields, result.passed ? 'info' : 'warn');
  debug(`L${level} ${result.command}: exit ${result.exitCode} in ${result.durationMs} ms, ${result.diagnostics.length} diagnostic(s)`);
}

function recordGate(result: LevelResult): void {
  const what = result.empty ? 'empty' : result.passed ? 'passed' : 'failed';
  const fields = {
    gate: `L${result.level}`,
    passed: result.passed,
    empty: result.empty,
    commandsFrom: result.source,
    durationMs: result.durationMs,
    commands: result.commands.length,
  };
  runEvent('gate', `L${result.level} ${what}`, fields, result.passed ? 'info' : 'warn');
  debug(`L${result.level} ${what} in ${result.durationMs} ms (${result.commands.length} command(s), ${result.source})`);
}
