import { formatWithOptions } from 'node:util';
import createDebug from 'debug';
import { redactSecrets } from './redact.js';
import { currentRunLog } from './run-scope.js';

/** A debug line: shown on stderr when its namespace is enabled, and then also kept in the run log. */
export type DebugLog = (msg: string, fields?: Record<string, unknown>) => void;

const loggers = new Map<string, DebugLog>();

// Debug lines are redacted like everything else ce writes, and go to stderr only: stdout holds
// results (one JSON document under --json, the protocol under `ce mcp`).
function writeRedacted(...args: unknown[]): void {
  process.stderr.write(`${redactSecrets(formatWithOptions({ colors: false }, ...args))}\n`);
}

/**
 * The debug logger of a namespace (`ce:validate`, `ce:agents`, `ce:process`). Namespaces are
 * switched on the usual way, `DEBUG=ce:*` or `DEBUG=ce:validate,ce:agents` (the `debug` package's
 * syntax, exclusions with `-` included), or all of `ce:*` by `--verbose` (enableDebug).
 */
export function debugLog(namespace: string): DebugLog {
  const known = loggers.get(namespace);
  if (known) return known;
  const line = createDebug(namespace);
  line.log = writeRedacted;
  const log: DebugLog = (msg, fields) => {
    if (!line.enabled) return;
    line('%s', fields && Object.keys(fields).length > 0 ? `${msg} ${JSON.stringify(fields)}` : msg);
    currentRunLog()?.record('debug', 'debug', msg, { ns: namespace, ...fields });
  };
  loggers.set(namespace, log);
  return log;
}

/** Switches namespaces on in addition to those of `DEBUG` (`--verbose` passes `ce:*`). */
export function enableDebug(namespaces: string): void {
  const current = createDebug.disable();
  createDebug.enable([current, namespaces].filter((n) => n.length > 0).join(','));
}

/** Whether a namespace's debug lines are shown. */
export function isDebugEnabled(namespace: string): boolean {
  return createDebug.enabled(namespace);
}
