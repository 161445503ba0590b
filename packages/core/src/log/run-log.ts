import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { errorMessage } from '../errors/index.js';
import { cePaths } from '../fs/ce-paths.js';
import { ensureRunsFolder } from '../fs/runs-folder.js';
import { assertCeFolderConfined, assertRegularTarget } from '../fs/regular-target.js';
import { compactTimestamp } from '../time.js';
import type { LogLevel } from './logger.js';
import { pruneRunLogs, runLogRetention, type RunLogRetention } from './prune-run-logs.js';
import { redactValue } from './redact.js';

export interface RunLogOptions {
  /** What runs: `validate`, `prp:checkpoint`. Part of the run id and of every record. */
  command: string;
  /** `source` of every record (default `cli`); `ce metrics` reads only `execute` records. */
  source?: string;
  retention?: RunLogRetention;
  /** Where the one warning goes when the log cannot be written (default stderr). */
  warn?: (line: string) => void;
  now?: Date;
}

// Records made before the repository is known, or before `.ce/` exists (`ce init` creates it
// mid-command), wait in memory; past this many the oldest waiting ones are dropped.
const MAX_PENDING = 1000;

/**
 * The structured log of one ce command: JSON lines in `.ce/runs/<run-id>.jsonl`, every record
 * redacted. It never breaks the command: a log that cannot be written (read-only disk, `.ce/runs`
 * a link out of the repository, a fifo in its place) says so once on stderr and is dropped. ce
 * never creates `.ce/` for a log: in a repository that does not use ce nothing is written.
 */
export class RunLog {
  readonly runId: string;
  readonly command: string;
  private readonly source: string;
  private readonly retention: RunLogRetention;
  private readonly warn: (line: string) => void;
  private readonly started = performance.now();
  private readonly pending: string[] = [];
  private root: string | undefined;
  private file: string | undefined;
  private state: 'detached' | 'waiting' | 'writing' | 'off' = 'detached';
  /** `.ce/` did not exist when the run began: the log waits for the run to succeed (see finish). */
  private untilSuccess = false;

  constructor(options: RunLogOptions) {
    this.command = options.command;
    this.source = options.source ?? 'cli';
    this.runId = `${compactTimestamp(options.now)}-${options.command.replace(/[^A-Za-z0-9.-]+/g, '-')}-${randomBytes(2).toString('hex')}`;
    this.retention = options.retention ?? runLogRetention();
    this.warn = options.warn ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** Writes from now on (and what waited) to `<root>/.ce/runs/<run-id>.jsonl`; `root` is a git work tree. */
  attach(root: string): void {
    if (this.state !== 'detached') return;
    this.root = root;
    this.file = join(cePaths(root).runs, `${this.runId}.jsonl`);
    this.state = 'waiting';
    this.untilSuccess = !existsSync(cePaths(root).ceDir);
    this.flush();
  }

  /**
   * The run is over. A run that began without a `.ce/` folder (the first `ce init`) is written only
   * when it succeeded: a refused command leaves no trace in a repository ce has not set up.
   */
  finish(succeeded: boolean): void {
    if (!this.untilSuccess) return;
    this.untilSuccess = false;
    if (succeeded) this.flush();
    else this.state = 'off';
  }

  /** The log file, repository-relative, once something was written to it. */
  get path(): string | undefined {
    return this.state === 'writing' && this.root && this.file ? relative(this.root, this.file) : undefined;
  }

  /** Milliseconds since the run began. */
  get elapsedMs(): number {
    return Math.round(performance.now() - this.started);
  }

  /** One record: `event` names what happened (start, process, gate, warning, error, end, debug). */
  record(level: LogLevel, event: string, msg: string, fields: Record<string, unknown> = {}): void {
    if (this.state === 'off') return;
    // The record's own keys come last: a field named `level` or `source` cannot disguise a record.
    const record = {
      ...fields,
      time: new Date().toISOString(),
      level,
      event,
      msg,
      run: this.runId,
      source: this.source,
      command: this.command,
    };
    const line = `${JSON.stringify(redactValue(record))}\n`;
    if (this.state === 'writing') return this.append(line);
    if (this.pending.length >= MAX_PENDING) this.pending.shift();
    this.pending.push(line);
    this.flush();
  }

  private flush(): void {
    if (this.state !== 'waiting' || this.untilSuccess || !this.root || !this.file) return;
    const paths = cePaths(this.root);
    if (!existsSync(paths.ceDir)) return;
    try {
      assertCeFolderConfined(this.file);
      ensureRunsFolder(this.root);
      assertRegularTarget(this.file);
      pruneRunLogs(paths.runs, this.retention);
      appendFileSync(this.file, this.pending.join(''));
      this.pending.length = 0;
      this.state = 'writing';
    } catch (error) {
      this.fail(error);
    }
  }

  private append(line: string): void {
    try {
      appendFileSync(this.file as string, line);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const shown = this.root && this.file ? relative(this.root, this.file) : `${this.runId}.jsonl`;
    this.state = 'off';
    this.pending.length = 0;
    this.warn(`warning: the run log ${shown} cannot be written (${errorMessage(error).split('\n')[0]}); ce goes on without it`);
  }
}
