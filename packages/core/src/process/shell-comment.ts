/**
 * A shell line without its trailing comment, as sh reads it: `#` starts a comment only at the
 * start of a word (after a blank or at the line's start) and outside quotes, so
 * `npm test  # runs vitest` → `npm test` while `$#`, `a#b`, `'#'` and `"x # y"` stay. A backslash
 * escapes the next character outside single quotes (`echo \# x` keeps its `#`).
 */
export function withoutShellComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) return line.slice(0, i).trimEnd();
  }
  return line;
}
