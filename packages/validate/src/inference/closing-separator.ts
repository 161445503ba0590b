/**
 * `line` without a closing shell separator (`mage -v check;`, a case arm's `;;`) and the blanks before
 * it. Written without a pattern: `/\s*;$/` tries every blank of a long run in turn, quadratic time on
 * a line of blanks.
 */
export function withoutClosing(line: string, separator: ';' | ';;'): string {
  return line.endsWith(separator) ? line.slice(0, -separator.length).trimEnd() : line;
}
