/** Human output shared by `ce init` and `ce agents setup` (silent under --json: `log` is). */
interface Logger {
  log(message?: string): void;
}

export function presentFiles(out: Logger, files: readonly { path: string; action: string; note?: string }[]): void {
  for (const file of files) out.log(`${file.action.padEnd(11)} ${file.path}${file.note ? `  (${file.note})` : ''}`);
}

export function presentAgentSteps(out: Logger, steps: readonly string[]): void {
  if (steps.length === 0) return;
  out.log('');
  for (const step of steps) out.log(`  ${step}`);
  out.log('');
}
