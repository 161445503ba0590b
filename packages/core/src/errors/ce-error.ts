import { ExitCode } from './exit-codes.js';

export interface CeErrorOptions {
  /** What the user can do about it, shown on its own line after the message. */
  hint?: string;
  /** The file the problem is in, named in the message the user sees. */
  file?: string;
  /** Process exit code; defaults to the class's own. */
  exitCode?: ExitCode;
  cause?: unknown;
  /** Extra machine-readable detail, included in `--json` error output. */
  details?: Record<string, unknown>;
}

/**
 * The one error type the CLI knows how to show: a stable `code`, a one-line message that names
 * the file and the problem, a hint, and the exit code. Libraries throw these; they never print or exit.
 */
export class CeError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly file: string | undefined;
  readonly exitCode: ExitCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, options: CeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.file = options.file;
    this.exitCode = options.exitCode ?? ExitCode.Failed;
    this.details = options.details;
  }

  /** The single line shown to the user: `file: message` when a file is known. */
  get line(): string {
    const text = shortLine(this.message.replace(/\s*\n\s*/g, ' '));
    return this.file && !text.includes(this.file) ? `${this.file}: ${text}` : text;
  }

  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.line,
      ...(this.hint ? { hint: this.hint } : {}),
      ...(this.file ? { file: this.file } : {}),
      exitCode: this.exitCode,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** Bad usage or bad input: a malformed file, an unknown key, an id that is not valid. Exit 2. */
export class UsageError extends CeError {
  constructor(code: string, message: string, options: Omit<CeErrorOptions, 'exitCode'> = {}) {
    super(code, message, { ...options, exitCode: ExitCode.Usage });
  }
}

/** A check that ran and failed (a gate, a health threshold). Exit 1. */
export class CheckFailedError extends CeError {
  constructor(code: string, message: string, options: Omit<CeErrorOptions, 'exitCode'> = {}) {
    super(code, message, { ...options, exitCode: ExitCode.Failed });
  }
}

/** The workflow needs a human decision (drift ≥ 30, repeated failures, security findings). Exit 3. */
export class EscalationError extends CeError {
  constructor(code: string, message: string, options: Omit<CeErrorOptions, 'exitCode'> = {}) {
    super(code, message, { ...options, exitCode: ExitCode.Escalation });
  }
}

/** A fault in ce itself or its environment that is not the user's input. Exit 1. */
export class InternalError extends CeError {
  constructor(message: string, options: Omit<CeErrorOptions, 'exitCode'> = {}) {
    super('internal', message, {
      hint: 'this is a bug in ce or its environment; run again with CE_DEBUG=1 to see the stack',
      ...options,
      exitCode: ExitCode.Failed,
    });
  }
}

/** The longest error line shown; a message that quotes a huge input keeps its start and its end. */
const MAX_LINE = 400;

function shortLine(text: string): string {
  if (text.length <= MAX_LINE) return text;
  return `${text.slice(0, 300)} … (${text.length - 360} characters left out) … ${text.slice(-60)}`;
}

export function isCeError(error: unknown): error is CeError {
  return error instanceof CeError;
}

/** The message of anything thrown, for wrapping into a CeError. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
