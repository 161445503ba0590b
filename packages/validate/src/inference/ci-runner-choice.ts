import { scriptInvocation } from './invocation.js';
import type { Candidate } from './types.js';

/**
 * Of two project scripts CI confirms only through the same CI line (a Makefile `test:` and a tox
 * environment that both run pytest, beside CI's own `pytest tests`), the one of a task runner CI
 * calls somewhere is how the project drives its checks; the other runner's script is a second way
 * to the same gate that CI never takes, and is dropped.
 *
 * `witnessOf(c)` gives the CI lines that confirm a candidate only by the tools they share; a
 * candidate CI runs by name (`sameInvocation`) is never dropped.
 */
export function preferCiRunners<T extends Candidate>(
  kept: T[],
  ciCommands: readonly string[],
  witnessOf: (c: T) => { byName: boolean; lines: readonly string[] },
): T[] {
  const ciRunners = new Set<string>(ciCommands.map((c) => scriptInvocation(c)?.runner).filter((r) => r !== undefined));
  const runnerOf = (c: T): string | undefined => scriptInvocation(c.command)?.runner;
  return kept.filter((c) => {
    const runner = runnerOf(c);
    const own = witnessOf(c);
    if (runner === undefined || ciRunners.has(runner) || own.byName || own.lines.length === 0) return true;
    // Dropped when every CI line that confirms it also confirms a script of a runner CI calls.
    return !own.lines.every((line) =>
      kept.some((d) => {
        const r = runnerOf(d);
        return d !== c && d.level === c.level && r !== undefined && ciRunners.has(r) && witnessOf(d).lines.includes(line);
      }),
    );
  });
}
