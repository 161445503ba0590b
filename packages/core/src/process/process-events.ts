import { debugLog } from '../log/debug-log.js';
import { runEvent } from '../log/run-scope.js';

const debug = debugLog('ce:process');
// A command line can carry a whole prompt (`claude -p …`): the log keeps its start.
const MAX_SHOWN = 300;

function shown(command: string): string {
  return command.length > MAX_SHOWN ? `${command.slice(0, MAX_SHOWN)}… (${command.length} characters)` : command;
}

/** A child process ended: one `process` record in the run log (and a debug line), with time and exit code. */
export function recordProcessEnd(
  command: string,
  cwd: string | undefined,
  end: { exitCode: number | null; signal: NodeJS.Signals | null; durationMs: number; timedOut: boolean },
): void {
  const fields = { cmd: shown(command), cwd: cwd ?? process.cwd(), ...end };
  const how = end.timedOut ? 'timed out' : end.signal ? `killed by ${end.signal}` : `exited ${end.exitCode}`;
  runEvent('process', `${shown(command)} ${how}`, fields);
  debug(`${shown(command)} ${how} in ${end.durationMs} ms`, { cwd: fields.cwd });
}

/** A child process could not start. */
export function recordProcessFailure(command: string, cwd: string | undefined, message: string): void {
  runEvent(
    'process',
    `${shown(command)} could not start: ${message}`,
    { cmd: shown(command), cwd: cwd ?? process.cwd(), exitCode: null },
    'warn',
  );
  debug(`${shown(command)} could not start: ${message}`);
}
