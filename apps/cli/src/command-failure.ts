import { CeError, ExitCode, isCeError, isStackOverflow, redactSecrets, redactValue, UsageError } from '@ce/core';
import type { CommandRun } from './command-run.js';

/**
 * How every ce command reports a failure: one line on stderr (plus a hint), the error's own exit
 * code (2 bad input, 1 failed check, 3 escalation), under `--json` exactly one JSON document on
 * stdout, the error in the run log, everything redacted.
 */
export function reportFailure(error: unknown, options: { json: boolean; run?: CommandRun | undefined }): void {
  const ceError = toCeError(error);
  process.exitCode = ceError.exitCode;
  options.run?.failed(ceError);
  if (options.json) process.stdout.write(`${JSON.stringify({ error: redactValue(ceError.toJSON()) })}\n`);
  process.stderr.write(`error: ${redactSecrets(ceError.line)}\n`);
  if (ceError.hint) process.stderr.write(`hint: ${redactSecrets(ceError.hint)}\n`);
  if (ceError.code === 'internal' && (process.env['CE_DEBUG'] || process.env['DEBUG'] || options.run?.verbose)) {
    process.stderr.write(`${redactSecrets((error as Error)?.stack ?? '')}\n`);
  }
}

/** Maps anything thrown (our errors, oclif parse errors, faults) onto a CeError. */
export function toCeError(error: unknown): CeError {
  if (isCeError(error)) return error;
  const err = error as Error & { oclif?: { exit?: number }; code?: string };
  // oclif's own parse errors (unknown flag, missing argument, bad value) carry exit 2.
  if (err?.oclif?.exit === 2 || err?.name?.endsWith('ParseError') || (/Error$/.test(err?.constructor?.name ?? '') && err?.oclif)) {
    const missing = missingArgsMessage(error);
    if (missing) return new UsageError('usage', missing, { hint: 'see --help for the arguments and flags' });
    const firstLine =
      String(err.message)
        .split('\n')
        .find((l) => l.trim().length > 0)
        ?.trim() ?? 'invalid usage';
    return new UsageError('usage', firstLine.replace(/^Error:\s*/, ''), { hint: 'see --help for the arguments and flags' });
  }
  if (err?.oclif?.exit !== undefined) {
    return new CeError('exit', String(err.message), { exitCode: err.oclif.exit as ExitCode });
  }
  if (isStackOverflow(error)) {
    // Recursion past the stack is always some input nested too deeply; libraries name the file where they can.
    return new UsageError('nested-too-deeply', 'an input is nested too deeply to process', {
      hint: 'look for a generated or pathological file among the inputs and leave it out',
    });
  }
  const message = err instanceof Error ? err.message : String(error);
  return new CeError('internal', `internal error: ${message.split('\n')[0] ?? ''}`, {
    hint: 'this is a bug in ce or its environment; run again with CE_DEBUG=1 to see the stack',
    exitCode: ExitCode.Failed,
  });
}

/**
 * oclif's "Missing 1 required arg:" puts the names on the lines after it, which a one-line error
 * drops: name them on the line itself ("missing required argument <file> (the PRP file)").
 */
function missingArgsMessage(error: unknown): string | undefined {
  const args = (error as { args?: unknown }).args;
  if (!/^Missing \d+ required arg/.test(String((error as Error).message)) || !Array.isArray(args) || args.length === 0) return undefined;
  const named = (args as { name?: string; description?: string }[]).map(
    (a) => `<${a.name ?? '?'}>${a.description ? ` (${a.description})` : ''}`,
  );
  return `missing required argument${named.length === 1 ? '' : 's'} ${named.join(', ')}`;
}

/** `--json` output when stdout is not a terminal: plain JSON, no colour codes even under FORCE_COLOR. */
export function writePlainJson(json: unknown): void {
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
}
