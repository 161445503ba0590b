export type Severity = 'error' | 'warning' | 'info';

/** One problem a gate reported, in the same shape whatever tool found it. */
export interface Diagnostic {
  /** Relative to the repository root (forward slashes) when the file is inside it. */
  file: string;
  line: number;
  column: number;
  /** Rule or error code (`prefer-const`, `TS2322`, `F401`, `E0308`), or the check's name. */
  rule: string;
  message: string;
  severity: Severity;
  tool: string;
}

/** A parser for one tool's output; `file` paths are returned as printed (resolved by the caller). */
export interface DiagnosticParser {
  tool: string;
  parse(output: string): Diagnostic[];
}

export function diag(
  tool: string,
  file: string,
  line: number | string | undefined,
  column: number | string | undefined,
  rule: string,
  message: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file, line: Number(line ?? 0) || 0, column: Number(column ?? 0) || 0, rule, message: message.trim(), severity, tool };
}

/** Strips ANSI colour codes. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r\n?/g, '\n');
}
