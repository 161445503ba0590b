import { splitByLevel } from './split-by-level.js';
import { defaultGoal } from './make-default-goal.js';
import { recipes, withDependencies } from './make.js';

const MAKEFILES = ['GNUmakefile', 'makefile', 'Makefile'];

/** The prerequisites of a target that has no recipe of its own, or undefined when it has one. */
function prerequisitesOnly(bodies: Map<string, string>, target: string): string[] | undefined {
  const own = bodies.get(target);
  if (own === undefined) return undefined;
  const [head = '', ...lines] = own.split('\n');
  if (lines.some((line) => line.trim() !== '')) return undefined;
  // `test: lint type-check unit package ## Run all checks`: the help comment is no prerequisite.
  const names = (head.replace(/^#:\s*/, '').split('#')[0] as string).split(/\s+/).filter((n) => n !== '' && n !== '|');
  return names.length > 0 && names.every((n) => bodies.has(n)) ? names : undefined;
}

/**
 * The targets an umbrella stands for: its prerequisites when it has no recipe and more than one of
 * them. An alias of one other target (`all: checks`) is followed first, as make makes that target.
 */
function umbrellaParts(bodies: Map<string, string>, target: string): string[] | undefined {
  let names = prerequisitesOnly(bodies, target);
  for (let hops = 0; names?.length === 1 && hops < 5; hops++) names = prerequisitesOnly(bodies, names[0] as string);
  return names !== undefined && names.length > 1 ? names : undefined;
}

/**
 * `make test` where the Makefile says `test: lint type-check unit package` and nothing more: make runs
 * those targets, one after the other, and the target itself does nothing else. When they are gates of
 * different levels (a check, the unit tests) the one CI line is each of them at its own level, as if
 * CI had written `make lint type-check unit package`. Targets of one level keep the umbrella's name.
 * A bare `make` is its default goal (`all: checks`, `checks: lint test examples functional-test`).
 */
export function splitPrerequisiteTargets(command: string, cwd: string, read: (path: string) => string | undefined): string[] {
  // A bare `make` (no `-C`/`-f` naming another makefile) makes the default goal: the same split applies to it.
  const m = /^(make|gmake)((?:\s+-(?![Cf]\b)[\w-]+)*)(?:\s+([\w.-]+))?$/.exec(command);
  if (!m) return [command];
  const text = MAKEFILES.map((f) => read(cwd === '.' ? f : `${cwd}/${f}`)).find((t) => t !== undefined);
  if (text === undefined) return [command];
  const bodies = recipes(text);
  const goal = m[3] ?? defaultGoal(text);
  const names = goal === undefined ? undefined : umbrellaParts(bodies, goal);
  if (!names) return [command];
  const each = names.map((n) => ({ command: `${m[1]}${m[2] ?? ''} ${n}`, body: withDependencies(bodies, n) }));
  return splitByLevel(command, each);
}
