/**
 * The command a shell line really gates on, when the line wraps it in plumbing:
 * - `files=$(gofmt -s -l .)` runs the command it captures (its output is checked next);
 * - `if ! rustfmt --check $(git ls-files '*.rs'); then` runs the condition's command;
 * - `find src -name '*.rs' | xargs rustfmt --check` runs what xargs is given;
 * - `diff -u <(echo -n) <(go fmt ./...)`, `test -z "$(gofmt -l .)"`, `[ -n "$(gofmt -l .)" ]`
 *   require the command to print nothing: it is a check, whatever it would write.
 * Any other line is returned as it is.
 */
export function gateOfShellLine(part: string): string {
  const captured = /^[A-Za-z_]\w*=["']?\$\((.+)\)["']?$/.exec(part);
  if (captured) return (captured[1] as string).trim();
  const silent = printsNothing(part);
  if (silent) return silent;
  const condition = /^(?:if|elif|while|until)\s+(?:!\s+)?(.+?)(?:\s*;\s*then)?$/.exec(part) ?? /^!\s+(.+)$/.exec(part);
  if (condition) return gateOfShellLine((condition[1] as string).trim());
  const xargs = /\|\s*xargs(?:\s+-[A-Za-z0-9]+)*\s+([^|]+)$/.exec(part);
  if (xargs) return (xargs[1] as string).trim();
  return part;
}

/** The command whose output must be empty in `diff <(echo -n) <(x)`, `test -z "$(x)"`, `[ -n "$(x)" ]`, or undefined. */
function printsNothing(part: string): string | undefined {
  const diff =
    /^diff\s+(?:-\S+\s+)*<\(\s*echo(?:\s+-n)?\s*\)\s+<\((.+)\)$/.exec(part) ??
    /^diff\s+(?:-\S+\s+)*<\((.+)\)\s+<\(\s*echo(?:\s+-n)?\s*\)$/.exec(part);
  const test = /^(?:test|\[\[?)\s+-[zn]\s+"\$\((.+?)\)"\s*(?:\]\]?)?$/.exec(part);
  const inner = (diff?.[1] ?? test?.[1])?.trim();
  if (!inner) return undefined;
  // `go fmt` prints the files it rewrote: printing nothing is gofmt's listing check.
  return /^go\s+fmt(\s|$)/.test(inner) ? 'gofmt -l .' : inner;
}
