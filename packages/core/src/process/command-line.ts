import { parse, quote } from 'shell-quote';

export interface ParsedCommand {
  /** argv when the command is a plain program call; undefined when it needs a shell. */
  argv: string[] | undefined;
  /** Why a shell is needed (operators, globs, substitutions), for logs. */
  shellReason: string | undefined;
}

/**
 * Splits a command string (`npm run lint -- --max-warnings 0`) into argv without a shell.
 * Commands that use shell features (`&&`, pipes, redirects, globs, `$VAR`) are reported as
 * needing a shell, so the runner can use one only where the command itself asks for it.
 */
export function parseCommandLine(command: string): ParsedCommand {
  if (/\$|`/.test(command)) return { argv: undefined, shellReason: 'variable or command substitution' };
  const tokens = parse(command);
  const argv: string[] = [];
  for (const token of tokens) {
    if (typeof token === 'string') {
      argv.push(token);
      continue;
    }
    if ('op' in token) {
      return { argv: undefined, shellReason: token.op === 'glob' ? 'glob pattern' : `shell operator ${token.op}` };
    }
    return { argv: undefined, shellReason: 'shell comment or expression' };
  }
  if (argv.length === 0) return { argv: undefined, shellReason: 'empty command' };
  // A leading `VAR=value` assignment is shell syntax too.
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0] ?? '')) return { argv: undefined, shellReason: 'environment assignment' };
  return { argv, shellReason: undefined };
}

/** Quotes argv back into one command string for display. */
export function formatCommandLine(argv: readonly string[]): string {
  return quote([...argv]);
}
