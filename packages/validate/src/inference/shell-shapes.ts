/**
 * The command a shell line really gates on, when the line wraps it in plumbing:
 * - `files=$(gofmt -s -l .)` runs the command it captures (its output is checked next);
 * - `if ! rustfmt --check $(git ls-files '*.rs'); then` runs the condition's command;
 * - `find src -name '*.rs' | xargs rustfmt --check` runs what xargs is given;
 * - `diff -u <(echo -n) <(go fmt ./...)`, `test -z "$(gofmt -l .)"` (quoted or not), `[ -n "$(gofmt -l .)" ]`
 *   require the command to print nothing: it is a check, whatever it would write.
 * Any other line is returned as it is.
 */
export function gateOfShellLine(line: string): string {
  let part = line;
  // `if ! ! x; then`: conditions unwrapped in a loop, so any depth costs no stack.
  for (;;) {
    const captured = /^[A-Za-z_]\w*=["']?\$\((.+)\)["']?$/.exec(part);
    if (captured) return (captured[1] as string).trim();
    const silent = printsNothing(part);
    if (silent) return silent;
    // All leading `if` / `!` words at once: a run of thousands costs one pass.
    const lead = /^(?:(?:if|elif|while|until)\s+|!\s+)+/.exec(part)?.[0];
    if (!lead) break;
    part = part
      .slice(lead.length)
      .replace(/\s*;\s*then$/, '')
      .trim();
  }
  // The last `| xargs [-opts] cmd`: options are single words, so `cmd` starts at the first word without a dash.
  const xargs = /\|\s*xargs((?:\s+-[A-Za-z0-9]+)*)\s+([^|\s-][^|]*)$/.exec(part);
  if (xargs) return (xargs[2] as string).trim();
  return installedTool(part) ?? part;
}

/**
 * A tool CI installed and calls by where it put it (`$GITHUB_WORKSPACE/golangci-lint run`,
 * `$(go env GOPATH)/bin/staticcheck ./...`, `~/.cargo/bin/cargo-deny`): locally that is the tool on
 * the PATH. Only install folders count: a binary under `$BUILD/out/` is something the project built.
 */
function installedTool(part: string): string | undefined {
  const m = /^(?:\$\{?[A-Za-z_]\w*\}?|\$\([^()]*\)|~)(?:\/(?:go|\.cargo|\.local|node_modules|\.bin|bin))*\/([A-Za-z][\w-]*)(\s.*)?$/.exec(
    part,
  );
  return m ? `${m[1] as string}${m[2] ?? ''}` : undefined;
}

/** The command whose output must be empty in `diff <(echo -n) <(x)`, `test -z "$(x)"`, `[ -n "$(x)" ]`, or undefined. */
function printsNothing(part: string): string | undefined {
  const diff =
    /^diff\s+(?:-\S+\s+)*<\(\s*echo(?:\s+-n)?\s*\)\s+<\((.+)\)$/.exec(part) ??
    /^diff\s+(?:-\S+\s+)*<\((.+)\)\s+<\(\s*echo(?:\s+-n)?\s*\)$/.exec(part);
  // Quoted or not (`test -z $(gofmt -l .)`): either way the listing must be empty.
  const test = /^(?:test|\[\[?)\s+-[zn]\s+("?)\$\((.+?)\)\1\s*(?:\]\]?)?$/.exec(part);
  const inner = (diff?.[1] ?? test?.[2])?.trim();
  if (!inner) return undefined;
  // `go fmt` prints the files it rewrote: printing nothing is gofmt's listing check.
  return /^go\s+fmt(\s|$)/.test(inner) ? 'gofmt -l .' : inner;
}
