import { createHash } from 'node:crypto';
import { parseCommandLine, type Prp } from '@ce/core';

/**
 * Every command a PRP can make ce run: its Validation Loop (levels 1–3) and each task's validation
 * commands, in document order, each once. This is the list a person allows with `ce prp allow`.
 */
export function prpCommandList(prp: Prp): string[] {
  const fromLoop = [1, 2, 3].flatMap((level) => prp.validationCommands[level as 1] ?? []);
  const fromTasks = prp.tasks.flatMap((task) => task.validation);
  return [...new Set([...fromLoop, ...fromTasks])];
}

/** The hash recorded by an allow: any change to the list (an added, removed or edited command) changes it. */
export function commandListHash(commands: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(commands)).digest('hex');
}

/**
 * The form two commands are compared in: argv for a plain program call (so `npm  test` and
 * `npm test` are the same command), the exact text for anything that needs a shell.
 */
export function commandKey(command: string): string {
  const { argv } = parseCommandLine(command);
  return argv ? `argv:${JSON.stringify(argv)}` : `sh:${command.trim()}`;
}
