import { isCeError } from '@ce/core';
import { toCeError } from './command-failure.js';
import { faultingPackage, pluginFault } from './plugin-fault.js';

/**
 * Renders an error that reached the top of `ce` (a command from a plugin, such as
 * `ce plugins install --bogus`, or a failure before any command ran) the way ce's own commands
 * render theirs: one line and a hint on stderr, one JSON document on stdout under --json.
 * Returns the exit code.
 */
export function renderFatal(error: unknown, argv: readonly string[]): number {
  const err = error as { code?: string; message?: string; oclif?: { exit?: number } };
  // `this.exit(n)` inside a command: not an error to show.
  if (err?.code === 'EEXIT' || /^EEXIT: \d+$/.test(err?.message ?? '')) return err.oclif?.exit ?? 0;
  if (err?.message === 'SIGINT') return 130;
  const plugin = isCeError(error) ? undefined : faultingPackage(error);
  const ceError = plugin ? pluginFault(plugin, 'a command', error) : toCeError(error);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ error: ceError.toJSON() })}\n`);
  process.stderr.write(`error: ${ceError.line}\n`);
  if (ceError.hint) process.stderr.write(`hint: ${ceError.hint}\n`);
  if (process.env['CE_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  return ceError.exitCode;
}
