import { debugLog, enableDebug, RunLog, VERSION, withRunLog, type CeError } from '@ce/core';

/**
 * The commands that keep no run log of their own, and why. Every other command does work (runs
 * gates, writes state, calls an agent) and records it in `.ce/runs/<run-id>.jsonl`. This is the
 * one place that decision is made.
 */
const NO_RUN_LOG: ReadonlyMap<string, string> = new Map([
  ['agents:ask', 'the agents library logs the call as its own run'],
  ['agents:check', 'reports which agent programs are installed'],
  ['ci:validate', 'checks a pipeline file'],
  ['ci:render', 'renders a pipeline file'],
  ['ci:diff', 'compares rendered files'],
  ['pipeline:graph', 'draws a pipeline'],
  ['context:find', 'a query'],
  ['context:overview', 'a query'],
  ['context:references', 'a query'],
  ['context:search', 'a query'],
  ['context:health', 'a report'],
  ['drift:compare', 'a report'],
  ['drift:history', 'a report'],
  ['drift:show', 'a report'],
  ['drift:summary', 'a report'],
  ['examples:extract', 'a report'],
  ['memory:list', 'a query'],
  ['memory:read', 'a query'],
  ['metrics', 'reads the run logs'],
  ['prp:check', 'a report'],
  ['prp:list', 'a query'],
  ['prp:status', 'a query'],
  ['status', 'a report'],
  ['mcp', 'a long-lived server'],
]);

const debug = debugLog('ce:cli');

/** Whether `flag` was given before a `--` (oclif's own test for --json). */
function flagGiven(argv: readonly string[], flag: string): boolean {
  const at = argv.indexOf(flag);
  const end = argv.indexOf('--');
  return at !== -1 && (end === -1 || at < end);
}

/**
 * One ce command while it runs: its `--verbose` switch and its run log (start, warnings, the error,
 * the end with exit code and duration; the process runner, the gates and the agents add their own
 * records through the run scope).
 */
export class CommandRun {
  readonly verbose: boolean;
  private readonly log: RunLog | undefined;

  constructor(
    readonly command: string,
    argv: readonly string[],
  ) {
    // Read from argv, not the parsed flags, so that debug lines cover parsing and config loading too.
    this.verbose = flagGiven(argv, '--verbose');
    if (this.verbose) enableDebug('ce:*');
    this.log = NO_RUN_LOG.has(command) ? undefined : new RunLog({ command });
    this.log?.record('info', 'start', `ce ${command}`, {
      argv,
      cwd: process.cwd(),
      version: VERSION,
      pid: process.pid,
      node: process.version,
    });
    debug(`ce ${command} started`, { argv, ...(this.log ? { run: this.log.runId } : {}) });
  }

  /** Runs the command with its run log as the current one. */
  around<R>(work: () => Promise<R>): Promise<R> {
    return this.log ? withRunLog(this.log, work) : work();
  }

  /** The repository is known: the log is written under its `.ce/runs/` from now on. */
  attach(root: string): void {
    this.log?.attach(root);
    if (this.log) debug(`run log ${this.log.path ?? `${this.log.runId}.jsonl (not written: no .ce folder yet)`}`);
  }

  warning(message: string): void {
    this.log?.record('warn', 'warning', message);
  }

  failed(error: CeError): void {
    this.log?.record('error', 'error', error.line, {
      code: error.code,
      exitCode: error.exitCode,
      ...(error.hint ? { hint: error.hint } : {}),
    });
  }

  end(): void {
    const exitCode = Number(process.exitCode ?? 0);
    const durationMs = this.log?.elapsedMs;
    this.log?.record(exitCode === 0 ? 'info' : 'warn', 'end', `ce ${this.command} exited ${exitCode}`, { exitCode, durationMs });
    this.log?.finish(exitCode === 0);
    debug(`ce ${this.command} exited ${exitCode}${durationMs === undefined ? '' : ` after ${durationMs} ms`}`);
  }
}
