import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../errors/index.js';
import { assertCeFolderConfined, assertRegularTarget } from '../fs/regular-target.js';
import { redactSecrets, redactValue } from './redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogRecord {
  time: string;
  level: LogLevel;
  msg: string;
  [field: string]: unknown;
}

export interface LoggerOptions {
  /** JSON lines are appended here (e.g. `.ce/runs/{run-id}.jsonl`). */
  file?: string;
  /** Readable lines go here; the CLI passes stderr, or nothing under --json. */
  stream?: { write(text: string): unknown } | undefined;
  /** Minimum level for the readable stream (the file gets everything from debug up). */
  level?: LogLevel;
  /** Fields added to every record (run id, PRP id). */
  fields?: Record<string, unknown>;
  /**
   * Told once when the file cannot be written (disk full, permissions): the log is then dropped and
   * the work goes on. Default: one warning line on stderr.
   */
  onWriteError?: (line: string) => void;
}

/**
 * Structured log: every record as one JSON line in a file, and a readable line on a stream.
 * Secrets are redacted before anything is written, in both outputs.
 */
export class Logger {
  private readonly file: string | undefined;
  private readonly stream: LoggerOptions['stream'];
  private readonly level: LogLevel;
  private readonly fields: Record<string, unknown>;
  private readonly onWriteError: (line: string) => void;
  // Shared with children: one failed file is reported once, whichever logger hit it.
  private readonly fileState: { failed: boolean };

  /** `inherited` is a parent's file state (child loggers share it); callers leave it out. */
  constructor(options: LoggerOptions = {}, inherited?: { failed: boolean }) {
    this.file = options.file;
    this.onWriteError = options.onWriteError ?? ((line) => process.stderr.write(`${line}\n`));
    this.fileState = inherited ?? { failed: false };
    this.stream = options.stream;
    this.level = options.level ?? 'info';
    this.fields = options.fields ?? {};
    if (this.file && !inherited) {
      // Appending to a fifo would block, to a symlink would write elsewhere: regular files only.
      assertCeFolderConfined(this.file);
      assertRegularTarget(this.file);
      try {
        mkdirSync(dirname(this.file), { recursive: true });
      } catch (error) {
        this.failed(this.file, error);
      }
    }
  }

  child(fields: Record<string, unknown>): Logger {
    return new Logger(
      { file: this.file, stream: this.stream, level: this.level, fields: { ...this.fields, ...fields }, onWriteError: this.onWriteError },
      this.fileState,
    );
  }

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.write('error', msg, fields);
  }

  private write(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    const record: LogRecord = redactValue({
      time: new Date().toISOString(),
      level,
      msg,
      ...withoutReserved({ ...this.fields, ...fields }),
    });
    if (this.file && !this.fileState.failed) this.append(this.file, `${JSON.stringify(record)}\n`);
    if (this.stream && RANK[level] >= RANK[this.level]) {
      const prefix = level === 'info' ? '' : `${level}: `;
      this.stream.write(`${prefix}${redactSecrets(msg)}\n`);
    }
  }

  private append(file: string, line: string): void {
    try {
      appendFileSync(file, line);
    } catch (error) {
      this.failed(file, error);
    }
  }

  private failed(file: string, error: unknown): void {
    if (this.fileState.failed) return;
    this.fileState.failed = true;
    this.onWriteError(`warning: the log ${file} cannot be written (${errorMessage(error).split('\n')[0]}); ce goes on without it`);
  }
}

/**
 * The caller's fields, with any named like the record's own (`time`, `level`, `msg`) moved under
 * `fields`: a gate's validation `level: 2` once overwrote the record's `level: "info"`, so readers
 * filtering by log level saw numbers.
 */
function withoutReserved(fields: Record<string, unknown>): Record<string, unknown> {
  const clashing = Object.keys(fields).filter((k) => RESERVED.has(k));
  if (clashing.length === 0) return fields;
  const kept = Object.fromEntries(Object.entries(fields).filter(([k]) => !RESERVED.has(k)));
  return { ...kept, fields: Object.fromEntries(clashing.map((k) => [k, fields[k]])) };
}

const RESERVED = new Set(['time', 'level', 'msg']);

/** A logger that drops everything: the default for library calls that were given none. */
export const silentLogger = new Logger();
