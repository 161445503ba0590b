/**
 * The exit codes every `ce` command uses (DESIGN.md):
 * 0 success, 1 a check or gate failed (or an unexpected fault), 2 bad usage or input, 3 escalation to a human.
 */
export const ExitCode = {
  Ok: 0,
  Failed: 1,
  Usage: 2,
  Escalation: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
