import { levelOfCiCommand } from './ci-level.js';

/** One part of a CI line that runs several tasks: the command that runs the part alone, and its body. */
export interface UmbrellaPart {
  command: string;
  body: string | undefined;
}

/**
 * An umbrella CI line (a make target of prerequisites, a Taskfile task of tasks, a poe sequence) is each
 * of its parts at its own level when the parts are gates of different levels; parts of one level keep
 * the umbrella's own spelling.
 */
export function splitByLevel(command: string, parts: readonly UmbrellaPart[]): string[] {
  const levels = new Set(parts.map((x) => levelOfCiCommand(x.command, x.body)).filter((l) => l !== undefined));
  return levels.size > 1 ? parts.map((x) => x.command) : [command];
}
