import { AsyncLocalStorage } from 'node:async_hooks';
import type { LogLevel } from './logger.js';
import type { RunLog } from './run-log.js';

// The run log of the ce command (or MCP tool call) whose work is running: library code deep below
// (the process runner, the gates, the agents) records into it without a logger passed down.
const scope = new AsyncLocalStorage<RunLog>();

/** Runs `work` with `log` as the current run log (everything `work` awaits included). */
export function withRunLog<T>(log: RunLog, work: () => T): T {
  return scope.run(log, work);
}

/** The current run log, if some caller opened one. */
export function currentRunLog(): RunLog | undefined {
  return scope.getStore();
}

/**
 * Records an event in the current run log (nothing when there is none): a child process, a gate,
 * an agent call, a warning. Fields are redacted on the way out.
 */
export function runEvent(event: string, msg: string, fields: Record<string, unknown> = {}, level: LogLevel = 'info'): void {
  scope.getStore()?.record(level, event, msg, fields);
}
