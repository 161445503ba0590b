import { levelOfScriptName } from './detector.js';
import { makeTargets } from './make.js';
import type { GateLevel } from './types.js';

/**
 * A bare `make` runs the default goal: `.DEFAULT_GOAL` when set, otherwise the first target of the
 * first rule make reads (GNU make's documented rule: targets starting with `.` and pattern rules do not
 * count), and through it every target its prerequisites reach. Prometheus' `Makefile.common` layout is
 * the common shape: `all:: vet … common-all` with `common-all: … lint … test` in an included file and
 * `%: common-% ;` turning `vet` into `common-vet`. The goal is read as the list of targets it makes.
 */

/** A `make` rule: its targets and prerequisites. */
interface Rule {
  targets: string[];
  prerequisites: string;
}

const RULE = /^([A-Za-z0-9_][\w./-]*(?:[ \t]+[A-Za-z0-9_][\w./-]*)*)[ \t]*::?(?![=])(.*)$/;
const ASSIGNMENT = /^\s*(?:export\s+|override\s+)?([A-Za-z_][\w-]*)\s*(?::{1,3}=|\?=|\+=|=)\s*(.*)$/;
const INCLUDE = /^\s*-?s?include\s+(.+)$/;

/** The makefile with its `include`d files (those the folder has, named without variables) read in place. */
function withIncludes(text: string, read: (name: string) => string | undefined): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const names = INCLUDE.exec(line)?.[1]?.trim().split(/\s+/) ?? [];
      if (names.length === 0 || names.some((n) => n.includes('$'))) return line;
      return names.map((n) => read(n) ?? '').join('\n');
    })
    .join('\n');
}

/** Every value a variable is given anywhere (both arms of an `ifeq`: the goal may reach either). */
function variables(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const m = ASSIGNMENT.exec(line);
    if (!m) continue;
    out.set(m[1] as string, [...(out.get(m[1] as string) ?? []), (m[2] as string).trim()]);
  }
  return out;
}

function rules(text: string): Rule[] {
  const out: Rule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s/.test(line) || ASSIGNMENT.test(line)) continue;
    const m = RULE.exec(line);
    if (m) out.push({ targets: (m[1] as string).split(/\s+/), prerequisites: (m[2] as string).replace(/;.*$/, '').replace(/#.*$/, '') });
  }
  return out;
}

/** The names a prerequisite list holds, `$(var)` and `${var}` replaced by the variable's values. */
function names(list: string, vars: Map<string, string[]>, depth = 0): string[] {
  const out: string[] = [];
  for (const word of list.trim().split(/\s+/).filter(Boolean)) {
    const ref = /^\$[({]([\w-]+)[)}]$/.exec(word)?.[1];
    if (ref !== undefined && depth < 3) out.push(...(vars.get(ref) ?? []).flatMap((v) => names(v, vars, depth + 1)));
    else if (!word.includes('$') && !word.includes('%')) out.push(word);
  }
  return out;
}

/** The goal a bare `make` makes: `.DEFAULT_GOAL`, else the first target that is not special or a pattern. */
export function defaultGoal(text: string): string | undefined {
  const explicit = /^\s*\.DEFAULT_GOAL\s*:?=\s*(\S+)/m.exec(text)?.[1];
  return explicit ?? makeTargets(text).find((t) => !t.startsWith('.') && !t.includes('%'));
}

/** The default goal and the targets it reaches, or undefined when the makefile has no rule. */
export function defaultGoalTargets(makefile: string, read: (name: string) => string | undefined): string[] | undefined {
  const text = withIncludes(makefile, read);
  const all = rules(text);
  const goal = defaultGoal(text);
  if (goal === undefined) return undefined;
  const vars = variables(text);
  // `%: common-% ;`: a name with no rule of its own is made by the pattern's target.
  const pattern = /^%\s*::?\s*([\w.-]*)%\s*(;.*)?$/m.exec(text)?.[1];
  const ruled = new Set(all.flatMap((r) => r.targets));
  const reached: string[] = [];
  const queue = [goal];
  while (queue.length > 0 && reached.length < 200) {
    const name = queue.shift() as string;
    if (reached.includes(name)) continue;
    reached.push(name);
    const own = all.filter((r) => r.targets.includes(name));
    if (own.length === 0 && pattern !== undefined && ruled.has(`${pattern}${name}`)) queue.push(`${pattern}${name}`);
    for (const r of own) queue.push(...names(r.prerequisites, vars));
  }
  // A prerequisite that is a file (`collector/fixtures/sys/.unpacked`, `$(PROMTOOL)`) is made, not run.
  return reached.filter((t) => ruled.has(t) && !t.includes('/'));
}

/** The body of a bare `make`: one `make <target>` line per target its default goal reaches. */
export function defaultGoalBody(makefile: string, read: (name: string) => string | undefined): string | undefined {
  const targets = defaultGoalTargets(makefile, read);
  return targets === undefined ? undefined : targets.map((t) => `make ${t}`).join('\n');
}

/**
 * The level of a bare `make` from the targets its goal reaches: the test run when it reaches a
 * unit-test target (as a bare `rake` or `nox` is). Otherwise it is no gate: a default goal mostly
 * builds, and its other targets' names mislead (`all: dynamic static` builds a static library).
 */
export function defaultGoalLevel(body: string | undefined): GateLevel | undefined {
  const reached = (body ?? '').split('\n').map((line) => levelOfScriptName(line.replace(/^make\s+/, '').trim()));
  return reached.includes(2) ? 2 : undefined;
}
