/**
 * A shell word quoted across lines (`jq '[.[] | select(` … `) | .additions] | add'`, a `python -c "…"`
 * program) is one word of one command: the lines before its closing quote are not commands of their
 * own. Whether a line leaves a quote open, read as the shell does: `'…'` takes everything literally,
 * `"…"` honours backslash escapes, a backslash outside quotes escapes the next character, and an
 * unquoted `#` after a blank starts a comment.
 */
export function leavesQuoteOpen(line: string): boolean {
  return quoteOpenAfter(line) !== undefined;
}

/**
 * The quote still open after `text`, read from the state `open` a previous piece left (so a quote spread
 * over many lines is read once, piece by piece, not again from its start on every line); undefined when
 * none is open.
 */
export function quoteOpenAfter(text: string, open?: string): string | undefined {
  let quote = open;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = undefined;
    } else if (ch === '\\') i++;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) return undefined;
  }
  return quote;
}
