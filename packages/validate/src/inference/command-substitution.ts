/**
 * `tox run -f py$(echo ${{ matrix.python-version }} | tr -d .)`: once the matrix value is in, the
 * command substitution only reshapes a literal (`3.12` → `312`), so its value is known before CI runs
 * it. Read that way the line names the factor it selects (`py312`), as a person would type it.
 * Only `echo <literal>` piped through `tr -d <chars>` or a `sed 's/<x>/<y>/g'` is worked out; any other
 * substitution depends on the machine and stays as written.
 */
const SUBSTITUTION =
  /\$\(\s*echo\s+(["']?)([\w.+-]+)\1\s*\|\s*(tr\s+-d\s+(["']?)([^"'\s)]+)\4|sed\s+(["'])s([/|#])([^/|#]*)\7([^/|#]*)\7g?\6)\s*\)/g;

/** Characters of a `tr` set, its `\.` escapes read as the character. */
function trSet(spec: string): Set<string> {
  return new Set(spec.replace(/\\(.)/g, '$1').split(''));
}

function evaluated(value: string, trChars?: string, from?: string, to?: string): string {
  if (trChars !== undefined) {
    const drop = trSet(trChars);
    return [...value].filter((ch) => !drop.has(ch)).join('');
  }
  // sed's `\.` is a literal dot; a pattern with other regular-expression syntax is not worked out.
  const literal = (from ?? '').replace(/\\\./g, '.');
  if (/[\\[\]^$*+?(){}]/.test(literal)) return '';
  return literal === '' ? value : value.split(literal).join(to ?? '');
}

/** The command with each substitution of a literal worked out; others left as written. */
export function withLiteralSubstitutions(command: string): string {
  return command.replace(
    SUBSTITUTION,
    (
      whole,
      _q: string,
      value: string,
      _tool: string,
      _q2: string,
      trChars?: string,
      _q3?: string,
      _d?: string,
      from?: string,
      to?: string,
    ) => {
      const out = evaluated(value, trChars, from, to);
      return out === '' ? whole : out;
    },
  );
}

/**
 * Each `$( … )` of a line (nested parentheses included) passed through `mask`: its `;` and `&&` belong to
 * the substituted command (`echo v=$(python -c "import sys; print(sys.version)")`), not to the line's.
 */
export function maskSubstitutions(line: string, mask: (text: string) => string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const start = line.indexOf('$(', i);
    if (start < 0) break;
    let depth = 0;
    let end = -1;
    for (let j = start + 1; j < line.length; j++) {
      if (line[j] === '(') depth++;
      else if (line[j] === ')' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) break;
    out += line.slice(i, start) + mask(line.slice(start, end + 1));
    i = end + 1;
  }
  return out + line.slice(i);
}
