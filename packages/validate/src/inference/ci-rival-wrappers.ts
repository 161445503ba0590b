import { scriptInvocation } from './invocation.js';
import type { Candidate } from './types.js';

/**
 * Two task runners that both wrap the same bare CI line (tox's `py312` and hatch's `test:all` around
 * CI's `pytest`), neither called anywhere in CI: neither is how the project drives that gate, and
 * picking one would be a guess. CI's own line is the witness, so both give way to it (the caller adds
 * the CI line back as a command no kept candidate covers).
 *
 * Only scripts of a runner CI never calls, at the same level, confirmed by tools alone and by exactly
 * the same CI lines are dropped; a runner CI calls is left to `preferCiRunners`. Each must wrap one
 * command: a recipe of several (`lint: ./fmt-check.sh` + `golangci-lint run`) gathers CI's steps into
 * one gate, which CI's single line does not stand for.
 */
export function withoutRivalWrappers<T extends Candidate>(
  kept: T[],
  ciCommands: readonly string[],
  witnessOf: (c: T) => { byName: boolean; lines: readonly string[] },
  bodyOf: (c: T) => string | undefined,
): T[] {
  const ciRunners = new Set<string>(ciCommands.map((c) => scriptInvocation(c)?.runner).filter((r) => r !== undefined));
  const uncalled = (c: T): string | undefined => {
    const runner = scriptInvocation(c.command)?.runner;
    const own = witnessOf(c);
    if (runner === undefined || runner === 'file' || ciRunners.has(runner) || own.byName || own.lines.length === 0) return undefined;
    return oneCommand(bodyOf(c)) ? runner : undefined;
  };
  const lineSet = (c: T): string => [...new Set(witnessOf(c).lines)].sort().join('\n');
  return kept.filter((c) => {
    const runner = uncalled(c);
    if (runner === undefined) return true;
    return !kept.some((d) => {
      const other = uncalled(d);
      return d !== c && d.level === c.level && other !== undefined && other !== runner && lineSet(d) === lineSet(c);
    });
  });
}

/**
 * Whether a script body is one command (`pytest {args}`), not a recipe of several. A tox run of many
 * environments repeats each one's commands, so the same line over again still counts as one.
 */
function oneCommand(body: string | undefined): boolean {
  if (body === undefined) return false;
  const lines = body.split('\n').map((l) => l.trim());
  return new Set(lines.filter((l) => l !== '' && !l.startsWith('#'))).size === 1;
}
