/**
 * A shell word quoted across lines (`jq '[.[] | select(` … `) | .additions] | add'`, a `python -c "…"`
 * program) is one word of one command: the lines before its closing quote are not commands of their
 * own. Whether a line leaves a quote open, read as the shell does: `'…'` takes everything literally,
 * `"…"` honours backslash escapes, a backslash outside quotes escapes the next character, and an
 * unquoted `#` after a blank starts a comment.
 */
export function leavesQuoteOpen(line: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = undefined;
    } else if (ch === '\\') i++;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) return false;
  }
  return quote !== undefined;
}
