/**
 * A script's branch chosen by its arguments: `if [ "$1" = "--fix" ]; then ruff check . --fix; else ruff
 * check .; fi` runs the `else` part when CI calls it without `--fix` (scripts/lint of the Stainless SDKs).
 * The test is the shell's `[`/`[[` on a positional parameter (`=`, `==`, `!=` against a literal word,
 * `-z`, `-n`), which CI's words decide; the branch that does not run is dropped from the body, so a fixer
 * behind an option CI never passes does not make the script a fixer. Nested or `elif` chains are left as written.
 */

// `"${1:-}"` / `"${1:-fast}"`: the parameter with its default (group 6), the value when CI passes none.
const TEST =
  /^\s*if\s+\[\[?\s+(?:(-[zn])\s+)?"?\$(?:\{([1-9])(?::-([^}"'\s]*))?\}|([1-9]))"?(?:\s+(==?|!=)\s+(["']?)([^"'\s\]]*)\6)?\s+\]\]?\s*;?\s*(then)?\s*$/;

function holds(op: string | undefined, test: string | undefined, value: string | undefined, literal: string): boolean | undefined {
  const v = value ?? '';
  if (op === '-z') return v === '';
  if (op === '-n') return v !== '';
  if (test === '=' || test === '==') return v === literal;
  if (test === '!=') return v !== literal;
  return undefined;
}

/** The positional parameter's value as CI passes it, else its `${1:-default}` when the test gives one. */
function argument(m: RegExpExecArray, args: readonly string[]): string | undefined {
  const given = args[Number(m[2] ?? m[4]) - 1];
  return given !== undefined && given !== '' ? given : (m[3] ?? given);
}

/** The branch of an `if` block that runs, as line indexes: [then-lines, else-lines, end index], or undefined. */
function blockOf(lines: string[], start: number): { thenLines: string[]; elseLines: string[]; end: number } | undefined {
  const thenLines: string[] = [];
  const elseLines: string[] = [];
  let inElse = false;
  for (let i = start + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (/^(if|case|elif)\b/.test(t)) return undefined;
    if (t === 'then') continue;
    if (t === 'else') inElse = true;
    else if (t === 'fi') return { thenLines, elseLines, end: i };
    else (inElse ? elseLines : thenLines).push(lines[i] as string);
  }
  return undefined;
}

export function withArgumentBranches(body: string, args: readonly string[]): string {
  const lines = body.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TEST.exec(lines[i] as string);
    const block = m ? blockOf(lines, i) : undefined;
    const runs = m && block ? holds(m[1], m[5], argument(m, args), m[7] ?? '') : undefined;
    if (!block || runs === undefined) {
      out.push(lines[i] as string);
      continue;
    }
    out.push(...(runs ? block.thenLines : block.elseLines));
    i = block.end;
  }
  return out.join('\n');
}
