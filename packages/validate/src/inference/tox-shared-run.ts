import type { CiCandidate } from './ci-workflows.js';
import { scriptInvocation } from './invocation.js';
import type { Candidate } from './types.js';

/** The environments a tox line names with `-e` (`tox -e py310,smoke` → py310, smoke). */
function envsOf(command: string): string[] {
  const inv = scriptInvocation(command);
  return inv?.runner === 'tox' && inv.name && !inv.name.startsWith('-') ? inv.name.split(',') : [];
}

/**
 * A tox environment CI runs only inside one invocation with the unit-test environments
 * (`TOXENV: py310,smoke` in the job that runs the unit tests) is part of that level-2 run, whatever
 * its name suggests on its own (`smoke` reads as an integration suite): CI gives it that run's level.
 */
export function levelOfSharedToxRun<T extends Candidate>(c: T, ci: readonly CiCandidate[]): T {
  const own = envsOf(c.command);
  if (c.level !== 3 || own.length !== 1) return c;
  const naming = ci.filter((x) => envsOf(x.command).includes(own[0] as string));
  const shared = naming.length > 0 && naming.every((x) => x.level === 2 && envsOf(x.command).length > 1);
  return shared ? { ...c, level: 2 } : c;
}
