import { scriptInvocation } from './invocation.js';
import type { Candidate, GateLevel } from './types.js';

/** Test tools whose suite inference splits by folder or marker (`rspec spec/integration`, `pytest -m integration`). */
const SPLIT_TOOLS = [/(^|\s)rspec(\s|$)/, /(^|\s)pytest(\s|$)/];

/** Options that select part of a suite. */
const SELECTING = /^(-m|-k|--tag|-t|--exclude-pattern|--pattern|-P|--ignore(-glob)?(=.*)?|--deselect|--example|-e)$/;

/** Whether the words after the tool select part of the suite (a path, a marker, a tag, an exclusion). */
function selectsPart(command: string, tool: RegExp): boolean {
  const m = tool.exec(command);
  if (!m) return false;
  const rest = command.slice(m.index + m[0].length).trim();
  return rest !== '' && rest.split(/\s+/).some((w) => !w.startsWith('-') || SELECTING.test(w.replace(/=.*$/, '')));
}

/**
 * A split of the test tool's suite that inference made from the tree (spec/integration at level 3, the
 * rest at 2) is not the project's when every CI line running that tool directly runs the whole suite at level 2
 * (`bundle exec rspec --backtrace`): the split's commands are dropped and CI's whole run stands.
 */
export function withoutUnmadeSplit<T extends Candidate>(candidates: T[], ci: readonly { command: string; level: GateLevel }[]): T[] {
  let out = candidates;
  for (const tool of SPLIT_TOOLS) {
    const direct = ci.filter((c) => c.level > 1 && tool.test(c.command) && scriptInvocation(c.command) === undefined);
    // A CI line at level 3 (`pytest --integration`) or one that selects is CI's own split.
    if (direct.length === 0 || direct.some((c) => c.level === 3 || selectsPart(c.command, tool))) continue;
    out = out.filter((c) => !(c.kind === 'tool' && c.level > 1 && tool.test(c.command) && (c.level === 3 || selectsPart(c.command, tool))));
  }
  return out;
}
