import { isDiffCheck } from './diff-check.js';

/** One command of a split `run:` script (the fields this file reads and writes). */
interface ScriptStep {
  command: string;
  cwd: string;
  line: number;
  checkedByDiff?: boolean;
}

/** `name() {`, `function name {`, `function name() {`: the opening line of a shell function. */
const OPENING = /^(?:function\s+)?([A-Za-z_][\w-]*)\s*(?:\(\s*\))?\s*\{$/;
/** A body line that runs the function's arguments as a command (`"$@" >/dev/null || return 1`). */
const RUNS_ARGUMENTS = /^(?:"\$@"|\$@|"\$\{@\}")(\s|$)/;

interface Wrapper {
  /** The body checks the tree is unchanged after the run (`git diff --exit-code`). */
  diffChecked: boolean;
}

/**
 * Functions of the script that run their arguments (`assert-nothing-changed() { "$@"; git diff
 * --exit-code …; }`), with where each definition starts and ends (index of its closing `}`).
 */
function wrappers(steps: readonly ScriptStep[]): { byName: Map<string, Wrapper>; defined: Set<number> } {
  const byName = new Map<string, Wrapper>();
  const defined = new Set<number>();
  for (let i = 0; i < steps.length; i++) {
    const name = OPENING.exec((steps[i] as ScriptStep).command)?.[1];
    if (name === undefined) continue;
    const end = steps.findIndex((s, j) => j > i && s.command === '}');
    if (end < 0) return { byName, defined };
    const body = steps.slice(i + 1, end).map((s) => s.command);
    if (body.some((c) => RUNS_ARGUMENTS.test(c))) {
      byName.set(name, { diffChecked: body.some(isDiffCheck) });
      for (let j = i; j <= end; j++) defined.add(j);
    }
    i = end;
  }
  return { byName, defined };
}

/**
 * A `run:` script that defines a function running its arguments and calls it
 * (`assert-nothing-changed go fmt ./...`): the definition runs nothing, each call runs its arguments.
 * When the function checks the tree afterwards, the call is that command checked by a diff, as a
 * next step's `git diff --exit-code` would make it.
 */
export function throughShellWrappers<T extends ScriptStep>(steps: T[]): T[] {
  const { byName, defined } = wrappers(steps);
  if (byName.size === 0) return steps;
  const out: T[] = [];
  for (const [index, step] of steps.entries()) {
    if (defined.has(index)) continue;
    const [first = '', ...rest] = step.command.split(/\s+/);
    const wrapper = byName.get(first);
    if (wrapper === undefined || rest.length === 0) out.push(step);
    else out.push({ ...step, command: rest.join(' '), ...(wrapper.diffChecked ? { checkedByDiff: true } : {}) });
  }
  return out;
}
