import { isDiffCheck } from './diff-check.js';

/** One command of a split `run:` script (the fields this file reads and writes). */
interface ScriptStep {
  command: string;
  cwd: string;
  line: number;
  checkedByDiff?: boolean;
}

/** `name() {`, `function name {`, `function name() {`: the opening line of a shell function. */
const OPENING = /^(?:function\s+)?([A-Za-z_][\w-]*)\s*(?:\(\s*\)\s*)?\{$/;
/** A body line that runs the function's arguments as a command (`"$@" >/dev/null || return 1`). */
const RUNS_ARGUMENTS = /^(?:"\$@"|\$@|"\$\{@\}")(\s|$)/;

interface Wrapper {
  /** The body checks the tree is unchanged after the run (`git diff --exit-code`). */
  diffChecked: boolean;
}

interface ScriptFunctions {
  /** Functions that run their arguments, by name. */
  byName: Map<string, Wrapper>;
  /** Indexes of the wrappers' definitions (opening line to closing `}`). */
  defined: Set<number>;
  /** Every function the script defines (wrapper or not). */
  names: Set<string>;
}

/**
 * Functions of the script: those that run their arguments (`assert-nothing-changed() { "$@"; git
 * diff --exit-code …; }`), with where each definition starts and ends (index of its closing `}`),
 * and the names of all the others.
 */
function scriptFunctions(steps: readonly ScriptStep[]): ScriptFunctions {
  const found: ScriptFunctions = { byName: new Map(), defined: new Set(), names: new Set() };
  for (let i = 0; i < steps.length; i++) {
    const name = OPENING.exec((steps[i] as ScriptStep).command)?.[1];
    if (name === undefined) continue;
    const end = steps.findIndex((s, j) => j > i && s.command === '}');
    if (end < 0) return found;
    found.names.add(name);
    const body = steps.slice(i + 1, end).map((s) => s.command);
    if (body.some((c) => RUNS_ARGUMENTS.test(c))) {
      found.byName.set(name, { diffChecked: body.some(isDiffCheck) });
      for (let j = i; j <= end; j++) found.defined.add(j);
    }
    i = end;
  }
  return found;
}

/**
 * A `run:` script that defines a function running its arguments and calls it
 * (`assert-nothing-changed go fmt ./...`): the definition runs nothing, each call runs its arguments.
 * When the function checks the tree afterwards, the call is that command checked by a diff, as a
 * next step's `git diff --exit-code` would make it. A call of any other function the script defines
 * (`run_group "Lib tests" "$lib_tests" --lib`) runs no program of that name: the shell runs the
 * function's body, whose lines the script already holds, so the call itself is dropped.
 */
export function throughShellWrappers<T extends ScriptStep>(steps: T[]): T[] {
  const { byName, defined, names } = scriptFunctions(steps);
  if (names.size === 0) return steps;
  const out: T[] = [];
  for (const [index, step] of steps.entries()) {
    if (defined.has(index)) continue;
    const [first = '', ...rest] = step.command.split(/\s+/);
    const wrapper = byName.get(first);
    if (wrapper === undefined && names.has(first)) continue;
    if (wrapper === undefined || rest.length === 0) out.push(step);
    else out.push({ ...step, command: rest.join(' '), ...(wrapper.diffChecked ? { checkedByDiff: true } : {}) });
  }
  return out;
}
