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
export function withoutUnmadeSplit<T extends Candidate>(
  candidates: T[],
  ci: readonly { command: string; level: GateLevel }[],
  bodyOf: (command: string) => string | undefined = () => undefined,
): T[] {
  let out = candidates;
  for (const tool of SPLIT_TOOLS) {
    const direct = ci.flatMap((c) => {
      const line = runLine(c.command, bodyOf);
      return c.level > 1 && line !== undefined && tool.test(line) ? [{ command: line, level: c.level }] : [];
    });
    const split = (c: T): boolean =>
      c.kind === 'tool' && c.level > 1 && tool.test(c.command) && (c.level === 3 || selectsPart(c.command, tool));
    // A CI line at level 3 (`pytest --integration`) is CI's own split; so is a selection when CI never
    // runs the whole suite, or one of the parts the tree's split makes (`pytest -m autobahn`). A whole
    // run beside a selection of another part (`rspec`, then `rspec spec/slow/*_spec.rb` for what the
    // default leaves out) already holds every part the tree's split would make.
    const ownSplit = (c: { command: string; level: GateLevel }): boolean =>
      c.level === 3 || (selectsPart(c.command, tool) && out.some((s) => split(s) && sharesSelection(c.command, s.command, tool)));
    if (direct.length === 0 || direct.some(ownSplit) || direct.every((c) => selectsPart(c.command, tool))) continue;
    out = out.filter((c) => !split(c));
  }
  return out;
}

/**
 * The line a CI command runs the tool with: the command itself, or the one-line body of the task it
 * names (`task py:test` whose task is `poetry run pytest {{ .CLI_ARGS }}`: the arguments placeholder is
 * empty when CI passes none). Undefined for a script of several lines, which is judged elsewhere.
 */
function runLine(command: string, bodyOf: (command: string) => string | undefined): string | undefined {
  if (scriptInvocation(command) === undefined) return command;
  const lines = (bodyOf(command) ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length !== 1 || /\s--(\s|$)/.test(command)) return undefined;
  return (lines[0] as string).replace(/\s*\{\{\s*\.CLI_ARGS\s*\}\}/g, '');
}

/** Whether a CI line's selection (`-m autobahn`, `spec/slow`) names a part the other command selects too. */
function sharesSelection(ciLine: string, command: string, tool: RegExp): boolean {
  const m = tool.exec(ciLine);
  const words = m
    ? ciLine
        .slice(m.index + m[0].length)
        .trim()
        .split(/\s+/)
    : [];
  const chosen = words.filter((w) => w !== '' && !w.startsWith('-')).map((w) => w.replace(/^["']|["']$/g, ''));
  const other = command.split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
  return chosen.some((w) => other.includes(w));
}
