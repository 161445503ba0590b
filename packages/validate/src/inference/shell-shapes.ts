/**
 * The command a shell line really gates on, when the line wraps it in plumbing:
 * - `files=$(gofmt -s -l .)` runs the command it captures (its output is checked next);
 * - `if ! rustfmt --check $(git ls-files '*.rs'); then` runs the condition's command;
 * - `find src -name '*.rs' | xargs rustfmt --check` runs what xargs is given.
 * Any other line is returned as it is.
 */
export function gateOfShellLine(part: string): string {
  const captured = /^[A-Za-z_]\w*=["']?\$\((.+)\)["']?$/.exec(part);
  if (captured) return (captured[1] as string).trim();
  const condition = /^(?:if|elif|while|until)\s+(?:!\s+)?(.+?)(?:\s*;\s*then)?$/.exec(part) ?? /^!\s+(.+)$/.exec(part);
  if (condition && !/^(\[|\[\[|test\s)/.test(condition[1] as string)) return gateOfShellLine((condition[1] as string).trim());
  const xargs = /\|\s*xargs(?:\s+-[A-Za-z0-9]+)*\s+([^|]+)$/.exec(part);
  if (xargs) return (xargs[1] as string).trim();
  return part;
}
