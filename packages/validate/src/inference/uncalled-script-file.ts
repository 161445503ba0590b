import { scriptInvocation } from './invocation.js';
import type { Candidate } from './types.js';

/**
 * A script file of the repository CI never calls (`script/test`, which runs `bundle exec rake` once per
 * Rails version it exports) whose body runs CI's own line of that level verbatim: CI takes the line
 * directly, with its own matrix, so the line stands for the gate and the local wrapper around it does not.
 */
export function wrapsCiLine(c: Candidate, witnessLines: string[], body: string | undefined): boolean {
  if (scriptInvocation(c.command)?.runner !== 'file' || witnessLines.length === 0 || !body) return false;
  const lines = new Set(body.split(/\r?\n/).map((l) => l.trim()));
  return witnessLines.every((w) => lines.has(w.trim()));
}
