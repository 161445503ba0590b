import { createHash } from 'node:crypto';
import { runPlannedCommand, type CommandResult, type Diagnostic, type PlannedCommand } from '@ce/validate';

/** One run of a gate's commands. */
export interface GateRun {
  passed: boolean;
  commands: CommandResult[];
  diagnostics: Diagnostic[];
  /** Failing commands whose output named nothing a parser understood. */
  unparsed: CommandResult[];
  durationMs: number;
}

/** Runs a gate's commands in order (each in its folder, with the timeout), all of them even after a failure. */
export async function runGateCommands(
  root: string,
  commands: readonly PlannedCommand[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<GateRun> {
  const started = performance.now();
  const ran: CommandResult[] = [];
  for (const command of commands) {
    if (signal?.aborted) break;
    ran.push(await runPlannedCommand(root, command, { timeoutMs, ...(signal ? { signal } : {}) }));
  }
  return gateRunOf(ran, performance.now() - started);
}

export function gateRunOf(commands: CommandResult[], durationMs: number): GateRun {
  return {
    passed: commands.every((c) => c.passed),
    commands,
    diagnostics: commands.flatMap((c) => c.diagnostics),
    unparsed: commands.filter((c) => !c.passed && c.diagnostics.length === 0),
    durationMs: Math.round(durationMs),
  };
}

/**
 * The identity of a failure: the parsed diagnostics (tool, file, rule, message; not line numbers,
 * which move when code is added above), or the failing commands' output when nothing was parsed.
 */
export function failureSignature(run: GateRun): string {
  const parts = run.diagnostics.map((d) => `${d.tool}|${d.file}|${d.rule}|${d.message.replace(/\d+(\.\d+)?m?s\b/g, '')}`);
  for (const c of run.unparsed) parts.push(`${c.command}|${c.exitCode}|${c.outputTail.replace(/\d+(\.\d+)?m?s\b/g, '')}`);
  return createHash('sha1')
    .update([...new Set(parts)].sort().join('\n'))
    .digest('hex')
    .slice(0, 12);
}

/** The failure as an agent reads it: one line per diagnostic, or the output tail when nothing was parsed. */
export function describeFailure(run: GateRun, limit = 30): string {
  const lines = run.diagnostics
    .slice(0, limit)
    .map((d) => `- ${d.file || '(no file)'}${d.line ? `:${d.line}` : ''} ${d.tool}${d.rule ? ` ${d.rule}` : ''}: ${d.message}`);
  if (run.diagnostics.length > limit) lines.push(`- … and ${run.diagnostics.length - limit} more`);
  for (const c of run.unparsed) lines.push(`\`${c.command}\` exited ${c.exitCode ?? 'without a code'}:\n${c.outputTail}`);
  return lines.join('\n');
}

/** The first problem of a failed run in one line, for people and the run log. */
export function firstProblem(run: GateRun): string | undefined {
  const d = run.diagnostics[0];
  if (d) return `${d.file || '(no file)'}${d.line ? `:${d.line}` : ''} ${d.tool}${d.rule ? ` ${d.rule}` : ''}: ${d.message}`.slice(0, 200);
  const c = run.unparsed[0];
  return c ? `\`${c.command}\` exited ${c.exitCode ?? 'without a code'}` : undefined;
}
