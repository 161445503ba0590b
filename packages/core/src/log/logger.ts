import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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

  constructor(options: LoggerOptions = {}) {
    this.file = options.file;
    this.stream = options.stream;
    this.level = options.level ?? 'info';
    this.fields = options.fields ?? {};
    if (this.file) {
      // Appending to a fifo would block, to a symlink would write elsewhere: regular files only.
      assertCeFolderConfined(this.file);
      assertRegularTarget(this.file);
      mkdirSync(dirname(this.file), { recursive: true });
    }
  }

  child(fields: Record<string, unknown>): Logger {
    return new Logger({ file: this.file, stream: this.stream, level: this.level, fields: { ...this.fields, ...fields } });
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
    const record: LogRecord = redactValue({ time: new Date().toISOString(), level, msg, ...this.fields, ...fields });
    if (this.file) appendFileSync(this.file, `${JSON.stringify(record)}\n`);
    if (this.stream && RANK[level] >= RANK[this.level]) {
      const prefix = level === 'info' ? '' : `${level}: `;
      this.stream.write(`${prefix}${redactSecrets(msg)}\n`);
    }
  }
}

/** A logger that drops everything: the default for library calls that were given none. */
export const silentLogger = new Logger();
